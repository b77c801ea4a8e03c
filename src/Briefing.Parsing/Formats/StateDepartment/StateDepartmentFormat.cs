using System.Text.RegularExpressions;

namespace Briefing.Parsing;

/// <summary>
/// U.S. Department of State press briefings (state.gov and its archives): "Department Press Briefing" or "Daily Press
/// Briefing" titles with the spokesperson's name, the place and the date under them, a start time ("2:03 p.m. EDT"),
/// upper-case labels (<c>MR KIRBY:</c>, <c>MS. PSAKI:</c>, <c>MR PRICE:</c>, <c>QUESTION:</c>), banter before the first
/// topic, stage notes ("(Laughter.)"), interrupted speech ("--", "–") and a closing note with the time.
/// </summary>
public sealed partial class StateDepartmentFormat : BriefingFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "state-department";

    /// <inheritdoc />
    public override string Id => FormatId;

    /// <inheritdoc />
    public override string Description => "U.S. Department of State press briefing transcript";

    // "Daily Press Briefing - October 14, 2015", "Department Press Briefing – January 5, 2023",
    // "Department Press Briefing by Department Spokesperson Ned Price".
    [GeneratedRegex(@"^(?:Daily|Department|DAILY|DEPARTMENT)\s+(?:Press|PRESS)\s+(?:Briefing|BRIEFING)(?:\s+(?:by|with)\s+(?:the\s+)?(?:Department\s+)?(?<office>(?:(?:Principal\s+)?Deputy\s+)?Spokes(?:person|man|woman))\s+(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3}))?\s*(?:[-–—|:,]\s*.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\s*[ap]\.m\.\s*E[DS]T\b", RegexOptions.CultureInvariant)]
    private static partial Regex EasternTime();

    [GeneratedRegex(@"\bWashington,\s*D\.?\s?C\b", RegexOptions.CultureInvariant)]
    private static partial Regex Washington();

    [GeneratedRegex(@"\bDepartment\s+(?:Press\s+Briefing|Spokes(?:person|man|woman))\b|\bstate\.gov\b", RegexOptions.CultureInvariant)]
    private static partial Regex Department();

    [GeneratedRegex(@"\bthe\s+Secretary(?:[’']s)?\b(?!-General)", RegexOptions.CultureInvariant)]
    private static partial Regex TheSecretary();

    internal static TranscriptStyle Style { get; } = new()
    {
        Institution = "U.S. Department of State",
        Titles = [Title()],
        UpperCaseLabels = true,
        Words = [new("QUESTION", LabelWordKind.Question, Distinctive: true), new("QUESTIONS", LabelWordKind.Question, Distinctive: true)],
        HeaderDateIsBriefingDate = true,
        Cues = [EasternTime(), Washington(), Department(), TheSecretary()],
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
