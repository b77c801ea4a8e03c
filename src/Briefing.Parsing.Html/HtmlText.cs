using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Briefing.Parsing.Html;

/// <summary>
/// Extracts the visible text of an HTML page (a briefing page saved from an official site, an embassy repost, a content
/// farm) in the shape the parser reads, with the bold labels the page marks as hints.
/// </summary>
/// <remarks>
/// <para>The page is parsed with AngleSharp as a browser would (HTML5 error recovery). Then:</para>
/// <list type="bullet">
/// <item>Block elements (<c>p</c>, <c>div</c>, <c>li</c>, <c>h1</c>–<c>h6</c>, <c>tr</c>, <c>td</c>, <c>blockquote</c>,
/// <c>section</c>, <c>article</c> ...) become paragraphs separated by a blank line; <c>&lt;br&gt;</c> is a line break, and two
/// or more in a row a paragraph break.</item>
/// <item>What is never visible text is dropped: <c>head</c>, <c>script</c>, <c>style</c>, <c>noscript</c>, <c>template</c>,
/// <c>svg</c>, <c>canvas</c>, embedded frames and media with their fallback content, form inputs, ruby annotations
/// (<c>rt</c>, <c>rp</c>), closed dialogs, elements with the <c>hidden</c> attribute, elements whose inline style says
/// <c>display: none</c> or <c>visibility: hidden</c>, and elements that a simple rule of the page's own <c>&lt;style&gt;</c>
/// sheets hides (<c>.spam { display: none }</c>: a class, id or tag with classes, outside at-rules, and not displayed
/// again by another rule or the inline style). Linked style sheets are not read.</item>
/// <item>Visible site chrome is kept: navigation, headers, footers, breadcrumbs, share widgets and ads are text of the page,
/// and the parser keeps them apart as <see cref="PressBriefing.Boilerplate"/> rather than losing them.</item>
/// <item>Entities are decoded; runs of whitespace (including no-break and ideographic spaces) fold to one space; lines have
/// no leading or trailing whitespace. <c>pre</c> keeps its line breaks.</item>
/// </list>
/// <para>The result is deterministic: the same markup always gives the same text and the same hints. Markup nested
/// thousands of levels deep (unclosed <c>div</c>s) keeps its document order but takes time quadratic in the depth to parse.</para>
/// </remarks>
/// <example>
/// <code>
/// HtmlExtraction page = HtmlText.Extract(html);
/// PressBriefing briefing = BriefingParser.Default.Parse(page.Text, page.ToParseOptions());
/// </code>
/// </example>
public static class HtmlText
{
    /// <summary>Extracts the text of <paramref name="html"/>.</summary>
    /// <param name="html">The page's markup (a whole document or a fragment).</param>
    /// <returns>The text, its label hints, and the page's title and language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static HtmlExtraction Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Extract(CreateParser().ParseDocument(html), characterSet: null);
    }

    /// <summary>
    /// Extracts the text of the page stored in <paramref name="html"/>, decoding its bytes as a browser does: a byte order
    /// mark, else the <c>&lt;meta charset&gt;</c> (or <c>http-equiv</c> content type) of the page, else UTF-8. Legacy
    /// encodings of Chinese pages (GB2312, GBK, GB18030, Big5) are supported.
    /// </summary>
    /// <param name="html">The page's bytes; read to the end, not closed.</param>
    /// <returns>The text, its label hints, the page's title and language, and the <see cref="HtmlExtraction.CharacterSet"/> used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static HtmlExtraction Extract(Stream html)
    {
        ArgumentNullException.ThrowIfNull(html);
        LegacyEncodings.EnsureRegistered();
        var document = CreateParser().ParseDocument(html);
        return Extract(document, document.CharacterSet);
    }

    private static HtmlParser CreateParser() => new(new HtmlParserOptions
    {
        // Without scripting, noscript content is parsed as markup: it is dropped all the same (see DroppedElements).
        IsScripting = false,
        SkipComments = true,
        SkipProcessingInstructions = true,
        // AngleSharp's default limit (512 levels) moves deeper content out of document order; broken pages that never
        // close their divs go deeper than that, so the limit is lifted (the walk below does not recurse).
        MaximumDepth = int.MaxValue,
    });

    private static HtmlExtraction Extract(IHtmlDocument document, string? characterSet)
    {
        var writer = new TextWriter();
        if (document.DocumentElement is { } root) Walk(root, writer, StyleSheetHiding.From(document));
        string? title = document.Title is { } t && !string.IsNullOrWhiteSpace(t) ? FoldWhitespace(t) : null;
        string? language = document.DocumentElement?.GetAttribute("lang")?.Trim() is { Length: > 0 } lang ? lang : null;
        return new HtmlExtraction(writer.ToString(), writer.Hints.ToImmutable())
        {
            Title = title,
            Language = language,
            CharacterSet = characterSet,
        };
    }

    /// <summary>Walks the tree in document order without recursion (pages nest deeply).</summary>
    private static void Walk(IElement root, TextWriter writer, StyleSheetHiding hiding)
    {
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                var role = ElementRole.Of(element, hiding);
                if (exit)
                {
                    writer.Leave(role);
                    continue;
                }
                if (role.Dropped) continue;
                writer.Enter(role);
                stack.Push((element, true));
                var children = element.ChildNodes;
                for (int i = children.Length - 1; i >= 0; i--) stack.Push((children[i], false));
            }
            else if (!exit && node.NodeType == NodeType.Text)
            {
                writer.Write(((IText)node).Data);
            }
        }
    }

    private static string FoldWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>How an element contributes to the text.</summary>
    private readonly record struct ElementRole(bool Dropped, bool Block, bool LineBreak, bool Bold, bool Preformatted, bool Separated)
    {
        private static readonly FrozenSet<string> DroppedElements = FrozenSet.Create(StringComparer.Ordinal,
            "head", "title", "script", "style", "noscript", "template", "meta", "link", "base", "svg", "canvas", "iframe", "frame",
            "object", "embed", "applet", "video", "audio", "track", "source", "img", "picture", "map", "area", "input", "datalist",
            "rt", "rp", "param", "slot");

        private static readonly FrozenSet<string> BlockElements = FrozenSet.Create(StringComparer.Ordinal,
            "html", "body", "address", "article", "aside", "blockquote", "caption", "center", "col", "colgroup", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext",
            "pre", "search", "section", "select", "summary", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "tr", "ul",
            "xmp", "optgroup");

        private static readonly FrozenSet<string> PreformattedElements = FrozenSet.Create(StringComparer.Ordinal,
            "pre", "listing", "plaintext", "xmp", "textarea");

        public static ElementRole Of(IElement element, StyleSheetHiding hiding)
        {
            string name = element.LocalName;
            if (DroppedElements.Contains(name) || IsHidden(element, name, hiding)) return new ElementRole(Dropped: true, false, false, false, false, false);
            return new ElementRole(
                Dropped: false,
                Block: BlockElements.Contains(name),
                LineBreak: name == "br",
                Bold: name is "strong" or "b" || IsStyledBold(element),
                Preformatted: PreformattedElements.Contains(name),
                Separated: name == "option");
        }

        private static bool IsHidden(IElement element, string name, StyleSheetHiding hiding)
        {
            if (element.GetAttribute("hidden") is { } hidden && !hidden.Equals("until-found", StringComparison.OrdinalIgnoreCase)) return true;
            if (name == "dialog" && !element.HasAttribute("open")) return true;
            // The inline style wins over the page's style sheets.
            bool? inline = element.GetAttribute("style") is { } style ? StyleSheetHiding.Verdict(style) : null;
            return inline is { } visible ? !visible : hiding.Hides(element);
        }

        private static bool IsStyledBold(IElement element) =>
            element.GetAttribute("style") is { } style &&
            (StyleSays(style, "font-weight", "bold") || StyleSays(style, "font-weight", "bolder") ||
             StyleSays(style, "font-weight", "700") || StyleSays(style, "font-weight", "800") || StyleSays(style, "font-weight", "900"));

        /// <summary>Whether the inline style declares <paramref name="property"/> with <paramref name="value"/> (last declaration wins).</summary>
        private static bool StyleSays(string style, string property, string value)
        {
            string? last = null;
            foreach (var range in style.AsSpan().Split(';'))
            {
                var declaration = style.AsSpan()[range];
                int colon = declaration.IndexOf(':');
                if (colon < 0) continue;
                if (!declaration[..colon].Trim().Equals(property, StringComparison.OrdinalIgnoreCase)) continue;
                var v = declaration[(colon + 1)..].Trim();
                int bang = v.IndexOf('!');
                if (bang >= 0) v = v[..bang].TrimEnd();
                last = v.ToString();
            }
            return last is not null && last.Equals(value, StringComparison.OrdinalIgnoreCase);
        }
    }

    private enum Pending
    {
        None,
        Space,
        Line,
        Paragraph,
    }

    /// <summary>
    /// Builds the text. Separators are lazy: a space, line break or paragraph break is written only when visible text
    /// follows it, so the text never starts or ends with whitespace and has no empty paragraphs.
    /// </summary>
    private sealed class TextWriter
    {
        private readonly StringBuilder _text = new();
        private Pending _pending = Pending.None;
        private int _breaks;          // line breaks (br, newlines in pre) since the last visible character
        private int _boldDepth;
        private int _preDepth;
        private int _paragraph;       // index of the current paragraph
        private int _line;            // index of the current line (any break starts a new one)
        private bool _atLineStart = true;

        // The bold run that opened the current line: a hint once more text of the same paragraph follows it.
        private int _candidateStart = -1;
        private int _candidateEnd;
        private int _candidateParagraph;
        private int _candidateLine;

        public ImmutableArray<TextSpan>.Builder Hints { get; } = ImmutableArray.CreateBuilder<TextSpan>();

        public void Enter(ElementRole role)
        {
            if (role.Block) Break(Pending.Paragraph);
            if (role.Separated) Break(Pending.Space);
            if (role.LineBreak) LineBreak();
            if (role.Bold) _boldDepth++;
            if (role.Preformatted) _preDepth++;
        }

        public void Leave(ElementRole role)
        {
            if (role.Bold) _boldDepth--;
            if (role.Preformatted) _preDepth--;
            if (role.Block) Break(Pending.Paragraph);
            if (role.Separated) Break(Pending.Space);
        }

        public void Write(string data)
        {
            for (int i = 0; i < data.Length; i++)
            {
                char c = data[i];
                if (_preDepth > 0 && c is '\n' or '\r')
                {
                    if (c == '\r' && i + 1 < data.Length && data[i + 1] == '\n') i++;
                    LineBreak();
                }
                else if (char.IsWhiteSpace(c))
                {
                    Break(Pending.Space);
                }
                else
                {
                    Visible(c);
                }
            }
        }

        public override string ToString() => _text.ToString();

        private void Break(Pending kind)
        {
            if (kind > _pending) _pending = kind;
        }

        private void LineBreak()
        {
            _breaks++;
            Break(_breaks >= 2 ? Pending.Paragraph : Pending.Line);
        }

        private void Visible(char c)
        {
            if (_text.Length > 0)
            {
                switch (_pending)
                {
                    case Pending.Space:
                        _text.Append(' ');
                        break;
                    case Pending.Line:
                        _text.Append('\n');
                        _line++;
                        _atLineStart = true;
                        break;
                    case Pending.Paragraph:
                        _text.Append("\n\n");
                        _line++;
                        _paragraph++;
                        _atLineStart = true;
                        break;
                }
            }
            _pending = Pending.None;
            _breaks = 0;

            int index = _text.Length;
            if (_candidateStart >= 0)
            {
                if (_candidateParagraph != _paragraph)
                {
                    _candidateStart = -1; // the bold run was the whole paragraph: a heading or a bold question, not a label
                }
                else if (_candidateLine != _line || _boldDepth == 0)
                {
                    Hints.Add(TextSpan.FromBounds(_candidateStart, _candidateEnd));
                    _candidateStart = -1;
                }
                else
                {
                    _candidateEnd = index + 1;
                }
            }
            if (_candidateStart < 0 && _atLineStart && _boldDepth > 0)
            {
                _candidateStart = index;
                _candidateEnd = index + 1;
                _candidateParagraph = _paragraph;
                _candidateLine = _line;
            }
            _atLineStart = false;
            _text.Append(c);
        }
    }
}
