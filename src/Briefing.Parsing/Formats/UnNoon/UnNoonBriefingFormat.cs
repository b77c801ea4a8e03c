using System.Text.RegularExpressions;

namespace Briefing.Parsing;

/// <summary>
/// United Nations noon briefings by the Spokesperson for the Secretary-General (press.un.org, the Spokesperson's site):
/// often a monologue of announcements under topic headings, then <c>Question:</c>/<c>Correspondent:</c> turns answered by
/// <c>Spokesman:</c>, <c>Spokesperson:</c> or <c>Deputy Spokesman:</c>. The opening sentence ("The following is a
/// near-verbatim transcript of today's noon briefing by ...") names the official.
/// </summary>
public sealed partial class UnNoonBriefingFormat : BriefingFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "un-noon-briefing";

    /// <inheritdoc />
    public override string Id => FormatId;

    /// <inheritdoc />
    public override string Description => "United Nations noon briefing by the Spokesperson for the Secretary-General";

    // "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General",
    // "Noon Briefing by Stéphane Dujarric, Spokesman for the Secretary-General", "Highlights of the Noon Briefing ...".
    [GeneratedRegex(@"^(?:(?:Daily\s+)?(?:Press|Noon)\s+Briefing\s+by\s+(?:the\s+)?(?:Office\s+of\s+the\s+Spokes(?:person|man|woman)|(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3})\s*,\s*(?<office>(?:(?:Deputy|Associate)\s+)?Spokes(?:person|man|woman))|(?:(?:Deputy|Associate)\s+)?Spokes(?:person|man|woman))\s+for\s+(?:the\s+)?(?:UN\s+)?Secretary-General\b|(?:Daily\s+)?Noon\s+Briefing\s+Highlights\b|Highlights\s+of\s+the\s+(?:Daily\s+)?Noon\s+Briefing(?:\s+by\s+(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3})\s*,\s*(?<office>(?:(?:Deputy|Associate)\s+)?Spokes(?:person|man|woman)))?\b).*$", RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    [GeneratedRegex(@"\btranscript\s+of\s+(?:today[’']s|the|this)\s+noon\s+briefing\s+by\s+(?:the\s+)?(?:(?:Deputy|Associate)\s+)?(?:Spokes(?:person|man|woman)\s+)?(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\bSpokes(?:person|man|woman)\s+for\s+the\s+Secretary-General\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpokespersonForTheSecretaryGeneral();

    [GeneratedRegex(@"\bnoon\s+briefing\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NoonBriefing();

    [GeneratedRegex(@"\bSecretary-General\b", RegexOptions.CultureInvariant)]
    private static partial Regex SecretaryGeneral();

    [GeneratedRegex(@"\b(?:Security\s+Council|General\s+Assembly|OCHA|UNICEF|UNHCR|UNRWA|peacekeep(?:ers|ing)|Resident\s+Coordinator)\b", RegexOptions.CultureInvariant)]
    private static partial Regex UnBodies();

    internal static TranscriptStyle Style { get; } = new()
    {
        Institution = "United Nations",
        Titles = [Title()],
        Lead = Lead(),
        Words =
        [
            new("Question", LabelWordKind.Question), new("Questions", LabelWordKind.Question), new("Q", LabelWordKind.Question),
            new("Correspondent", LabelWordKind.Question, Distinctive: true), new("Journalist", LabelWordKind.Question),
            new("Spokesman", LabelWordKind.Official), new("Spokeswoman", LabelWordKind.Official), new("Spokesperson", LabelWordKind.Official),
            new("Deputy Spokesman", LabelWordKind.Official, Distinctive: true), new("Deputy Spokesperson", LabelWordKind.Official, Distinctive: true),
            new("Associate Spokesperson", LabelWordKind.Official, Distinctive: true), new("Associate Spokesman", LabelWordKind.Official, Distinctive: true),
        ],
        Headings = true,
        HeaderDateIsBriefingDate = true,
        OftenMonologue = true,
        Cues = [SpokespersonForTheSecretaryGeneral(), NoonBriefing(), SecretaryGeneral(), UnBodies()],
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
