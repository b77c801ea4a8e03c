using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Briefing.Parsing;

/// <summary>Character classes shared by the scanners.</summary>
internal static class CharClass
{
    /// <summary>Line breaks: LF, CR and the Unicode line and paragraph separators.</summary>
    public static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029");

    /// <summary>The spaces that separate words on a line (for splitting): space, tab, NBSP, U+3000.</summary>
    public const string Spaces = " \t\u00A0\u3000";

    /// <summary><see cref="Spaces"/> as search values.</summary>
    public static readonly SearchValues<char> SpaceValues = SearchValues.Create(Spaces);

    /// <summary>An ASCII or full-width colon.</summary>
    public static readonly SearchValues<char> Colons = SearchValues.Create(":：");

    /// <summary>Whitespace other than line breaks, including NBSP, U+3000, zero-width space and BOM.</summary>
    /// <remarks>No character above U+3000 is white space (<see cref="char.IsWhiteSpace(char)"/>), so CJK text is answered
    /// without a look-up.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) =>
        c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF' || c == '\f' || c == '\v'
        || (c > '\u007F' && c < '\u3000' && c != '\u2028' && c != '\u2029' && char.IsWhiteSpace(c));

    /// <summary>
    /// The character that look-ups ignoring case key <paramref name="c"/> by (tables of first or last characters, hashes of
    /// a phrase's first characters): <see cref="char.ToUpperInvariant(char)"/>, except that every surrogate keys as one,
    /// U+D800. <see cref="StringComparison.OrdinalIgnoreCase"/> folds a surrogate pair as one character, so half of a pair
    /// says nothing about which texts it matches; keyed alike, the halves only make a table pass more positions, and the
    /// comparison decides. ASCII is computed, other characters read from a table built once (the culture data behind
    /// <see cref="char.ToUpperInvariant(char)"/> is slow to call per character).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char CaseKey(char c) =>
        c <= '\u007F' ? (char.IsAsciiLetterLower(c) ? (char)(c - 32) : c) : KeyTable.Chars[c];

    /// <summary>
    /// Every character that <see cref="CaseKey"/> keys as <paramref name="key"/> (the inverse of the key table, built once):
    /// "K" and "k" for "K", "ÿ" and "Ÿ" for "Ÿ", in code order; nothing for a character that is no key ("k").
    /// </summary>
    public static ReadOnlySpan<char> KeyedAs(char key) =>
        KeyTable.Groups.TryGetValue(key, out var group) ? group
        // A key no other character has: itself, read from the table, which holds it at its own index.
        : CaseKey(key) == key ? KeyTable.Chars.AsSpan(key, 1) : [];

    private static class KeyTable
    {
        internal static readonly char[] Chars = Build();

        // The keys that other characters key as too, with all of their characters.
        internal static readonly System.Collections.Frozen.FrozenDictionary<char, char[]> Groups = BuildGroups();

        private static char[] Build()
        {
            var map = new char[char.MaxValue + 1];
            for (int c = 0; c <= char.MaxValue; c++) map[c] = char.IsSurrogate((char)c) ? '\uD800' : char.ToUpperInvariant((char)c);
            return map;
        }

        private static System.Collections.Frozen.FrozenDictionary<char, char[]> BuildGroups()
        {
            var groups = new Dictionary<char, List<char>>();
            for (int c = 0; c <= char.MaxValue; c++)
            {
                char key = CaseKey((char)c);
                if (key != c && !groups.ContainsKey(key)) groups[key] = CaseKey(key) == key ? [key] : [];
                if (key != c) groups[key].Add((char)c);
            }
            return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(groups, kv => kv.Key, kv => kv.Value.Order().ToArray());
        }
    }

    /// <summary>Whether <paramref name="c"/> is an ASCII or full-width colon.</summary>
    public static bool IsColon(char c) => c == ':' || c == '：';

    /// <summary>Whether <paramref name="c"/> ends a sentence (including closing quotes and CJK stops).</summary>
    public static bool IsSentenceEnd(char c) =>
        c is '.' or '?' or '!' or '。' or '？' or '！' or '”' or '"' or '’' or ')' or '）' or '」' or '…';

