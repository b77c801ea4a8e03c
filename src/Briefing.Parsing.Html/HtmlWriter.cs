using System.Text;

namespace Briefing.Parsing.Html;

/// <summary>Writes HTML text and attribute values safely, keeping one output character per source code unit in text.</summary>
internal static class HtmlWriter
{
    /// <summary>
    /// Appends <paramref name="text"/> escaped for element content or a quoted attribute value. The HTML parser gives back
    /// exactly one character for every UTF-16 code unit of the input, so spans stay valid in the page's DOM, with two
    /// exceptions that HTML cannot carry: a lone surrogate and U+0000 are written as U+FFFD (also one code unit).
    /// Carriage returns are written as references because the parser would fold CR LF to LF.
    /// </summary>
    public static void Append(StringBuilder sb, ReadOnlySpan<char> text)
    {
        int run = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\r' => "&#13;",
                '\0' => "\uFFFD",
                _ => null,
            };
            if (replacement is null && char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue; // a valid pair: copied with the run
                }
                replacement = "\uFFFD";
            }
            else if (replacement is null && c < ' ' && c is not ('\t' or '\n' or '\f'))
            {
                replacement = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"&#x{(int)c:X};");
            }
            if (replacement is null) continue;
            sb.Append(text[run..i]);
            sb.Append(replacement);
            run = i + 1;
        }
        sb.Append(text[run..]);
    }

    /// <summary>Appends <paramref name="text"/> escaped (see <see cref="Append(StringBuilder, ReadOnlySpan{char})"/>).</summary>
    public static StringBuilder Escaped(this StringBuilder sb, string? text)
    {
        if (text is not null) Append(sb, text);
        return sb;
    }

    /// <summary>Appends <c> name="value"</c>, the value escaped.</summary>
    public static StringBuilder Attribute(this StringBuilder sb, string name, string? value)
    {
        if (value is null) return sb;
        sb.Append(' ').Append(name).Append("=\"");
        Append(sb, value);
        return sb.Append('"');
    }

    /// <summary>What the page's DOM holds for <paramref name="text"/>: lone surrogates and U+0000 become U+FFFD.</summary>
    public static string AsDomText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool bad = c == '\0' || (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])));
            if (char.IsHighSurrogate(c) && !bad)
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (bad && sb is null) sb = new StringBuilder(text.Length).Append(text, 0, i);
            sb?.Append(bad ? '\uFFFD' : c);
        }
        return sb?.ToString() ?? text;
    }
}
