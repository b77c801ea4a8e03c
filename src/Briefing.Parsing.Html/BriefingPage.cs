using System.Globalization;
using System.Text;

namespace Briefing.Parsing.Html;

/// <summary>
/// Renders a parsed briefing as one self-contained HTML page: the source text with every element highlighted by kind.
/// </summary>
/// <remarks>
/// <para>The page has no external assets and no script: inline CSS only, so it reads the same with JavaScript disabled and
/// under a strict content security policy. It shows, in this order:</para>
/// <list type="bullet">
/// <item>the title, the format id and its confidence (and reason), and the briefing's facts;</item>
/// <item>an outline with links to every announcement, exchange, statement and boilerplate block (see
/// <see cref="BriefingPageOptions.IncludeOutline"/>) and a legend of the colours;</item>
/// <item>the diagnostics, each with a link to a marker at its position in the text (and the marker links back);</item>
/// <item>the source text, exactly, with each element of the parse wrapped in an element that carries
/// <c>data-kind</c> (<c>title</c>, <c>lead</c>, <c>announcement</c>, <c>exchange</c>, <c>question</c>, <c>answer</c>,
/// <c>statement</c>, <c>translation</c>, <c>boilerplate</c>, and the labels <c>announcement-label</c>,
/// <c>question-label</c>, <c>answer-label</c>, <c>translation-label</c>), <c>data-start</c> and <c>data-length</c> (its
/// span), an <c>id</c> derived from its place in the model (<c>exchange-2-answer-0</c>, 0-based), and facts such as
/// <c>data-label</c>, <c>data-outlet</c>, <c>data-speaker</c>, <c>data-mode</c>, <c>data-via</c>,
/// <c>data-boilerplate-kind</c>, <c>data-exchange</c> and <c>data-index</c>.</item>
/// </list>
/// <para>Elements other than labels and exchanges take keyboard focus (Tab); the focused one shows a details panel with its
/// label, outlet or speaker and links to the previous and next element, and every element names them on hover (its
/// <c>title</c>). Colours follow the reader's light or dark preference with sufficient contrast in both.</para>
/// <para>Nesting follows the spans. When two spans overlap without one containing the other, the later one is cut at the
/// boundary: its first part carries the id and data attributes, the other parts carry <c>data-part-of</c> with that id.
/// Whatever the spans, every character of the source is on the page once, in order.</para>
/// <para>The DOM text of the source block equals the source text, except that a lone surrogate or U+0000 (which HTML cannot
/// carry) reads as U+FFFD, one code unit each, so spans still apply. Interface text inside the source block (details
/// panels, diagnostic markers) is marked <c>data-ui</c>.</para>
/// </remarks>
public static class BriefingPage
{
    /// <summary>Renders <paramref name="briefing"/> over <paramref name="sourceText"/> as a complete HTML document.</summary>
    /// <param name="briefing">The parse to show.</param>
    /// <param name="sourceText">The text the briefing's spans refer to: the parser's input, or its
    /// <see cref="PressBriefing.SourceText"/> when it has one (e.g. <see cref="HtmlExtraction.Text"/>).</param>
    /// <param name="options">Page options; <see langword="null"/> for <see cref="BriefingPageOptions.Default"/>.</param>
    /// <returns>The page's markup (UTF-8 when saved: it declares <c>&lt;meta charset="utf-8"&gt;</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="briefing"/> or <paramref name="sourceText"/> is null.</exception>
    /// <exception cref="ArgumentException">The briefing has a <see cref="PressBriefing.SourceText"/> other than
    /// <paramref name="sourceText"/>, or a span of the briefing lies outside <paramref name="sourceText"/>.</exception>
    public static string Render(PressBriefing briefing, string sourceText, BriefingPageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(sourceText);
        options ??= BriefingPageOptions.Default;
        if (briefing.SourceText is { } own && !string.Equals(own, sourceText, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                "The briefing's spans refer to its SourceText, which differs from the source text given: pass briefing.SourceText.",
                nameof(sourceText));
        }

        var elements = PageElements.Collect(briefing);
        foreach (var e in elements)
        {
            if (e.Span.Start < 0 || e.Span.Length < 0 || e.Span.End > sourceText.Length)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"The span {e.Span} of {e.Caption.ToLowerInvariant()} lies outside the source text ({sourceText.Length} characters): pass the text the briefing was parsed from."),
                    nameof(sourceText));
            }
        }
        return new PageRenderer(briefing, sourceText, options, elements).Render();
    }
}

