using System.Collections.Immutable;

namespace Briefing.Parsing.Html;

/// <summary>
/// The text of an HTML page as <see cref="HtmlText.Extract(string)"/> reads it, with the spans of the labels the page
/// marks in bold.
/// </summary>
/// <param name="Text">
/// The page's visible text: one paragraph per block element (paragraphs, divisions, list items, headings, table cells ...)
/// separated by a blank line (<c>"\n\n"</c>), <c>&lt;br&gt;</c> as a line break (<c>"\n"</c>; two or more in a row as a
/// paragraph break), entities decoded, whitespace runs folded to one space, no whitespace at the start or end of a line.
/// The same page always gives the same text.
/// </param>
/// <param name="LabelHints">
/// Spans into <paramref name="Text"/> of the bold text (<c>&lt;strong&gt;</c>, <c>&lt;b&gt;</c>, or an element styled
/// <c>font-weight: bold</c>) that opens a paragraph or a line and is followed by more text of the same paragraph, such as
/// <c>&lt;p&gt;&lt;strong&gt;CCTV:&lt;/strong&gt; question&lt;/p&gt;</c> or <c>&lt;p&gt;&lt;b&gt;Mao Ning&lt;/b&gt;: answer&lt;/p&gt;</c>:
/// exactly the bold characters ("CCTV:", "Mao Ning"), adjacent bold runs merged. In document order, never overlapping.
/// Pass them on as <see cref="ParseOptions.LabelHints"/> (see <see cref="ToParseOptions"/>).
/// </param>
public sealed record HtmlExtraction(string Text, ImmutableArray<TextSpan> LabelHints)
{
    /// <summary>The spans of bold labels (see the record's description); never default.</summary>
    public ImmutableArray<TextSpan> LabelHints { get; init; } = LabelHints.IsDefault ? [] : LabelHints;

    /// <summary>
    /// The page's <c>&lt;title&gt;</c> (whitespace folded), or <see langword="null"/> when it has none. It is not part of
    /// <see cref="Text"/>: browsers show it in the tab, not on the page.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>The <c>lang</c> attribute of the page's root element (e.g. "zh-CN"), or <see langword="null"/>.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// The name of the character encoding the page was decoded with (e.g. "utf-8", "gb18030"), when it was read from bytes
    /// by <see cref="HtmlText.Extract(Stream)"/>; <see langword="null"/> for pages given as a string.
    /// </summary>
    public string? CharacterSet { get; init; }

    /// <summary>
    /// Parse options carrying these <see cref="LabelHints"/>: a copy of <paramref name="options"/> (or of
    /// <see cref="ParseOptions.Default"/>) whose <see cref="ParseOptions.LabelHints"/> are replaced by this page's.
    /// </summary>
    /// <param name="options">The options to copy (format, source name), or <see langword="null"/> for the defaults.</param>
    public ParseOptions ToParseOptions(ParseOptions? options = null) =>
        (options ?? ParseOptions.Default) with { LabelHints = LabelHints };
}
