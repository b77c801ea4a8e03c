using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Briefing.Parsing.Lexing;

/// <summary>
/// One phrase of the lexicon: a word or phrase of a category ("chrome.share" "Print", "label.question" "Q",
/// "date.month" "June" with value 6), in a language, with optional tags saying where it belongs
/// ("site:learning", "institution:mfa-china", "format:state-department").
/// </summary>
/// <param name="Category">The category (see <see cref="LexiconCategories"/>); lower-case, dot-separated.</param>
/// <param name="Text">The phrase as it is printed. Comparisons fold case, spacing, apostrophes, full stops and traditional
/// Chinese characters.</param>
public sealed record LexiconEntry(string Category, string Text)
{
    /// <summary>The language of the phrase (BCP-47: "en", "zh", "de"), when it has one.</summary>
    public string? Language { get; init; }

    /// <summary>Where the phrase belongs, when it is not general: "site:…", "institution:…", "format:…".</summary>
    public ImmutableArray<string> Tags { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>A number the phrase stands for: a month (1–12), a weekday (0 = Sunday … 6), an hour offset; else 0.</summary>
    public int Value { get; init; }

    /// <summary>Whether the entry carries <paramref name="tag"/>.</summary>
    public bool HasTag(string tag)
    {
        foreach (var t in Tags)
        {
            if (string.Equals(t, tag, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}

/// <summary>
/// The phrases the library knows, as data: site chrome by kind, label words, honorifics and offices, words that are
/// never names, greetings, briefing nouns, months and weekdays, sentence abbreviations, and the phrases formats bring
/// with them (their cue phrases and label words). Built-in phrases come from embedded JSON per language
/// (<c>Lexing/Data/lexicon-*.json</c>); add your own with <see cref="BriefingParserBuilder.AddLexicon(IEnumerable{LexiconEntry})"/>.
/// Immutable and thread-safe; each category is compiled once into a <see cref="PhraseSet"/>.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> s_default = new(() => new Lexicon(LexiconData.Load()));

    private readonly FrozenDictionary<string, PhraseSet> _sets;
    private DateReader? _dates;

    /// <summary>Creates a lexicon from <paramref name="entries"/>.</summary>
    public Lexicon(IEnumerable<LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<LexiconEntry>();
        foreach (var e in entries)
        {
            ArgumentNullException.ThrowIfNull(e);
            if (string.IsNullOrWhiteSpace(e.Category)) throw new ArgumentException("A lexicon entry has no category.", nameof(entries));
            if (string.IsNullOrWhiteSpace(e.Text)) throw new ArgumentException($"A lexicon entry of '{e.Category}' has no text.", nameof(entries));
            list.Add(e);
        }
        Entries = [.. list];
        _sets = list.GroupBy(e => e.Category, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => new PhraseSet(g.Key, [.. g]), StringComparer.Ordinal);
    }

    /// <summary>The built-in lexicon.</summary>
    public static Lexicon Default => s_default.Value;

    /// <summary>Every entry, in the order given.</summary>
    public ImmutableArray<LexiconEntry> Entries { get; }

    /// <summary>The categories that have entries.</summary>
    public IEnumerable<string> Categories => _sets.Keys;

    /// <summary>The compiled phrases of <paramref name="category"/> (an empty set when it has none).</summary>
    public PhraseSet this[string category] => _sets.TryGetValue(category, out var set) ? set : _empty.GetOrAdd(category, PhraseSet.Empty);

    // The empty sets handed out for categories without entries, made once each (a lexing pass asks for some on every text).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PhraseSet> _empty = new(StringComparer.Ordinal);

    /// <summary>The date and time reader built on this lexicon's months, weekdays and zones.</summary>
    public DateReader Dates => _dates ??= new DateReader(this);

    /// <summary>Returns a new lexicon with <paramref name="entries"/> added.</summary>
    public Lexicon Add(IEnumerable<LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new Lexicon(Entries.Concat(entries));
    }
}

/// <summary>
/// The compiled phrases of one lexicon category, for the four ways a phrase is looked for: as a whole text
/// (<see cref="Find"/>), at the start (<see cref="MatchPrefix(ReadOnlySpan{char})"/>) or end (<see cref="MatchSuffix"/>) of a text, or
/// anywhere in it (<see cref="IndexIn"/>). Whole-text matches fold text as <c>LabelKey</c> does; the others compare
/// ordinally ignoring case.
/// </summary>
public sealed class PhraseSet
{
    private readonly FrozenDictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _byKey;
    private readonly PhraseSearch? _anywhere;
    // The phrases (distinct ignoring case, and as written) and the searches for their presence, built on first use (a race
    // only builds the same search twice).
    private readonly string[] _textsIgnoringCase, _texts;
    private PhraseSearch? _present, _presentCased;
    private readonly PhraseStarts<LexiconEntry> _starts;
    private readonly bool _scanWords;
    private readonly WordStartScanner? _wordStarts;

    /// <summary>From how many phrases a whole-word search tests word starts instead of searching for occurrences.</summary>
    private const int ScanFrom = 48;
    private readonly FrozenDictionary<char, LexiconEntry[]> _byLast;
    private readonly int _maxKeyLength;
    // The first characters of the folded keys, hashed into 4,096 bits: a look-up of a text whose first character opens no
    // key (most words asked about a small category) is answered without folding it in full and hashing it.
    private readonly ulong[] _firstKeyChars = new ulong[64];
    // The tags of entries that share their text (ignoring case) with another entry, by text: every such entry's tags.
    // Null when no two entries share a text (most categories).
    private readonly FrozenDictionary<string, ImmutableArray<string>>? _sharedTags;

    internal PhraseSet(string category, ImmutableArray<LexiconEntry> entries)
    {
        Category = category;
        Entries = entries;
        var byKey = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            string key = LabelKey.Fold(e.Text);
            if (key.Length == 0) continue;
            byKey.TryAdd(key, e);
            _maxKeyLength = Math.Max(_maxKeyLength, key.Length);
            _firstKeyChars[(key[0] & 4095) >> 6] |= 1UL << (key[0] & 63);
        }
        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var texts = _textsIgnoringCase = entries.Select(e => e.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _texts = [.. entries.Select(e => e.Text).Distinct(StringComparer.Ordinal)];
        _anywhere = PhraseSearch.Create(texts, StringComparison.OrdinalIgnoreCase);
        // Longest first, so that the first hit of a bucket is the longest phrase.
        _starts = new PhraseStarts<LexiconEntry>(entries.Select(e => (e.Text, e)));
        _scanWords = entries.Length >= ScanFrom;
        if (_scanWords) _wordStarts = new WordStartScanner(texts);
        _byLast = entries.GroupBy(e => char.ToUpperInvariant(e.Text[^1]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Text.Length).ToArray());
        var shared = entries.GroupBy(e => e.Text, StringComparer.OrdinalIgnoreCase).Where(g => g.Skip(1).Any()).ToArray();
        if (shared.Length > 0)
        {
            _sharedTags = shared.ToFrozenDictionary(g => g.Key, g => g.SelectMany(e => e.Tags).Distinct(StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// Whether the phrase <paramref name="entry"/>, found by a search of this set, carries <paramref name="tag"/>: its own
    /// tags, or those of any other entry with the same text (ignoring case). A search cannot tell such entries apart and
    /// returns the first, so a phrase that several formats list (one institution's editions in three languages, or a
    /// format of yours that shares a cue phrase with a built-in one) counts for each of them.
    /// </summary>
    public bool HasTag(LexiconEntry entry, string tag)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tag);
        if (entry.HasTag(tag)) return true;
        if (_sharedTags is null || !_sharedTags.TryGetValue(entry.Text, out var tags)) return false;
        foreach (var t in tags)
        {
            if (string.Equals(t, tag, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    internal static PhraseSet Empty(string category) => new(category, []);

    /// <summary>The category's name.</summary>
    public string Category { get; }

    /// <summary>The category's entries.</summary>
    public ImmutableArray<LexiconEntry> Entries { get; }

    /// <summary>Whether the category has no entries.</summary>
    public bool IsEmpty => Entries.IsEmpty;

    /// <summary>The entry that <paramref name="text"/> is, as a whole (folded comparison), or <see langword="null"/>.</summary>
    public LexiconEntry? Find(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > LabelKey.MaxLength || _maxKeyLength == 0 || !MayOpenKey(LabelKey.First(text))) return null;
        Span<char> buffer = stackalloc char[LabelKey.MaxLength];
        int n = LabelKey.Fold(text, buffer);
        return n > 0 ? FindKey(buffer[..n]) : null;
    }

    /// <summary>The entry whose folded key is <paramref name="key"/> (a text <see cref="LabelKey.Fold(ReadOnlySpan{char}, Span{char})"/> folded), or <see langword="null"/>.</summary>
    internal LexiconEntry? FindKey(ReadOnlySpan<char> key) =>
        key.IsEmpty || key.Length > _maxKeyLength || !MayOpenKey(key[0]) ? null : _byKey.TryGetValue(key, out var entry) ? entry : null;

    private bool MayOpenKey(char first) => (_firstKeyChars[(first & 4095) >> 6] & (1UL << (first & 63))) != 0;

    /// <summary>Whether <paramref name="text"/> as a whole is one of the phrases.</summary>
    public bool Contains(ReadOnlySpan<char> text) => Find(text) is not null;

    /// <summary>The length of the longest phrase <paramref name="text"/> starts with (ignoring case), or 0.</summary>
    public int MatchPrefix(ReadOnlySpan<char> text) => MatchPrefix(text, out _);

    /// <summary>The length of the longest phrase <paramref name="text"/> starts with (ignoring case), or 0, and that phrase.</summary>
    public int MatchPrefix(ReadOnlySpan<char> text, out LexiconEntry? entry)
    {
        entry = null;
        return text.IsEmpty ? 0 : _starts.LongestAt(text, 0, out entry);
    }

    /// <summary>The length of the longest phrase <paramref name="text"/> ends with (ignoring case), or 0.</summary>
    public int MatchSuffix(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !_byLast.TryGetValue(CharClass.CaseKey(text[^1]), out var bucket)) return 0;
        foreach (var e in bucket)
        {
            if (text.EndsWith(e.Text, StringComparison.OrdinalIgnoreCase)) return e.Text.Length;
        }
        return 0;
    }

    /// <summary>Whether any phrase occurs anywhere in <paramref name="text"/> (ignoring case).</summary>
    public bool Occurs(ReadOnlySpan<char> text)
    {
        if (_anywhere is null) return false;
        var present = _present ??= PhraseSearch.ForPresence(_textsIgnoringCase, StringComparison.OrdinalIgnoreCase, _anywhere)!;
        return present.IndexOfAny(text) >= 0;
    }

    /// <summary>Whether any phrase occurs anywhere in <paramref name="text"/> exactly as written (case matters: "Photo:" but not "photo:").</summary>
    public bool OccursCased(ReadOnlySpan<char> text)
    {
        if (_texts.Length == 0) return false;
        var present = _presentCased ??= PhraseSearch.ForPresence(_texts, StringComparison.Ordinal, PhraseSearch.Create(_texts, StringComparison.Ordinal))!;
        return present.IndexOfAny(text) >= 0;
    }

    /// <summary>
    /// The first place in <paramref name="text"/> where a phrase occurs (ignoring case), with the longest phrase found
    /// there; -1 when none does.
    /// </summary>
    public int IndexIn(ReadOnlySpan<char> text, out int length, out LexiconEntry? entry)
    {
        length = 0;
        entry = null;
        if (_anywhere is null) return -1;
        int at = _anywhere.IndexOfAny(text);
        if (at < 0) return -1;
        length = MatchPrefix(text[at..], out entry);
        return at;
    }

    /// <summary>
    /// The first place where a phrase occurs as whole words: not inside a longer word (letters or digits on either
    /// side, for phrases that begin or end with one); -1 when none does.
    /// </summary>
    public int IndexOfWord(ReadOnlySpan<char> text, out int length, out LexiconEntry? entry) =>
        _scanWords ? ScanWords(text, out length, out entry) : SearchWords(text, out length, out entry);

    /// <summary>Few phrases: the vectorised search finds the next occurrence, then its word boundaries are checked.</summary>
    private int SearchWords(ReadOnlySpan<char> text, out int length, out LexiconEntry? entry)
    {
        int offset = 0;
        while (offset < text.Length)
        {
            int at = _anywhere is null ? -1 : _anywhere.IndexOfAny(text[offset..]);
            if (at < 0) break;
            at += offset;
            if (LongestWordAt(text, at, out length, out entry)) return at;
            offset = at + 1;
        }
        length = 0;
        entry = null;
        return -1;
    }

    /// <summary>Many phrases: every place where a word may start is tested against the index of phrase starts.</summary>
    private int ScanWords(ReadOnlySpan<char> text, out int length, out LexiconEntry? entry)
    {
        // Only where a word may start with a character some phrase opens with: inside a word ("x" then "y"), a phrase
        // cannot begin as a whole word (IsWordAt), and where no phrase's first character is, none begins.
        var scanner = _wordStarts!;
        if (text.Length > 0 && scanner.IsCandidate(text, 0) && _starts.MayStartAt(text, 0) && LongestWordAt(text, 0, out length, out entry)) return 0;
        int at = 1;
        for (; at + WordStartScanner.BlockLength <= text.Length; at += WordStartScanner.BlockLength)
        {
            for (uint bits = scanner.Candidates(text, at); bits != 0; bits &= bits - 1)
            {
                int i = at + System.Numerics.BitOperations.TrailingZeroCount(bits);
                if (_starts.MayStartAt(text, i) && LongestWordAt(text, i, out length, out entry)) return i;
            }
        }
        for (; at < text.Length; at++)
        {
            if (scanner.IsCandidate(text, at) && _starts.MayStartAt(text, at) && LongestWordAt(text, at, out length, out entry)) return at;
        }
        length = 0;
        entry = null;
        return -1;
    }

    /// <summary>Among the phrases starting at <paramref name="at"/>, the longest whose word boundaries are right.</summary>
    private bool LongestWordAt(ReadOnlySpan<char> text, int at, out int length, out LexiconEntry? entry)
    {
        if (_starts.TryGetCandidates(text, at, out var longer, out var single))
        {
            var rest = text[at..];
            foreach (var (phrase, e) in longer)
            {
                if (rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && IsWordAt(text, at, phrase.Length))
                {
                    (length, entry) = (phrase.Length, e);
                    return true;
                }
            }
            foreach (var (phrase, e) in single)
            {
                if (rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && IsWordAt(text, at, 1))
                {
                    (length, entry) = (1, e);
                    return true;
                }
            }
        }
        (length, entry) = (0, null);
        return false;
    }

    /// <summary>Whether a phrase occurs in <paramref name="text"/> as whole words.</summary>
    public bool OccursAsWord(ReadOnlySpan<char> text) => IndexOfWord(text, out _, out _) >= 0;

    private static bool IsWordAt(ReadOnlySpan<char> text, int at, int length)
    {
        if (length == 0) return false;
        // Only two word characters meet inside a word: "将于3月" holds "将于", "x将于" too. CJK text has no word
        // boundaries: only Latin-like letters and digits glue words together.
        int end = at + length;
        bool endOk = end >= text.Length || !WordStartScanner.IsWordChar(text[end - 1]) || !WordStartScanner.IsWordChar(text[end]);
        return endOk && WordStartScanner.IsWordStart(text, at);
    }
}
