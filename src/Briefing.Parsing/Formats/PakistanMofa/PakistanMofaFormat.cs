using System.Text.RegularExpressions;

namespace Briefing.Parsing;

/// <summary>
/// Weekly press briefings of Pakistan's Foreign Office spokesperson (mofa.gov.pk and reposts): "Transcript (or Record) of
/// the Press Briefing by the Spokesperson ...", a "rush transcript" notice, an unlabelled opening monologue (greetings,
/// visits, statements), then, when the page has them, <c>Question:</c>/<c>Answer:</c> turns. Reposts on news sites add
/// tickers and ads.
/// </summary>
public sealed partial class PakistanMofaFormat : BriefingFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "pakistan-mofa";

    /// <inheritdoc />
    public override string Id => FormatId;

    /// <inheritdoc />
    public override string Description => "Pakistan Ministry of Foreign Affairs weekly press briefing";

    // "Transcript of the Press Briefing by the Spokesperson on Thursday, 15th February 2024",
    // "Record of the Press Briefing by Spokesperson Ambassador Mumtaz Zahra Baloch on 12 January 2024".
    [GeneratedRegex(@"^(?:(?:Transcript|Record)\s+of\s+(?:the\s+)?)?(?:Weekly\s+)?Press\s+Briefing\s+by\s+(?:the\s+)?(?:Foreign\s+Office\s+)?(?<office>Spokesperson)(?!\s+for\b)(?:\s*,?\s+(?:(?:Ambassador|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)*(?<name>\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3}))?.*$", RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    [GeneratedRegex(@"\bPakistan(?:[’']s)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pakistan();

    [GeneratedRegex(@"\bForeign\s+Office\b|\bmofa\.gov\.pk\b", RegexOptions.CultureInvariant)]
    private static partial Regex ForeignOffice();

    [GeneratedRegex(@"\brush\s+transcript\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RushTranscript();

    [GeneratedRegex(@"\bAssalam[\s\-]?o[\s\-]?Alaikum\b|\bBismillah\b|\bIslamabad\b|\bIIOJK\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    internal static TranscriptStyle Style { get; } = new()
    {
        Institution = "Ministry of Foreign Affairs, Pakistan",
        Titles = [Title()],
        Words =
        [
            new("Question", LabelWordKind.Question), new("Questions", LabelWordKind.Question), new("Q", LabelWordKind.Question),
            new("Spokesperson", LabelWordKind.Official), new("Answer", LabelWordKind.Answer), new("A", LabelWordKind.Answer),
        ],
        Headings = true,
        OftenMonologue = true,
        Cues = [Pakistan(), ForeignOffice(), RushTranscript(), Greeting()],
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
