using AngleSharp.Dom;

namespace Briefing.Parsing.Html;

/// <summary>
/// The simple rules of a page's own <c>&lt;style&gt;</c> sheets that hide elements (<c>.spam { display: none }</c>):
/// content farms hide keyword spam this way. Only selectors made of an optional tag name, classes and an id count
/// (<c>.a</c>, <c>span.a.b</c>, <c>#x</c>), only rules outside at-rules, and a selector that any rule (also inside
/// <c>@media</c>) displays again does not hide. Style sheets that are not inline are not read.
/// </summary>
internal sealed class StyleSheetHiding
{
    private readonly Dictionary<string, List<SimpleSelector>> _byClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SimpleSelector>> _byId = new(StringComparer.Ordinal);

    public static StyleSheetHiding Empty { get; } = new();

    public bool IsEmpty => _byClass.Count == 0 && _byId.Count == 0;

    public static StyleSheetHiding From(IDocument document)
    {
        var hide = new HashSet<string>(StringComparer.Ordinal);
        var show = new HashSet<string>(StringComparer.Ordinal);
        foreach (var style in document.GetElementsByTagName("style"))
        {
            if (InsideInertContent(style)) continue;
            Read(style.TextContent, hide, show, nested: false);
        }
        hide.ExceptWith(show);
        if (hide.Count == 0) return Empty;

        var result = new StyleSheetHiding();
        foreach (var text in hide.Order(StringComparer.Ordinal))
        {
            if (SimpleSelector.TryParse(text) is not { } selector) continue;
            if (selector.Id is { } id) Add(result._byId, id, selector);
            else Add(result._byClass, selector.Classes[0], selector);
        }
        return result;
    }

    /// <summary>Whether a rule of the sheets hides <paramref name="element"/>.</summary>
    public bool Hides(IElement element)
    {
        if (IsEmpty) return false;
        if (element.Id is { Length: > 0 } id && _byId.TryGetValue(id, out var byId) && byId.Exists(s => s.Matches(element))) return true;
        if (_byClass.Count == 0) return false;
        foreach (var cls in element.ClassList)
        {
            if (_byClass.TryGetValue(cls, out var list) && list.Exists(s => s.Matches(element))) return true;
        }
        return false;
    }

