using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

namespace Briefing.Parsing.Benchmarks;

/// <summary>
/// Entry point. Every BenchmarkDotNet command-line option works, e.g.
/// <c>dotnet run -c Release -- --filter '*'</c> (full) or <c>dotnet run -c Release -- --filter '*' --job short</c> (quick).
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen by <paramref name="args"/>; with no arguments, runs them all. Never prompts.</summary>
    /// <returns>0 on success; 1 when a benchmark failed or a filter matched nothing.</returns>
    public static int Main(string[] args)
    {
        // Without a filter BenchmarkSwitcher asks on the console which benchmark to run; run everything instead, so
        // the program never waits for input (CI, scripts, redirected stdin).
        if (args.Length == 0) args = ["--filter", "*"];

        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new InputSizeColumn(), new ThroughputColumn());

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToList();

        if (summaries.Count == 0 && args.Any(IsFilterOption) && !args.Any(a => a is "--list" or "--help" or "-h" or "--version" or "--info"))
        {
            Console.Error.WriteLine("No benchmark ran: the filter matched nothing. Filters match 'Namespace.Type.Method'; quote them (--filter '*Parse*'), or the shell expands the * to file names.");
            return 1;
        }
        // A benchmark that threw (e.g. the setup's check that the parser recognised the document) fails the run.
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static bool IsFilterOption(string arg) => arg is "--filter" or "-f";
}
