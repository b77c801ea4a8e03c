using System.Globalization;
using System.Text;

namespace Briefing.Parsing;

/// <summary>
/// Chinese-text helpers: folding traditional characters to simplified ones (so labels, names and titles of
/// traditional-character copies resolve like simplified ones) and back (so a directory name can be printed the way a
/// traditional-character document writes it), telling traditional-only characters apart, and removing pinyin that
/// content farms inject after characters ("赵立坚(zhào lì jiān)"). Folding is one UTF-16 code unit to one code unit,
/// so offsets never move.
/// </summary>
/// <remarks>
/// The tables come from OpenCC's character tables (TSCharacters, STCharacters; Apache-2.0, see
/// <c>Text/Data/OPENCC-NOTICE.txt</c>), turned by <c>tools/opencc/generate.py</c> into the embedded resource
/// <c>Text/Data/chinese-variants.txt</c>: the first candidate of each entry, kept only when key and candidate are each
/// one BMP character. They are loaded once, on first use, into arrays indexed by code unit, so a lookup is one
/// subtraction, one bounds check and one array read.
/// </remarks>
internal static class ChineseText
{
    /// <summary>The logical name of the embedded variant table (see the project file).</summary>
    internal const string ResourceName = "Briefing.Parsing.Text.chinese-variants.txt";

    /// <summary>The simplified form of a traditional character, or the character itself.</summary>
    public static char ToSimplified(char c)
    {
        var t = Tables.Instance;
        uint i = (uint)(c - t.Low);
        char[] map = t.Simplified;
        return i < (uint)map.Length ? map[i] : c;
    }

    /// <summary>The traditional form of a simplified character (OpenCC's first candidate), or the character itself.</summary>
    public static char ToTraditional(char c)
    {
        var t = Tables.Instance;
        uint i = (uint)(c - t.Low);
        char[] map = t.Traditional;
        return i < (uint)map.Length ? map[i] : c;
    }

    /// <summary>A copy of <paramref name="text"/> with traditional characters folded to simplified ones (same length).</summary>
    public static string ToSimplified(ReadOnlySpan<char> text) =>
        string.Create(text.Length, text, static (dest, src) => Map(src, dest, Tables.Instance.Simplified));

    /// <summary>A copy of <paramref name="text"/> with simplified characters turned into traditional ones (same length).</summary>
    public static string ToTraditional(ReadOnlySpan<char> text) =>
        string.Create(text.Length, text, static (dest, src) => Map(src, dest, Tables.Instance.Traditional));

    /// <summary>
    /// Writes <paramref name="source"/> with traditional characters folded to simplified ones into
    /// <paramref name="destination"/>, at the same offsets, without allocating. The two may be the same span.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    public static void ToSimplified(ReadOnlySpan<char> source, Span<char> destination)
    {
        CheckDestination(source, destination);
        Map(source, destination, Tables.Instance.Simplified);
    }

    /// <summary>
    /// Writes <paramref name="source"/> with simplified characters turned into traditional ones into
    /// <paramref name="destination"/>, at the same offsets, without allocating. The two may be the same span.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    public static void ToTraditional(ReadOnlySpan<char> source, Span<char> destination)
    {
        CheckDestination(source, destination);
        Map(source, destination, Tables.Instance.Traditional);
    }

    /// <summary>
    /// Whether <paramref name="c"/> is written only in traditional-character text: it has a simplified form and
    /// simplified text does not write it too (unlike 乾, 於 or 徵, which both kinds of text use).
    /// </summary>
    public static bool IsTraditionalOnly(char c)
    {
        var t = Tables.Instance;
        uint i = (uint)(c - t.Low);
        bool[] only = t.TraditionalOnly;
        return i < (uint)only.Length && only[i];
    }

