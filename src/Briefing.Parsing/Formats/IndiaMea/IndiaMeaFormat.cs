using System.Text.RegularExpressions;

namespace Briefing.Parsing;

/// <summary>
/// Weekly media briefings of India's Ministry of External Affairs (mea.gov.in): "Transcript of Weekly Media Briefing by the
/// Official Spokesperson (April 06, 2023)" with a later posting date under it, the spokesperson labelled with office and
/// name in either order ("Official Spokesperson, Shri Gopal Baglay:", "Shri Arindam Bagchi, Official Spokesperson:"),
/// journalists labelled by their first names ("Rishabh:", "Sudhi Ranjan:"), several questions before one answer, the
/// spokesperson interrupting with questions of his own, and Hindi in Latin script with the spokesperson's own translation.
/// </summary>
public sealed partial class IndiaMeaFormat : BriefingFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "india-mea";

    /// <inheritdoc />
    public override string Id => FormatId;

    /// <inheritdoc />
    public override string Description => "India Ministry of External Affairs media briefing transcript";

    // "Transcript of Weekly Media Briefing by the Official Spokesperson (April 06, 2023)",
    // "Transcript of Special Briefing by Foreign Secretary on ...", "Transcript of Media Briefing by Official Spokesperson (May 25, 2017)".
    [GeneratedRegex(@"^Transcript\s+of\s+(?:the\s+)?(?:Weekly\s+|Special\s+)?(?:Media\s+|Press\s+)?Briefing\s+by\s+(?:the\s+)?(?<office>Official\s+Spokesperson|Foreign\s+Secretary|Secretary\s*\([^)]{2,20}\)|External\s+Affairs\s+Minister)(?:\s*,?\s+(?:Shri\s+|Smt\.?\s+|Dr\.?\s+)?(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,2}))?.*$", RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    [GeneratedRegex(@"\bOfficial\s+Spokesperson\b", RegexOptions.CultureInvariant)]
    private static partial Regex OfficialSpokesperson();

    [GeneratedRegex(@"\bShri(?=\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex Shri();

    [GeneratedRegex(@"\bMinistry\s+of\s+External\s+Affairs\b|\bMEA\b|\bmea\.gov\.in\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ministry();

    [GeneratedRegex(@"\b(?:Weekly\s+)?Media\s+Briefing\b|\bMedia\s+Cent(?:er|re)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MediaBriefing();

    internal static TranscriptStyle Style { get; } = new()
    {
        Institution = "Ministry of External Affairs, Government of India",
        Titles = [Title()],
        Words =
        [
            new("Question", LabelWordKind.Question), new("Questions", LabelWordKind.Question), new("Journalist", LabelWordKind.Question),
            new("Media", LabelWordKind.Question), new("Q", LabelWordKind.Question),
            new("Official Spokesperson", LabelWordKind.Official, Distinctive: true), new("Spokesperson", LabelWordKind.Official),
            new("Answer", LabelWordKind.Answer), new("A", LabelWordKind.Answer),
        ],
        DistinctiveOffices = ["Official Spokesperson", "Shri", "Smt"],
        NameLabelsAreJournalists = true,
        // The date line under the title is the posting date, often the day after the briefing.
        HeaderDateIsBriefingDate = false,
        Cues = [OfficialSpokesperson(), Shri(), Ministry(), MediaBriefing()],
    };

    /// <inheritdoc />
    public override FormatDetection Detect(DetectionContext context) => LabelledTranscriptDetector.Detect(Style, context);

    /// <inheritdoc />
    public override PressBriefing Parse(ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new LabelledTranscriptParser(Style, context).Run();
    }
}
