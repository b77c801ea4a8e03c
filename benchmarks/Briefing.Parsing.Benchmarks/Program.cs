using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;
using Briefing.Parsing.Benchmarks.Generation;

namespace Briefing.Parsing.Benchmarks;

/// <summary>
/// Entry point. With a command as first argument it runs that command:
/// <list type="bullet">
/// <item><c>generate DIR COUNT [--seed N] [--min-bytes B] [--max-bytes B]</c>: writes COUNT generated documents to DIR.</item>
/// <item><c>check</c>: prints what the parser detects in the generated benchmark set, family by family.</item>
/// <item><c>passes DIR N</c>: parses every <c>.txt</c> file of DIR N times and nothing else: a fixed workload for an
/// instruction counter (<c>valgrind --tool=callgrind</c>), whose counts do not move with the load of the machine.</item>
/// <item><c>scaling [--timeout S] [--series a,b] [--out FILE]</c>: the linear-time and memory benchmark (fresh process per input).</item>
/// </list>
/// Otherwise every argument goes to BenchmarkDotNet, e.g. <c>--filter '*' --job short</c>.
/// </summary>
public static class Program
{
    /// <summary>Runs the command or the benchmarks chosen by <paramref name="args"/>; with no arguments, runs every benchmark. Never prompts.</summary>
    /// <returns>0 on success; 1 when a benchmark failed or a filter matched nothing; 2 on a usage error.</returns>
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "generate": return Generate(args[1..]);
            case "check": return SetCheck.Run(Console.Out);
            case "scaling": return Scaling.Run(args[1..]);
            case "measure": return Scaling.Measure(args[1..]);
            case "passes": return Passes(args[1..]);
        }

        // Without a filter BenchmarkSwitcher asks on the console which benchmark to run; run everything instead, so
        // the program never waits for input (CI, scripts, redirected stdin).
        if (args.Length == 0) args = ["--filter", "*"];

        // BenchmarkDotNet builds a generated copy of this project; on a busy 2-core machine that takes longer than its
        // default build timeout of 2 minutes.
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .WithBuildTimeout(TimeSpan.FromMinutes(15))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new InputSizeColumn(), new ThroughputColumn(), new AllocatedPerInputByteColumn());

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToList();

        if (summaries.Count == 0 && args.Any(IsFilterOption) && !args.Any(a => a is "--list" or "--help" or "-h" or "--version" or "--info"))
        {
            Console.Error.WriteLine("No benchmark ran: the filter matched nothing. Filters match 'Namespace.Type.Method'; quote them (--filter '*Parse*'), or the shell expands the * to file names.");
            return 1;
        }
        // A benchmark that threw (e.g. the setup's check that the parser recognised the documents) fails the run.
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static bool IsFilterOption(string arg) => arg is "--filter" or "-f";

    /// <summary><c>generate DIR COUNT [--seed N] [--min-bytes B] [--max-bytes B]</c>: one <c>.txt</c> file per document, UTF-8 without BOM.</summary>
    private static int Generate(string[] args)
    {
        const string usage = "usage: generate DIR COUNT [--seed N] [--min-bytes B] [--max-bytes B]";
        if (args.Length < 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count <= 0)
        {
            Console.Error.WriteLine("generate: " + usage);
            return 2;
        }
        int seed = DocumentGenerator.DefaultSeed, minBytes = 1_000, maxBytes = 10_000;
        for (int i = 2; i < args.Length; i++)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            {
                Console.Error.WriteLine($"generate: option '{args[i]}' needs a number; " + usage);
                return 2;
            }
            switch (args[i])
            {
                case "--seed": seed = value; break;
                case "--min-bytes": minBytes = value; break;
                case "--max-bytes": maxBytes = value; break;
                default:
                    Console.Error.WriteLine($"generate: unknown option '{args[i]}'; " + usage);
                    return 2;
            }
            i++;
        }
        if (maxBytes < minBytes)
        {
            Console.Error.WriteLine("generate: --max-bytes must not be below --min-bytes.");
            return 2;
        }
        string dir = args[0];
        Directory.CreateDirectory(dir);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long bytes = 0;
        var documents = DocumentGenerator.GenerateSet(count, seed, minBytes, maxBytes);
        foreach (var document in documents)
        {
            File.WriteAllText(Path.Combine(dir, document.Name + ".txt"), document.Text, utf8);
            bytes += document.Utf8Bytes;
        }
        Console.WriteLine($"generated {documents.Count:N0} documents, {bytes:N0} UTF-8 bytes, in {Path.GetFullPath(dir)} (seed {seed}, {minBytes}–{maxBytes} bytes each)");
        return 0;
    }

    /// <summary><c>passes DIR N</c>: reads the files first, then parses each N times (detection included).</summary>
    private static int Passes(string[] args)
    {
        if (args.Length != 2 || !Directory.Exists(args[0]) || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int passes) || passes <= 0)
        {
            Console.Error.WriteLine("passes: usage: passes DIR N (DIR a folder of .txt files, N > 0)");
            return 2;
        }
        var texts = Directory.GetFiles(args[0], "*.txt").Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f, Encoding.UTF8)).ToArray();
        long exchanges = 0;
        for (int pass = 0; pass < passes; pass++)
        {
            foreach (string text in texts) exchanges += BriefingParser.Default.Parse(text).Exchanges.Length;
        }
        Console.WriteLine($"parsed {texts.Length:N0} documents {passes:N0} times; {exchanges:N0} exchanges");
        return 0;
    }
}
