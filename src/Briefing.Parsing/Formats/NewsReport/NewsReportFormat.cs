namespace Briefing.Parsing.Formats.NewsReport;

/// <summary>
/// News reports of a briefing (wire services, state media, reposts, machine translations, video shot lists), in English
/// and Chinese: reported and quoted speech with no turn labels. Each attributed claim becomes a <see cref="Statement"/>
/// with its speaker: named people, pronouns and descriptions carried over along one chain ("he", "the spokesperson",
/// "该发言人"), institutions and countries ("China", "the foreign ministry", "中国外交部"), third parties with their own
/// statements, and the carrier of "According to &lt;outlet&gt;" as <see cref="Statement.Via"/>; a question the report
/// gives ("When asked about ...") as <see cref="Statement.Question"/>. The spokesperson whose briefing is reported is
/// found in the directory, whatever the institution. Headlines, datelines, bylines, captions, shot lists, tags, related
/// links and footers are boilerplate. Detection and parsing read the shared lexing pass; every phrase is lexicon data
/// (<c>news.*</c> categories).
/// </summary>
public sealed class NewsReportFormat : BriefingFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "news-report";

    /// <inheritdoc />
    public override string Id => FormatId;

    /// <inheritdoc />
    public override string Description => "News report of a briefing in reported speech (English, Chinese)";

    /// <inheritdoc />
    public override FormatDetection Detect(DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return NewsDetector.Score(context);
    }

    /// <summary>The news detector's ceiling: it scores no text higher.</summary>
    internal override double MaxConfidence(Lexing.LexedText lexed) => NewsDetector.Ceiling;

    /// <inheritdoc />
    public override PressBriefing Parse(ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new NewsParser(context).Run();
    }
}
