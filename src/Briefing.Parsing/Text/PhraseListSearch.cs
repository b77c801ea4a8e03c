using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Briefing.Parsing;

/// <summary>
/// Says which of several phrase lists occur in a text (anywhere, as substrings), in one pass over the text for all of
/// them: each list with its own comparison (<see cref="StringComparison.Ordinal"/> or
/// <see cref="StringComparison.OrdinalIgnoreCase"/>), the answer a bit per list.
/// </summary>
/// <remarks>
/// <para>
/// A line is asked about a dozen lists (chrome phrases of every kind). A vectorised search per list reads the line once
/// per list, and its filter, the first characters of the phrases, passes most positions of English text when a list
/// holds phrases that open with common words ("for reference purpose", "is not verbatim"). Here each position is read
/// once: its first three characters, upper-cased and hashed, are looked up in one bit table of the first three characters
/// of every phrase of every list (and a second table does the same for phrases of two characters), and only where a bit
/// is set are the phrases with those three characters compared.
/// </para>
/// <para>
/// Exact: the characters are upper-cased as <see cref="StringComparison.OrdinalIgnoreCase"/> compares them
/// (<see cref="CharClass.ToUpperInvariant"/>), so a phrase occurs at a position only if its key is the position's key;
/// the tables only skip comparisons. Phrases the tables cannot take (one character long, or ignoring case with a
/// surrogate among their first three characters, which that comparison folds as pairs) are searched as before, with a
/// <see cref="PhraseSearch"/> per list.
/// </para>
/// </remarks>
internal sealed class PhraseListSearch
{
    /// <summary>A phrase of a list, by the key of its first characters.</summary>
    private readonly record struct Entry(string Phrase, StringComparison Comparison, ulong Bit);

    private const int TableBits = 1 << 16;

    private readonly ulong[] _triples = new ulong[TableBits / 64];
    private readonly ulong[]? _pairs;
    // The same for the keys of ASCII characters only (after upper-casing): all a text of ASCII characters can hold, read
    // with keys of seven bits a character.
    private readonly ulong[] _asciiTriples = new ulong[TableBits / 64];
    private readonly ulong[]? _asciiPairs;
    private readonly FrozenDictionary<long, Entry[]> _byTriple;
    private readonly FrozenDictionary<long, Entry[]> _byPair;
    private readonly (PhraseSearch Search, ulong Bit)[] _fallback;
    // Lists with an empty phrase: it occurs in every text.
    private readonly ulong _always;

    /// <summary>The number of lists.</summary>
    public int Count { get; }

