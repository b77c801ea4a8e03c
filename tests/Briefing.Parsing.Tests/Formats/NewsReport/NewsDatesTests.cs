namespace Briefing.Parsing.Tests.Formats.NewsReport;

/// <summary>
/// <see cref="NewsDates"/>: the day a sentence gives for the briefing (<see cref="DayCue"/>), resolved against the
/// report's date, and the year of a dateline without one from the spokesperson's term of office.
/// </summary>
public sealed class NewsDatesTests
{
    private static string Resolve(string sentence, string anchor)
    {
        using var stages = new NewsStages(sentence);
        var cue = NewsDates.Cue(stages.Folded, stages.Lexicon, new TextSpan(0, sentence.Length));
        if (cue.IsEmpty) return "none";
        return cue.Resolve(DateOnly.ParseExact(anchor, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "unresolved";
    }

    [Theory]
    // A weekday: on or before the report's day.
    [InlineData("Lin told a regular press conference on Tuesday.", "2024-03-12", "2024-03-12")]
    [InlineData("Lin told a regular press conference on Monday.", "2024-03-12", "2024-03-11")]
    [InlineData("外交部发言人林剑周二在例行记者会上表示。", "2024-03-14", "2024-03-12")]
    // A day of the month, in this month or the one before.
    [InlineData("外交部发言人汪文斌12日在例行记者会上表示。", "2023-05-13", "2023-05-12")]
    [InlineData("外交部发言人汪文斌30日表示。", "2023-06-02", "2023-05-30")]
    [InlineData("The spokesperson said on the 17th that talks would resume.", "2024-06-18", "2024-06-17")]
    // A month and day; today and yesterday.
    [InlineData("林剑6月18日表示。", "2024-06-19", "2024-06-18")]
    [InlineData("外交部发言人今天表示。", "2024-06-19", "2024-06-19")]
    [InlineData("Lin said yesterday that China was ready.", "2024-06-19", "2024-06-18")]
    // A full date is no day cue; a sentence without one gives none.
    [InlineData("2019年12月26日，外交部发言人表示。", "2024-06-19", "none")]
    [InlineData("China is ready to work with Pakistan.", "2024-06-19", "none")]
    public void A_sentence_gives_the_briefing_day(string sentence, string anchor, string expected) =>
        Assert.Equal(expected, Resolve(sentence, anchor));

    [Theory]
    // "BEIJING, June 16 (Reuters) - ... said on Tuesday": the one year of Zhao Lijian's term when June 16 was a Tuesday.
    [InlineData("Zhao Lijian", 6, 16, DayOfWeek.Tuesday, "2020-06-16")]
    // Two years of Hua Chunying's long term fit: no year.
    [InlineData("Hua Chunying", 6, 16, DayOfWeek.Tuesday, "none")]
    public void A_dateline_without_a_year_takes_it_from_the_term_of_office(string name, int month, int day, DayOfWeek weekday, string expected)
    {
        var entry = Transcripts.Stages.Lexer.Directories.Spokespersons.FindByName(name, null, "mfa-china");
        Assert.NotNull(entry);
        var date = NewsDates.FromTerm(month, day, weekday, entry, new DateOnly(2027, 1, 1));
        Assert.Equal(expected, date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none");
    }
}