/// <summary>Writes one page.</summary>
internal sealed class PageRenderer
{
    private readonly PressBriefing _briefing;
    private readonly string _text;
    private readonly BriefingPageOptions _options;
    private readonly List<PageElement> _elements;
    private readonly StringBuilder _sb;
    private readonly LineMap _lines;
    private readonly Dictionary<PageElement, (PageElement? Previous, PageElement? Next)> _neighbours = [];

    public PageRenderer(PressBriefing briefing, string text, BriefingPageOptions options, List<PageElement> elements)
    {
        _briefing = briefing;
        _text = text;
        _options = options;
        _elements = elements;
        _sb = new StringBuilder(text.Length * 2 + 16_384);
        _lines = new LineMap(text);
    }

    public string Render()
    {
        var tree = SpanTree.Build(_text.Length, _elements);
        LinkNeighbours(tree);

        string title = _options.PageTitle ?? _briefing.Title ?? _briefing.Source ?? "Press briefing";
        string scheme = _options.ColorScheme switch
        {
            BriefingPageColorScheme.Light => "light",
            BriefingPageColorScheme.Dark => "dark",
            _ => "auto",
        };
        _sb.Append("<!DOCTYPE html>\n<html lang=\"en\" data-scheme=\"").Append(scheme).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"color-scheme\" content=\"").Append(scheme == "auto" ? "light dark" : scheme).Append("\">\n")
            .Append("<meta name=\"generator\" content=\"Briefing.Parsing.Html\">\n")
            .Append("<title>").Escaped(title).Append("</title>\n<style>\n").Append(PageStyle.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#source\">Skip to the text</a>\n");

        WriteHeader(title);
        _sb.Append("<div class=\"layout\">\n");
        WriteSidebar();
        _sb.Append("<main>\n");
        WriteDiagnostics();
        _sb.Append("<section aria-labelledby=\"source-heading\">\n<h2 id=\"source-heading\">Source text</h2>\n")
            .Append("<p class=\"hint\">Tab moves from element to element; the focused element shows its details and links to the previous and next element.</p>\n")
            .Append("<div class=\"source\" id=\"source\" tabindex=\"-1\"");
        if (_briefing.Language is { } lang) _sb.Attribute("lang", lang);
        _sb.Attribute("data-length", Number(_text.Length)).Append('>');
        WriteChildren(tree);
        _sb.Append("</div>\n</section>\n</main>\n</div>\n")
            .Append("<footer class=\"page-footer\">Rendered by Briefing.Parsing.Html. Spans are UTF-16 code unit offsets into the source text.</footer>\n")
            .Append("</body>\n</html>\n");
        return _sb.ToString();
    }

