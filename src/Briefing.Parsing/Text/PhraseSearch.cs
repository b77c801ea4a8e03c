using System.Buffers;
using System.Collections.Frozen;

namespace Briefing.Parsing;

/// <summary>
/// Finds the first place where any of a list of phrases occurs, exactly as <see cref="SearchValues{T}"/> of strings with
/// the same comparison would (<see cref="StringComparison.Ordinal"/> or <see cref="StringComparison.OrdinalIgnoreCase"/>),
/// but without falling to its slow path for every text when some phrases are not ASCII.
/// </summary>
/// <remarks>
/// <para>
/// The phrases are split into groups, each searched with its own <see cref="SearchValues{T}"/>; the first place in the
/// text is the earliest of the groups' first places. ASCII phrases keep the vectorised ASCII search. Phrases whose other
/// characters have no case (CJK ideographs and punctuation, ASCII digits and punctuation, general punctuation) compare
/// ordinally even when case is ignored. A group of phrases with non-ASCII characters is searched only when the text
/// holds a character that one of them needs: for each phrase, its first non-ASCII character (exactly, when it has no
/// case), or for phrases with cased non-ASCII letters ("Ministère") any character outside ASCII and the caseless blocks.
/// </para>
/// <para>
/// Why skipping is exact: a caseless character is equal, ignoring case, only to itself (no letter upper-cases to a
/// punctuation mark or an ideograph), and an ASCII character is equal only to characters whose upper case is ASCII,
/// which outside ASCII are only U+0131 (ı) and U+017F (ſ); a group that needs one of those is always searched.
/// </para>
/// </remarks>
internal sealed class PhraseSearch
{
    private enum Gate : byte
    {
        /// <summary>Always searched.</summary>
        None,
        /// <summary>Searched by the group's anchor characters: each place where one occurs is tested against the phrases with that anchor.</summary>
        Anchors,
        /// <summary>Searched when the text holds a character outside ASCII and the caseless blocks.</summary>
        Cased,
    }

    /// <summary>
    /// A group of phrases. An anchored group (<see cref="Gate.Anchors"/>) is searched by its anchors, not by its
    /// <see cref="SearchValues{T}"/> (whose search of non-ASCII strings reads every character through a trie with a
    /// dictionary per node): each place where an anchor occurs is tested against the phrases with that anchor.
    /// </summary>
    private readonly record struct Group(SearchValues<string>? Values, int MaxLength, Gate Gate, SearchValues<char>? Anchors)
    {
        /// <summary>For an anchored group: its phrases by their anchor, with where the anchor stands in each.</summary>
        public FrozenDictionary<char, (string Phrase, int Offset)[]>? ByAnchor { get; init; }

        /// <summary>For an anchored group: the largest offset of an anchor in its phrase.</summary>
        public int MaxOffset { get; init; }

        /// <summary>For an anchored group: how its phrases compare (the anchors themselves have no case).</summary>
        public StringComparison Comparison { get; init; }
    }

    private static readonly SearchValues<char> Plain = SearchValues.Create(BuildPlain());

    private readonly Group[] _groups;

    private PhraseSearch(Group[] groups) => _groups = groups;

    /// <summary>
    /// A search for <paramref name="phrases"/> compared with <paramref name="comparison"/> (ordinal, or ordinal ignoring
    /// case); <see langword="null"/> when there are no phrases.
    /// </summary>
    public static PhraseSearch? Create(IEnumerable<string> phrases, StringComparison comparison)
    {
        ComparerOf(comparison, nameof(comparison));
        bool ignoreCase = comparison == StringComparison.OrdinalIgnoreCase;
        List<string> ascii = [], exact = [], caselessMixed = [], cased = [];
        bool casedAlways = false;
        bool any = false;
        foreach (var p in phrases)
        {
            any = true;
            int first = p.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F');
            if (p.Length == 0 || first < 0)
            {
                ascii.Add(p);
                continue;
            }
            if (!ignoreCase)
            {
                exact.Add(p);
                continue;
            }
            bool casedLetter = false, asciiLetter = false, onlyDotless = true;
            foreach (char c in p)
            {
                if (char.IsAsciiLetter(c)) asciiLetter = true;
                else if (!IsCaseless(c))
                {
                    casedLetter = true;
                    if (c is not ('\u0131' or '\u017F')) onlyDotless = false;
                }
            }
            if (casedLetter)
            {
                cased.Add(p);
                if (onlyDotless) casedAlways = true;
            }
            else if (asciiLetter)
            {
                caselessMixed.Add(p);
            }
            else
            {
                exact.Add(p);
            }
        }
        if (!any) return null;
        var groups = new List<Group>();
        if (ascii.Count > 0) groups.Add(new Group(SearchValues.Create([.. ascii], comparison), MaxLength(ascii), Gate.None, null));
        if (exact.Count > 0) groups.Add(Anchored(exact, StringComparison.Ordinal));
        if (caselessMixed.Count > 0) groups.Add(Anchored(caselessMixed, comparison));
        if (cased.Count > 0) groups.Add(new Group(SearchValues.Create([.. cased], comparison), MaxLength(cased), casedAlways ? Gate.None : Gate.Cased, null));
        return new PhraseSearch([.. groups]);
    }

