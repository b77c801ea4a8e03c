using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Transcripts;

/// <summary>An official named on a line of its own under a title ("John Kirby", "Ned Price, Department Spokesperson").</summary>
/// <param name="Entry">The official, when the directory knows them.</param>
/// <param name="Name">The name as printed (the directory's when known).</param>
/// <param name="Office">The office printed with the name (lower case), when there is one.</param>
public sealed record NamedOfficial(SpokespersonEntry? Entry, string Name, string? Office);

/// <summary>
/// Stage "zones" of the pipeline: splits a text into header (the site's chrome before the title), title, the header
/// under the title (the official's name, place, date and time, notices, a table of contents, topic headings), body and
/// footer, and reads the header's facts. Everything outside the body becomes boilerplate with its kind.
/// </summary>
public sealed class TranscriptZones
{
    private TranscriptZones() { }

    /// <summary>The title, when there is one.</summary>
    public TitleMatch? Title { get; private init; }

    /// <summary>The index of the title's last line (its translation's, in a bilingual text); -1 without a title.</summary>
    public int TitleLastLine { get; private init; } = -1;

    /// <summary>Where the title (with its translation) ends.</summary>
    public int TitleEnd { get; private init; }

    /// <summary>What follows the title on its line, when a page lost its line breaks: the start of the body.</summary>
    public TextSpan? TitleRest { get; private init; }

    /// <summary>The first line of the body.</summary>
    public int BodyStart { get; private init; }

    /// <summary>The official named by a line of the header, when there is one.</summary>
    public NamedOfficial? HeaderName { get; private init; }

    /// <summary>The first date printed on a line of the header under the title.</summary>
    public DateOnly? HeaderDate { get; private init; }

    /// <summary>The publication time printed by the site in the header, when there is one.</summary>
    public DateTime? Published { get; private init; }

    /// <summary>How many lines of the header are chrome (0: the text begins with its content).</summary>
    public int HeaderLines { get; private init; }

    /// <summary>Finds the zones of <paramref name="lexed"/> for <paramref name="definition"/>, adding header chrome to <paramref name="boilerplate"/>.</summary>
    /// <param name="lexed">The lexing pass.</param>
    /// <param name="definition">The definition.</param>
    /// <param name="title">The title found by <see cref="TitleReader"/>, or <see langword="null"/>.</param>
    /// <param name="labels">A resolver for the title's facts (the header's are not known yet).</param>
    /// <param name="boilerplate">Where header lines go, with their kinds.</param>
    public static TranscriptZones Read(LexedText lexed, TranscriptDefinition definition, TitleMatch? title, LabelResolver labels, List<BoilerplateBlock> boilerplate)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(boilerplate);
        var text = lexed.Text;
        int titleLast = title?.LastLine ?? -1;
        int titleEnd = title?.Span.End ?? 0;
        if (title?.Translation is { } translation)
        {
            titleEnd = Math.Max(titleEnd, translation.Span.End);
            titleLast = Math.Max(titleLast, translation.LastLine);
        }
        TextSpan? rest = null;
        if (title is not null && titleEnd < lexed[titleLast].Content.End)
        {
            var r = CharClass.Trim(text, titleEnd, lexed[titleLast].Content.End);
            if (!r.IsEmpty) rest = r;
        }
        int bodyStart = rest is not null ? titleLast + 1 : FindBodyStart(lexed, labels, title is null ? 0 : titleLast + 1);

