namespace Briefing.Parsing.Html;

/// <summary>Parsing HTML pages with a <see cref="BriefingParser"/>.</summary>
public static class BriefingParserHtmlExtensions
{
    /// <summary>
    /// Extracts the text of an HTML page (<see cref="HtmlText.Extract(string)"/>) and parses it with the page's label
    /// hints. The spans of the result index the extracted text, which the result carries as
    /// <see cref="PressBriefing.SourceText"/>.
    /// </summary>
    /// <param name="parser">The parser.</param>
    /// <param name="html">The page's markup.</param>
    /// <param name="options">Per-parse options (format, source name); their <see cref="ParseOptions.LabelHints"/> must be
    /// empty, since the hints come from the page.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parser"/> or <paramref name="html"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> carries label hints, or the parser rejects the
    /// options or the text's length (see <see cref="BriefingParser.Parse"/>).</exception>
    public static PressBriefing ParseHtml(this BriefingParser parser, string html, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(html);
        CheckOptions(options);
        return Parse(parser, HtmlText.Extract(html), options);
    }

    /// <summary>
    /// Extracts the text of an HTML page read from bytes (<see cref="HtmlText.Extract(Stream)"/>: byte order mark, else
    /// <c>&lt;meta charset&gt;</c>, else UTF-8) and parses it with the page's label hints; see
    /// <see cref="ParseHtml(BriefingParser, string, ParseOptions?)"/>.
    /// </summary>
    /// <param name="parser">The parser.</param>
    /// <param name="html">The page's bytes; read to the end, not closed.</param>
    /// <param name="options">Per-parse options; their <see cref="ParseOptions.LabelHints"/> must be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parser"/> or <paramref name="html"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> carries label hints, or the parser rejects the
    /// options or the text's length.</exception>
    public static PressBriefing ParseHtml(this BriefingParser parser, Stream html, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(html);
        CheckOptions(options);
        return Parse(parser, HtmlText.Extract(html), options);
    }

    private static void CheckOptions(ParseOptions? options)
    {
        if (options is { LabelHints.IsEmpty: false })
        {
            throw new ArgumentException(
                "Label hints of an HTML page come from the page itself; the options must not carry any (their spans could not refer to the extracted text).",
                nameof(options));
        }
    }

    private static PressBriefing Parse(BriefingParser parser, HtmlExtraction page, ParseOptions? options) =>
        parser.Parse(page.Text, page.ToParseOptions(options)) with { SourceText = page.Text };
}
