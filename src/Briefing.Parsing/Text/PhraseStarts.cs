using System.Collections.Frozen;

namespace Briefing.Parsing;

/// <summary>
/// Phrases indexed by how they start, for scanners that test many positions of a text (every word start) against a long
/// list of phrases compared ignoring case (directory names, cue phrases): a bit table over the first two characters
/// (upper-cased, hashed) rejects almost every position in one look-up, and the phrases that may start there are in a
/// bucket by their first two characters, longest first (phrases of one character in a bucket of their own). A second bit
/// table over the first four characters passes over the bucket's phrases of four characters and more where no phrase
/// starts with the text's four ("WAS " opens no name of the "WA" bucket), so that they are not compared one by one; a
/// third, over the first two characters of phrases of two or three characters, says whether the bucket is worth reading then.
/// A fourth, over the first eight characters, does for phrases of eight characters and more what the second does for
/// those of four: a common word that opens several phrases ("the " of "the Chinese side", "The White House", "the
/// Commission") costs one look-up where the text goes on otherwise, not one comparison per phrase.
/// </summary>
/// <remarks>
/// The comparison is <see cref="StringComparison.OrdinalIgnoreCase"/>, bucketed by <see cref="CharClass.CaseKey"/>
/// of the first two characters: the same phrases a <see cref="System.Buffers.SearchValues{T}"/> of strings ignoring case finds at
/// that position. A scanner that only needs positions where a word may start (a name, a whole-word phrase) visits those
/// and skips the rest; a general search structure would visit every character.
/// </remarks>
internal sealed class PhraseStarts<T>
{
    private readonly ulong[] _pairs;
    private readonly ulong[] _quads;
    private readonly ulong[] _shortPairs;
    private readonly ulong[] _octs;
    private readonly int _mask;
    // The buckets by their pair (first << 16 | second) in an open-addressed table with twice as many slots as pairs (a
    // power of two), probed linearly from the pair's Fibonacci hash: a bucket is a read or two away, with no hashing of
    // the key beyond the one multiplication (in place of a frozen dictionary's look-up).
    private readonly int[] _pairKeys;
    private readonly Bucket?[] _pairBuckets;
    private readonly int _slotShift;
    private readonly FrozenDictionary<char, (string Text, T Value)[]> _single;
    private readonly bool _hasSingles;

