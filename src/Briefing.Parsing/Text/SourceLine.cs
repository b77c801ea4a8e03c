namespace Briefing.Parsing;

/// <summary>One line of the input: its full span (without the line break) and its content span (without surrounding whitespace).</summary>
/// <param name="Index">0-based line number.</param>
/// <param name="Span">The line without its line break.</param>
/// <param name="Content">The line without leading and trailing whitespace (NBSP and U+3000 included) and markup tags; empty for a blank line.</param>
public readonly record struct SourceLine(int Index, TextSpan Span, TextSpan Content)
{
    /// <summary>Whether the line holds only whitespace.</summary>
    public bool IsBlank => Content.IsEmpty;

    /// <summary>Splits <paramref name="text"/> into lines without copying it. CRLF, CR, LF, U+2028 and U+2029 end a line.</summary>
    public static SourceLine[] Split(string text) => Split(text, text?.Length ?? 0);

    /// <summary>Splits the first <paramref name="length"/> code units of <paramref name="text"/> into lines without copying it.</summary>
    public static SourceLine[] Split(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, text.Length);
        var lines = new List<SourceLine>(Math.Max(4, length / 64));
        int pos = 0;
        while (true)
        {
            int rel = text.AsSpan(pos, length - pos).IndexOfAny(CharClass.LineBreaks);
            int end = rel < 0 ? length : pos + rel;
            lines.Add(Make(text, lines.Count, pos, end));
            if (rel < 0) break;
            pos = end + (text[end] == '\r' && end + 1 < length && text[end + 1] == '\n' ? 2 : 1);
            if (pos >= length) break;
        }
        return lines.ToArray();
    }

    private static SourceLine Make(string text, int index, int start, int end)
    {
        // Markup tags around a line's text (pages stored with their HTML) and entities of white space ("&nbsp;") are trimmed like white space.
        int a = start, b = end;
        while (a < b)
        {
            if (Markup.SpaceLengthAt(text.AsSpan(0, end), a) is int space and > 0) a += space;
            else if (text[a] == '<' && Markup.TagLengthAt(text.AsSpan(0, end), a, out _) is int tag and > 0) a += tag;
            else break;
        }
        while (b > a)
        {
            if (Markup.SpaceLengthBefore(text, a, b) is int space and > 0) b -= space;
            else if (text[b - 1] == '>' && TagEndingAt(text, a, b) is int tag and > 0) b -= tag;
            else break;
        }
        return new SourceLine(index, TextSpan.FromBounds(start, end), TextSpan.FromBounds(a, b));
    }

    /// <summary>The length of a markup tag ending just before <paramref name="end"/>, or 0.</summary>
    private static int TagEndingAt(string text, int start, int end)
    {
        int open = text.AsSpan(start, end - start).LastIndexOf('<');
        if (open < 0) return 0;
        open += start;
        return Markup.TagLengthAt(text.AsSpan(0, end), open, out _) == end - open ? end - open : 0;
    }
}