    private void WriteHeader(string title)
    {
        var b = _briefing;
        _sb.Append("<header class=\"page-header\">\n<h1>").Escaped(title).Append("</h1>\n<p class=\"format\" id=\"format\"");
        if (b.Format is { } f)
        {
            _sb.Attribute("data-format", f.Id).Attribute("data-confidence", f.Confidence.ToString("0.###", CultureInfo.InvariantCulture)).Append('>')
                .Append("Format <code>").Escaped(f.Id).Append("</code>, confidence <strong>")
                .Append(f.Confidence.ToString("0.000", CultureInfo.InvariantCulture)).Append("</strong> <span class=\"reason\">(").Escaped(f.Reason).Append(")</span>");
        }
        else
        {
            _sb.Append(" data-format=\"\">No format matched: the text is shown without elements.");
        }
        _sb.Append("</p>\n<dl class=\"facts\">\n");
        Fact("Source", b.Source);
        Fact("Institution", b.Institution);
        Fact("Date", b.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Fact("Published", b.Published?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        Fact("Language", b.Language);
        Fact("Spokespersons", b.Spokespersons.IsEmpty ? null : string.Join(", ", b.Spokespersons.Select(PageElements.Describe)));
        Fact("Elements", string.Create(CultureInfo.InvariantCulture,
            $"{b.Announcements.Length} announcements, {b.Exchanges.Length} exchanges, {b.Statements.Length} statements, {b.Boilerplate.Length} boilerplate blocks, {b.Diagnostics.Length} diagnostics"));
        Fact("Text", string.Create(CultureInfo.InvariantCulture, $"{_text.Length} characters, {_lines.Count} lines"));
        _sb.Append("</dl>\n</header>\n");
    }

    private void Fact(string name, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        _sb.Append("<div><dt>").Append(name).Append("</dt><dd>").Escaped(value).Append("</dd></div>\n");
    }

    private void WriteSidebar()
    {
        _sb.Append("<aside class=\"sidebar\">\n");
        if (_options.IncludeOutline) WriteOutline();
        WriteLegend();
        _sb.Append("</aside>\n");
    }

    private void WriteOutline()
    {
        var b = _briefing;
        _sb.Append("<nav aria-labelledby=\"outline-heading\" class=\"outline\">\n<h2 id=\"outline-heading\">Outline</h2>\n<ol>\n");
        if (b.TitleSpan is not null) OutlineItem("title", "title", "Title", b.Title);
        if (b.Lead is { } lead) OutlineItem("lead", "lead", "Lead", lead.Text);
        for (int i = 0; i < b.Announcements.Length; i++)
        {
            var a = b.Announcements[i];
            OutlineItem("announcement", Id($"announcement-{i}"), Id($"Announcement {i + 1}"), a.Speaker?.Name ?? a.Label ?? Excerpt(a.Text));
        }
        for (int i = 0; i < b.Exchanges.Length; i++)
        {
            var x = b.Exchanges[i];
            string asker = x.Question is { } q ? (q.Outlet?.Name ?? q.Label ?? "question") + (q.IsFollowUp ? " (follow-up)" : "") : "no question";
            string answerers = x.Answers.IsEmpty ? "no answer" : string.Join(", ", x.Answers.Select(a => a.Speaker?.Name ?? a.Label ?? "answer").Distinct());
            string target = x.Question is not null ? Id($"exchange-{i}-question") : x.Answers.IsEmpty ? Id($"exchange-{i}") : Id($"exchange-{i}-answer-0");
            OutlineItem("exchange", target, Id($"Exchange {i + 1}"), $"{asker} \u2192 {answerers}");
        }
        for (int i = 0; i < b.Statements.Length; i++)
        {
            var s = b.Statements[i];
            OutlineItem("statement", Id($"statement-{i}"), Id($"Statement {i + 1}"),
                $"{s.Speaker?.Name ?? "unattributed"} ({(s.Mode == StatementMode.Quoted ? "quoted" : "reported")})");
        }
        _sb.Append("</ol>\n");
        if (!b.Boilerplate.IsEmpty)
        {
            _sb.Append("<details>\n<summary>Boilerplate (").Append(Number(b.Boilerplate.Length)).Append(")</summary>\n<ol>\n");
            for (int i = 0; i < b.Boilerplate.Length; i++)
            {
                var bp = b.Boilerplate[i];
                OutlineItem("boilerplate", Id($"boilerplate-{i}"), PageElements.BoilerplateKindName(bp.Kind), Excerpt(bp.Text));
            }
            _sb.Append("</ol>\n</details>\n");
        }
        _sb.Append("</nav>\n");
    }

    private void OutlineItem(string kind, string target, string caption, string? detail)
    {
        _sb.Append("<li class=\"o-").Append(kind).Append("\"><a href=\"#").Append(target).Append("\"><span class=\"swatch s-").Append(kind)
            .Append("\" aria-hidden=\"true\"></span>").Escaped(caption).Append("</a>");
        if (!string.IsNullOrEmpty(detail)) _sb.Append(" <span class=\"detail\">").Escaped(detail).Append("</span>");
        _sb.Append("</li>\n");
    }

    private void WriteLegend()
    {
        _sb.Append("<section aria-labelledby=\"legend-heading\" class=\"legend\">\n<h2 id=\"legend-heading\">Legend</h2>\n<ul>\n");
        foreach (var (kind, name) in PageStyle.Kinds)
        {
            int count = _elements.Count(e => e.Kind == kind);
            _sb.Append("<li><span class=\"el k-").Append(kind).Append(" sample\">").Append(name).Append("</span> <span class=\"count\">")
                .Append(Number(count)).Append("</span></li>\n");
        }
        _sb.Append("</ul>\n</section>\n");
    }

    private void WriteDiagnostics()
    {
        var diagnostics = _briefing.Diagnostics;
        _sb.Append("<section aria-labelledby=\"diagnostics-heading\" class=\"diagnostics\" id=\"diagnostics\">\n<h2 id=\"diagnostics-heading\">Diagnostics (")
            .Append(Number(diagnostics.Length)).Append(")</h2>\n");
        if (diagnostics.IsEmpty)
        {
            _sb.Append("<p>None.</p>\n</section>\n");
            return;
        }
        _sb.Append("<ol>\n");
        for (int i = 0; i < diagnostics.Length; i++)
        {
            var d = diagnostics[i];
            string severity = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "info",
            };
            _sb.Append("<li id=\"diagnostic-").Append(Number(i)).Append("\" class=\"sev-").Append(severity).Append('"')
                .Attribute("data-code", d.Code).Attribute("data-severity", severity);
            if (d.Span is { } span) _sb.Attribute("data-start", Number(span.Start)).Attribute("data-length", Number(span.Length));
            _sb.Append("><code>").Escaped(d.Code).Append("</code> <span class=\"severity\">").Append(severity).Append("</span> ").Escaped(d.Message);
            if (d.Span is { } at)
            {
                var (line, column) = _lines.Position(at.Start);
                _sb.Append(" <a href=\"#at-diagnostic-").Append(Number(i)).Append("\">line ").Append(Number(line)).Append(", column ")
                    .Append(Number(column)).Append("</a>");
                if (at.Length > 0) _sb.Append(" <q class=\"excerpt\">").Escaped(Excerpt(_text.Substring(at.Start, Math.Min(at.Length, 400)))).Append("</q>");
            }
            _sb.Append("</li>\n");
        }
        _sb.Append("</ol>\n</section>\n");
    }

    private void WriteChildren(SpanNode node)
    {
        int position = node.Start;
        foreach (var child in node.Children)
        {
            HtmlWriter.Append(_sb, _text.AsSpan(position, child.Start - position));
            WriteNode(child);
            position = child.End;
        }
        HtmlWriter.Append(_sb, _text.AsSpan(position, node.End - position));
    }

    private void WriteNode(SpanNode node)
    {
        var e = node.Element!;
        if (e.IsMarker)
        {
            _sb.Append("<a class=\"marker\" data-ui=\"marker\"").Attribute("id", e.Id).Attribute("href", "#diagnostic-" + e.Data[0].Value)
                .Attribute("data-kind", e.Kind).Attribute("data-start", Number(e.Span.Start)).Attribute("data-length", "0");
            foreach (var (name, value) in e.Data) _sb.Attribute(name, value);
            _sb.Attribute("title", Tooltip(e)).Attribute("aria-label", e.Caption).Append(">\u26A0</a>");
            return;
        }

        string tag = e.Kind == "exchange" ? "span" : "mark";
        _sb.Append('<').Append(tag).Append(" class=\"el k-").Append(e.Kind);
        if (node.Part > 0)
        {
            _sb.Append(" part\"").Attribute("data-part-of", e.Id).Attribute("data-part", Number(node.Part)).Append('>');
            WriteChildren(node);
            _sb.Append("</").Append(tag).Append('>');
            return;
        }
        _sb.Append('"').Attribute("id", e.Id).Attribute("data-kind", e.Kind)
            .Attribute("data-start", Number(e.Span.Start)).Attribute("data-length", Number(e.Span.Length));
        foreach (var (name, value) in e.Data) _sb.Attribute(name, value);
        _sb.Attribute("title", Tooltip(e));
        if (e.Focusable) _sb.Append(" tabindex=\"0\"").Attribute("aria-describedby", "details-" + e.Id);
        _sb.Append('>');
        if (e.Focusable) WriteDetails(e);
        WriteChildren(node);
        _sb.Append("</").Append(tag).Append('>');
    }

    /// <summary>The details panel of a focusable element: shown (fixed at the bottom of the window) while it has focus.</summary>
    private void WriteDetails(PageElement e)
    {
        var (previous, next) = _neighbours[e];
        _sb.Append("<span class=\"details\" data-ui=\"details\"><span class=\"details-info\"").Attribute("id", "details-" + e.Id).Append("><strong>")
            .Escaped(e.Caption).Append("</strong>");
        foreach (var (name, value) in e.Facts) _sb.Append(" \u00B7 ").Append(name).Append(": <span class=\"value\">").Escaped(value).Append("</span>");
        _sb.Append(" \u00B7 ").Append(SpanText(e.Span)).Append("</span> <span class=\"details-nav\">");
        if (previous is not null)
            _sb.Append("<a rel=\"prev\"").Attribute("href", "#" + previous.Id).Append(">\u2190 Previous: ").Escaped(previous.Caption).Append("</a>");
        if (previous is not null && next is not null) _sb.Append(' ');
        if (next is not null)
            _sb.Append("<a rel=\"next\"").Attribute("href", "#" + next.Id).Append(">Next: ").Escaped(next.Caption).Append(" \u2192</a>");
        _sb.Append("</span></span>");
    }

    private string Tooltip(PageElement e)
    {
        var sb = new StringBuilder(e.Caption);
        foreach (var (name, value) in e.Facts) sb.Append('\n').Append(name).Append(": ").Append(value);
        sb.Append('\n').Append(SpanText(e.Span));
        return sb.ToString();
    }

    private string SpanText(TextSpan span)
    {
        var (line, column) = _lines.Position(span.Start);
        return string.Create(CultureInfo.InvariantCulture, $"characters {span.Start}\u2013{span.End} (line {line}, column {column})");
    }

    /// <summary>Previous and next focusable element in reading order (the order their first parts are rendered).</summary>
    private void LinkNeighbours(SpanNode root)
    {
        var order = new List<PageElement>();
        var stack = new Stack<SpanNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Element is { Focusable: true } e && node.Part == 0) order.Add(e);
            for (int i = node.Children.Count - 1; i >= 0; i--) stack.Push(node.Children[i]);
        }
        for (int i = 0; i < order.Count; i++)
            _neighbours[order[i]] = (i > 0 ? order[i - 1] : null, i + 1 < order.Count ? order[i + 1] : null);
    }

    private static string Excerpt(string text)
    {
        var sb = new StringBuilder();
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (sb.Length >= 80)
            {
                sb.Append('\u2026');
                break;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Number(int n) => PageElements.Number(n);

    private static string Id(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>1-based line and column of offsets, by binary search over the line starts.</summary>
    private sealed class LineMap
    {
        private readonly List<int> _starts = [0];

        public LineMap(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n') _starts.Add(i + 1);
            }
        }

        public int Count => _starts.Count;

        public (int Line, int Column) Position(int offset)
        {
            int index = _starts.BinarySearch(offset);
            if (index < 0) index = ~index - 1;
            return (index + 1, offset - _starts[index] + 1);
        }
    }
}