    /// <summary>Indexes <paramref name="phrases"/> (empty texts are left out).</summary>
    public PhraseStarts(IEnumerable<(string Text, T Value)> phrases)
    {
        var list = phrases as IReadOnlyCollection<(string Text, T Value)> ?? [.. phrases];
        // About 64 bits per phrase (at least 4 Kib, at most 64 Kib): few false positives, a small table for a short list.
        int bits = (int)Math.Min(1 << 16, Math.Max(1 << 12, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)list.Count * 64)));
        _pairs = new ulong[bits / 64];
        _quads = new ulong[bits / 64];
        _shortPairs = new ulong[bits / 64];
        _octs = new ulong[bits / 64];
        _mask = bits - 1;
        var pairs = new Dictionary<int, List<(string, T)>>();
        var singles = new Dictionary<char, List<(string, T)>>();
        foreach (var (text, value) in list)
        {
            if (string.IsNullOrEmpty(text)) continue;
            char first = CharClass.CaseKey(text[0]);
            if (text.Length == 1)
            {
                if (!singles.TryGetValue(first, out var one)) singles[first] = one = [];
                one.Add((text, value));
                continue;
            }
            char second = CharClass.CaseKey(text[1]);
            int key = first << 16 | second;
            if (!pairs.TryGetValue(key, out var bucket)) pairs[key] = bucket = [];
            bucket.Add((text, value));
            int bit = Hash(first, second);
            _pairs[bit >> 6] |= 1UL << (bit & 63);
            if (text.Length < 4) _shortPairs[bit >> 6] |= 1UL << (bit & 63);
            else
            {
                int quad = QuadHash(first, second, CharClass.CaseKey(text[2]), CharClass.CaseKey(text[3]));
                _quads[quad >> 6] |= 1UL << (quad & 63);
                if (text.Length >= 8)
                {
                    int oct = OctHash(quad, text.AsSpan(4, 4));
                    _octs[oct >> 6] |= 1UL << (oct & 63);
                }
            }
        }
        // Longest first (a stable sort keeps the given order among phrases of one length).
        int slots = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, pairs.Count * 2));
        _slotShift = 32 - System.Numerics.BitOperations.Log2((uint)slots);
        _pairKeys = new int[slots];
        _pairBuckets = new Bucket?[slots];
        foreach (var (key, phrasesOfPair) in pairs)
        {
            int slot = SlotOf(key);
            while (_pairBuckets[slot] is not null) slot = (slot + 1) & (slots - 1);
            _pairKeys[slot] = key;
            _pairBuckets[slot] = new Bucket([.. phrasesOfPair.OrderByDescending(x => x.Item1.Length)]);
        }
        _single = singles.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
        _hasSingles = _single.Count > 0;
    }

    private int Hash(char a, char b) => ((a * 0x9E37) ^ b) & _mask;

    private int SlotOf(int pair) => (int)(((uint)pair * 0x9E3779B1u) >> _slotShift);

    /// <summary>The bucket of phrases that open with <paramref name="pair"/> (first &lt;&lt; 16 | second), or <see langword="null"/>.</summary>
    private Bucket? BucketOf(int pair)
    {
        var buckets = _pairBuckets;
        int mask = buckets.Length - 1;
        for (int slot = SlotOf(pair); ; slot = (slot + 1) & mask)
        {
            var bucket = buckets[slot];
            if (bucket is null || _pairKeys[slot] == pair) return bucket;
        }
    }

    private int QuadHash(char a, char b, char c, char d) => (int)((((uint)a << 16 | b) * 0x9E3779B1u ^ ((uint)c << 16 | d) * 0x85EBCA77u) >> 7) & _mask;

    /// <summary>The eight-character hash: the four-character one, then characters 5 to 8 (upper-cased here).</summary>
    private int OctHash(int quad, ReadOnlySpan<char> next)
    {
        uint h = (uint)quad * 0xC2B2AE3Du;
        h ^= ((uint)CharClass.CaseKey(next[0]) << 16 | CharClass.CaseKey(next[1])) * 0x27D4EB2Fu;
        h ^= ((uint)CharClass.CaseKey(next[2]) << 16 | CharClass.CaseKey(next[3])) * 0x165667B1u;
        return (int)(h >> 9) & _mask;
    }

    /// <summary>A bucket's phrases, longest first, and how many of them (at its start) have four and eight characters or more.</summary>
    private sealed class Bucket((string Text, T Value)[] phrases)
    {
        public readonly (string Text, T Value)[] Phrases = phrases;
        public readonly int Long = phrases.Count(p => p.Text.Length >= 4);
        public readonly int Longer = phrases.Count(p => p.Text.Length >= 8);
    }

    /// <summary>
    /// Whether a phrase may start at <paramref name="at"/>: the tests of the bit tables over the first two characters and
    /// then the first four (or, where the pair opens phrases of two or three characters, the pair alone), inlined into the
    /// scanners before they ask for candidates. Most positions fail them: of the word starts of 300 generated documents'
    /// windows, three in five pass the cue phrases' pair table, and one in ten of those their four-character one; a call
    /// of <see cref="TryGetCandidates"/> for each position that passed the pair cost more than the tests.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayStartAt(ReadOnlySpan<char> text, int at)
    {
        if (_hasSingles) return true;
        if (at + 1 >= text.Length) return false;
        char first = CharClass.CaseKey(text[at]), second = CharClass.CaseKey(text[at + 1]);
        int bit = Hash(first, second);
        if ((_pairs[bit >> 6] & (1UL << (bit & 63))) == 0) return false;
        if ((_shortPairs[bit >> 6] & (1UL << (bit & 63))) != 0) return true;
        if (at + 3 >= text.Length) return false;
        int quad = QuadHash(first, second, CharClass.CaseKey(text[at + 2]), CharClass.CaseKey(text[at + 3]));
        return (_quads[quad >> 6] & (1UL << (quad & 63))) != 0;
    }

    /// <summary>
    /// The phrases that may start at <paramref name="at"/>, longest first: those whose first two characters are the text's
    /// there (ignoring case), then those of one character. The caller compares each in full.
    /// </summary>
    public bool TryGetCandidates(ReadOnlySpan<char> text, int at, out ReadOnlySpan<(string Text, T Value)> longer, out ReadOnlySpan<(string Text, T Value)> single)
    {
        char first = CharClass.CaseKey(text[at]);
        longer = default;
        single = default;
        if (at + 1 < text.Length)
        {
            char second = CharClass.CaseKey(text[at + 1]);
            int bit = Hash(first, second);
            if ((_pairs[bit >> 6] & (1UL << (bit & 63))) != 0)
            {
                // The phrases of four characters and more need the text's first four among theirs; without them, the bucket
                // is read only when it may hold phrases of two or three characters.
                int quadBit = at + 3 < text.Length ? QuadHash(first, second, CharClass.CaseKey(text[at + 2]), CharClass.CaseKey(text[at + 3])) : -1;
                bool quad = quadBit >= 0 && (_quads[quadBit >> 6] & (1UL << (quadBit & 63))) != 0;
                if ((quad || (_shortPairs[bit >> 6] & (1UL << (bit & 63))) != 0) && BucketOf(first << 16 | second) is { } bucket)
                {
                    // Past the first four characters, the phrases of eight and more need the text's first eight among theirs.
                    int from = !quad ? bucket.Long
                        : bucket.Longer > 0 && (at + 7 >= text.Length || !HasOct(quadBit, text.Slice(at + 4, 4))) ? bucket.Longer
                        : 0;
                    longer = bucket.Phrases.AsSpan(from);
                }
            }
        }
        if (_hasSingles && _single.TryGetValue(first, out var ones)) single = ones;
        return !longer.IsEmpty || !single.IsEmpty;
    }

    private bool HasOct(int quad, ReadOnlySpan<char> next)
    {
        int bit = OctHash(quad, next);
        return (_octs[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>The longest phrase the text starts with at <paramref name="at"/> (ignoring case), or 0; and its value.</summary>
    public int LongestAt(ReadOnlySpan<char> text, int at, out T? value)
    {
        value = default;
        if (!TryGetCandidates(text, at, out var longer, out var single)) return 0;
        var rest = text[at..];
        foreach (var (phrase, v) in longer)
        {
            if (rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return phrase.Length;
            }
        }
        foreach (var (phrase, v) in single)
        {
            if (rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return 1;
            }
        }
        return 0;
    }
}
