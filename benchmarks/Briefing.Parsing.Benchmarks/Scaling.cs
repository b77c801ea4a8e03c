using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefing.Parsing.Benchmarks.Generation;

namespace Briefing.Parsing.Benchmarks;

/// <summary>What one fresh process measured on one input.</summary>
/// <param name="Case">The series and size ("glued-zh 16K"), or the set's name.</param>
/// <param name="Utf16Length">The input's length in UTF-16 code units.</param>
/// <param name="Utf8Bytes">The input's size in UTF-8 bytes.</param>
/// <param name="Documents">How many documents (1 for a series input).</param>
/// <param name="Repetitions">How many timed parses.</param>
/// <param name="MedianMs">Median time of one parse of the whole input, in milliseconds.</param>
/// <param name="MinMs">Fastest parse, in milliseconds.</param>
/// <param name="AllocatedBytes">Managed bytes allocated by one parse (GC.GetTotalAllocatedBytes, precise).</param>
/// <param name="BaselineRssBytes">Resident set of the process after the input was built, before parsing.</param>
/// <param name="PeakRssBytes">Peak resident set of the process while parsing (VmHWM, reset before parsing when the kernel allows).</param>
/// <param name="PeakReset">Whether the peak was reset before parsing (otherwise it may include building the input).</param>
/// <param name="MinCpuMs">CPU time (user + system, all threads of the process) of the fastest parse, in milliseconds:
/// unlike wall time, it hardly grows when other processes share the cores.</param>
/// <param name="NaiveMinMs">For the sets: the fastest naive regex split of the same texts in the same process (0 otherwise).</param>
/// <param name="NaiveMinCpuMs">For the sets: the CPU time of that naive split (0 otherwise).</param>
public sealed record Measurement(
    string Case, int Utf16Length, long Utf8Bytes, int Documents, int Repetitions, double MedianMs, double MinMs,
    long AllocatedBytes, long BaselineRssBytes, long PeakRssBytes, bool PeakReset, double MinCpuMs, double NaiveMinMs, double NaiveMinCpuMs);