    /// <summary>
    /// A search for <paramref name="lists"/> (at most 64), each a list of phrases and how they compare; list <c>i</c> is
    /// bit <c>1 &lt;&lt; i</c> of <see cref="Occurring"/>.
    /// </summary>
    public PhraseListSearch(IReadOnlyList<(IEnumerable<string> Phrases, StringComparison Comparison)> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        if (lists.Count > 64) throw new ArgumentOutOfRangeException(nameof(lists), lists.Count, "At most 64 lists.");
        Count = lists.Count;
        var triples = new Dictionary<long, List<Entry>>();
        var pairs = new Dictionary<long, List<Entry>>();
        var fallback = new List<(PhraseSearch, ulong)>();
        for (int i = 0; i < lists.Count; i++)
        {
            var (phrases, comparison) = lists[i];
            if (comparison is not (StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase))
                throw new ArgumentOutOfRangeException(nameof(lists), comparison, "Only ordinal comparisons are supported.");
            ulong bit = 1UL << i;
            var rest = new List<string>();
            foreach (var p in phrases.Distinct(comparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase))
            {
                if (p.Length == 0)
                {
                    _always |= bit;
                    continue;
                }
                if (p.Length == 1 || (comparison == StringComparison.OrdinalIgnoreCase && p.AsSpan(0, Math.Min(3, p.Length)).ContainsAnyInRange('\uD800', '\uDFFF')))
                {
                    rest.Add(p);
                    continue;
                }
                char a = CharClass.ToUpperInvariant(p[0]), b = CharClass.ToUpperInvariant(p[1]);
                if (p.Length == 2)
                {
                    long key = Key(a, b);
                    if (!pairs.TryGetValue(key, out var two)) pairs[key] = two = [];
                    two.Add(new Entry(p, comparison, bit));
                }
                else
                {
                    char c = CharClass.ToUpperInvariant(p[2]);
                    long key = Key(a, b, c);
                    Set(_triples, Hash(a, b, c));
                    if (a <= '\u007F' && b <= '\u007F' && c <= '\u007F') Set(_asciiTriples, AsciiHash((uint)(a << 14 | b << 7 | c)));
                    if (!triples.TryGetValue(key, out var three)) triples[key] = three = [];
                    three.Add(new Entry(p, comparison, bit));
                }
            }
            if (rest.Count > 0) fallback.Add((PhraseSearch.Create(rest, comparison)!, bit));
        }
        if (pairs.Count > 0)
        {
            _pairs = new ulong[TableBits / 64];
            foreach (var key in pairs.Keys)
            {
                char a = (char)(key >> 16), b = (char)key;
                Set(_pairs, Hash(a, b));
                if (a <= '\u007F' && b <= '\u007F') Set(_asciiPairs ??= new ulong[TableBits / 64], AsciiHash((uint)(a << 7 | b)));
            }
        }
        _byTriple = triples.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray());
        _byPair = pairs.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray());
        _fallback = [.. fallback];
    }

    /// <summary>Which lists have a phrase that occurs in <paramref name="text"/>: bit <c>1 &lt;&lt; i</c> for list <c>i</c>.</summary>
    public ulong Occurring(ReadOnlySpan<char> text)
    {
        ulong found = _always;
        foreach (var (search, bit) in _fallback)
        {
            if ((found & bit) == 0 && search.IndexOfAny(text) >= 0) found |= bit;
        }
        if (text.Length < 2) return found;
        if (!text.ContainsAnyExceptInRange('\0', '\u007F')) return OccurringAscii(text, found);
        var triples = _triples;
        var pairs = _pairs;
        char a = CharClass.ToUpperInvariant(text[0]), b = CharClass.ToUpperInvariant(text[1]);
        int last = text.Length - 2;
        for (int i = 0; ; i++)
        {
            if (pairs is not null)
            {
                uint h2 = Hash(a, b);
                if ((pairs[h2 >> 6] & (1UL << (int)(h2 & 63))) != 0 && _byPair.TryGetValue(Key(a, b), out var two)) found = Match(text, i, two, found);
            }
            if (i == last) break;
            char c = CharClass.ToUpperInvariant(text[i + 2]);
            uint h3 = Hash(a, b, c);
            if ((triples[h3 >> 6] & (1UL << (int)(h3 & 63))) != 0 && _byTriple.TryGetValue(Key(a, b, c), out var three)) found = Match(text, i, three, found);
            a = b;
            b = c;
        }
        return found;
    }

    /// <summary><see cref="Occurring"/> for a text of ASCII characters: upper-cased by a table, keys of seven bits a character.</summary>
    private ulong OccurringAscii(ReadOnlySpan<char> text, ulong found)
    {
        var upper = AsciiUpper;
        var triples = _asciiTriples;
        var pairs = _asciiPairs;
        uint key = (uint)upper[text[0] & 0x7F];
        for (int i = 1; i < text.Length; i++)
        {
            key = (key << 7 | upper[text[i] & 0x7F]) & 0x1FFFFF;
            if (pairs is not null)
            {
                uint h2 = AsciiHash(key & 0x3FFF);
                if ((pairs[(int)(h2 >> 6)] & (1UL << (int)(h2 & 63))) != 0
                    && _byPair.TryGetValue(Key((char)(key >> 7 & 0x7F), (char)(key & 0x7F)), out var two)) found = Match(text, i - 1, two, found);
            }
            if (i < 2) continue;
            uint h3 = AsciiHash(key);
            if ((triples[(int)(h3 >> 6)] & (1UL << (int)(h3 & 63))) != 0
                && _byTriple.TryGetValue(Key((char)(key >> 14), (char)(key >> 7 & 0x7F), (char)(key & 0x7F)), out var three)) found = Match(text, i - 2, three, found);
        }
        return found;
    }

    // ASCII upper-cased (the letters a-z to A-Z, the rest as they are).
    private static ReadOnlySpan<byte> AsciiUpper =>
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
        32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
        96, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 123, 124, 125, 126, 127,
    ];

    private static void Set(ulong[] table, uint hash) => table[hash >> 6] |= 1UL << (int)(hash & 63);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint AsciiHash(uint key) => (key * 0x9E3779B1u) >> 16;

    private static ulong Match(ReadOnlySpan<char> text, int at, Entry[] entries, ulong found)
    {
        var rest = text[at..];
        foreach (var e in entries)
        {
            if ((found & e.Bit) == 0 && rest.StartsWith(e.Phrase, e.Comparison)) found |= e.Bit;
        }
        return found;
    }

    private static long Key(char a, char b) => (long)a << 16 | b;

    private static long Key(char a, char b, char c) => (long)a << 32 | (long)b << 16 | c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(char a, char b) => ((uint)(a << 16 | b) * 0x9E3779B1u) >> 16;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(char a, char b, char c) => ((uint)(a << 16 | b) * 0x9E3779B1u ^ c * 0x85EBCA77u) >> 16;
}
