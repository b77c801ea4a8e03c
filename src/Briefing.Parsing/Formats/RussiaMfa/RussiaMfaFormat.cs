using System.Text.RegularExpressions;

namespace Briefing.Parsing;

/// <summary>
/// Briefings by the Russian Foreign Ministry's spokesperson (mid.ru): a publication time glued to the date ("29 June
/// 201717:54"), a language switcher, a table of contents whose topics look like content (numbered, with the numbering
/// restarting after "Answers to media questions:"), topic headings, a monologue of announcements, then
/// <c>Question:</c> turns answered by "Maria Zakharova:" (or "Answer:").
/// </summary>
public sealed partial class RussiaMfaFormat : BriefingFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "russia-mfa";

    /// <inheritdoc />
    public override string Id => FormatId;

    /// <inheritdoc />
    public override string Description => "Russian Foreign Ministry spokesperson's briefing";

    // "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, June 29, 2017",
    // "Briefing by Director of the Information and Press Department Alexander Lukashevich".
    [GeneratedRegex(@"^(?:Weekly\s+)?Briefing\s+by\s+(?:the\s+)?(?:Russian\s+)?(?:Foreign\s+Ministry\s+)?(?<office>Spokes(?:person|woman|man)|(?:Deputy\s+)?Director\s+of\s+the\s+(?:Foreign\s+Ministry\s+)?Information\s+and\s+Press\s+Department)\s+(?<name>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){1,2})\b.*$", RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    [GeneratedRegex(@"\bZakharova\b|\bLukashevich\b", RegexOptions.CultureInvariant)]
    private static partial Regex Spokespersons();

    [GeneratedRegex(@"\bLavrov\b|\bRussian\s+Federation\b|\bmid\.ru\b", RegexOptions.CultureInvariant)]
    private static partial Regex Russia();

    [GeneratedRegex(@"\bInformation\s+and\s+Press\s+Department\b|\bAnswers?\s+to\s+media\s+questions\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Department();

    internal static TranscriptStyle Style { get; } = new()
    {
        Institution = "Ministry of Foreign Affairs of the Russian Federation",
        Titles = [Title()],
        Words =
        [
            new("Question", LabelWordKind.Question), new("Questions", LabelWordKind.Question), new("Q", LabelWordKind.Question),
            new("Answer", LabelWordKind.Answer), new("A", LabelWordKind.Answer),
        ],
        Headings = true,
        OftenMonologue = true,
        Cues = [Spokespersons(), Russia(), Department()],
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
