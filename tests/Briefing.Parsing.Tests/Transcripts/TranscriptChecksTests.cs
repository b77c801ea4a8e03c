using System.Collections.Immutable;
using System.Globalization;

namespace Briefing.Parsing.Tests.Transcripts;

/// <summary><see cref="TranscriptChecks"/>: the diagnostics every transcript is checked for, and publication stamps.</summary>
public sealed class TranscriptChecksTests
{
    private static string Check(bool date, bool main, string[] exchanges, string[] announcements, bool expectTurns)
    {
        string text = string.Join("\n\n", announcements.Concat(exchanges));
        var briefing = Stages.Run(text.Length == 0 ? "x" : text, context =>
        {
            int pos = 0;
            var ann = ImmutableArray.CreateBuilder<Announcement>();
            foreach (var a in announcements)
            {
                ann.Add(new Announcement(null, a, new TextSpan(pos, a.Length)));
                pos += a.Length + 2;
            }
            var ex = ImmutableArray.CreateBuilder<Exchange>();
            foreach (var q in exchanges)
            {
                var span = new TextSpan(pos, q.Length);
                ex.Add(new Exchange(null, [new Answer(null, null, q, span)], span));
                pos += q.Length + 2;
            }
            TranscriptChecks.Report(context, null, date ? new DateOnly(2024, 7, 2) : null, main ? new Speaker("Mao Ning") : null, ex.ToImmutable(), ann.ToImmutable(), expectTurns);
            return new PressBriefing();
        });
        return string.Join(",", briefing.Diagnostics.Select(d => $"{d.Code}:{d.Severity}"));
    }

    [Theory]
    [InlineData(true, true, new[] { "We agree." }, new string[0], true, "")]
    [InlineData(false, true, new[] { "We agree." }, new string[0], true, "BP0102:Warning")]
    [InlineData(true, false, new[] { "We agree." }, new string[0], true, "BP0103:Warning")]
    [InlineData(true, true, new string[0], new[] { "An announcement." }, true, "BP0104:Info")]
    [InlineData(true, true, new string[0], new[] { "An announcement." }, false, "")]
    [InlineData(true, true, new string[0], new string[0], false, "BP0104:Info")]
    [InlineData(true, true, new[] { "We will release information in due" }, new string[0], true, "BP0108:Info")]
    [InlineData(true, true, new[] { "Our position is as follows:" }, new string[0], true, "")]
    [InlineData(true, true, new[] { "我们注意到有关报道。" }, new string[0], true, "")]
    public void Reports_what_a_transcript_lacks(bool date, bool main, string[] exchanges, string[] announcements, bool expectTurns, string expected) =>
        Assert.Equal(expected, Check(date, main, exchanges, announcements, expectTurns));

    [Theory]
    [InlineData("2024-07-02 19:45", "2024-07-02 19:45")]
    [InlineData("发布时间：2021-06-08 21:10　来源：外交部网站", "2021-06-08 21:10")]
    [InlineData("29 June 201717:54", "2017-06-29 17:54")]
    [InlineData("2016-12-14", null)]
    [InlineData("来源： 2016-12-14", null)]
    [InlineData("The meeting lasted from 10:00 to 12:00 on 2024-07-02 and ended with a statement by both sides, who agreed on many points of the agenda.", null)]
    public void Reads_a_publication_stamp(string line, string? expected)
    {
        DateTime? stamp = null;
        Stages.Run(line, context =>
        {
            stamp = TranscriptChecks.ReadPublished(context, context.Lexed[0].Content);
            return new PressBriefing();
        });
        Assert.Equal(expected, stamp?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
    }
}
