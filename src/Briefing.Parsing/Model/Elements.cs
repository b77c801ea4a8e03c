using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Briefing.Parsing;

/// <summary>The format that parsed a document and how confident its detector was.</summary>
/// <param name="Id">The format's identifier, e.g. <c>mfa-transcript</c>.</param>
/// <param name="Confidence">The detector's score in [0, 1]; 1 when the format was chosen explicitly.</param>
/// <param name="Reason">Why the format was chosen.</param>
public sealed record FormatMatch(string Id, double Confidence, string Reason);

/// <summary>A piece of text with its span.</summary>
/// <param name="Text">The source text with whitespace normalised (see <see cref="TextNormalizer"/>).</param>
/// <param name="Span">Where the text stands in the input.</param>
public sealed record TextBlock(string Text, TextSpan Span);

/// <summary>Whether a speaker is a person or an institution.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<SpeakerKind>))]
public enum SpeakerKind
{
    /// <summary>A person, e.g. a spokesperson.</summary>
    Person,
    /// <summary>An institution, e.g. "Ministry of Commerce" or "China".</summary>
    Institution,
}

/// <summary>Who said something.</summary>
/// <param name="Name">The name as the document's language writes it: "Mao Ning" in English documents, "毛宁" in Chinese ones
/// (<see cref="NameEn"/> and <see cref="NameZh"/> carry both forms when known).</param>
public sealed record Speaker(string Name)
{
    /// <summary>The name in Chinese, when known (e.g. "毛宁").</summary>
    public string? NameZh { get; init; }

    /// <summary>The name in English, when <see cref="Name"/> is in another script (Chinese documents name speakers in Chinese).</summary>
    public string? NameEn { get; init; }

    /// <summary>A person or an institution.</summary>
    public SpeakerKind Kind { get; init; } = SpeakerKind.Person;

    /// <summary>The speaker's role when known, e.g. "spokesperson".</summary>
    public string? Role { get; init; }

    /// <summary>
    /// The directory's full name of the speaker when the document never prints it and <see cref="Name"/> is only what the
    /// document gives: a text labelled <c>MR PRICE:</c> throughout names its speaker "Price", the directory's Ned Price.
    /// <see langword="null"/> when <see cref="Name"/> is the directory's name or the directory does not know the speaker
    /// (and then left out of the JSON).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DirectoryName { get; init; }
}

/// <summary>A news outlet, resolved to its canonical name.</summary>
/// <param name="Name">The canonical name, e.g. "CCTV".</param>
public sealed record Outlet(string Name)
{
    /// <summary>The outlet's Chinese name, when known.</summary>
    public string? NameZh { get; init; }

    /// <summary>The outlet's country (ISO 3166 alpha-2), when known.</summary>
    public string? Country { get; init; }
}

/// <summary>
/// The other language's version of an element in a bilingual document (a learning site that prints each turn in
/// Chinese and then in English): the element keeps the first version, this holds the second.
/// </summary>
/// <param name="Language">BCP-47 tag of this version ("en", "zh").</param>
/// <param name="Text">The version's text, whitespace normalised, without its label.</param>
/// <param name="Span">Where the version's text stands in the input.</param>
public sealed record Translation(string Language, string Text, TextSpan Span)
{
    /// <summary>The version's label as printed ("The Paper", "Wang Wenbin"), when it has one.</summary>
    public string? Label { get; init; }

    /// <summary>Where the version's label stands in the input.</summary>
    public TextSpan? LabelSpan { get; init; }
}

/// <summary>What the spokesperson reads or says before the first question (one paragraph).</summary>
/// <param name="Speaker">Who says it, when known.</param>
/// <param name="Text">The paragraph, whitespace normalised, without any label.</param>
/// <param name="Span">Where the text stands in the input.</param>
public sealed record Announcement(Speaker? Speaker, string Text, TextSpan Span)
{
    /// <summary>The label printed before it ("Mao Ning"), or <see langword="null"/> when unlabelled.</summary>
    public string? Label { get; init; }

    /// <summary>Where the label stands in the input, when there is one.</summary>
    public TextSpan? LabelSpan { get; init; }

    /// <summary>The other language's version, in a bilingual document.</summary>
    public Translation? Translation { get; init; }
}

/// <summary>A question and the answers given to it.</summary>
/// <param name="Question">The question, or <see langword="null"/> when its question is not in the text.</param>
/// <param name="Answers">The answers in document order (empty when the answer is missing).</param>
/// <param name="Span">From the question's label to the end of the last answer.</param>
public sealed record Exchange(Question? Question, ImmutableArray<Answer> Answers, [property: JsonPropertyOrder(1)] TextSpan Span)
{
    /// <summary>The answers in document order (empty when the answer is missing).</summary>
    public ImmutableArray<Answer> Answers { get; init => field = value.IsDefault ? [] : value; } = Answers.IsDefault ? [] : Answers;
}

