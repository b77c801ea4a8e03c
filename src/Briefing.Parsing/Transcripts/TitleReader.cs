using System.Collections.Immutable;
using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Transcripts;

/// <summary>
/// How a format's titles read, as data: one of <see cref="Phrases"/> must occur in the title ("Foreign Ministry
/// Spokesperson", "外交部发言人", "Department Press Briefing"), with a briefing or statement noun of the lexicon
/// ("Regular Press Conference", "Remarks", "记者会") unless <see cref="RequireNoun"/> is off, and none of
/// <see cref="Excludes"/>. The official, the office and the date are read from the title by structure, whatever the rule.
/// </summary>
public sealed record TitleRule
{
    /// <summary>Phrases of which one must occur (case does not matter; traditional characters fold; injected pinyin is ignored); none: any title.</summary>
    public required ImmutableArray<string> Phrases { get; init; }

    // The searches of the rule's phrases and excludes, made on first use. The field's type always compares equal, so the
    // searches play no part in the record's equality; a copy made by `with` keeps them only while its phrases are the
    // same arrays. (A table beside the rule cost a look-up per rule and line for every definition.)
    private Compiled _compiled;

    private sealed class Searches(TitleRule rule)
    {
        public readonly ImmutableArray<string> PhrasesSource = rule.Phrases, ExcludesSource = rule.Excludes;
        public readonly FirstPhrase Phrases = new(rule.Phrases);
        public readonly FirstPhrase Excludes = new(rule.Excludes);
    }

    private readonly struct Compiled(Searches searches) : IEquatable<Compiled>
    {
        public Searches? Value { get; } = searches;

        public bool Equals(Compiled other) => true;

        public override bool Equals(object? obj) => obj is Compiled;

        public override int GetHashCode() => 0;
    }

    private Searches GetSearches()
    {
        // A race builds the same searches twice; the field holds one reference, so it is never torn.
        var searches = _compiled.Value;
        if (searches is null || searches.PhrasesSource != Phrases || searches.ExcludesSource != Excludes)
        {
            searches = new Searches(this);
            _compiled = new Compiled(searches);
        }
        return searches;
    }

    /// <summary>
    /// Where the first of <see cref="Phrases"/> occurs in <paramref name="text"/> (ignoring case), and its length: among the
    /// phrases there, the first listed; -1 when none does.
    /// </summary>
    internal int IndexOfPhrase(ReadOnlySpan<char> text, out int length) => GetSearches().Phrases.IndexIn(text, out length);

    /// <summary>Whether one of <see cref="Excludes"/> occurs in <paramref name="text"/> (ignoring case).</summary>
    internal bool IsExcluded(ReadOnlySpan<char> text) => !Excludes.IsDefaultOrEmpty && GetSearches().Excludes.IndexIn(text, out _) >= 0;

    /// <summary>Phrases of which none may occur.</summary>
    public ImmutableArray<string> Excludes { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Whether the phrase must open the title (perhaps after a date: "2019年12月26日外交部发言人…").</summary>
    public bool PhraseOpens { get; init; }

    /// <summary>
    /// Whether the title must name its official (any name: one the directory does not know yet still counts). Titles such as
    /// "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference" always do; a phrase as common as "Foreign Ministry
    /// Spokesman" without a name could be any ministry's.
    /// </summary>
    public bool RequireName { get; init; }

    /// <summary>Whether a briefing or statement noun of the lexicon must occur too (default yes).</summary>
    public bool RequireNoun { get; init; } = true;

    /// <summary>A rule that any title naming a briefing satisfies (the generic format's).</summary>
    public static TitleRule AnyBriefing { get; } = new() { Phrases = [] };

    /// <summary>A rule that any of <paramref name="phrases"/> satisfies.</summary>
    public static TitleRule Containing(params string[] phrases) => new() { Phrases = [.. phrases] };

    /// <summary>A rule that any of <paramref name="phrases"/> satisfies when it opens the title.</summary>
    public static TitleRule Opening(params string[] phrases) => new() { Phrases = [.. phrases], PhraseOpens = true };
}

/// <summary>A title found by <see cref="TitleReader"/>.</summary>
/// <param name="Span">The title's span (it may cover two lines when a title is split, or part of a line on a one-line page).</param>
/// <param name="FirstLine">The index of the title's first line.</param>
/// <param name="LastLine">The index of the title's last line.</param>
public sealed record TitleMatch(TextSpan Span, int FirstLine, int LastLine)
{
    /// <summary>The official's name as the title prints it, when it names one.</summary>
    public string? Name { get; init; }