    /// <summary>
    /// How many characters of <paramref name="text"/> are traditional-only (<see cref="IsTraditionalOnly(char)"/>):
    /// zero for a simplified-character text, a share of its Chinese characters for a traditional-character one.
    /// </summary>
    public static int CountTraditionalOnly(ReadOnlySpan<char> text)
    {
        var t = Tables.Instance;
        bool[] only = t.TraditionalOnly;
        char low = t.Low;
        int count = 0;
        // Runs with no character in the table's range (Latin text, punctuation) are skipped with vectorised search.
        int i = text.IndexOfAnyInRange(low, t.High);
        if (i < 0) return 0;
        for (; i < text.Length; i++)
        {
            uint k = (uint)(text[i] - low);
            if (k < (uint)only.Length && only[k]) count++;
        }
        return count;
    }

    private static void CheckDestination(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException(
                $"The destination holds {destination.Length} characters; the source needs {source.Length}.", nameof(destination));
        }
    }

    /// <summary>Maps each code unit through <paramref name="map"/> (indexed from <see cref="VariantTables.Low"/>).</summary>
    private static void Map(ReadOnlySpan<char> source, Span<char> destination, char[] map)
    {
        char low = Tables.Instance.Low;
        // Runs with no character in the table's range (Latin text, punctuation) are copied with vectorised search.
        int i = source.IndexOfAnyInRange(low, (char)(low + map.Length - 1));
        if (i < 0) i = source.Length;
        source[..i].CopyTo(destination);
        for (; i < source.Length; i++)
        {
            char c = source[i];
            uint k = (uint)(c - low);
            destination[i] = k < (uint)map.Length ? map[k] : c;
        }
    }

    /// <summary>Holds the tables; its static field is initialised on first use, so nothing is read until then.</summary>
    private static class Tables
    {
        internal static readonly VariantTables Instance = VariantTables.Load();
    }

    /// <summary>
    /// The parsed variant table: for every code unit from <see cref="Low"/> to <see cref="High"/> its simplified
    /// and its traditional form (itself when it has none), and which of them are traditional-only.
    /// </summary>
    internal sealed class VariantTables
    {
        private VariantTables(char low, char high, char[] simplified, char[] traditional, bool[] traditionalOnly,
            int foldCount, int traditionalCount, int traditionalOnlyCount)
        {
            Low = low;
            High = high;
            Simplified = simplified;
            Traditional = traditional;
            TraditionalOnly = traditionalOnly;
            FoldCount = foldCount;
            TraditionalCount = traditionalCount;
            TraditionalOnlyCount = traditionalOnlyCount;
        }

        /// <summary>The lowest code unit that has a form in either direction.</summary>
        public char Low { get; }

        /// <summary>The highest code unit that has a form in either direction.</summary>
        public char High { get; }

        /// <summary>The simplified form of code unit <c>Low + i</c> at index <c>i</c>.</summary>
        public char[] Simplified { get; }

        /// <summary>The traditional form of code unit <c>Low + i</c> at index <c>i</c>.</summary>
        public char[] Traditional { get; }

        /// <summary>Whether code unit <c>Low + i</c> is traditional-only, at index <c>i</c>.</summary>
        public bool[] TraditionalOnly { get; }

        /// <summary>How many characters fold to a different simplified one (the <c>@ts</c> section).</summary>
        public int FoldCount { get; }

        /// <summary>How many characters have a different traditional form (the <c>@st</c> section).</summary>
        public int TraditionalCount { get; }

        /// <summary>How many characters are traditional-only.</summary>
        public int TraditionalOnlyCount { get; }

        /// <summary>Reads the table embedded in the assembly.</summary>
        /// <exception cref="InvalidOperationException">The resource is missing or malformed.</exception>
        public static VariantTables Load()
        {
            using var stream = typeof(ChineseText).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing from the Briefing.Parsing assembly.");
            var bytes = new byte[checked((int)stream.Length)];
            stream.ReadExactly(bytes);
            return Parse(Encoding.UTF8.GetString(bytes), ResourceName);
        }

        /// <summary>
        /// Parses the format that <c>tools/opencc/generate.py</c> writes: <c>#</c> comment lines, then the sections
        /// <c>@ts N</c> and <c>@st N</c> of two-character lines (a character, then its form) and <c>@shared N</c> of
        /// one-character lines (<c>@ts</c> keys that simplified text also writes), each holding exactly N lines.
        /// </summary>
        /// <remarks>
        /// One pass with plain loops and arrays over the whole code-unit range (no generic collections), so that a
        /// cold start, which runs it before the JIT has optimised anything, stays short. (Marking it
        /// AggressiveOptimization made the one parse a process does slower, its full JIT costing more than it saves.)
        /// </remarks>
        /// <exception cref="InvalidOperationException"><paramref name="data"/> is malformed; the message names the line.</exception>
        public static VariantTables Parse(string data, string sourceName)
        {
            ArgumentNullException.ThrowIfNull(data);
            // Over all 65,536 code units: the simplified and the traditional form (0 = none), and flags.
            var fullSimplified = new char[char.MaxValue + 1];
            var fullTraditional = new char[char.MaxValue + 1];
            var flags = new byte[char.MaxValue + 1];
            const byte TsKey = 1, StKey = 2, Shared = 4;
            const int None = 0, Ts = 1, St = 2, SharedSection = 3;
            int section = None, expected = 0, seen = 0, lineNumber = 0, sectionsSeen = 0;
            int low = char.MaxValue, high = char.MinValue, foldCount = 0, traditionalCount = 0, sharedCount = 0;

            int pos = 0;
            while (pos < data.Length)
            {
                int newline = data.IndexOf('\n', pos);
                if (newline < 0) newline = data.Length;
                int end = newline > pos && data[newline - 1] == '\r' ? newline - 1 : newline;
                ReadOnlySpan<char> line = data.AsSpan(pos, end - pos);
                pos = newline + 1;
                lineNumber++;
                if (line.IsEmpty || line[0] == '#') continue;
                if (line[0] == '@')
                {
                    if (section != None && seen != expected)
                        throw Malformed(sourceName, 0, $"section @{SectionName(section)} declares {expected} lines but holds {seen}");
                    int space = line.IndexOf(' ');
                    if (space < 0 || !int.TryParse(line[(space + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out expected))
                        throw Malformed(sourceName, lineNumber, $"expected '@name count', got '{line}'");
                    section = line[1..space] switch
                    {
                        "ts" => Ts,
                        "st" => St,
                        "shared" => SharedSection,
                        _ => throw Malformed(sourceName, lineNumber, $"unknown section {line[..space]}"),
                    };
                    int bit = 1 << section;
                    if ((sectionsSeen & bit) != 0) throw Malformed(sourceName, lineNumber, $"section @{SectionName(section)} appears twice");
                    sectionsSeen |= bit;
                    seen = 0;
                    continue;
                }
                if (section == None) throw Malformed(sourceName, lineNumber, "a table line before the first section");
                seen++;
                if (section == SharedSection)
                {
                    if (line.Length != 1 || char.IsSurrogate(line[0])) throw Malformed(sourceName, lineNumber, $"expected one character in @shared, got '{line}'");
                    if ((flags[line[0]] & Shared) != 0) throw Malformed(sourceName, lineNumber, $"'{line}' appears twice in @shared");
                    flags[line[0]] |= Shared;
                    sharedCount++;
                    continue;
                }
                if (line.Length != 2 || char.IsSurrogate(line[0]) || char.IsSurrogate(line[1]) || line[0] == line[1] || line[1] == '\0')
                    throw Malformed(sourceName, lineNumber, $"expected a character and a different form in @{SectionName(section)}, got '{line}'");
                char key = line[0];
                byte flag = section == Ts ? TsKey : StKey;
                if ((flags[key] & flag) != 0) throw Malformed(sourceName, lineNumber, $"'{key}' appears twice in @{SectionName(section)}");
                flags[key] |= flag;
                if (section == Ts)
                {
                    fullSimplified[key] = line[1];
                    foldCount++;
                }
                else
                {
                    fullTraditional[key] = line[1];
                    traditionalCount++;
                }
                if (key < low) low = key;
                if (key > high) high = key;
            }
            if (section != None && seen != expected)
                throw Malformed(sourceName, 0, $"section @{SectionName(section)} declares {expected} lines but holds {seen}");
            for (int s = Ts; s <= SharedSection; s++)
            {
                if ((sectionsSeen & (1 << s)) == 0) throw Malformed(sourceName, 0, $"section @{SectionName(s)} is missing");
            }
            if (low > high) throw Malformed(sourceName, 0, "no entries");

            int length = high - low + 1;
            var simplified = new char[length];
            var traditional = new char[length];
            var traditionalOnly = new bool[length];
            int traditionalOnlyCount = 0;
            for (int i = 0; i < length; i++)
            {
                int c = low + i;
                simplified[i] = fullSimplified[c] != 0 ? fullSimplified[c] : (char)c;
                traditional[i] = fullTraditional[c] != 0 ? fullTraditional[c] : (char)c;
                if ((flags[c] & (TsKey | Shared)) == TsKey)
                {
                    traditionalOnly[i] = true;
                    traditionalOnlyCount++;
                }
            }
            if (foldCount - traditionalOnlyCount != sharedCount)
            {
                for (int c = 0; c <= char.MaxValue; c++)
                {
                    if ((flags[c] & (TsKey | Shared)) == Shared)
                        throw Malformed(sourceName, 0, $"@shared lists '{(char)c}', which is no @ts key");
                }
            }
            return new VariantTables((char)low, (char)high, simplified, traditional, traditionalOnly,
                foldCount, traditionalCount, traditionalOnlyCount);
        }

        private static string SectionName(int section) => section switch { 1 => "ts", 2 => "st", _ => "shared" };

        private static InvalidOperationException Malformed(string sourceName, int lineNumber, string what) =>
            new($"The Chinese variant table '{sourceName}' is malformed{(lineNumber > 0 ? $" at line {lineNumber}" : "")}: {what}. " +
                "Regenerate it with tools/opencc/generate.py.");
    }

    /// <summary>Whether <paramref name="c"/> is a Latin letter used in pinyin (with or without a tone mark).</summary>
    private static bool IsPinyinLetter(char c) =>
        char.IsAsciiLetterLower(c) || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ".Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// Removes pinyin injected after Chinese characters: parenthesised runs of pinyin ("赵立坚(zhào lì jiān)", "记（jì）者")
    /// and pinyin words after a character ("赵立坚 zhào lì jiān"). Returns the text unchanged when there is none.
    /// </summary>
    public static string StripPinyin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('a', 'z') && !text.AsSpan().ContainsAnyInRange('\u0100', '\u01DC')) return text;
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if ((c is '(' or '（') && i > 0 && CharClass.IsCjk(text[i - 1]))
            {
                int j = i + 1;
                while (j < text.Length && (IsPinyinLetter(text[j]) || text[j] == ' ')) j++;
                if (j < text.Length && j > i + 1 && text[j] is ')' or '）')
                {
                    i = j + 1;
                    continue;
                }
            }
            if (c == ' ' && i > 0 && CharClass.IsCjk(text[i - 1]) && i + 1 < text.Length && IsPinyinLetter(text[i + 1]))
            {
                int j = i;
                while (j < text.Length && (IsPinyinLetter(text[j]) || text[j] == ' ')) j++;
                // Only a run that is followed by Chinese, punctuation or the end is pinyin ("赵立坚 zhào lì jiān：").
                if (j >= text.Length || !char.IsAsciiLetter(text[j]))
                {
                    i = j;
                    continue;
                }
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }
}
