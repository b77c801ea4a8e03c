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
        int n = 0;
        bool pendingSpace = false;
        foreach (char raw in source)
        {
            char f;
            if (raw <= '\u007F')
            {
                if (raw is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
                {
                    pendingSpace = n > 0;
                    continue;
                }
                if (raw is '.' or '"') continue;
                f = raw is >= 'a' and <= 'z' ? (char)(raw - 32) : raw == '`' ? '\'' : raw;
            }
            else
            {
                if (CharClass.IsSpace(raw) || raw is '\u2028' or '\u2029')
                {
                    pendingSpace = n > 0;
                    continue;
                }
                if (raw is '《' or '》' or '“' or '”' or '「' or '」' or '\u200B' or '\uFEFF') continue;
                f = raw switch
                {
                    '’' or '‘' or '´' => '\'',
                    '‐' or '‑' or '‒' or '–' or '—' => '-',
                    '．' => '\0',
                    _ => char.ToUpperInvariant(ChineseText.ToSimplified(raw)),
                };
                if (f == '\0') continue;
            }
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
