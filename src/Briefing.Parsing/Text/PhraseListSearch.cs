namespace Briefing.Parsing;

/// <summary>
/// Says which of several phrase lists occur in a text, as phrases that start where a word does (not inside a word: "free
/// trial" is not in "carefree trial"), in one pass over the text for all of them: each list with its own comparison
/// (<see cref="StringComparison.Ordinal"/> or <see cref="StringComparison.OrdinalIgnoreCase"/>), the answer a bit per list.
/// </summary>
/// <remarks>
/// A line is asked about a dozen lists (chrome phrases of every kind). A vectorised search per list reads the line once
/// per list, and its filter, the first characters of the phrases, passes most positions of English text when a list
/// holds phrases that open with common words ("for reference purpose", "is not verbatim"). Here the phrases of every
/// list are in one <see cref="PhraseStarts{T}"/>, the index of phrase starts the scanners use, and only the places where a
/// word starts with a character some phrase opens with are read (<see cref="WordStartScanner"/>, sixteen at a time): each
/// is tested once against the index's bit tables (the first two and four characters, upper-cased), and only the phrases
/// that may start there are compared, each with its list's comparison. A phrase that opens with punctuation or a CJK
/// character ("(Photo", "ICP备") may start anywhere: only two word characters (Latin-like letters and digits) meet inside
/// a word. Exact: the index keys characters as <see cref="StringComparison.OrdinalIgnoreCase"/> compares them
/// (<see cref="CharClass.CaseKey"/>), and an ordinal list's phrases pass it too; the comparison decides.
/// </remarks>
internal sealed class PhraseListSearch
{
    private readonly PhraseStarts<(StringComparison Comparison, ulong Bit)> _starts;
    private readonly WordStartScanner _wordStarts;
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
        var phrases = new List<(string, (StringComparison, ulong))>();
        for (int i = 0; i < lists.Count; i++)
        {
            var (list, comparison) = lists[i];
            var comparer = PhraseSearch.ComparerOf(comparison, nameof(lists));
            ulong bit = 1UL << i;
            foreach (var p in list.Distinct(comparer))
            {
                if (p.Length == 0) _always |= bit;
                else phrases.Add((p, (comparison, bit)));
            }
        }
        _starts = new PhraseStarts<(StringComparison, ulong)>(phrases);
        _wordStarts = new WordStartScanner(phrases.Select(p => p.Item1));
    }

    /// <summary>
    /// Which lists have a phrase that occurs in <paramref name="text"/> where a word starts: bit <c>1 &lt;&lt; i</c> for
    /// list <c>i</c>.
    /// </summary>
    public ulong Occurring(ReadOnlySpan<char> text)
    {
        ulong found = _always;
        var scanner = _wordStarts;
        // Every candidate is tested (none is skipped past a match), so the blocks of sixteen are read in turn; the first
        // position and the last ones one at a time.
        if (text.Length > 0 && scanner.IsCandidate(text, 0)) found = MatchAt(text, 0, found);
        int at = 1;
        for (; at + WordStartScanner.BlockLength <= text.Length; at += WordStartScanner.BlockLength)
        {
            for (uint bits = scanner.Candidates(text, at); bits != 0; bits &= bits - 1)
                found = MatchAt(text, at + System.Numerics.BitOperations.TrailingZeroCount(bits), found);
        }
        for (; at < text.Length; at++)
        {
            if (scanner.IsCandidate(text, at)) found = MatchAt(text, at, found);
        }
        return found;
    }

    private ulong MatchAt(ReadOnlySpan<char> text, int at, ulong found) =>
        !_starts.MayStartAt(text, at) || !_starts.TryGetCandidates(text, at, out var longer, out var single)
            ? found
            : Match(text[at..], longer, Match(text[at..], single, found));

    private static ulong Match(ReadOnlySpan<char> rest, ReadOnlySpan<(string Text, (StringComparison Comparison, ulong Bit) List)> candidates, ulong found)
    {
        foreach (var (phrase, (comparison, bit)) in candidates)
        {
            if ((found & bit) == 0 && rest.StartsWith(phrase, comparison)) found |= bit;
        }
        return found;
    }
}