/// <summary>
/// The linear-time and memory benchmark. Each input is parsed in a FRESH process (this program started again with
/// <c>measure</c>), with a timeout per input, so a quadratic case cannot hang the run and the peak memory of one input
/// is not mixed with another's. For each series (normal and pathological inputs at n, 4n and 16n) it reports the
/// median parse time, the ratios time(4n)/time(n) and time(16n)/time(n) (linear: 4 and 16 or less), managed bytes
/// allocated and peak resident-set growth per input byte.
/// </summary>
public static class Scaling
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = false };

    /// <summary>
    /// <c>scaling [--timeout SECONDS] [--series a,b] [--out FILE]</c>: runs every series (and the workload sets, for
    /// memory) in fresh processes and prints a Markdown report.
    /// </summary>
    public static int Run(IReadOnlyList<string> args)
    {
        int timeoutSeconds = 60;
        string[]? only = null;
        string? outFile = null;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--timeout" when i + 1 < args.Count:
                    timeoutSeconds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--series" when i + 1 < args.Count:
                    only = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--out" when i + 1 < args.Count:
                    outFile = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"scaling: unknown argument '{args[i]}'. Usage: scaling [--timeout SECONDS] [--series {string.Join(",", StressInputs.Series.Select(s => s.Name))},sets] [--out FILE]");
                    return 2;
            }
        }

        var report = new StringBuilder();
        void Emit(string line)
        {
            Console.WriteLine(line);
            report.AppendLine(line);
        }

        Emit($"Scaling and memory: each input parsed in a fresh process, timeout {timeoutSeconds} s per input; "
            + $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        Emit("");
        Emit("| Input | Size (UTF-16) | UTF-8 bytes | Reps | Median | Min | CPU of min | MB/s (median) | MB/s per CPU-s | Alloc/in-byte | Peak RSS growth | Peak growth/in-byte |");
        Emit("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var summary = new List<string>();
        var sets = new List<Measurement>();
        foreach (var series in StressInputs.Series)
        {
            if (only is not null && !only.Contains(series.Name)) continue;
            var results = new Dictionary<int, Measurement>();
            var failures = new Dictionary<int, string>();
            string? stopped = null;
            foreach (int factor in StressInputs.Factors)
            {
                string label = $"{series.Name} {StressInputs.SizeLabel(series.BaseUtf16Length * factor)}";
                if (stopped is not null)
                {
                    Emit(MessageRow(label, StressInputs.SizeLabel(series.BaseUtf16Length * factor), $"not run ({stopped})"));
                    continue;
                }
                var (measurement, failure) = RunChild(["measure", series.Name, factor.ToString(CultureInfo.InvariantCulture)], timeoutSeconds);
                if (measurement is null)
                {
                    Emit(MessageRow(label, StressInputs.SizeLabel(series.BaseUtf16Length * factor), failure));
                    failures[factor] = failure;
                    stopped = $"{StressInputs.SizeLabel(series.BaseUtf16Length * factor)} did not finish";
                    continue;
                }
                results[factor] = measurement;
                Emit(Row(measurement));
            }
            summary.Add(SeriesSummary(series, results, failures, timeoutSeconds));
        }

        if (only is null || only.Contains("sets"))
        {
            foreach (string set in new[] { Inputs.GeneratedSet, Inputs.CorpusSet, Inputs.Large })
            {
                if (set == Inputs.CorpusSet && Inputs.CorpusDirectory() is null)
                {
                    Emit(MessageRow(set, "", "skipped: no ../shared/corpus beside the repository"));
                    continue;
                }
                var (measurement, failure) = RunChild(["measure", "set", set], timeoutSeconds);
                Emit(measurement is null ? MessageRow(set, "", failure) : Row(measurement));
                if (measurement is not null) sets.Add(measurement);
            }
        }

        if (sets.Count > 0)
        {
            var c = CultureInfo.InvariantCulture;
            Emit("");
            Emit("Parse against the naive regex split of the same texts, in the same process (fastest of each):");
            Emit("");
            Emit("| Input | Parse MB/s (wall) | Naive MB/s (wall) | Parse speed / naive (wall) | Parse MB/s per CPU-s | Naive MB/s per CPU-s | Parse speed / naive (CPU) |");
            Emit("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var m in sets)
            {
                double mb = m.Utf8Bytes / 1e6;
                Emit(string.Create(c, $"| {m.Case} | {mb / (m.MinMs / 1000):N1} | {mb / (m.NaiveMinMs / 1000):N1} | {m.NaiveMinMs / m.MinMs:N3} | "
                    + $"{mb / (m.MinCpuMs / 1000):N1} | {mb / (m.NaiveMinCpuMs / 1000):N1} | {m.NaiveMinCpuMs / m.MinCpuMs:N3} |"));
            }
        }

        Emit("");
        Emit("| Series | What it is | n | time(4n)/time(n) | time(16n)/time(n) | Linear (16n/n ≤ 16)? | Peak growth per added byte / Alloc per byte at 16n |");
        Emit("| --- | --- | ---: | ---: | ---: | --- | ---: |");
        foreach (string line in summary) Emit(line);
        Emit("");
        Emit("Ratios compare the fastest parse of each size (Min, wall time; in brackets its CPU time, user + system of all threads, which other load on the machine hardly changes). "
            + "Peak growth per added byte: (peak RSS growth at 16n − at n) / (bytes at 16n − at n), which removes the fixed cost of growing the heap. "
            + "Peak RSS growth: the process's peak resident set while parsing minus its resident set just before (input already built). "
            + "Alloc/in-byte: managed bytes allocated by one parse of the whole input divided by its UTF-8 bytes. MB/s: UTF-8 bytes / median time.");

        if (outFile is not null)
        {
            File.WriteAllText(outFile, report.ToString());
            Console.WriteLine($"(written to {Path.GetFullPath(outFile)})");
        }
        return 0;
    }

    /// <summary>A row of the input table holding only a message (in the Median column).</summary>
    private static string MessageRow(string input, string size, string message) => $"| {input} | {size} | | | {message} | | | | | | | |";

    private static string Row(Measurement m)
    {
        var c = CultureInfo.InvariantCulture;
        double mbps = m.MedianMs > 0 ? m.Utf8Bytes / (m.MedianMs / 1000) / 1e6 : double.NaN;
        long growth = Math.Max(0, m.PeakRssBytes - m.BaselineRssBytes);
        string documents = m.Documents > 1 ? $" ({m.Documents.ToString("N0", c)} docs)" : "";
        return string.Create(c, $"| {m.Case}{documents} | {StressInputs.SizeLabel(m.Utf16Length)} | {m.Utf8Bytes:N0} | {m.Repetitions} | {FormatMs(m.MedianMs)} | {FormatMs(m.MinMs)} | {FormatMs(m.MinCpuMs)} | {mbps:N1} | {m.Utf8Bytes / (m.MinCpuMs / 1000) / 1e6:N1} | "
            + $"{m.AllocatedBytes / (double)m.Utf8Bytes:N2} | {growth / 1048576.0:N1} MiB{(m.PeakReset ? "" : " (peak not reset)")} | {growth / (double)m.Utf8Bytes:N2} |");
    }

    private static string FormatMs(double ms) =>
        ms >= 1000 ? (ms / 1000).ToString("N2", CultureInfo.InvariantCulture) + " s" : ms.ToString(ms >= 10 ? "N1" : "N3", CultureInfo.InvariantCulture) + " ms";

    private static string SeriesSummary(ScalingSeries series, Dictionary<int, Measurement> results, Dictionary<int, string> failures, int timeoutSeconds)
    {
        var c = CultureInfo.InvariantCulture;
        // Ratios of the fastest parse (the one least disturbed by other load on the machine), by wall time and by CPU time.
        string Ratio(int factor)
        {
            if (results.TryGetValue(1, out var m1) && results.TryGetValue(factor, out var mf))
                return $"{(mf.MinMs / m1.MinMs).ToString("N1", c)} (CPU {(mf.MinCpuMs / m1.MinCpuMs).ToString("N1", c)})";
            if (!results.TryGetValue(1, out m1)) return "n/a";
            if (failures.TryGetValue(factor, out string? f) && f.StartsWith("timed out", StringComparison.Ordinal))
                return $"> {(timeoutSeconds * 1000 / m1.MinMs).ToString("N0", c)} (timed out)";
            return failures.ContainsKey(factor) ? "failed" : "not run";
        }
        string verdict = results.TryGetValue(1, out var a) && results.TryGetValue(16, out var b)
            ? (Math.Min(b.MinMs / a.MinMs, b.MinCpuMs / a.MinCpuMs) <= 16 ? "yes" : "NO (superlinear)")
            : results.ContainsKey(1) ? "NO (16n did not finish)" : "n/a";
        // Memory that grows with the input: peak growth and allocations added per byte added from n to 16n.
        string slope = results.TryGetValue(1, out var s1) && results.TryGetValue(16, out var s16) && s16.Utf8Bytes > s1.Utf8Bytes
            ? ((Math.Max(0, s16.PeakRssBytes - s16.BaselineRssBytes) - Math.Max(0, s1.PeakRssBytes - s1.BaselineRssBytes)) / (double)(s16.Utf8Bytes - s1.Utf8Bytes)).ToString("N2", c)
              + " / " + (s16.AllocatedBytes / (double)s16.Utf8Bytes).ToString("N2", c)
            : "n/a";
        return $"| {series.Name} | {series.Description} | {StressInputs.SizeLabel(series.BaseUtf16Length)} | {Ratio(4)} | {Ratio(16)} | {verdict} | {slope} |";
    }

    /// <summary>Starts this program again with <paramref name="args"/>, waits at most <paramref name="timeoutSeconds"/>, and reads its measurement.</summary>
    private static (Measurement? Measurement, string Failure) RunChild(string[] args, int timeoutSeconds)
    {
        string self = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.FileName = self;
            start.ArgumentList.Add(typeof(Scaling).Assembly.Location);
        }
        else
        {
            start.FileName = self;
        }
        foreach (string a in args) start.ArgumentList.Add(a);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {self}.");
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        int repetitions = 0;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stdout) stdout.AppendLine(e.Data);
            if (e.Data.StartsWith("rep ", StringComparison.Ordinal)) Interlocked.Increment(ref repetitions);
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            int done = Volatile.Read(ref repetitions);
            return (null, done == 0
                ? $"timed out: one parse took more than {timeoutSeconds} s (minus input building)"
                : $"timed out after {done} parse(s) in {timeoutSeconds} s");
        }
        process.WaitForExit();
        string? line;
        lock (stdout) line = stdout.ToString().Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("result ", StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            string error;
            lock (stderr) error = stderr.ToString().Trim().Split('\n').FirstOrDefault() ?? "";
            return (null, $"failed (exit {process.ExitCode}): {error}");
        }
        return (JsonSerializer.Deserialize<Measurement>(line["result ".Length..], s_json), "");
    }

    /// <summary>
    /// The child: <c>measure SERIES FACTOR</c> or <c>measure set NAME</c>. Builds the input, warms the parser up on a
    /// small input of the same kind (a set: on the whole set, three times), then times parses of the whole input (at
    /// least one, five for a set; more until about 1.5 s have passed, at most 15), printing <c>rep MS</c> after each and
    /// <c>result JSON</c> at the end.
    /// </summary>
    public static int Measure(IReadOnlyList<string> args)
    {
        if (args.Count != 2)
        {
            Console.Error.WriteLine("measure: usage: measure SERIES FACTOR | measure set NAME");
            return 2;
        }
        string[] texts;
        string[] warmup;
        string caseName;
        if (args[0] == "set")
        {
            texts = [.. Inputs.Texts(args[1])];
            warmup = texts;
            caseName = args[1];
        }
        else
        {
            int factor = int.Parse(args[1], CultureInfo.InvariantCulture);
            var series = StressInputs.Series.FirstOrDefault(s => s.Name == args[0]);
            if (series is null)
            {
                Console.Error.WriteLine($"measure: unknown series '{args[0]}'.");
                return 2;
            }
            texts = [StressInputs.Build(args[0], factor)];
            // Warm up on a sixteenth of the smallest input of the series (JIT and tiering), not on the input itself.
            warmup = [series.Build(Math.Max(256, series.BaseUtf16Length / 16), DocumentGenerator.DefaultSeed + 1)];
            caseName = $"{series.Name} {StressInputs.SizeLabel(series.BaseUtf16Length * factor)}";
        }

        // Warm: at least 3 passes and 1 s (a set: 3 passes over the whole set, so every family's code is compiled and tiered up).
        var warmClock = Stopwatch.StartNew();
        for (int i = 0; i < 200 && (i < 3 || warmClock.Elapsed < TimeSpan.FromSeconds(1)); i++)
        {
            foreach (string t in warmup) BriefingParser.Default.Parse(t);
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        long baseline = ReadStatus("VmRSS:");
        bool reset = ResetPeak();
        if (!reset) baseline = Math.Max(baseline, 0);

        var times = new List<double>();
        double minCpu = double.MaxValue;
        long allocated = 0;
        using var self = Process.GetCurrentProcess();
        var total = Stopwatch.StartNew();
        int minimumRepetitions = args[0] == "set" ? 5 : 1;
        while (times.Count < minimumRepetitions || (total.Elapsed < TimeSpan.FromSeconds(1.5) && times.Count < 15))
        {
            long before = GC.GetTotalAllocatedBytes(precise: true);
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (string t in texts) BriefingParser.Default.Parse(t);
            clock.Stop();
            self.Refresh();
            minCpu = Math.Min(minCpu, (self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            if (times.Count == 0) allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            times.Add(clock.Elapsed.TotalMilliseconds);
            Console.WriteLine($"rep {clock.Elapsed.TotalMilliseconds.ToString("F3", CultureInfo.InvariantCulture)}");
        }
        long peak = ReadStatus("VmHWM:");

        // For the sets, the naive split of the same texts in the same process, for a ratio that holds under load.
        double naiveMin = 0, naiveCpu = 0;
        if (args[0] == "set")
        {
            naiveMin = double.MaxValue;
            naiveCpu = double.MaxValue;
            for (int i = 0; i < 3; i++) foreach (string t in texts) Naive.Split(t);
            var naiveTotal = Stopwatch.StartNew();
            for (int i = 0; i < 30 || naiveTotal.Elapsed < TimeSpan.FromSeconds(1); i++)
            {
                self.Refresh();
                var cpuBefore = self.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                foreach (string t in texts) Naive.Split(t);
                clock.Stop();
                self.Refresh();
                naiveMin = Math.Min(naiveMin, clock.Elapsed.TotalMilliseconds);
                naiveCpu = Math.Min(naiveCpu, (self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
        }
        // With three or more repetitions the first (which also grows the heap) is left out of the median.
        var timed = (times.Count >= 3 ? times.Skip(1) : times).Order().ToArray();
        double median = timed.Length % 2 == 1 ? timed[timed.Length / 2] : (timed[timed.Length / 2 - 1] + timed[timed.Length / 2]) / 2;
        var m = new Measurement(caseName, texts.Sum(t => t.Length), texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)), texts.Length,
            times.Count, median, times.Min(), allocated, baseline, peak, reset, minCpu, naiveMin, naiveCpu);
        Console.WriteLine("result " + JsonSerializer.Serialize(m, s_json));
        return 0;
    }

    /// <summary>A size from /proc/self/status ("VmRSS:", "VmHWM:") in bytes; -1 where there is no /proc (not Linux).</summary>
    private static long ReadStatus(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return -1;
        foreach (string line in File.ReadLines(status))
        {
            if (!line.StartsWith(field, StringComparison.Ordinal)) continue;
            string kb = line[field.Length..].Trim().Split(' ')[0];
            return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
        }
        return -1;
    }

    /// <summary>Resets the kernel's peak-RSS mark of this process (writing 5 to /proc/self/clear_refs); false where not allowed.</summary>
    private static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