    private static void Add(Dictionary<string, List<SimpleSelector>> index, string key, SimpleSelector selector)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(selector);
    }

    private static bool InsideInertContent(IElement style)
    {
        for (var e = style.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "noscript" or "template" or "svg") return true;
        }
        return false;
    }

    /// <summary>Reads rules: top-level rules that hide go to <paramref name="hide"/>, any rule that displays goes to <paramref name="show"/>.</summary>
    private static void Read(ReadOnlySpan<char> css, HashSet<string> hide, HashSet<string> show, bool nested)
    {
        int i = 0;
        while (i < css.Length)
        {
            int open = IndexOutsideComments(css, i, '{');
            if (open < 0) return;
            string prelude = StripComments(css[i..open]).Trim().ToString();
            int close = MatchingBrace(css, open);
            var body = css[(open + 1)..(close < 0 ? css.Length : close)];
            i = close < 0 ? css.Length : close + 1;

            if (prelude.StartsWith('@'))
            {
                // @media, @supports ...: their rules may display what the top level hides; they never hide here.
                if (body.Contains('{')) Read(body, hide, show, nested: true);
                continue;
            }
            var verdict = Verdict(StripComments(body));
            if (verdict is null) continue;
            foreach (var part in prelude.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (verdict == true) show.Add(part);
                else if (!nested) hide.Add(part);
            }
            // A statement that ended the text early (unbalanced braces) stops reading.
            if (close < 0) return;
        }
    }

    /// <summary>
    /// false when the declarations hide (<c>display: none</c>, <c>visibility: hidden</c> or <c>collapse</c>), true when they
    /// display (another <c>display</c> or <c>visibility</c> value), null when they say neither. The last declaration of a property wins.
    /// </summary>
    public static bool? Verdict(string declarations)
    {
        bool? displayNone = null, visibilityHidden = null;
        foreach (var declaration in declarations.Split(';'))
        {
            int colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0) continue;
            string property = declaration[..colon].Trim();
            string value = declaration[(colon + 1)..].Replace("!important", "", StringComparison.OrdinalIgnoreCase).Trim();
            if (property.Equals("display", StringComparison.OrdinalIgnoreCase))
                displayNone = value.Equals("none", StringComparison.OrdinalIgnoreCase);
            else if (property.Equals("visibility", StringComparison.OrdinalIgnoreCase))
                visibilityHidden = value.Equals("hidden", StringComparison.OrdinalIgnoreCase) || value.Equals("collapse", StringComparison.OrdinalIgnoreCase);
        }
        if (displayNone == true || visibilityHidden == true) return false;
        if (displayNone == false || visibilityHidden == false) return true;
        return null;
    }

    private static int IndexOutsideComments(ReadOnlySpan<char> css, int from, char target)
    {
        for (int i = from; i < css.Length; i++)
        {
            if (css[i] == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                int end = css[(i + 2)..].IndexOf("*/");
                if (end < 0) return -1;
                i += end + 3;
                continue;
            }
            if (css[i] == target) return i;
        }
        return -1;
    }

    private static int MatchingBrace(ReadOnlySpan<char> css, int open)
    {
        int depth = 0;
        for (int i = open; i < css.Length; i++)
        {
            char c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                int end = css[(i + 2)..].IndexOf("*/");
                if (end < 0) return -1;
                i += end + 3;
                continue;
            }
            if (c is '"' or '\'')
            {
                int end = css[(i + 1)..].IndexOf(c);
                if (end < 0) return -1;
                i += end + 1;
                continue;
            }
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
        }
        return -1;
    }

    private static string StripComments(ReadOnlySpan<char> css)
    {
        var sb = new System.Text.StringBuilder(css.Length);
        int i = 0;
        while (i < css.Length)
        {
            int start = css[i..].IndexOf("/*");
            if (start < 0)
            {
                sb.Append(css[i..]);
                break;
            }
            sb.Append(css.Slice(i, start));
            int end = css[(i + start + 2)..].IndexOf("*/");
            if (end < 0) break;
            i += start + 2 + end + 2;
        }
        return sb.ToString();
    }

    /// <summary><c>tag.class1.class2</c> or <c>tag#id.class</c>: a compound selector without combinators, attributes or pseudo-classes.</summary>
    private sealed record SimpleSelector(string? Tag, string? Id, string[] Classes)
    {
        public static SimpleSelector? TryParse(string text)
        {
            int i = 0;
            string? tag = null, id = null;
            var classes = new List<string>();
            int nameEnd = Name(text, 0);
            if (nameEnd > 0)
            {
                tag = text[..nameEnd].ToLowerInvariant();
                i = nameEnd;
            }
            while (i < text.Length)
            {
                char marker = text[i];
                if (marker is not ('.' or '#')) return null;
                int end = Name(text, i + 1);
                if (end == i + 1) return null;
                string name = text[(i + 1)..end];
                if (marker == '.') classes.Add(name);
                else if (id is null) id = name;
                else return null;
                i = end;
            }
            if (id is null && classes.Count == 0) return null; // a bare tag (p { display: none }) is too broad to trust
            return new SimpleSelector(tag, id, [.. classes]);
        }

        private static int Name(string text, int from)
        {
            int i = from;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_')) i++;
            return i;
        }

        public bool Matches(IElement element)
        {
            if (Tag is not null && element.LocalName != Tag) return false;
            if (Id is not null && element.Id != Id) return false;
            foreach (var c in Classes)
            {
                if (!element.ClassList.Contains(c)) return false;
            }
            return true;
        }
    }
}
