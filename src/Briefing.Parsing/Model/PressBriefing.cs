using System.Collections.Immutable;

namespace Briefing.Parsing;

/// <summary>
/// One parsed press briefing: its header facts, what was announced, the question-and-answer exchanges,
/// reported statements (news reports), the site chrome kept apart as boilerplate, and diagnostics.
/// </summary>
/// <remarks>
/// Immutable. Every element that has text also has a <see cref="TextSpan"/> into the exact input string.
/// Named <c>PressBriefing</c> (not <c>Briefing</c>) so that consumer code can use it plainly next to the
/// <c>Briefing</c> root namespace.
/// </remarks>
public sealed record PressBriefing
{
    /// <summary>The input's path or name, when the caller gave one (see <see cref="ParseOptions.SourceName"/>).</summary>
    public string? Source { get; init; }

    /// <summary>
    /// The text every span refers to, when it is not the caller's own input: the text extracted from an HTML page, for
    /// example. <see langword="null"/> (and left out of the JSON) when the spans index the input the caller gave.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? SourceText { get; init; }

    /// <summary>The format that parsed the text, or <see langword="null"/> when no format matched.</summary>
    public FormatMatch? Format { get; init; }

    /// <summary>BCP-47 tag of the main text ("en", "zh", "mul" for interleaved bilingual), or <see langword="null"/>.</summary>
    public string? Language { get; init; }

    /// <summary>The briefing's title as printed (whitespace normalised), or <see langword="null"/>.</summary>
    public string? Title { get; init; }

    /// <summary>Where the title stands in the input.</summary>
    public TextSpan? TitleSpan { get; init; }

    /// <summary>The title in the other language, in a bilingual document.</summary>
    public Translation? TitleTranslation { get; init; }

    /// <summary>The institution holding the briefing, e.g. "Ministry of Foreign Affairs of the People's Republic of China".</summary>
    public string? Institution { get; init; }

    /// <summary>The briefing's own date; never a repost, crawl or caption date. <see langword="null"/> when the text does not give it.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The publication time printed by the site (local time as printed, no zone), when there is one.</summary>
    public DateTime? Published { get; init; }

    /// <summary>An editor's summary line such as "On the afternoon of July 15, 2010, Foreign Ministry Spokesperson Qin Gang held a regular press conference ...".</summary>
    public TextBlock? Lead { get; init; }

    /// <summary>The spokespersons who hold the briefing.</summary>
    public ImmutableArray<Speaker> Spokespersons { get; init => field = OrEmpty(value); } = [];

    /// <summary>What the spokesperson reads or says before the first question, one entry per paragraph.</summary>
    public ImmutableArray<Announcement> Announcements { get; init => field = OrEmpty(value); } = [];

    /// <summary>Question-and-answer exchanges in document order.</summary>
    public ImmutableArray<Exchange> Exchanges { get; init => field = OrEmpty(value); } = [];

    /// <summary>Reported or quoted speech (news reports of a briefing), in document order.</summary>
    public ImmutableArray<Statement> Statements { get; init => field = OrEmpty(value); } = [];

    /// <summary>Site chrome (navigation, breadcrumbs, share widgets, related lists, footers ...) kept apart, in document order.</summary>
    public ImmutableArray<BoilerplateBlock> Boilerplate { get; init => field = OrEmpty(value); } = [];

    /// <summary>Problems found in the content, with stable codes (see <see cref="DiagnosticCodes"/>).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init => field = OrEmpty(value); } = [];

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> value) => value.IsDefault ? [] : value;
}