    /// <summary>The official, when the directory knows them.</summary>
    public SpokespersonEntry? Official { get; init; }

    /// <summary>The official's office as the title prints it ("Foreign Minister", "Press Secretary"), when it gives one.</summary>
    public string? Office { get; init; }

    /// <summary>The first full date in the title.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Whether the title is a statement's ("Spokesperson's Remarks on …", "…答记者问") rather than a briefing's.</summary>
    public bool IsStatement { get; init; }

    /// <summary>"zh" when the title is in Chinese, else "en".</summary>
    public string Language { get; init; } = "en";

    /// <summary>The title in the other language right after it, in a bilingual text.</summary>
    public TitleMatch? Translation { get; init; }
}

/// <summary>
/// Stage "title" of the pipeline: finds a definition's title near the top of a text (skipping chrome and lists of other
/// briefings' titles), joins a title split over two lines, cuts the title of a page that lost its line breaks at its date,
/// and reads the official, the office and the date from it.
/// </summary>
public static class TitleReader
{
    /// <summary>The longest title; a longer line holds a title only at its start (a page on one line).</summary>
    public const int MaxLength = 300;

    /// <summary>Finds the first title of <paramref name="definition"/> in <paramref name="lexed"/>.</summary>
    public static TitleMatch? Find(LexedText lexed, TranscriptDefinition definition) => Find(lexed, definition, lexed.LineCount);

