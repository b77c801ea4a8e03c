using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Briefing.Parsing;

/// <summary>
/// What the lexing pass needs of the directories, computed once per <see cref="BriefingDirectories"/>: the first words
/// of every known name (a cheap test before trying a line's words as a label without a colon), and one search structure
/// over every spokesperson's names (English, Chinese, aliases) to find where a text names them.
/// </summary>
internal sealed class DirectoryIndex
{
    private static readonly ConditionalWeakTable<BriefingDirectories, DirectoryIndex> s_cache = new();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;
    private readonly PhraseStarts<ImmutableArray<SpokespersonEntry>>? _names;
    private readonly WordStartScanner? _nameStarts;

    private DirectoryIndex(BriefingDirectories directories)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void First(string name)
        {
            var trimmed = name.AsSpan().Trim();
            int space = trimmed.IndexOfAny(' ', '\u00A0');
            string key = LabelKey.Fold(space < 0 ? trimmed : trimmed[..space]);
            if (key.Length > 0) words.Add(key);
        }
        foreach (var e in directories.Spokespersons.Entries)
        {
            First(e.Name);
            names.Add(e.Name);
            if (e.NameZh is { Length: > 0 } zh)
            {
                words.Add(LabelKey.Fold(zh));
                names.Add(zh);
            }
            foreach (var a in e.Aliases)
            {
                First(a);
                if (a.Length >= 4) names.Add(a);
            }
        }
        foreach (var form in directories.Outlets.KnownLabels) First(form);
        _firstWords = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // Each name with its entries, looked up once here rather than at every place a text names them.
        if (names.Count > 0)
        {
            _names = new PhraseStarts<ImmutableArray<SpokespersonEntry>>(names.Select(n => (n, directories.Spokespersons.FindAllByName(n))));
            _nameStarts = new WordStartScanner(names, WordStartRule.Letters);
        }
    }

    public static DirectoryIndex Of(BriefingDirectories directories) => s_cache.GetValue(directories, static d => new DirectoryIndex(d));

    /// <summary>Whether <paramref name="word"/> is the first word of a known outlet label form, spokesperson name or alias.</summary>
    public bool OpensKnownName(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 40) return false;
        Span<char> buffer = stackalloc char[40];
        int n = LabelKey.Fold(word, buffer);
        return n > 0 && _firstWords.Contains(buffer[..n]);
    }

    /// <summary>
    /// Finds every place in <paramref name="text"/> where a spokesperson's name is written (whole words for Latin names),
    /// adding it to <paramref name="found"/>. <paramref name="offset"/> is added to the positions.
    /// </summary>
    public void FindMentions(ReadOnlySpan<char> text, int offset, List<NameMention> found)
    {
        if (_names is null) return;
        // A name starts a word, or is Chinese (WordStartRule.Letters): only such places whose character opens some name are
        // read, sixteen at a time where the scanner can (WordStartScanner.Candidates); then the name must end one. After a
        // name, the reading goes on past it (resume).
        var scanner = _nameStarts!;
        int resume = text.Length > 0 && scanner.IsCandidate(text, 0) ? MentionAt(text, 0, offset, found) : 0;
        int at = 1;
        for (; at + WordStartScanner.BlockLength <= text.Length; at += WordStartScanner.BlockLength)
        {
            if (resume >= at + WordStartScanner.BlockLength) continue;
            uint bits = scanner.Candidates(text, at) & From(resume - at);
            while (bits != 0)
            {
                resume = MentionAt(text, at + BitOperations.TrailingZeroCount(bits), offset, found);
                bits &= (bits - 1) & From(resume - at);
            }
        }
        for (; at < text.Length; at++)
        {
            if (at >= resume && scanner.IsCandidate(text, at)) resume = MentionAt(text, at, offset, found);
        }
    }

    /// <summary>The bits of a block's positions from <paramref name="first"/> on (all of them when it is before the block).</summary>
    private static uint From(int first) => first <= 0 ? uint.MaxValue : first >= WordStartScanner.BlockLength ? 0 : uint.MaxValue << first;

    /// <summary>Adds the name at <paramref name="at"/>, if one starts there and ends a word; returns where to read on.</summary>
    private int MentionAt(ReadOnlySpan<char> text, int at, int offset, List<NameMention> found)
    {
        ImmutableArray<SpokespersonEntry> entries = default;
        int length = _names!.MayStartAt(text, at) ? _names.LongestAt(text, at, out entries) : 0;
        if (length == 0 || !EndsWord(text, at, length)) return at + 1;
        if (!entries.IsDefaultOrEmpty) found.Add(new NameMention(new TextSpan(offset + at, length), entries));
        return at + length;
    }

    /// <summary>Whether a name found at <paramref name="at"/> (where one may start) ends a word: a Chinese one always does.</summary>
    private static bool EndsWord(ReadOnlySpan<char> text, int at, int length)
    {
        if (CharClass.IsCjk(text[at])) return true;
        int end = at + length;
        // A possessive that lost its apostrophe ("Zhao Lijians Regular Press Conference") still names the person.
        if (end < text.Length && text[end] == 's' && (end + 1 >= text.Length || !char.IsLetter(text[end + 1]))) end++;
        return end >= text.Length || !char.IsLetter(text[end]);
    }
}

/// <summary>A place where a text names a spokesperson of the directory.</summary>
/// <param name="Span">Where the name is written.</param>
/// <param name="Entries">The entries with that name (one person may hold offices in two institutions).</param>
public readonly record struct NameMention(TextSpan Span, ImmutableArray<SpokespersonEntry> Entries);