    /// <summary>Whether <paramref name="c"/> is a CJK ideograph (basic block or extension A).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCjk(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');

    /// <summary>
    /// The library's one measure of script: "zh" when Chinese characters dominate <paramref name="s"/> (a Chinese character
    /// carries about as much as a short English word, so one counts as three letters), else "en".
    /// </summary>
    public static string ScriptOf(ReadOnlySpan<char> s)
    {
        int cjk = 0, latin = 0;
        foreach (char c in s)
        {
            if (IsCjk(c)) cjk++;
            else if (char.IsAsciiLetter(c)) latin++;
        }
        return IsChineseDominated(cjk, latin) ? "zh" : "en";
    }

    /// <summary>Whether <paramref name="cjk"/> Chinese characters dominate <paramref name="latin"/> Latin letters (see <see cref="ScriptOf"/>).</summary>
    public static bool IsChineseDominated(int cjk, int latin) => cjk * 3 >= latin && cjk > 0;

    /// <summary>How many ASCII letters <paramref name="s"/> holds (16 or 8 characters at a time where the hardware allows).</summary>
    /// <remarks>
    /// Both vector widths are written out: a Native AOT build targets a baseline without 256-bit vectors, and would
    /// otherwise count one character at a time.
    /// </remarks>
    public static int CountAsciiLetters(ReadOnlySpan<char> s)
    {
        // A letter is one whose lower-case form (bit 0x20 set) is in 'a'..'z': (c | 0x20) - 'a' < 26, unsigned.
        int n = 0, i = 0;
        var units = MemoryMarshal.Cast<char, ushort>(s);
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= units.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var v = Vector256.Create(units.Slice(i, Vector256<ushort>.Count));
                n += BitOperations.PopCount(Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26)).ExtractMostSignificantBits());
            }
        }
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i <= units.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var v = Vector128.Create(units.Slice(i, Vector128<ushort>.Count));
                n += BitOperations.PopCount(Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26)).ExtractMostSignificantBits());
            }
        }
        for (; i < s.Length; i++)
        {
            if (char.IsAsciiLetter(s[i])) n++;
        }
        return n;
    }

    /// <summary>Whether <paramref name="s"/> holds a CJK ideograph.</summary>
    public static bool HasCjk(ReadOnlySpan<char> s) => s.ContainsAnyInRange('\u4E00', '\u9FFF') || s.ContainsAnyInRange('\u3400', '\u4DBF');

    /// <summary>Whether <paramref name="c"/> may open a turn's text (an upper-case letter, digit, quote or CJK).</summary>
    public static bool CanOpenText(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '《' or '【' or '「' or '『' or '（' or '〈' || IsCjk(c)
        || char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter;

    /// <summary>The first position at or after <paramref name="pos"/> (and before <paramref name="end"/>) that is not a space.</summary>
    public static int SkipSpaces(string text, int pos, int end)
    {
        while (pos < end && IsSpace(text[pos])) pos++;
        return pos;
    }

    /// <summary>
    /// The end of <c>[start, end)</c> once trailing spaces, character entities of them ("&amp;nbsp;") and markup tags are
    /// removed: they print nothing, so a span that holds only them ends up empty rather than an element with empty text.
    /// </summary>
    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && Markup.SpaceLengthBefore(text, start, end) is int n and > 0) end -= n;
        return end;
    }

    /// <summary>The span <c>[start, end)</c> without leading and trailing spaces.</summary>
    public static TextSpan Trim(string text, int start, int end)
    {
        start = SkipSpaces(text, start, end);
        return TextSpan.FromBounds(start, TrimEnd(text, start, end));
    }

    /// <summary>Trims <see cref="IsSpace"/> characters from both ends.</summary>
    public static ReadOnlySpan<char> TrimSpaces(ReadOnlySpan<char> s)
    {
        int a = 0, b = s.Length;
        while (a < b && IsSpace(s[a])) a++;
        while (b > a && IsSpace(s[b - 1])) b--;
        return s[a..b];
    }
}
