namespace Briefing.Parsing;

/// <summary>
/// The one number reader of the library: any Unicode decimal digit (ASCII, full-width <c>１２</c>, Arabic-Indic
/// <c>٢٠٢٤</c>, Devanagari …) counts, folded to its value. Never throws.
/// </summary>
internal static class Numbers
{
    /// <summary>Whether <paramref name="c"/> is a decimal digit of any script.</summary>
    public static bool IsDigit(char c) => c <= '\u007F' ? c is >= '0' and <= '9' : char.IsDigit(c);

    /// <summary>The value of a decimal digit (0–9); -1 for anything else.</summary>
    public static int DigitValue(char c)
    {
        if (c is >= '0' and <= '9') return c - '0';
        if (c <= '\u007F' || !char.IsDigit(c)) return -1;
        return (int)char.GetNumericValue(c);
    }

    /// <summary>The index of the first decimal digit of any script in <paramref name="s"/>, or -1.</summary>
    public static int IndexOfDigit(ReadOnlySpan<char> s)
    {
        int ascii = s.IndexOfAnyInRange('0', '9');
        var before = ascii < 0 ? s : s[..ascii];
        // Digits of other scripts are outside ASCII: only the characters outside ASCII before the first ASCII digit are read one by one.
        int other = before.IndexOfAnyExceptInRange('\0', '\u007F');
        if (other < 0) return ascii;
        for (int i = other; i < before.Length; i++)
        {
            if (before[i] > '\u007F' && char.IsDigit(before[i])) return i;
        }
        return ascii;
    }

    /// <summary>
    /// Reads the run of digits at <paramref name="start"/>: returns how many digits it holds (0 when none) and, in
    /// <paramref name="value"/>, their value, or -1 when the run is longer than nine digits.
    /// </summary>
    public static int ReadRun(ReadOnlySpan<char> s, int start, out int value)
    {
        value = 0;
        int i = start;
        while (i < s.Length)
        {
            int d = DigitValue(s[i]);
            if (d < 0) break;
            if (value >= 0) value = i - start < 9 ? value * 10 + d : -1;
            i++;
        }
        if (i == start) value = -1;
        return i - start;
    }

    /// <summary>The value of the digits of <paramref name="s"/> from <paramref name="start"/>, <paramref name="count"/> of them (all digits).</summary>
    public static int ValueOf(ReadOnlySpan<char> s, int start, int count)
    {
        int value = 0;
        for (int i = start; i < start + count; i++) value = value * 10 + Math.Max(0, DigitValue(s[i]));
        return value;
    }
}