/// <summary>A journalist's question.</summary>
/// <param name="Label">The asker's label exactly as printed, without the colon ("Q", "CCTV", "Follow-up"), or <see langword="null"/>.</param>
/// <param name="Outlet">The canonical outlet, or <see langword="null"/> (anonymous "Q", unknown label).</param>
/// <param name="Text">The question, whitespace normalised, without the label.</param>
/// <param name="Span">Where the text stands in the input (after the label).</param>
public sealed record Question(string? Label, Outlet? Outlet, string Text, TextSpan Span)
{
    /// <summary>Whether the label marks a follow-up ("Follow-up:").</summary>
    public bool IsFollowUp { get; init; }

    /// <summary>Where the label stands in the input, when there is one.</summary>
    public TextSpan? LabelSpan { get; init; }

    /// <summary>The other language's version, in a bilingual document.</summary>
    public Translation? Translation { get; init; }
}

/// <summary>An answer.</summary>
/// <param name="Label">The label as printed ("Mao Ning", "A"), or <see langword="null"/> where the text has none.</param>
/// <param name="Speaker">Who answers, when known.</param>
/// <param name="Text">The answer, whitespace normalised, without the label.</param>
/// <param name="Span">Where the text stands in the input (after the label).</param>
public sealed record Answer(string? Label, Speaker? Speaker, string Text, TextSpan Span)
{
    /// <summary>Where the label stands in the input, when there is one.</summary>
    public TextSpan? LabelSpan { get; init; }

    /// <summary>The other language's version, in a bilingual document.</summary>
    public Translation? Translation { get; init; }
}

/// <summary>How a statement is rendered in a news report.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<StatementMode>))]
public enum StatementMode
{
    /// <summary>Reported (indirect) speech: "Guo stated that ...".</summary>
    Reported,
    /// <summary>A direct quotation: "“...,” he said".</summary>
    Quoted,
}

/// <summary>Reported or quoted speech in a news report of a briefing.</summary>
/// <param name="Speaker">Who the statement is attributed to.</param>
/// <param name="Mode">Reported or quoted.</param>
/// <param name="Text">The statement as printed, whitespace normalised.</param>
/// <param name="Span">Where the text stands in the input.</param>
public sealed record Statement(Speaker? Speaker, StatementMode Mode, string Text, TextSpan Span)
{
    /// <summary>The carrier the report cites ("According to Namibia Press Agency, ..."), when there is one.</summary>
    public Outlet? Via { get; init; }

    /// <summary>
    /// The question the statement answers, in the report's words ("When asked about <i>reports that ...</i>, he said",
    /// "A reporter asked <i>whether ...</i>", "有记者问：<i>...</i>"), when the report gives it; its span may lie inside the
    /// statement's (the question asked in the statement's own sentence) or before it.
    /// </summary>
    public TextBlock? Question { get; init; }
}

/// <summary>What kind of site chrome a boilerplate block is.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<BoilerplateKind>))]
public enum BoilerplateKind
{
    /// <summary>Menus and navigation links.</summary>
    Navigation,
    /// <summary>A breadcrumb trail ("Home &gt; Press and Media Service &gt; ...").</summary>
    Breadcrumb,
    /// <summary>A language bar ("عربي Español Русский Français 简体中文").</summary>
    Languages,
    /// <summary>Publication timestamps, bylines, source lines and other metadata.</summary>
    Metadata,
    /// <summary>Share, print and "suggest to a friend" widgets.</summary>
    Share,
    /// <summary>Lists of related articles.</summary>
    Related,
    /// <summary>Copyright lines, addresses and other footers.</summary>
    Footer,
    /// <summary>Login and registration bars.</summary>
    Login,
    /// <summary>Advertising.</summary>
    Advertisement,
    /// <summary>Photo captions and credits.</summary>
    Caption,
    /// <summary>Anything else that is not part of the briefing.</summary>
    Other,
    /// <summary>A topic or section heading set between turns by the editor ("Opening remarks", "North Korea's missile launch").</summary>
    Heading,
    /// <summary>A table of contents: the topics of the briefing listed before the briefing itself.</summary>
    Contents,
    /// <summary>A notice about the text itself: "provisional translation", "rush transcript", "check against delivery".</summary>
    Notice,
    /// <summary>A news ticker or "breaking news" line of the site.</summary>
    Ticker,
}

/// <summary>Site chrome kept apart from the briefing, never inside an announcement, question or answer.</summary>
/// <param name="Kind">What kind of chrome it is.</param>
/// <param name="Text">The text, whitespace normalised.</param>
/// <param name="Span">Where it stands in the input.</param>
public sealed record BoilerplateBlock(BoilerplateKind Kind, string Text, TextSpan Span);

/// <summary>How serious a diagnostic is.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the result is complete.</summary>
    Info,
    /// <summary>Something in the content was odd or missing; the result may be partial.</summary>
    Warning,
    /// <summary>The content could not be parsed as a briefing.</summary>
    Error,
}

/// <summary>A problem found in the content. Codes are stable and listed in <see cref="DiagnosticCodes"/>.</summary>
/// <param name="Code">The stable code, e.g. <c>BP0001</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">A human-readable explanation.</param>
/// <param name="Span">Where in the input, when it concerns a place.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, TextSpan? Span = null);