        // The header: before the title, the site's navigation; after it, the official's name, the place, the date and
        // time, notices, language links, a table of contents and the first topic headings.
        var reader = new HeaderReader(lexed, definition, title, labels, boilerplate);
        reader.Read(bodyStart);
        return new TranscriptZones
        {
            Title = title,
            TitleLastLine = titleLast,
            TitleEnd = titleEnd,
            TitleRest = rest,
            BodyStart = bodyStart,
            HeaderName = reader.Name,
            HeaderDate = reader.Date,
            Published = reader.Published,
            HeaderLines = reader.Lines,
        };
    }

    /// <summary>The first line of the briefing itself: a known turn label, or a line of prose that is not chrome.</summary>
    private static int FindBodyStart(LexedText lexed, LabelResolver labels, int from)
    {
        for (int i = from; i < lexed.LineCount; i++)
        {
            ref readonly var line = ref lexed[i];
            if (line.IsBlank) continue;
            if (labels.AtLineStart(i) is { Evidence: LabelEvidence.Known } known && known.ContentStart < line.Content.End
                && !IsNameAfterLabel(lexed, known, line.Content)) return i;
            if (line.Chrome is not null || IsTickerHeadlines(lexed, i)) continue;
            int contents = ContentsEnd(lexed, i, lexed.LineCount, header: true);
            if (contents > i)
            {
                i = contents - 1;
                continue;
            }
            if (IsProse(lexed, lexed[line.Content])) return i;
            // A known label alone on its line starts the body when its text follows on the next line ("Minister:" / text).
            if (labels.AtLineStart(i) is { Evidence: LabelEvidence.Known, Candidate.Form: LabelForm.Word } && NextIsText(lexed, i)) return i;
        }
        return lexed.LineCount;
    }

    /// <summary>
    /// The headlines of a site's ticker: the line after a ticker heading that stands alone on its line ("Breaking News"),
    /// headlines run together, when it is no turn. A transcript never opens with its own text under such a heading.
    /// </summary>
    internal static bool IsTickerHeadlines(LexedText lexed, int line)
    {
        if (lexed[line].IsBlank || lexed[line].Chrome is not null || lexed.TryGetLabel(line, out _)) return false;
        for (int j = line - 1; j >= 0; j--)
        {
            if (lexed[j].IsBlank) continue;
            if (lexed[j].Chrome != BoilerplateKind.Ticker) return false;
            var heading = lexed[lexed[j].Content];
            return lexed.Lexicon[LexiconCategories.ChromeTicker].MatchPrefix(heading) == heading.Length;
        }
        return false;
    }

    /// <summary>"Spokesperson: Deputy Spokesperson Kim Ha-eun": a header line that names the official after an office label, no turn.</summary>
    internal static bool IsNameAfterLabel(LexedText lexed, TurnLabel label, TextSpan content)
    {
        if (label is not { Role: TurnRole.Answer, Anonymous: false } || label.Candidate.Form != LabelForm.Word) return false;
        var rest = CharClass.TrimSpaces(lexed.Text.AsSpan(label.ContentStart, content.End - label.ContentStart));
        if (rest.Length is < 3 or > 60 || CharClass.IsSentenceEnd(rest[^1])) return false;
        var reader = lexed.Lexer.Labels;
        return reader.IsPersonName(reader.StripTitles(rest, out _));
    }

    private static bool NextIsText(LexedText lexed, int i)
    {
        for (int j = i + 1; j < lexed.LineCount; j++)
        {
            if (lexed[j].IsBlank) continue;
            return lexed[j].Chrome is null && !lexed.TryGetLabel(j, out _) && IsProse(lexed, lexed[lexed[j].Content]);
        }
        return false;
    }

    /// <summary>A line of running text: long, or three words or more ending like a sentence (and no date line).</summary>
    internal static bool IsProse(LexedText lexed, ReadOnlySpan<char> line)
    {
        if (line.Length >= 160) return true;
        if (CharClass.HasCjk(line) && line.Length >= 20 && line.IndexOfAny("。？！") >= 0) return true;
        if (line.Length < 15 || line.Count(' ') < 2 || !line.ContainsAnyInRange('a', 'z')) return false;
        var dates = lexed.Lexicon.Dates;
        // A date line ("Monday, 13 January 2025 (24 Dey 1403)") is no prose, though it ends in a bracket.
        return CharClass.IsSentenceEnd(line[^1]) && !dates.TryReadDateLine(line.TrimEnd('.'), out _, out _)
            && !(line.Length < 80 && dates.TryFindDate(line, DateForms.All, out _, out _, out int dateLength) && dateLength * 2 >= line.Count(' ') + 8);
    }

    /// <summary>
    /// The end of a table of contents starting at line <paramref name="i"/>: a heading and its items, or (in the header)
    /// a run of at least three items. Returns <paramref name="i"/> when there is none.
    /// </summary>
    internal static int ContentsEnd(LexedText lexed, int i, int limit, bool header)
    {
        var content = lexed[lexed[i].Content];
        if (TableOfContents.IsHeading(lexed.Lexicon, content)) return Math.Max(i + 1, TableOfContents.ItemsEnd(lexed, i + 1, limit, plain: header));
        if (!header || !TableOfContents.IsItem(content)) return i;
        int end = TableOfContents.ItemsEnd(lexed, i, limit);
        int items = 0;
        for (int j = i; j < end; j++) items += lexed[j].IsBlank ? 0 : 1;
        return items >= 3 ? end : i;
    }

    /// <summary>A short line that does not end like a sentence or a broken one: "North Korea's missile launch", "Answers to media questions:".</summary>
    internal static bool LooksLikeHeading(ReadOnlySpan<char> line)
    {
        if (line.Length is < 3 or > 100 || line.Count(' ') > 13) return false;
        char first = line[0];
        if (!(char.IsUpper(first) || Numbers.IsDigit(first) || first is '"' or '“' or '‘' or '*' or '\'')) return false;
        if (line[^1] is '.' or ',' or ';' or '!' or '?' or '…' or '-' or '–' or '—' or '"' or '”') return false;
        foreach (char c in line)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }

    /// <summary>The kind of a line that is chrome on its own, or the title of another briefing of this format (a related list).</summary>
    internal static BoilerplateKind? ChromeOrRelated(LexedText lexed, TranscriptDefinition definition, int line)
    {
        var kind = lexed[line].Chrome;
        if (kind is null or BoilerplateKind.Metadata && (lexed[line].Traits & LineTraits.TitleCandidate) != 0 && TitleReader.IsTitleLine(lexed, definition, line))
            return BoilerplateKind.Related;
        return kind;
    }

    /// <summary>Reads the lines before the body.</summary>
    private sealed class HeaderReader(LexedText lexed, TranscriptDefinition definition, TitleMatch? title, LabelResolver labels, List<BoilerplateBlock> boilerplate)
    {
        public NamedOfficial? Name { get; private set; }
        public DateOnly? Date { get; private set; }
        public DateTime? Published { get; private set; }
        public int Lines { get; private set; }

        public void Read(int bodyStart)
        {
            int titleFirst = title?.FirstLine ?? -1;
            int titleLast = Math.Max(title?.LastLine ?? -1, title?.Translation?.LastLine ?? -1);
            var dates = lexed.Lexicon.Dates;
            var chrome = lexed.Lexer.Chrome;
            int limit = Math.Min(bodyStart, lexed.LineCount);

            // Topic headings directly before the body ("Opening remarks", "Five years after …").
            int headingsFrom = limit;
            if (definition.Layout.Headings)
            {
                for (int i = limit - 1; i > titleLast; i--)
                {
                    if (lexed[i].IsBlank) continue;
                    var c = lexed[lexed[i].Content];
                    if (!LooksLikeHeading(c) || lexed[i].Chrome is not null || dates.TryFindDate(c, DateForms.All, out _, out _, out _)
                        || chrome.IsLanguageName(c) || ReadNameLine(c) is not null) break;
                    headingsFrom = i;
                }
            }

            for (int i = 0; i < limit; i++)
            {
                ref readonly var line = ref lexed[i];
                if (line.IsBlank || (i >= titleFirst && i <= titleLast && IsTitleOnly(line))) continue;
                var span = line.Content;
                if (i >= titleFirst && i <= titleLast)
                {
                    // Part of a title line that is not the title (one-line pages hand it to the body; nothing here).
                    continue;
                }
                var content = lexed[span];
                // Without a title, the lines before the body are the header: the official's name, the place, the date.
                bool afterTitle = title is null ? i >= FirstNonChrome(limit) : i > titleLast;
                Lines++;
                if (labels.AtLineStart(i) is { } nameLabel && IsNameAfterLabel(lexed, nameLabel, span))
                {
                    var rest = CharClass.TrimSpaces(lexed.Text.AsSpan(nameLabel.ContentStart, span.End - nameLabel.ContentStart));
                    var bareName = lexed.Lexer.Labels.StripTitles(rest, out var nameOffice);
                    var known = labels.FindOfficial(bareName);
                    Name ??= new NamedOfficial(known, known?.Name ?? LabelResolver.Display(bareName), nameOffice.IsEmpty ? null : LabelResolver.Display(nameOffice).ToLowerInvariant());
                    Add(BoilerplateKind.Metadata, span);
                    continue;
                }
                if (IsTickerHeadlines(lexed, i))
                {
                    Add(BoilerplateKind.Ticker, span);
                    continue;
                }
                if (ChromeOrRelated(lexed, definition, i) is { } kind)
                {
                    Add(kind, span);
                    Published ??= ReadPublished(span);
                    if ((afterTitle || title is null) && kind is BoilerplateKind.Metadata or BoilerplateKind.Notice && Date is null && span.Length <= 150)
                    {
                        if (dates.TryFindDate(content, DateForms.All, out var d, out _, out _)) Date = d;
                        else if (dates.TryReadDateLine(content, out var line2, out _)) Date = DateOnly.FromDateTime(line2);
                    }
                    continue;
                }
                // A table of contents before the title ends at the title: the title is no topic of it.
                int contents = ContentsEnd(lexed, i, i < titleFirst ? titleFirst : limit, header: true);
                if (contents > i)
                {
                    for (int j = i; j < contents; j++)
                    {
                        if (!lexed[j].IsBlank) Add(BoilerplateKind.Contents, lexed[j].Content);
                    }
                    i = contents - 1;
                    continue;
                }
                if (ReadNameLine(content) is { } n)
                {
                    Name ??= n;
                    Add(BoilerplateKind.Metadata, span);
                    continue;
                }
                if (chrome.IsLanguageName(content))
                {
                    Add(BoilerplateKind.Languages, span);
                    continue;
                }
                if (IsOfficeLine(content))
                {
                    Add(BoilerplateKind.Metadata, span);
                    continue;
                }
                if (!afterTitle)
                {
                    Add(BoilerplateKind.Navigation, span);
                    continue;
                }
                if (span.Length <= 150 && dates.TryFindDate(content, DateForms.All, out var dateInLine, out _, out _))
                {
                    Date ??= dateInLine;
                    Add(BoilerplateKind.Metadata, span);
                    continue;
                }
                Add(i >= headingsFrom ? BoilerplateKind.Heading : definition.Layout.FragmentsBeforeTurnsAreChrome ? BoilerplateKind.Other : BoilerplateKind.Metadata, span);
            }
        }

        /// <summary>The first line before <paramref name="limit"/> that is not chrome on its own (where a header without a title starts).</summary>
        private int FirstNonChrome(int limit)
        {
            for (int i = 0; i < limit; i++)
            {
                if (!lexed[i].IsBlank && lexed[i].Chrome is null) return i;
            }
            return limit;
        }

        private bool IsTitleOnly(in LexedLine line)
        {
            if (title is null) return false;
            bool covered = title.Span.OverlapsWith(line.Content) || (title.Translation is { } t && t.Span.OverlapsWith(line.Content));
            return covered;
        }

        /// <summary>
        /// A line that only names an official, as pages print under or over a title: "John Kirby", "Ned Price, Department
        /// Spokesperson", "Stéphane Dujarric, Spokesman for the Secretary-General". A bare name must be in the directory; a
        /// name with an office need not be.
        /// </summary>
        private NamedOfficial? ReadNameLine(ReadOnlySpan<char> line)
        {
            line = CharClass.TrimSpaces(line);
            if (line.Length is < 4 or > 100 || (CharClass.IsSentenceEnd(line[^1]) && line[^1] != '.')) return null;
            line = line.TrimEnd('.');
            if (line.IndexOfAny(CharClass.Colons) >= 0) return null;
            var reader = lexed.Lexer.Labels;
            var bare = reader.StripTitles(line, out var office);
            if (labels.FindOfficial(bare) is { } entry && bare.Contains(' ')) return new NamedOfficial(entry, entry.Name, office.IsEmpty ? null : LabelResolver.Display(office).ToLowerInvariant());
            // "THE HON ELLEN PRATT MP": a courtesy title and a personal name, whom no directory need know.
            if (bare.Length < line.Length && office.Length > 0 && lexed.Lexicon[LexiconCategories.Honorific].Contains(office) && bare.Contains(' ')
                && reader.IsPersonName(bare))
                return new NamedOfficial(null, LabelResolver.Display(WithoutPostNominals(bare)), null);
            int comma = line.IndexOf(',');
            if (comma <= 0) return null;
            var a = CharClass.TrimSpaces(line[..comma]);
            var b = CharClass.TrimSpaces(line[(comma + 1)..]);
            ReadOnlySpan<char> name;
            if (reader.IsOffice(b))
            {
                name = reader.StripTitles(a, out _);
                office = b;
            }
            else if (reader.IsOffice(a))
            {
                name = reader.StripTitles(b, out _);
                office = a;
            }
            else
            {
                return null;
            }
            if (labels.FindOfficial(name) is { } known) return new NamedOfficial(known, known.Name, LabelResolver.Display(office).ToLowerInvariant());
            return reader.IsPersonName(name) ? new NamedOfficial(null, LabelResolver.Display(name), LabelResolver.Display(office).ToLowerInvariant()) : null;
        }

        private ReadOnlySpan<char> WithoutPostNominals(ReadOnlySpan<char> name)
        {
            var postNominals = lexed.Lexicon["name.postnominal"];
            name = CharClass.TrimSpaces(name);
            while (name.LastIndexOf(' ') is int space and > 0 && postNominals.Contains(name[(space + 1)..].TrimEnd(','))) name = CharClass.TrimSpaces(name[..space]);
            return name;
        }

        /// <summary>Whether a line is only an office, as printed under an official's name ("Spokesperson", "Department Spokesperson").</summary>
        private bool IsOfficeLine(ReadOnlySpan<char> line)
        {
            line = CharClass.TrimSpaces(line);
            return line.Length <= 60 && !CharClass.IsSentenceEnd(line[^1]) && line.IndexOfAny(CharClass.Colons) < 0 && line.Count(' ') <= 5
                && lexed.Lexer.Labels.IsOffice(line) && char.IsUpper(line[0]);
        }

        private DateTime? ReadPublished(TextSpan span)
        {
            var dates = lexed.Lexicon.Dates;
            var s = lexed[span];
            if (dates.TryReadDateLine(s, out var value, out bool hasTime)) return hasTime ? value : null;
            int digit = Numbers.IndexOfDigit(s);
            return digit >= 0 && s.Length <= 120 && dates.TryReadNumericDateTime(s[digit..], out value, out hasTime, out _) && hasTime ? value : null;
        }

        private void Add(BoilerplateKind kind, TextSpan span) =>
            boilerplate.Add(new BoilerplateBlock(kind, TextNormalizer.Normalize(lexed[span]), span));
    }
}
