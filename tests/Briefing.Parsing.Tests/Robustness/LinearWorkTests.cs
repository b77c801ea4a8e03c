using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Briefing.Parsing.Tests.Robustness;

/// <summary>
/// Issue 10, "quadratic time" and "memory": labels glued together on one line (<c>问：答：问：答：…</c>, <c>Q:A:Q:A:…</c>)
/// took quadratic time in the Chinese MFA editions (64 K characters: 82 s), and 16 MB of <c>Q:</c>/<c>A:</c> lines used
/// about 4.5 GB. These are guards with generous limits that catch a hang or a blow-up, not performance targets: growth
/// is measured by the benchmarks (<c>scaling</c>, docs/benchmarks.md).
/// </summary>
public sealed class LinearTimeGuardTests
{
    /// <summary>How long one parse of 64 K glued characters may take: more than ten times what a linear parse needs on a loaded machine.</summary>
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(10);

    private const int GluedLength = 64 * 1024;

    /// <summary>Label sequences glued into one line, each with the title of its language before it.</summary>
    public static TheoryData<string> GluedUnits() => ["问：答：", "Q:A:", "Q：A：", "問：答：", "Q: A: ", "记者：毛宁："];

    [Theory]
    [MemberData(nameof(GluedUnits))]
    public void Glued_labels_on_one_line_parse_within_a_generous_limit_in_every_format(string unit)
    {
        string title = CharClass.HasCjk(unit) ? "外交部发言人毛宁主持例行记者会\n" : "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024\n";
        var sb = new StringBuilder(title, GluedLength + unit.Length);
        while (sb.Length < GluedLength) sb.Append(unit);
        string text = sb.ToString();

        var slow = new List<string>();
        foreach (var format in BriefingParser.Default.Formats.Select(f => (string?)f.Id).Prepend(null))
        {
            var elapsed = ParseWithin(text, format, s_limit);
            if (elapsed is not { } e || e > s_limit)
                slow.Add(string.Create(CultureInfo.InvariantCulture, $"{format ?? "detected"}: {(elapsed is { } t ? $"{t.TotalSeconds:0.0} s" : "did not finish")}"));
        }
        Assert.True(slow.Count == 0, $"{text.Length:N0} characters of '{unit}' glued on one line took longer than {s_limit.TotalSeconds} s: {string.Join(", ", slow)}");
    }

    [Fact]
    public void Memory_allocated_is_proportional_to_the_input()
    {
        // 2 Mi characters of Q:/A: lines. 16 MB of them once used 4.5 GB (about 280 bytes per input byte); the parser now
        // allocates about 65 bytes per UTF-16 code unit on this input, most of it the output (docs/benchmarks.md).
        var sb = new StringBuilder("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024\n");
        for (int i = 0; sb.Length < 2 * 1024 * 1024; i++) sb.Append(i % 2 == 0 ? "Q: What is the position?\n" : "A: We welcome it.\n");
        string text = sb.ToString();
        _ = BriefingParser.Default.Parse(text[..4096]);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var briefing = BriefingParser.Default.Parse(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long json = Encoding.UTF8.GetByteCount(BriefingJson.Serialize(briefing, indented: false));

        Assert.True(briefing.Exchanges.Length > 40_000, $"{briefing.Exchanges.Length} exchanges");
        double perChar = (double)allocated / text.Length;
        double perJsonByte = (double)allocated / json;
        Assert.True(perChar < 150, string.Create(CultureInfo.InvariantCulture, $"{allocated:N0} bytes allocated for {text.Length:N0} characters: {perChar:0.0} per character"));
        Assert.True(perJsonByte < 40, string.Create(CultureInfo.InvariantCulture, $"{allocated:N0} bytes allocated for {json:N0} bytes of JSON: {perJsonByte:0.0} per byte of output"));
    }

    /// <summary>Parses on a worker so that a hang fails the test instead of stalling the run; null when it did not finish in <paramref name="limit"/>.</summary>
    private static TimeSpan? ParseWithin(string text, string? format, TimeSpan limit)
    {
        var options = new ParseOptions { Format = format };
        var watch = Stopwatch.StartNew();
        var parse = Task.Factory.StartNew(() => BriefingParser.Default.Parse(text, options), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!parse.Wait(limit * 3)) return null;
        return watch.Elapsed;
    }
}
