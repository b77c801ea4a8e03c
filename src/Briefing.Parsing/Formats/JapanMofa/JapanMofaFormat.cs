using System.Text.RegularExpressions;

namespace Briefing.Parsing;

/// <summary>
/// Press conferences of Japan's Minister for Foreign Affairs or the ministry's Press Secretary (mofa.go.jp): a date, time
/// and place line (or <c>Date:</c>/<c>Place:</c>/<c>Main topics:</c> headers), a provisional-translation notice, topic
/// headings between turns, the minister introduced once in full ("Mr. Fumio Kishida, Minister for Foreign Affairs:") and
/// then by office ("Minister Kishida:", "Minister:"), journalists as "Surname, Outlet:" or "Question:", labels alone on
/// their line.
/// </summary>
public sealed partial class JapanMofaFormat : BriefingFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "japan-mofa";

    /// <inheritdoc />
    public override string Id => FormatId;

    /// <inheritdoc />
    public override string Description => "Japan Ministry of Foreign Affairs press conference (Minister or Press Secretary)";

    // "Press Conference by Foreign Minister Fumio Kishida", "Extraordinary Press Conference by Foreign Minister HAYASHI Yoshimasa",
    // "Press Conference by Foreign Minister Kishida", "Press Conference by the Press Secretary, Mr. Yasuhisa Kawamura".
    [GeneratedRegex(@"^(?:Extraordinary\s+)?Press\s+Conference\s+by\s+(?:the\s+)?(?<office>Foreign\s+Minister|Minister\s+for\s+Foreign\s+Affairs|(?:Deputy\s+)?Press\s+Secretary|Foreign\s+Press\s+Secretary|State\s+Minister\s+for\s+Foreign\s+Affairs|Parliamentary\s+Vice-Minister\s+for\s+Foreign\s+Affairs)(?:\s*,?\s+(?:Mr\.?\s+|Ms\.?\s+)?(?<name>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2}))?\s*(?:[,(\-–—].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    [GeneratedRegex(@"\bMinister\s+for\s+Foreign\s+Affairs\b", RegexOptions.CultureInvariant)]
    private static partial Regex MinisterForForeignAffairs();

    [GeneratedRegex(@"\bprovisional\s+translation\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ProvisionalTranslation();

    [GeneratedRegex(@"\bPrime\s+Minister[’']s\s+Office\b|\bPress\s+Conference\s+Room\b|\bMinistry\s+of\s+Foreign\s+Affairs\b", RegexOptions.CultureInvariant)]
    private static partial Regex Places();

    [GeneratedRegex(@"\bPress\s+Conference\s+by\s+(?:Foreign\s+Minister|(?:Deputy\s+)?Press\s+Secretary)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PressConferenceBy();

    internal static TranscriptStyle Style { get; } = new()
    {
        Institution = "Ministry of Foreign Affairs of Japan",
        Titles = [Title()],
        Words =
        [
            new("Question", LabelWordKind.Question), new("Questions", LabelWordKind.Question), new("Reporter", LabelWordKind.Question),
            new("Journalist", LabelWordKind.Question), new("Q", LabelWordKind.Question),
            new("Minister", LabelWordKind.Official, Distinctive: true), new("Foreign Minister", LabelWordKind.Official, Distinctive: true),
            new("Press Secretary", LabelWordKind.Official, Distinctive: true), new("Deputy Press Secretary", LabelWordKind.Official, Distinctive: true),
            new("Answer", LabelWordKind.Answer), new("A", LabelWordKind.Answer),
        ],
        DistinctiveOffices = ["Minister", "Press Secretary"],
        SurnameOutletLabels = true,
        Headings = true,
        HeaderDateIsBriefingDate = true,
        Cues = [MinisterForForeignAffairs(), ProvisionalTranslation(), Places(), PressConferenceBy()],
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
