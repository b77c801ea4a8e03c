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
        var (a, b) = Markup.ContentBounds(text, start, end);
        return new SourceLine(index, TextSpan.FromBounds(start, end), TextSpan.FromBounds(a, b));
    }
}
