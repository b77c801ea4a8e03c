namespace Briefing.Parsing.Tests.Formats.NewsReport;

/// <summary>
/// <see cref="NewsDetector"/>: news reports found by their structure (prose paragraphs without turn labels, speech verbs,
/// a spokesperson or institution, a dateline or report date), in both scripts and on excerpts; transcripts lose it.
/// </summary>
public sealed class NewsDetectorTests
{
    private static FormatDetection News(string text)
    {
        using var lexed = Transcripts.Stages.Lexer.Lex(text);
        return NewsDetector.Score(new DetectionContext(lexed));
    }

    [Theory]
    // A wire story: dateline, reported speech, the spokesperson named.
    [InlineData("OSLO, March 3 (Reuters) - Norway will send more aid to the region, a foreign ministry spokesperson said on Monday.\n\n"
        + "\"We are ready to do more,\" the spokesperson told a news conference, adding that talks with partners would continue.\n", 0.8)]
    // An excerpt without headline or dateline: prose and speech verbs still make it news.
    [InlineData("The spokesperson said the embassy had issued a travel alert.\n\nShe added that no citizens had been hurt, and stressed that the situation was being watched closely.\n", 0.4)]
    // Chinese, with a dateline.
    [InlineData("新华社北京3月5日电 外交部发言人郭嘉昆5日在例行记者会上表示，中方愿同各方加强沟通。\n\n他强调，对话协商是解决问题的唯一出路。\n", 0.8)]
    public void A_news_report_scores_high(string text, double atLeast)
    {
        var detection = News(text);
        Assert.True(detection.Confidence >= atLeast, $"{detection.Confidence} ({detection.Reason})");
    }

    [Theory]
    // Questions and answers under labels.
    [InlineData("Q: Will the minister attend the summit next week?\n\nA: We will release information in due course.\n\nQ: Has the ambassador been summoned?\n\nA: I have nothing to share at the moment.\n", 0.1)]
    // A body that opens with the official's turn, her announcements following it unlabelled.
    [InlineData("Press Briefing\n\nMS. HOLT: Good afternoon. I have two items at the top.\n\nWe welcome the agreement reached by the two governments yesterday, which the minister said would open a new chapter.\n\n"
        + "We are also concerned by the verdict announced in the capital, and we said so to the government.\n", 0.25)]
    // Speakers' labels alone on their lines, their words below.
    [InlineData("Helen Marsh (00:00):\nThank you all for coming this morning. The minister said last week that the plan would be ready by the summer, and it is.\n\n"
        + "David Ortiz (00:41):\nThanks, Helen. The council stressed that funding must come first, and they told us so again on Monday in writing.\n\n"
        + "Helen Marsh (01:05):\nWe have said from the start that funding is in the plan, and the auditors noted it in their report as well.\n\n"
        + "David Ortiz (01:30):\nThen the question is only when, and the mayor said she would answer that at the next meeting of the council.\n", 0.25)]
    // No reported speech at all.
    [InlineData("The museum opens at nine.\n\nTickets are sold at the gate and online.\n", 0.0)]
    public void A_transcript_or_other_prose_scores_low(string text, double atMost)
    {
        var detection = News(text);
        Assert.True(detection.Confidence <= atMost, $"{detection.Confidence} ({detection.Reason})");
    }
}
