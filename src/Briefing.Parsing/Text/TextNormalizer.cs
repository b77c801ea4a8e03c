using System.Buffers;
using System.Text;

namespace Briefing.Parsing;

/// <summary>
/// The one whitespace normalisation of the JSON contract: every line of the source is a paragraph,
/// whitespace runs inside a paragraph (NBSP, U+3000 and other Unicode spaces included) become one space,
/// paragraphs are trimmed, empty ones dropped, and the rest are joined by a blank line. HTML markup left in copied
/// pages is not text: tags of HTML elements are dropped (block tags such as <c>&lt;/p&gt;</c> separate words, inline
/// tags such as <c>&lt;strong&gt;</c> do not) and character entities (<c>&amp;amp;</c>, <c>&amp;#8217;</c>) are decoded.
/// A lone surrogate (half of a UTF-16 pair without the other half) is no character: it becomes U+FFFD, as it would in
/// any UTF-8 output, and <see cref="BriefingParser.Parse"/> reports it (<see cref="DiagnosticCodes.LoneSurrogate"/>).
/// Nothing else is rewritten.
/// </summary>
public static class TextNormalizer
{
    // Every character that needs a decision except the ASCII space: line breaks, other white space (as CharClass.IsSpace
    // sees it), markup, entities and surrogates. Runs between them are copied at once, their spaces collapsed.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\n\r\u2028\u2029\t\f\v\u00A0\u3000\u200B\uFEFF\u0085\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F<&"
        + string.Create(0x800, 0, static (s, _) =>
        {
            for (int i = 0; i < s.Length; i++) s[i] = (char)(0xD800 + i);
        }));

    /// <summary>Normalises the whitespace of <paramref name="text"/> as the JSON contract describes.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        // Most element text is one line of plain words: nothing to change, one copy.
        if (text.IsEmpty) return "";
        if (text[0] != ' ' && text[^1] != ' ' && text.IndexOfAny(Special) < 0 && text.IndexOf("  ", StringComparison.Ordinal) < 0) return text.ToString();
        // One builder per thread, taken while in use (no reentrancy), kept when it stays small.
        var sb = t_builder ?? new StringBuilder(Math.Max(256, text.Length));
        t_builder = null;
        sb.Clear();
        string result = Build(sb, text);
        if (sb.Capacity <= MaxKeptCapacity) t_builder = sb;
        return result;
    }

    private const int MaxKeptCapacity = 32 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_builder;

    private static string Build(StringBuilder sb, ReadOnlySpan<char> text)
    {
        bool pendingSpace = false, pendingParagraph = false;
        int i = 0;
        while (i < text.Length)
        {
            int run = text[i..].IndexOfAny(Special);
            if (run != 0)
            {
                int end = run < 0 ? text.Length : i + run;
                AppendRun(sb, text[i..end], ref pendingSpace, ref pendingParagraph);
                i = end;
                continue;
            }
            char c = text[i];
            if (char.IsSurrogate(c))
            {
                Flush(sb, ref pendingSpace, ref pendingParagraph);
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[i + 1]);
                    i += 2;
                }
                else
                {
                    sb.Append('\uFFFD');
                    i++;
                }
                continue;
            }
            if (c == '<' && Markup.TagLengthAt(text, i, out bool separates) is int tag and > 0)
            {
                if (separates && sb.Length > 0 && !pendingParagraph) pendingSpace = true;
                i += tag;
                continue;
            }
            if (c == '&' && Markup.EntityAt(text, i, out char decoded) is int entity and > 0)
            {
                i += entity;
                c = decoded;
            }
            else
            {
                i++;
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
            Flush(sb, ref pendingSpace, ref pendingParagraph);
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// How many UTF-16 code units of <paramref name="text"/> are surrogates without their other half (each becomes
    /// U+FFFD in element text); <paramref name="first"/> is the index of the first, or -1.
    /// </summary>
    internal static int CountLoneSurrogates(ReadOnlySpan<char> text, out int first)
    {
        first = -1;
        int count = 0;
        int i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                if (first < 0) first = i;
                count++;
                i++;
            }
            int next = i < text.Length ? text[i..].IndexOfAnyInRange('\uD800', '\uDFFF') : -1;
            i = next < 0 ? -1 : i + next;
        }
        return count;
    }

    /// <summary>Appends a run of ordinary characters and ASCII spaces, collapsing the spaces.</summary>
    private static void AppendRun(StringBuilder sb, ReadOnlySpan<char> run, ref bool pendingSpace, ref bool pendingParagraph)
    {
        int a = 0, b = run.Length;
        while (a < b && run[a] == ' ') a++;
        while (b > a && run[b - 1] == ' ') b--;
        if (a > 0 && sb.Length > 0 && !pendingParagraph) pendingSpace = true;
        if (b == a) return;
        Flush(sb, ref pendingSpace, ref pendingParagraph);
        var core = run[a..b];
        if (core.IndexOf("  ", StringComparison.Ordinal) < 0)
        {
            sb.Append(core);
        }
        else
        {
            for (int k = 0; k < core.Length; k++)
            {
                if (core[k] == ' ' && core[k - 1] == ' ') continue;
                sb.Append(core[k]);
            }
        }
        if (b < run.Length) pendingSpace = true;
    }

    private static void Flush(StringBuilder sb, ref bool pendingSpace, ref bool pendingParagraph)
    {
        if (pendingParagraph) sb.Append("\n\n");
        else if (pendingSpace) sb.Append(' ');
        pendingParagraph = pendingSpace = false;
    }
}
