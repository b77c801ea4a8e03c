using System.Collections.Frozen;

namespace Briefing.Parsing;

/// <summary>
/// HTML markup left in copied text (pages stored with their tags, or with tags escaped into the text). Only tags of a
/// fixed list of HTML element names count, so "a &lt; b" or "&lt;press@example.org&gt;" are text, not markup.
/// </summary>
internal static class Markup
{
    /// <summary>
    /// The bounds of a line's text inside <c>[start, end)</c>: markup tags around it (pages stored with their HTML) and
    /// entities of white space ("&amp;nbsp;") are trimmed like white space.
    /// </summary>
    public static (int Start, int End) ContentBounds(string text, int start, int end)
    {
        int a = start, b = end;
        while (a < b)
        {
            if (SpaceLengthAt(text.AsSpan(0, end), a) is int space and > 0) a += space;
            else if (text[a] == '<' && TagLengthAt(text.AsSpan(0, end), a, out _) is int tag and > 0) a += tag;
            else break;
        }
        while (b > a)
        {
            if (SpaceLengthBefore(text, a, b) is int space and > 0) b -= space;
            else if (text[b - 1] == '>' && TagEndingAt(text, a, b) is int tag and > 0) b -= tag;
            else break;
        }
        return (a, b);
    }

    /// <summary>The length of a markup tag ending just before <paramref name="end"/>, or 0.</summary>
    private static int TagEndingAt(string text, int start, int end)
    {
        int open = text.AsSpan(start, end - start).LastIndexOf('<');
        if (open < 0) return 0;
        open += start;
        return TagLengthAt(text.AsSpan(0, end), open, out _) == end - open ? end - open : 0;
    }

    private static readonly FrozenSet<string> InlineTags = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "span", "strong", "b", "i", "em", "a", "font", "u", "sup", "sub", "small", "big", "mark", "abbr", "cite", "code", "s", "strike", "label");

    private static readonly FrozenSet<string> BlockTags = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "img", "li", "ul", "ol", "table", "tr", "td", "th", "tbody", "thead",
        "section", "article", "blockquote", "hr", "figure", "figcaption", "header", "footer", "nav", "center", "pre", "dl", "dt", "dd", "iframe", "video", "source");

    /// <summary>
    /// The length of the tag starting at <paramref name="i"/> (0 when none), and whether it separates words
    /// (block tags such as <c>&lt;/p&gt;</c> do; inline tags such as <c>&lt;strong&gt;</c> split words in copies and do not).
    /// </summary>
    public static int TagLengthAt(ReadOnlySpan<char> s, int i, out bool separates)
    {
        separates = false;
        if (s[i] != '<' || i + 2 >= s.Length) return 0;
        int j = i + 1;
        if (s[j] == '/') j++;
        int nameStart = j;
        while (j < s.Length && char.IsAsciiLetterOrDigit(s[j])) j++;
        if (j == nameStart || j - nameStart > 10) return 0;
        var name = s[nameStart..j];
        bool inline = InlineTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
        if (!inline && !BlockTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)) return 0;
        if (j < s.Length && s[j] is not ('>' or '/' or ' ' or '\t' or '\n' or '\r')) return 0;
        // A tag ends on its line: lines are trimmed one by one, so a "tag" across a line break would print nothing to
        // the normaliser and something to the trimmer (the fuzzer found an answer of "<s …\n&nb>" with empty text).
        int close = s[j..].IndexOfAny('>', '<', '\n');
        if (close < 0 || s[j + close] != '>') return 0;
        separates = !inline;
        return j + close + 1 - i;
    }

    /// <summary>Decodes the character entity at <paramref name="i"/> ("&amp;amp;", "&amp;nbsp;", "&amp;#8217;"); 0 when none.</summary>
    public static int EntityAt(ReadOnlySpan<char> s, int i, out char value)
    {
        value = default;
        if (s[i] != '&') return 0;
        int end = s[i..Math.Min(s.Length, i + 10)].IndexOf(';');
        if (end < 3) return 0;
        var body = s[(i + 1)..(i + end)];
        value = body switch
        {
            "amp" => '&', "lt" => '<', "gt" => '>', "quot" => '"', "apos" or "#39" => '\'', "nbsp" => '\u00A0',
            "ldquo" => '“', "rdquo" => '”', "lsquo" => '‘', "rsquo" => '’', "mdash" => '—', "ndash" => '–', "hellip" => '…',
            _ => default,
        };
        if (value == default && body.Length > 1 && body[0] == '#')
        {
            bool hex = body[1] is 'x' or 'X';
            if (int.TryParse(body[(hex ? 2 : 1)..], hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out int code) && code is > 0 and < 0xD800)
                value = (char)code;
        }
        return value == default ? 0 : end + 1;
    }

    /// <summary>
    /// The length of what prints nothing at <paramref name="i"/>: 1 for a space character (<see cref="CharClass.IsSpace"/>),
    /// the entity's length for a character entity of white space or of a line break ("&amp;nbsp;", "&amp;#x3000;",
    /// "&amp;#10;"), the tag's length for a markup tag; 0 otherwise. <see cref="TextNormalizer"/> folds all of these away,
    /// so a span trimmed of them has text unless it is empty.
    /// </summary>
    public static int SpaceLengthAt(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        if (CharClass.IsSpace(c)) return 1;
        if (c == '&') return EntityAt(s, i, out char value) is int n and > 0 && IsBlank(value) ? n : 0;
        return c == '<' ? TagLengthAt(s, i, out _) : 0;
    }

    /// <summary>The length of what prints nothing (as <see cref="SpaceLengthAt"/> sees it) that ends just before <paramref name="end"/> and starts at or after <paramref name="start"/>; 0 when none.</summary>
    public static int SpaceLengthBefore(ReadOnlySpan<char> s, int start, int end)
    {
        char c = s[end - 1];
        if (CharClass.IsSpace(c)) return 1;
        if (c == '>')
        {
            int open = s[start..end].LastIndexOf('<');
            if (open < 0) return 0;
            open += start;
            return TagLengthAt(s[..end], open, out _) == end - open ? end - open : 0;
        }
        if (c != ';') return 0;
        int from = Math.Max(start, end - 10);
        int amp = s[from..end].LastIndexOf('&');
        if (amp < 0) return 0;
        amp += from;
        return EntityAt(s[..end], amp, out char value) == end - amp && IsBlank(value) ? end - amp : 0;
    }

    private static bool IsBlank(char c) => CharClass.IsSpace(c) || c is '\n' or '\r' or '\u2028' or '\u2029';

    /// <summary>Whether the span holds at least one markup tag.</summary>
    public static bool Contains(ReadOnlySpan<char> s)
    {
        int i = s.IndexOf('<');
        while (i >= 0)
        {
            if (TagLengthAt(s, i, out _) > 0) return true;
            int next = s[(i + 1)..].IndexOf('<');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }
}
