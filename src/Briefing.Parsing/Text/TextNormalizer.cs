using System.Text;

namespace Briefing.Parsing;

/// <summary>
/// The one whitespace normalisation of the JSON contract: every line of the source is a paragraph,
/// whitespace runs inside a paragraph (NBSP, U+3000 and other Unicode spaces included) become one space,
/// paragraphs are trimmed, empty ones dropped, and the rest are joined by a blank line. HTML markup left in copied
/// pages is not text: tags of HTML elements are dropped (block tags such as <c>&lt;/p&gt;</c> separate words, inline
/// tags such as <c>&lt;strong&gt;</c> do not) and character entities (<c>&amp;amp;</c>, <c>&amp;#8217;</c>) are decoded.
/// Nothing else is rewritten.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises the whitespace of <paramref name="text"/> as the JSON contract describes.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false, pendingParagraph = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '<' && Markup.TagLengthAt(text, i, out bool separates) is int tag and > 0)
            {
                if (separates && sb.Length > 0 && !pendingParagraph) pendingSpace = true;
                i += tag - 1;
                continue;
            }
            if (c == '&' && Markup.EntityAt(text, i, out char decoded) is int entity and > 0)
            {
                i += entity - 1;
                c = decoded;
            }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')
            {
                pendingSpace = false;
                if (sb.Length > 0) pendingParagraph = true;
                continue;
            }
            if (CharClass.IsSpace(c))
            {
                if (sb.Length > 0 && !pendingParagraph) pendingSpace = true;
                continue;
            }
            if (pendingParagraph) { sb.Append("\n\n"); pendingParagraph = false; pendingSpace = false; }
            else if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