    /// <summary>Finds the first title among the first <paramref name="lineLimit"/> lines (detection passes its window).</summary>
    public static TitleMatch? Find(LexedText lexed, TranscriptDefinition definition, int lineLimit)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Hooks?.FindTitle(lexed, definition) is { } hooked) return hooked;
        if (definition.Titles.IsEmpty) return null;
        // Detection reads a definition's title, and the winner's again (for its reason) and its parser once more: the lines
        // read are the same when the text ends inside the detection window, so the title is read once per lexing pass.
        return lexed.Derived(s_findKind, definition, Math.Min(lineLimit, lexed.LineCount), FindIn);
    }

    private static readonly int s_findKind = LexedText.NewDerivedKind();

    private static TitleMatch? FindIn(LexedText lexed, TranscriptDefinition definition, int limit)
    {
        var layout = definition.Layout;
        int seen = 0;
        bool prose = false;
        int proseChecked = 0;
        for (int i = 0; i < limit && seen < layout.TitleLines; i++)
        {
            ref readonly var line = ref lexed[i];
            if (line.IsBlank)
            {
                if (!layout.CountNonBlankTitleLines) seen++;
                continue;
            }
            seen++;
            // A title stands before the turns.
            if (lexed.TryGetLabel(i, out var turn) && turn.IsKnown && turn.Delimiter is LabelDelimiter.Colon or LabelDelimiter.FullStop && turn.ContentStart < line.Content.End) break;
            // ... and before the end of the text: a related-articles list or a footer after running text lists other pages'
            // titles. (The lines before are read for running text only when such a line comes, and each once.)
            if (line.Chrome is BoilerplateKind.Related or BoilerplateKind.Footer)
            {
                for (; !prose && proseChecked < i; proseChecked++)
                {
                    ref readonly var before = ref lexed[proseChecked];
                    prose = !before.IsBlank && before.Chrome is null && TranscriptZones.IsProse(lexed, lexed[before.Content]);
                }
                if (prose) break;
            }
            // A title may look like metadata ("2019年12月26日外交部发言人…" opens with a date), never like a menu or a widget.
            if (line.Chrome is BoilerplateKind.Breadcrumb or BoilerplateKind.Languages or BoilerplateKind.Login or BoilerplateKind.Share
                or BoilerplateKind.Footer or BoilerplateKind.Navigation || line.Content.Length < 8) continue;
            var title = ReadAt(lexed, definition, i, allowJoin: true);
            if (title is null) continue;
            // A list of titles (related briefings before the article) is not the title: take one followed by content.
            if (NextNonBlank(lexed, title.LastLine) is int after && lexed[after].Content.Start >= title.Span.End
                && ReadAt(lexed, definition, after, allowJoin: false) is { Translation: null } next && next.Language == title.Language)
                continue;
            return WithTranslation(lexed, definition, title);
        }
        return null;
    }

    /// <summary>
    /// Whether line <paramref name="line"/> reads as the title of another briefing of <paramref name="definition"/> (an
    /// entry of a related-briefings list): a title that names its official or its date, not a heading ("NOON BRIEFING GUEST").
    /// </summary>
    public static bool IsTitleLine(LexedText lexed, TranscriptDefinition definition, int line)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        ArgumentNullException.ThrowIfNull(definition);
        return !definition.Titles.IsEmpty && ReadAt(lexed, definition, line, allowJoin: false) is { } t && (t.Date is not null || t.Name is not null);
    }

    private static TitleMatch? WithTranslation(LexedText lexed, TranscriptDefinition definition, TitleMatch title)
    {
        ref readonly var last = ref lexed[title.LastLine];
        TitleMatch? other = null;
        if (title.Span.End < last.Content.End)
        {
            var rest = CharClass.Trim(lexed.Text, title.Span.End, last.Content.End);
            if (!rest.IsEmpty) other = Read(lexed, definition, rest, title.LastLine, title.LastLine, rest.Length > MaxLength);
        }
        else if (NextNonBlank(lexed, title.LastLine) is int next)
        {
            other = ReadAt(lexed, definition, next, allowJoin: true);
        }
        return other is not null && other.Language != title.Language ? title with { Translation = other } : title;
    }

    private static TitleMatch? ReadAt(LexedText lexed, TranscriptDefinition definition, int index, bool allowJoin)
    {
        ref readonly var line = ref lexed[index];
        if (line.IsBlank) return null;
        bool oneLine = IsOneLinePage(lexed, index);
        if ((line.Traits & LineTraits.TitleCandidate) != 0 || oneLine || line.Content.Length <= MaxLength)
        {
            var found = Read(lexed, definition, line.Content, index, index, oneLine, wholeLine: true);
            if (found is not null) return found;
        }
        if (!allowJoin || oneLine || NextNonBlank(lexed, index) is not int next) return null;
        // A title split across two lines ("… Wang Wenbin’s" / "Regular Press Conference on August 19, 2022").
        ref readonly var second = ref lexed[next];
        if (second.Content.Length > MaxLength || second.Chrome is not null) return null;
        // "Press conference" / "by NATO Secretary General …": a noun alone on the first line, the title going on in lower case.
        bool nounFirst = (line.Traits & LineTraits.TitleCandidate) != 0 && line.Content.Length <= 40 && char.IsLower(lexed.Text[second.Content.Start]);
        if ((second.Traits & LineTraits.TitleCandidate) == 0 && !nounFirst) return null;
        if (lexed.TryGetLabel(next, out var l) && l.IsKnown) return null;
        // The title starts on the first line: its phrase is there, and the second line is no title on its own.
        if (Read(lexed, definition, second.Content, next, next, oneLine: false, wholeLine: true) is not null) return null;
        var joined = Read(lexed, definition, TextSpan.FromBounds(line.Content.Start, second.Content.End), index, next, oneLine: false, joined: true);
        return joined is not null && (nounFirst || PhraseStartsIn(lexed, definition, index)) ? joined : null;
    }

    /// <summary>Whether a line is longer than any title: a page that lost its line breaks (markup does not count).</summary>
    private static bool IsOneLinePage(LexedText lexed, int index)
    {
        ref readonly var line = ref lexed[index];
        // A line that holds a page's markup is as long as its text, not its tags.
        return line.Content.Length > MaxLength
            && ((line.Traits & LineTraits.Markup) == 0 || TextNormalizer.Normalize(lexed[line.Content]).Length > MaxLength);
    }

    /// <summary>Whether one of the definition's title phrases (or, for a rule without phrases, a briefing noun) starts on this line.</summary>
    private static bool PhraseStartsIn(LexedText lexed, TranscriptDefinition definition, int index)
    {
        var text = lexed.Derived(s_lineKind, index, CleanLine).Text.Span;
        foreach (var rule in definition.Titles)
        {
            if (rule.Phrases.IsEmpty) return true;
            foreach (var p in rule.Phrases)
            {
                // The phrase may itself run over the line break: its first word is enough.
                int space = p.IndexOf(' ', StringComparison.Ordinal);
                var head = space > 0 ? p.AsSpan(0, space) : p.AsSpan();
                int at = text.IndexOf(head, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && (space < 0 ? text.Contains(p, StringComparison.OrdinalIgnoreCase) : text[at..].StartsWith(p.AsSpan(0, Math.Min(p.Length, text.Length - at)), StringComparison.OrdinalIgnoreCase)))
                    return true;
            }
        }
        return false;
    }

    private static TitleMatch? Read(LexedText lexed, TranscriptDefinition definition, TextSpan span, int first, int last, bool oneLine, bool joined = false, bool wholeLine = false)
    {
        var raw = lexed[span];
        if (oneLine) raw = raw[..Math.Min(raw.Length, MaxLength + 100)];
        var cleaned = wholeLine ? lexed.Derived(s_lineKind, first, CleanLine) : lexed.Derived(s_textKind, new TextSpan(span.Start, raw.Length), joined, CleanText);
        var text = cleaned.Text.Span;
        // A sentence is no title ("Spokesperson Zhao Lijian said at a regular press conference on Tuesday that …"), nor is
        // a text of more than 200 characters, whatever the rule: the title of a text that is not a page on one line is all of it.
        if (!oneLine && (text.Length > 200 || IsSentence(text))) return null;
        var lexicon = lexed.Lexicon;
        foreach (var rule in definition.Titles)
        {
            // A rule without phrases (the generic format's) takes any title that names a briefing.
            var (nounAt, nounLength) = rule.Phrases.IsEmpty ? cleaned.Briefing(lexed.Lexer) : cleaned.Noun(lexed.Lexer);
            if (rule.RequireNoun && nounAt < 0) continue;
            int phraseLength = 0;
            int phraseAt = rule.Phrases.IsEmpty ? 0 : rule.IndexOfPhrase(text, out phraseLength);
            if (phraseAt < 0) continue;
            if (rule.PhraseOpens && phraseAt > 0 && !OnlyDateBefore(lexicon, text[..phraseAt])) continue;
            if (rule.IsExcluded(text)) continue;

            // Where the title ends: a page on one line holds its title at the start, up to its date or its noun.
            var (hasDate, date, dateAt, dateLength) = cleaned.DateOf(lexicon.Dates, definition.Dates.NumericMonthFirst);
            int titleEnd = text.Length;
            if (oneLine)
            {
                if (hasDate && dateAt + dateLength <= MaxLength && dateAt > phraseAt) titleEnd = dateAt + dateLength;
                else if (nounAt > phraseAt && nounAt + nounLength <= MaxLength) titleEnd = nounAt + nounLength;
                else continue;
                // Only when cleaning kept the length do offsets into the cleaned text hold for the raw one.
                if (text.Length != raw.Length) continue;
            }
            var head = text[..titleEnd];

            var (name, official, office) = ReadOfficial(lexed, oneLine ? new TextSpan(span.Start, titleEnd) : span, head, phraseAt + phraseLength, date: hasDate ? date : null, definition);
            if (rule.RequireName && name is null) continue;
            // A title that names another institution's official is that institution's title.
            if (official is not null && definition.InstitutionId is { } institution && !SpokespersonDirectory.IsOf(official, institution))
            {
                var same = lexed.Directories.Spokespersons.FindAllByName(official.Name);
                SpokespersonEntry? ours = null;
                foreach (var e in same)
                {
                    if (SpokespersonDirectory.IsOf(e, institution))
                    {
                        ours = e;
                        break;
                    }
                }
                if (ours is null) continue;
                official = ours;
            }
            bool statement = lexicon[LexiconCategories.StatementNoun].OccursAsWord(head) && !lexicon[LexiconCategories.BriefingNoun].OccursAsWord(head);
            var titleSpan = oneLine ? new TextSpan(span.Start, titleEnd) : span;
            return new TitleMatch(titleSpan, first, last)
            {
                Name = name,
                Official = official,
                Office = office,
                Date = hasDate && (!oneLine || dateAt < titleEnd) ? date : null,
                IsStatement = statement,
                Language = CountCjk(head) * 3 >= CountLatin(head) && CountCjk(head) > 0 ? "zh" : "en",
            };
        }
        return null;
    }

    /// <summary>
    /// The official a title names: a spokesperson of the directory written anywhere in it, else the capitalised words
    /// after an office ("Press Secretary Jen Psaki", "Foreign Ministry Spokesperson Zhang San's"), or before a comma and an
    /// office ("by Stéphane Dujarric, Spokesman for …"); in Chinese, the two or three characters after 发言人.
    /// </summary>
    private static (string? Name, SpokespersonEntry? Official, string? Office) ReadOfficial(LexedText lexed, TextSpan span, ReadOnlySpan<char> head,
        int afterPhrase, DateOnly? date, TranscriptDefinition definition)
    {
        var offices = lexed.Lexicon[LexiconCategories.Office];
        var directory = lexed.Directories.Spokespersons;
        // The office printed in the title.
        string? office = null;
        int officeEnd = -1;
        for (int i = 0; i < head.Length; i++)
        {
            if (i > 0 && char.IsLetter(head[i - 1])) continue;
            int n = offices.MatchPrefix(head[i..]);
            if (n > 0 && (i + n >= head.Length || !char.IsLetter(head[i + n]) || CharClass.IsCjk(head[i + n - 1])))
            {
                office = head.Slice(i, n).ToString();
                officeEnd = i + n;
                i += n - 1;
            }
        }
        for (int mentionIndex = 0; mentionIndex < lexed.Mentions.Count; mentionIndex++)
        {
            var mention = lexed.Mentions[mentionIndex];
            if (!span.Contains(mention.Span)) continue;
            var entry = Prefer(mention.Entries, definition.InstitutionId, date);
            return (TextNormalizer.Normalize(lexed[mention.Span]), entry, office);
        }
        _ = afterPhrase;
        // Capitalised words after the office ("Spokesperson Zhang San's", "Press Secretary Karine Jean-Pierre").
        if (officeEnd > 0)
        {
            var after = head[officeEnd..].TrimStart(" ,\u00A0");
            if (after.Length > 0 && CharClass.IsCjk(after[0]))
            {
                int n = 0;
                while (n < after.Length && n < 3 && CharClass.IsCjk(after[n]) && after[n] is not ('主' or '就' or '在' or '举')) n++;
                if (n >= 2) return (after[..n].ToString(), directory.FindByName(after[..n], date, definition.InstitutionId), office);
            }
            else if (CapitalisedWords(lexed, after) is { Length: > 0 } words)
            {
                var name = Possessive(words);
                var entry = directory.FindByName(name, date, definition.InstitutionId);
                if (entry is null && name.Length > 3 && name[^1] == 's' && directory.FindByName(name.AsSpan(0, name.Length - 1), date, definition.InstitutionId) is { } lost)
                    return (lost.Name, lost, office);
                return (name, entry, office);
            }
        }
        // "… by Stéphane Dujarric, Spokesman for the Secretary-General".
        int by = head.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (by >= 0 && CapitalisedWords(lexed, head[(by + 4)..]) is { Length: > 0 } named)
        {
            int comma = by + 4 + named.Length;
            if (comma < head.Length && head[comma] == ',') return (named, directory.FindByName(named, date, definition.InstitutionId), office);
        }
        return (null, null, office);
    }

    private static SpokespersonEntry Prefer(ImmutableArray<SpokespersonEntry> entries, string? institution, DateOnly? date)
    {
        if (institution is not null)
        {
            foreach (var e in entries)
            {
                if (SpokespersonDirectory.IsOf(e, institution)) return e;
            }
        }
        if (date is { } d)
        {
            foreach (var e in entries)
            {
                if (e.InOfficeOn(d)) return e;
            }
        }
        return entries[0];
    }

    /// <summary>One to four capitalised words at the start of <paramref name="s"/>, as a name ("Zhang San", "Karine Jean-Pierre").</summary>
    private static string CapitalisedWords(LexedText lexed, ReadOnlySpan<char> s)
    {
        var particles = lexed.Lexicon[LexiconCategories.NameParticle];
        var months = lexed.Lexicon[LexiconCategories.Month];
        var weekdays = lexed.Lexicon[LexiconCategories.Weekday];
        var nouns = lexed.Lexer.TitleNouns;
        int end = 0, words = 0, pos = 0;
        while (pos < s.Length && words < 4)
        {
            int start = pos;
            while (pos < s.Length && !CharClass.IsSpace(s[pos]) && s[pos] is not (',' or '(' or ')' or ':' or '–' or '—' or '|')) pos++;
            var word = s[start..pos];
            if (word.IsEmpty) break;
            bool particle = particles.Contains(word) && char.IsLower(word[0]);
            if (!particle)
            {
                var bare = word.TrimEnd("'’s.");
                if (bare.IsEmpty || !char.IsUpper(bare[0]) || months.Contains(bare) || weekdays.Contains(bare) || nouns.MatchPrefix(s[start..]) > 0) break;
                words++;
            }
            end = pos;
            // A possessive ends the name ("Mao Ning’s Regular Press Conference").
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) break;
            while (pos < s.Length && CharClass.IsSpace(s[pos])) pos++;
        }
        // As element text is: a lone surrogate becomes U+FFFD (and white space is folded).
        return words == 0 ? "" : TextNormalizer.Normalize(s[..end]);
    }

    /// <summary>"Mao Ning’s" is "Mao Ning"; "Zhao Lijians" (the apostrophe lost) is "Zhao Lijian".</summary>
    private static string Possessive(string name)
    {
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal)) return name[..^2].TrimEnd();
        return name;
    }

    /// <summary>A sentence, not a title: it ends like one (perhaps inside closing quotes), or holds one that ends inside it.</summary>
    private static bool IsSentence(ReadOnlySpan<char> head)
    {
        var bare = head.TrimEnd("\"”’)）」』 ");
        if (bare.IsEmpty) return false;
        if (bare[^1] is '.' or '。' or '?' or '？' or '!' or '！') return true;
        int stop = bare.IndexOf(". ", StringComparison.Ordinal);
        return stop > 0 && stop + 2 < bare.Length && char.IsUpper(bare[stop + 2]) && bare[..stop].Count(' ') >= 3 && !char.IsUpper(bare[stop - 1]);
    }

    private static bool OnlyDateBefore(Lexicon lexicon, ReadOnlySpan<char> before)
    {
        before = CharClass.TrimSpaces(before);
        if (before.IsEmpty) return true;
        return lexicon.Dates.TryFindDate(before, DateForms.All, out _, out int at, out int length) && at == 0 && length >= before.Length - 1;
    }

    /// <summary>
    /// A line (or two joined) as the title rules read it, the same for every definition and so made once per lexing pass:
    /// the cleaned text, where its first title noun and briefing noun are, and its first date, the nouns and the date read
    /// on demand (a sentence is no title, so most lines that name a briefing are never searched for them). A line that
    /// cleaning leaves as it is (most lines) is not copied: the text is the source's own characters.
    /// </summary>
    private sealed class TitleText(ReadOnlyMemory<char> text)
    {
        // Not searched yet: NotRead; searched: where the noun is, or -1.
        private const int NotRead = -2;
        private (bool Found, DateOnly Date, int At, int Length)? _date, _dateMonthFirst;
        private (int At, int Length) _noun = (NotRead, 0), _briefing = (NotRead, 0);

        /// <summary>A text the lexing pass searched for title nouns and found none in: it holds none.</summary>
        public static TitleText WithoutNouns(ReadOnlyMemory<char> text) => new(text) { _noun = (-1, 0), _briefing = (-1, 0) };

        public ReadOnlyMemory<char> Text { get; } = text;

        /// <summary>The first briefing or statement noun (as whole words), or -1.</summary>
        public (int At, int Length) Noun(Lexer lexer) => _noun.At != NotRead ? _noun : _noun = IndexOfWord(lexer.TitleNouns);

        /// <summary>The first briefing noun (as whole words), or -1.</summary>
        public (int At, int Length) Briefing(Lexer lexer) =>
            _briefing.At != NotRead ? _briefing : _briefing = IndexOfWord(lexer.Lexicon[LexiconCategories.BriefingNoun]);

        private (int At, int Length) IndexOfWord(PhraseSet nouns) => (nouns.IndexOfWord(Text.Span, out int length, out _), length);

        public (bool Found, DateOnly Date, int At, int Length) DateOf(DateReader dates, bool monthFirst)
        {
            ref var slot = ref monthFirst ? ref _dateMonthFirst : ref _date;
            if (slot is { } known) return known;
            bool found = dates.TryFindDate(Text.Span, monthFirst ? DateForms.All | DateForms.MonthFirst : DateForms.All, out var date, out int at, out int length);
            slot = (found, date, at, length);
            return slot.Value;
        }
    }

    private static readonly int s_lineKind = LexedText.NewDerivedKind();
    private static readonly int s_textKind = LexedText.NewDerivedKind();

    /// <summary>A whole line as <see cref="Read"/> reads it (a line longer than a title is cut as a page on one line is).</summary>
    private static TitleText CleanLine(LexedText lexed, int index)
    {
        var content = lexed[index].Content;
        bool oneLine = IsOneLinePage(lexed, index);
        var span = new TextSpan(content.Start, oneLine ? Math.Min(content.Length, MaxLength + 100) : content.Length);
        var source = lexed.Text.AsMemory(span.Start, span.Length);
        var text = Clean(source, joined: false);
        // The lexing pass found no title noun in the line: where cleaning left its text as it is, none is searched for again.
        if (text.Equals(source) && lexed.LacksTitleNouns(index)) return TitleText.WithoutNouns(text);
        return new TitleText(text);
    }

    private static TitleText CleanText(LexedText lexed, TextSpan span, bool joined) => new(Clean(lexed.Text.AsMemory(span.Start, span.Length), joined));

    /// <summary>
    /// The title as text to match: markup removed, whitespace folded, traditional characters folded, pinyin removed; the
    /// source's characters themselves when there is nothing to change.
    /// </summary>
    private static ReadOnlyMemory<char> Clean(ReadOnlyMemory<char> source, bool joined)
    {
        var raw = source.Span;
        bool markup = raw.IndexOf('<') >= 0 || raw.IndexOf('&') >= 0 || raw.ContainsAny('\u00A0', '\u3000') || joined;
        if (!markup)
        {
            if (!CharClass.HasCjk(raw)) return source;
            // Most Chinese lines have no traditional characters and no pinyin: they too stay the source's own characters
            // (and the lexing pass's search for title nouns holds for them).
            string folded = ChineseText.StripPinyin(ChineseText.ToSimplified(raw));
            return folded.AsSpan().SequenceEqual(raw) ? source : folded.AsMemory();
        }
        string text = TextNormalizer.Normalize(raw).Replace("\n\n", CharClass.HasCjk(raw) ? "" : " ", StringComparison.Ordinal);
        return CharClass.HasCjk(text) ? ChineseText.StripPinyin(ChineseText.ToSimplified(text)).AsMemory() : text.AsMemory();
    }

    private static int CountCjk(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (char c in s) if (CharClass.IsCjk(c)) n++;
        return n;
    }

    private static int CountLatin(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (char c in s) if (char.IsAsciiLetter(c)) n++;
        return n;
    }

    private static int? NextNonBlank(LexedText lexed, int i)
    {
        for (int j = i + 1; j < lexed.LineCount; j++)
        {
            if (!lexed[j].IsBlank) return j;
        }
        return null;
    }
}

/// <summary>
/// The first place where one of a list of phrases occurs (ignoring case), with one vectorised search for the whole list,
/// and the phrase found there: among the phrases at that place, the first listed (as comparing each phrase would say).
/// </summary>
internal sealed class FirstPhrase
{
    private readonly ImmutableArray<string> _phrases;
    private readonly PhraseSearch? _search;
    private readonly bool _hasEmpty;

    public FirstPhrase(ImmutableArray<string> phrases)
    {
        _phrases = phrases.IsDefault ? [] : phrases;
        // An empty phrase occurs at 0 of every text: nothing to search for.
        _hasEmpty = _phrases.Contains("");
        if (!_hasEmpty) _search = PhraseSearch.Create(_phrases, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first place in <paramref name="text"/> where a phrase occurs, and its length; -1 when none does.</summary>
    public int IndexIn(ReadOnlySpan<char> text, out int length)
    {
        length = 0;
        int at = _hasEmpty ? 0 : _search?.IndexOfAny(text) ?? -1;
        if (at < 0) return -1;
        foreach (var p in _phrases)
        {
            if (text[at..].StartsWith(p, StringComparison.OrdinalIgnoreCase))
            {
                length = p.Length;
                return at;
            }
        }
        return -1;
    }
}
