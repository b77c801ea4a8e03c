using System.Text;

namespace Briefing.Parsing;

/// <summary>
/// The one whitespace normalisation of the JSON contract: every line of the source is a paragraph,
/// whitespace runs inside a paragraph (NBSP, U+3000 and other Unicode spaces included) become one space,
/// paragraphs are trimmed, empty ones dropped, and the rest are joined by a blank line. Nothing else is rewritten.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises the whitespace of <paramref name="text"/> as the JSON contract describes.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false, pendingParagraph = false;
        foreach (char c in text)
        {
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
