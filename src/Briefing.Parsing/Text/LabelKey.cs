namespace Briefing.Parsing;

/// <summary>
/// The one folding of names, labels and phrases for comparison, as they vary in real copies: case-insensitive, any
/// whitespace run (NBSP and U+3000 included) one space and none at the ends, curly apostrophes straight, hyphen variants
/// one hyphen, traditional Chinese characters simplified, and full stops, Chinese title marks (《》) and quotation marks
/// dropped. Directories and the lexicon store folded keys; a look-up folds its query once into a stack buffer.
/// </summary>
internal static class LabelKey
{
    /// <summary>The longest text worth folding for a look-up: no key is longer.</summary>
    public const int MaxLength = 160;

    /// <summary>
    /// Folds <paramref name="source"/> into <paramref name="destination"/> and returns the folded length, or -1 when the
    /// destination is too short.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        char[] map = Map.Chars;
        int n = 0;
        bool pendingSpace = false;
        foreach (char raw in source)
        {
            char f = map[raw];
            if (f == Space)
            {
                pendingSpace = n > 0;
                continue;
            }
            if (f == Dropped && raw != Dropped) continue;
            if (pendingSpace)
            {
                if (n >= destination.Length) return -1;
                destination[n++] = ' ';
                pendingSpace = false;
            }
            if (n >= destination.Length) return -1;
            destination[n++] = f;
        }
        return n;
    }

    /// <summary>The first character of <paramref name="source"/> folded (as <see cref="Fold(ReadOnlySpan{char}, Span{char})"/> would write it first), or '\0' when it folds to nothing.</summary>
    public static char First(ReadOnlySpan<char> source)
    {
        char[] map = Map.Chars;
        foreach (char raw in source)
        {
            char f = map[raw];
            if (f == Space || (f == Dropped && raw != Dropped)) continue;
            return f;
        }
        return '\0';
    }

    // In the map, white space folds to a space (no other character folds to one) and dropped characters to U+FFFF
    // (which folds to itself: a U+FFFF that maps to U+FFFF is dropped only when it was not U+FFFF itself).
    private const char Space = ' ';
    private const char Dropped = '\uFFFF';

    /// <summary>What one character folds to: itself changed, <see cref="Space"/> for white space, or <see cref="Dropped"/>.</summary>
    private static char FoldChar(char raw)
    {
        if (raw <= '\u007F')
        {
            if (raw is ' ' or '\t' or '\n' or '\r' or '\f' or '\v') return Space;
            if (raw is '.' or '"') return Dropped;
            return raw is >= 'a' and <= 'z' ? (char)(raw - 32) : raw == '`' ? '\'' : raw;
        }
        if (CharClass.IsSpace(raw) || raw is '\u2028' or '\u2029') return Space;
        if (raw is '《' or '》' or '“' or '”' or '「' or '」' or '\u200B' or '\uFEFF') return Dropped;
        char f = raw switch
        {
            '’' or '‘' or '´' => '\'',
            '‐' or '‑' or '‒' or '–' or '—' => '-',
            '．' => '\0',
            _ => char.ToUpperInvariant(ChineseText.ToSimplified(raw)),
        };
        return f == '\0' ? Dropped : f;
    }

    /// <summary>The folding of every UTF-16 code unit, computed once on first use (128 KiB), so a fold is one array read per character.</summary>
    private static class Map
    {
        internal static readonly char[] Chars = Build();

        private static char[] Build()
        {
            var map = new char[char.MaxValue + 1];
            for (int c = 0; c <= char.MaxValue; c++) map[c] = FoldChar((char)c);
            return map;
        }
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> fold to the same key (without allocating for short texts).</summary>
    public static bool Equal(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > MaxLength || b.Length > MaxLength) return Fold(a) == Fold(b);
        // Folding never lengthens a text, so the buffers are large enough.
        Span<char> x = stackalloc char[MaxLength];
        Span<char> y = stackalloc char[MaxLength];
        return x[..Fold(a, x)].SequenceEqual(y[..Fold(b, y)]);
    }

    /// <summary>The folded form of <paramref name="source"/> as a string (for building tables).</summary>
    public static string Fold(ReadOnlySpan<char> source)
    {
        if (source.Length <= 256)
        {
            Span<char> buffer = stackalloc char[256];
            int n = Fold(source, buffer);
            return new string(buffer[..n]);
        }
        var big = new char[source.Length];
        return new string(big, 0, Fold(source, big));
    }
}
