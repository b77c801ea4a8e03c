using System.Globalization;
using System.Text;

namespace Briefing.Parsing.Tests.Robustness;

/// <summary>
/// Issue 10, "quadratic time" and "memory": labels glued together on one line (<c>问：答：问：答：…</c>, <c>Q:A:Q:A:…</c>)
/// took quadratic time in the Chinese MFA editions (64 K characters: 82 s), and 16 MB of <c>Q:</c>/<c>A:</c> lines used
/// about 4.5 GB. Tests measure work, never time: the managed bytes a parse allocates on the test's own thread (the parser
/// is single-threaded), which are the same on every run and every machine, at n, 4n and 16n characters of every
/// pathological shape, with every format and with detection. Time is measured by the <c>scaling</c> benchmark
/// (docs/benchmarks.md, "Linear time and memory"): the old glued-label slowness allocated little, so only that
/// benchmark shows its time.
/// </summary>
public sealed class LinearWorkTests
{
    /// <summary>The smallest size of each series, in UTF-16 code units.</summary>
    private const int N = 4 * 1024;

    /// <summary>Shapes that once took quadratic time or memory: glued labels in every script, label lines, one long line.</summary>
    public static TheoryData<string> Series() =>
        ["glued 问：答：", "glued Q:A:", "glued Q：A：", "glued 問：答：", "glued Q: A: ", "glued 记者：毛宁：", "qa-lines", "one-line"];

    [Theory]
    [MemberData(nameof(Series))]
    public void Allocations_grow_linearly_with_the_input_in_every_format(string series)
    {
        var failures = new List<string>();
        foreach (var format in BriefingParser.Default.Formats.Select(f => (string?)f.Id).Prepend(null))
        {
            long a1 = Allocated(Build(series, N), format);
            long a4 = Allocated(Build(series, 4 * N), format);
            long a16 = Allocated(Build(series, 16 * N), format);
            // Linear work allocates at most 4 and 16 times as much (less, with the fixed cost of a parse); quadratic
            // work would allocate 16 and 256 times as much. The margin allows for pooled buffers that grow in steps.
            if (a4 > 5 * a1 || a16 > 20 * a1)
                failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{format ?? "detected"}: {a1:N0} / {a4:N0} / {a16:N0} bytes for n / 4n / 16n ({(double)a4 / a1:0.0}× and {(double)a16 / a1:0.0}×)"));
        }
        Assert.True(failures.Count == 0, $"{series}: allocations grow faster than the input:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", failures));
    }

    [Theory]
    [MemberData(nameof(Series))]
    public void Detection_allocates_a_bounded_amount_per_character(string series)
    {
        // Every transcript format resolved every label glued into a line: 3 KB per character of Q:A:Q:A:…, whatever the
        // output. Detection now resolves at most TranscriptDetector.MaxInlineLabelsPerLine of them per line.
        string text = Build(series, 16 * N);
        _ = BriefingParser.Default.Detect(text[..2048]);
        long before = GC.GetAllocatedBytesForCurrentThread();
        _ = BriefingParser.Default.Detect(text);
        double perChar = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / text.Length;
        Assert.True(perChar < 200, string.Create(CultureInfo.InvariantCulture, $"{series}: Detect allocated {perChar:0} bytes per character of {text.Length:N0}"));
    }

    [Fact]
    public void Memory_allocated_is_proportional_to_the_input()
    {
        // 2 Mi characters of Q:/A: lines. 16 MB of them once used 4.5 GB (about 280 bytes per input byte); the parser now
        // allocates about 65 bytes per UTF-16 code unit on this input, most of it the output (docs/benchmarks.md).
        string text = Build("qa-lines", 2 * 1024 * 1024);
        long allocated = Allocated(text, null, out var briefing);
        long json = Encoding.UTF8.GetByteCount(BriefingJson.Serialize(briefing, indented: false));

        Assert.True(briefing.Exchanges.Length > 40_000, $"{briefing.Exchanges.Length} exchanges");
        double perChar = (double)allocated / text.Length;
        double perJsonByte = (double)allocated / json;
        Assert.True(perChar < 150, string.Create(CultureInfo.InvariantCulture, $"{allocated:N0} bytes allocated for {text.Length:N0} characters: {perChar:0.0} per character"));
        Assert.True(perJsonByte < 40, string.Create(CultureInfo.InvariantCulture, $"{allocated:N0} bytes allocated for {json:N0} bytes of JSON: {perJsonByte:0.0} per byte of output"));
    }

    [Fact]
    public void The_series_are_what_they_say()
    {
        foreach (var series in Series())
        {
            string text = Build(series, N);
            Assert.InRange(text.Length, N, N + 200);
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (series.StartsWith("glued", StringComparison.Ordinal) || series == "one-line") Assert.True(lines.Length <= 2, series);
            else Assert.True(lines.Length > 100, series);
        }
        // 4 K of Q:/A: lines are about 90 exchanges.
        Assert.InRange(BriefingParser.Default.Parse(Build("qa-lines", N)).Exchanges.Length, 80, 100);
    }

    /// <summary>The input of <paramref name="series"/> with at least <paramref name="length"/> code units.</summary>
    internal static string Build(string series, int length)
    {
        if (series.StartsWith("glued ", StringComparison.Ordinal))
        {
            string unit = series["glued ".Length..];
            string title = CharClass.HasCjk(unit) ? "外交部发言人毛宁主持例行记者会\n" : "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024\n";
            var glued = new StringBuilder(title, length + unit.Length);
            while (glued.Length < length) glued.Append(unit);
            return glued.ToString();
        }
        var sb = new StringBuilder("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024\n", length + 100);
        if (series == "qa-lines")
        {
            for (int i = 0; sb.Length < length; i++) sb.Append(i % 2 == 0 ? "Q: What is the position?\n" : "A: We welcome it.\n");
            return sb.ToString();
        }
        // one-line: a transcript whose line breaks were lost.
        for (int i = 0; sb.Length < length; i++)
            sb.Append(CultureInfo.InvariantCulture, $"Q: Is question {i} about the talks? A: Yes, and we welcome them. ");
        return sb.ToString();
    }

    private static long Allocated(string text, string? format) => Allocated(text, format, out _);

    /// <summary>
    /// The managed bytes one parse allocates on this thread, after a first parse of the same text, so that no one-time cost
    /// counts: neither the first use of a table nor pooled buffers that the pool does not hold yet at this size.
    /// </summary>
    private static long Allocated(string text, string? format, out PressBriefing briefing)
    {
        var options = new ParseOptions { Format = format };
        _ = BriefingParser.Default.Parse(text, options);
        long before = GC.GetAllocatedBytesForCurrentThread();
        briefing = BriefingParser.Default.Parse(text, options);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