    /// <summary>
    /// A search that answers only whether some phrase occurs (its <see cref="IndexOfAny"/> is not the first place of the
    /// list's phrases): built on the phrases that hold no other phrase of the list, as <paramref name="comparison"/>
    /// compares them. A phrase that holds another occurs only where that one occurs too ("press briefing" only where
    /// "briefing" does), so leaving it out changes no answer, and the fewer phrases pass fewer places through the
    /// vectorised filter (a common opening like "press" no longer stops it). Phrases with surrogates are all kept: ignoring
    /// case, a pair compares as a whole, so a part of it proves nothing. <paramref name="all"/> is the search of all of
    /// <paramref name="phrases"/> with the same comparison (or <see langword="null"/> when there are none), used to find
    /// the phrases that hold another.
    /// </summary>
    public static PhraseSearch? ForPresence(IReadOnlyList<string> phrases, StringComparison comparison, PhraseSearch? all)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var comparer = ComparerOf(comparison, nameof(comparison));
        if (all is null) return null;
        var kept = new List<string>();
        var seen = new HashSet<string>(comparer);
        foreach (var p in phrases)
        {
            if (!seen.Add(p)) continue;
            // Another phrase inside p lies within p without its first or without its last character (p itself fits in neither).
            bool holdsAnother = p.Length > 1 && p.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0
                && (all.IndexOfAny(p.AsSpan(1)) >= 0 || all.IndexOfAny(p.AsSpan(0, p.Length - 1)) >= 0);
            if (!holdsAnother) kept.Add(p);
        }
        return kept.Count == seen.Count ? all : Create(kept, comparison);
    }

    /// <summary>
    /// The string comparer of <paramref name="comparison"/>, which must be ordinal or ordinal ignoring case (the comparisons
    /// the phrase searches support); otherwise an <see cref="ArgumentOutOfRangeException"/> for <paramref name="paramName"/>.
    /// </summary>
    internal static StringComparer ComparerOf(StringComparison comparison, string paramName) => comparison switch
    {
        StringComparison.Ordinal => StringComparer.Ordinal,
        StringComparison.OrdinalIgnoreCase => StringComparer.OrdinalIgnoreCase,
        _ => throw new ArgumentOutOfRangeException(paramName, comparison, "Only ordinal comparisons are supported."),
    };

    /// <summary>The first index in <paramref name="text"/> where a phrase occurs, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        int best = -1;
        foreach (var g in _groups)
        {
            if (best == 0) break;
            if (g.Gate == Gate.Anchors)
            {
                int anchored = IndexOfAnchored(text, g, best);
                if (anchored >= 0) best = anchored;
                continue;
            }
            // Only a phrase starting before the best place so far matters; it ends at most MaxLength - 1 after it.
            var scope = best < 0 ? text : text[..Math.Min(text.Length, best - 1 + g.MaxLength)];
            if (g.Gate == Gate.Cased && !scope.ContainsAnyExcept(Plain)) continue;
            int at = scope.IndexOfAny(g.Values!);
            if (at >= 0 && (best < 0 || at < best)) best = at;
        }
        return best;
    }

    private static int MaxLength(List<string> phrases) => phrases.Max(p => p.Length);

    /// <summary>
    /// A group searched by anchors: each phrase's first non-ASCII character, which has no case in these groups (an ordinal
    /// search, or phrases whose non-ASCII characters are all caseless), so it matches only itself.
    /// </summary>
    private static Group Anchored(List<string> phrases, StringComparison comparison)
    {
        var byAnchor = new Dictionary<char, List<(string, int)>>();
        int maxOffset = 0;
        foreach (var p in phrases.Distinct(StringComparer.Ordinal))
        {
            int offset = p.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F');
            if (!byAnchor.TryGetValue(p[offset], out var list)) byAnchor[p[offset]] = list = [];
            list.Add((p, offset));
            maxOffset = Math.Max(maxOffset, offset);
        }
        return new Group(null, MaxLength(phrases), Gate.Anchors, SearchValues.Create([.. byAnchor.Keys]))
        {
            ByAnchor = byAnchor.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray()),
            MaxOffset = maxOffset,
            Comparison = comparison,
        };
    }

    /// <summary>
    /// The first place in <paramref name="text"/> where a phrase of anchored group <paramref name="g"/> occurs before
    /// <paramref name="before"/> (when it is not negative), or -1. Every occurrence of a phrase has its anchor at its
    /// start plus the anchor's offset, so the anchors are visited in order until no phrase through one could start earlier.
    /// </summary>
    private static int IndexOfAnchored(ReadOnlySpan<char> text, in Group g, int before)
    {
        int found = -1;
        int pos = 0;
        while (pos < text.Length)
        {
            int rel = text[pos..].IndexOfAny(g.Anchors!);
            if (rel < 0) break;
            int q = pos + rel;
            int limit = found >= 0 ? found : before;
            if (limit >= 0 && q - g.MaxOffset >= limit) break;
            foreach (var (phrase, offset) in g.ByAnchor![text[q]])
            {
                int start = q - offset;
                if (start < 0 || (limit >= 0 && start >= limit)) continue;
                if (text[start..].StartsWith(phrase, g.Comparison)) limit = found = start;
            }
            pos = q + 1;
        }
        return found;
    }

    /// <summary>
    /// Whether <paramref name="c"/> has no case and no other character is equal to it ignoring case: ASCII digits and
    /// punctuation, NBSP, the middle dot, general punctuation, CJK symbols and punctuation, CJK ideographs, full-width
    /// punctuation and digits.
    /// </summary>
    public static bool IsCaseless(char c) =>
        c <= '\u007F' ? !char.IsAsciiLetter(c)
        : c is '\u00A0' or '\u00B7'
            or (>= '\u2000' and <= '\u206F')
            or (>= '\u3000' and <= '\u303F')
            or (>= '\u3400' and <= '\u4DBF')
            or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uFF01' and <= '\uFF20')
            or (>= '\uFF3B' and <= '\uFF40')
            or (>= '\uFF5B' and <= '\uFF65');

    private static char[] BuildPlain()
    {
        var chars = new List<char>();
        for (int c = 0; c <= 0xFFFF; c++)
        {
            if (c <= 0x7F || IsCaseless((char)c)) chars.Add((char)c);
        }
        return [.. chars];
    }
}
