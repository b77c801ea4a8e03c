using System.Collections.Immutable;
using System.Globalization;

namespace Briefing.Parsing;

/// <summary>
/// Parses a labelled transcript in the way a <see cref="TranscriptStyle"/> describes: the title and what stands around it
/// (the official's name, the date, the place and time, notices, tables of contents, topic headings), then the body as
/// labelled turns and unlabelled paragraphs, assembled by <see cref="TranscriptAssembler"/>. A body without turns is a
/// monologue and comes out as announcements. Site chrome never ends up inside content; nothing is lost.
/// </summary>
internal sealed class LabelledTranscriptParser(TranscriptStyle style, ParseContext context)
{
    private readonly string _text = context.Text;
    private readonly IReadOnlyList<SourceLine> _lines = context.Lines;
    private readonly ImmutableArray<BoilerplateBlock>.Builder _boilerplate = ImmutableArray.CreateBuilder<BoilerplateBlock>();
    private readonly List<TurnLabel> _inline = [];
    private DateTime? _published;

    private static readonly System.Buffers.SearchValues<string> BriefingNoteWords =
        System.Buffers.SearchValues.Create(["briefing", "conference", "concluded", "ended", "adjourned", "began"], StringComparison.OrdinalIgnoreCase);

    public PressBriefing Run()
    {
        var title = LabelledTitle.Find(style, _text, _lines);
        var titleEntry = title?.Name is { } tn ? FindOfficial(tn, title.Date) : null;
        var firstReader = new StyleLabelReader(style, context.Directories, titleEntry, title?.Name, title?.Date);
        // A whole page on one line: the rest of the title's line is the body.
        TextSpan? titleRest = title is not null && title.Span.End < _lines[title.Line].Content.End
            ? CharClass.Trim(_text, title.Span.End, _lines[title.Line].Content.End)
            : null;
        int bodyStart = titleRest is not null ? title!.Line + 1 : FindBodyStart(firstReader, title is null ? 0 : title.Line + 1);
        if (title is null) context.Report(DiagnosticCodes.NoTitle, DiagnosticSeverity.Info, "No title was found.");

        var (headerName, headerDate) = ReadHeader(firstReader, title, bodyStart);

        var mainName = title?.Name ?? headerName?.Name;
        var mainEntry = titleEntry ?? headerName?.Entry ?? (mainName is null ? null : FindOfficial(mainName, title?.Date ?? headerDate));
        var mainRole = title?.Office ?? headerName?.Office;
        var reader = new StyleLabelReader(style, context.Directories, mainEntry, mainName, title?.Date ?? (style.HeaderDateIsBriefingDate ? headerDate : null));

        var pieces = ReadBody(reader, bodyStart, titleRest);
        AcceptLabelsInContext(pieces);

        // Lead: "The following is a near-verbatim transcript of today's noon briefing by ..."
        TextBlock? lead = null;
        int firstIndex = pieces.FindIndex(p => p is not null);
        if (style.Lead is { } leadPattern && firstIndex >= 0 && pieces[firstIndex] is { Label: null } first && first.End - first.Start < 600)
        {
            var m = leadPattern.Match(_text, first.Start, first.End - first.Start);
            if (m.Success)
            {
                var span = TextSpan.FromBounds(first.Start, first.End);
                lead = new TextBlock(context.TextOf(span), span);
                pieces.RemoveAt(firstIndex);
                if (mainName is null && m.Groups["name"] is { Success: true } g)
                {
                    mainName = TextNormalizer.Normalize(g.Value);
                    mainEntry = FindOfficial(mainName, title?.Date ?? headerDate);
                }
            }
        }

        if (mainEntry is not null) mainName = mainEntry.Name;

        // The main official: named by the title, the header or the lead, else the first official who speaks.
        Speaker? main = mainEntry?.ToSpeaker()
            ?? (mainName is null ? null : new Speaker(mainName) { Role = mainRole?.ToLowerInvariant() ?? "spokesperson" });
        if (mainName is not null && mainEntry is null)
        {
            context.Report(DiagnosticCodes.UnknownSpokesperson, DiagnosticSeverity.Info,
                $"The spokesperson '{mainName}' is not in the spokesperson directory; add them with BriefingParserBuilder.AddSpokespersons.", title?.Span);
        }
        main ??= pieces.FirstOrDefault(p => p?.Label is { Role: TurnRole.Answer, Speaker: not null })?.Label?.Speaker;

        var assembler = new TranscriptAssembler(context, main);
        foreach (var piece in pieces)
        {
            if (piece is { } p) assembler.Add(p);
            else assembler.Break();
        }
        var (announcements, exchanges) = assembler.Build();

        var spokespersons = ImmutableArray.CreateBuilder<Speaker>();
        if (main is not null) spokespersons.Add(main);
        foreach (var s in assembler.Speakers)
        {
            // Officials with an office (or from the directory); not a "MODERATOR" or an operator.
            if (s.Role is not null && !spokespersons.Any(x => x.Name == s.Name)) spokespersons.Add(s);
        }
        if (main is not null)
            announcements = [.. announcements.Select(a => a.Speaker is null ? a with { Speaker = main } : a)];

        var date = ResolveDate(title, headerDate, lead);
        TranscriptChecks.Report(context, title?.Span, date, main, exchanges, announcements, expectTurns: !style.OftenMonologue);

        return new PressBriefing
        {
            Language = "en",
            Title = title is null ? null : context.TextOf(title.Span),
            TitleSpan = title?.Span,
            Institution = style.Institution,
            Date = date,
            Published = _published,
            Lead = lead,
            Spokespersons = spokespersons.ToImmutable(),
            Announcements = announcements,
            Exchanges = exchanges,
            Boilerplate = [.. _boilerplate.OrderBy(b => b.Span.Start)],
        };
    }

    /// <summary>An official the title or header names: by full name, or by surname alone ("Foreign Minister Kishida") among the institution's.</summary>
    private SpokespersonEntry? FindOfficial(string name, DateOnly? date)
    {
        var directory = context.Directories.Spokespersons;
        return directory.FindByName(name) ?? (name.Contains(' ', StringComparison.Ordinal) ? null : directory.FindBySurname(name, date, null, style.Institution));
    }

    /// <summary>The first line of the briefing itself: a known turn label or a line of prose that is not chrome.</summary>
    private int FindBodyStart(StyleLabelReader reader, int from)
    {
        for (int i = from; i < _lines.Count; i++)
        {
            var line = _lines[i];
            if (line.IsBlank) continue;
            if (reader.Read(_text, line.Content, out _) is { Evidence: LabelEvidence.Known }) return i;
            var content = context[line.Content];
            if (ChromeClassifier.Classify(content) is not null) continue;
            int contents = ContentsEnd(i, _lines.Count, header: true);
            if (contents > i)
            {
                i = contents - 1;
                continue;
            }
            if (IsProse(content)) return i;
        }
        return _lines.Count;
    }

    /// <summary>
    /// Classifies the lines before the body: before the title they are the site's navigation; after it, the official's
    /// name, the place, the date and time, notices, language links, a table of contents and the first topic headings.
    /// </summary>
    private ((SpokespersonEntry? Entry, string Name, string? Office)? Name, DateOnly? Date) ReadHeader(StyleLabelReader reader, LabelledTitle? title, int bodyStart)
    {
        (SpokespersonEntry? Entry, string Name, string? Office)? name = null;
        DateOnly? date = null;
        int titleLine = title?.Line ?? -1;

        // Topic headings directly before the body ("Opening remarks", "Five years after ...").
        int headingsFrom = bodyStart;
        if (style.Headings)
        {
            for (int i = bodyStart - 1; i > titleLine; i--)
            {
                if (_lines[i].IsBlank) continue;
                var c = context[_lines[i].Content];
                if (!LooksLikeHeading(c) || ChromeClassifier.Classify(c) is not null || DateText.TryFindEnglishDate(c.ToString(), out _, out _, out _)
                    || ChromeClassifier.IsLanguageName(c) || reader.ReadNameLine(c) is not null) break;
                headingsFrom = i;
            }
        }

        for (int i = 0; i < bodyStart; i++)
        {
            var line = _lines[i];
            if (line.IsBlank || i == titleLine) continue;
            var content = context[line.Content];
            bool afterTitle = i > titleLine;
            if (ChromeClassifier.Classify(content) is { } kind)
            {
                AddBoilerplate(kind, line.Content);
                _published ??= TranscriptChecks.ReadPublished(context, line.Content);
                if (afterTitle && kind == BoilerplateKind.Metadata && date is null && line.Content.Length <= 150
                    && DateText.TryFindEnglishDate(content.ToString(), out var d, out _, out _)) date = d;
                continue;
            }
            int contents = ContentsEnd(i, bodyStart, header: true);
            if (contents > i)
            {
                AddRange(BoilerplateKind.Contents, i, contents);
                i = contents - 1;
                continue;
            }
            if (reader.ReadNameLine(content) is { } n)
            {
                name ??= n;
                AddBoilerplate(BoilerplateKind.Metadata, line.Content);
                continue;
            }
            if (ChromeClassifier.IsLanguageName(content))
            {
                AddBoilerplate(BoilerplateKind.Languages, line.Content);
                continue;
            }
            if (StyleLabelReader.IsOfficeLine(content))
            {
                AddBoilerplate(BoilerplateKind.Metadata, line.Content);
                continue;
            }
            if (!afterTitle)
            {
                AddBoilerplate(BoilerplateKind.Navigation, line.Content);
                continue;
            }
            if (line.Content.Length <= 150 && DateText.TryFindEnglishDate(content.ToString(), out var dateInLine, out _, out _))
            {
                date ??= dateInLine;
                AddBoilerplate(BoilerplateKind.Metadata, line.Content);
                continue;
            }
            AddBoilerplate(i >= headingsFrom ? BoilerplateKind.Heading : BoilerplateKind.Metadata, line.Content);
        }
        return (name, date);
    }

    /// <summary>
    /// The body as pieces (null = a break: chrome, a heading or a table of contents between paragraphs), then the footer.
    /// <paramref name="titleRest"/> is what follows the title on its line when a page has lost its line breaks.
    /// </summary>
    private List<Piece?> ReadBody(StyleLabelReader reader, int bodyStart, TextSpan? titleRest)
    {
        int count = _lines.Count;
        var labels = new TurnLabel?[count];
        int lastKnown = bodyStart - 1;
        for (int i = bodyStart; i < count; i++)
        {
            if (_lines[i].IsBlank) continue;
            var label = reader.Read(_text, _lines[i].Content, out _);
            // A label alone on its line is a turn only when it is known; a shape alone is a heading or a stray line.
            if (label is { Evidence: LabelEvidence.Shape } && label.ContentStart >= _lines[i].Content.End) label = null;
            labels[i] = label;
            if (label is { Evidence: LabelEvidence.Known }) lastKnown = i;
        }
        // The footer starts at the first share, related-list or copyright line after the last known turn.
        int footerStart = count;
        for (int i = lastKnown + 1; i < count; i++)
        {
            if (!_lines[i].IsBlank && labels[i] is null && ChromeClassifier.Classify(context[_lines[i].Content]) is { } k && ChromeClassifier.StartsFooter(k))
            {
                footerStart = i;
                break;
            }
        }

        var pieces = new List<Piece?>();
        if (titleRest is { } rest) AddContent(reader, rest.Start, rest.End, reader.Read(_text, rest, out _), pieces, headerFragment: true);
        bool afterBreak = true; // the previous element ended (a sentence, chrome, a heading) rather than a broken line
        for (int i = bodyStart; i < footerStart; i++)
        {
            var line = _lines[i];
            if (line.IsBlank) continue;
            var content = context[line.Content];
            var label = labels[i];
            if (label is null)
            {
                if (ChromeClassifier.Classify(content) is { } kind)
                {
                    AddBoilerplate(kind, line.Content);
                    _published ??= TranscriptChecks.ReadPublished(context, line.Content);
                    pieces.Add(null);
                    afterBreak = true;
                    continue;
                }
                int contents = ContentsEnd(i, footerStart, header: false);
                if (contents > i)
                {
                    AddRange(BoilerplateKind.Contents, i, contents);
                    pieces.Add(null);
                    i = contents - 1;
                    afterBreak = true;
                    continue;
                }
                if (style.Headings && afterBreak && LooksLikeHeading(content) && NextOpensText(i, footerStart))
                {
                    AddBoilerplate(BoilerplateKind.Heading, line.Content);
                    pieces.Add(null);
                    continue;
                }
                AddContent(reader, line.Content.Start, line.Content.End, null, pieces);
                afterBreak = EndsElement(content);
                continue;
            }
            if (label.ContentStart >= line.Content.End && NextNonBlank(i, footerStart) is int j && labels[j] is null
                && ChromeClassifier.Classify(context[_lines[j].Content]) is null)
            {
                // "Minister Kishida:" alone on its line: the turn is the next line.
                AddContent(reader, _lines[j].Content.Start, _lines[j].Content.End, label, pieces);
                afterBreak = EndsElement(context[_lines[j].Content]);
                i = j;
                continue;
            }
            AddContent(reader, label.ContentStart, line.Content.End, label, pieces);
            afterBreak = EndsElement(content);
        }

        bool related = false;
        for (int i = footerStart; i < count; i++)
        {
            if (_lines[i].IsBlank) continue;
            var kind = ChromeClassifier.Classify(context[_lines[i].Content]);
            related |= kind == BoilerplateKind.Related;
            AddBoilerplate(kind ?? (related ? BoilerplateKind.Related : BoilerplateKind.Footer), _lines[i].Content);
        }
        return pieces;
    }

    /// <summary>
    /// Adds the content from <paramref name="start"/> to <paramref name="end"/> opened by <paramref name="label"/> (or
    /// continuing the current element), split where known labels are glued into it. In a <paramref name="headerFragment"/>
    /// (the rest of a one-line page after its title), what stands before the first label and is not prose is metadata.
    /// </summary>
    private void AddContent(StyleLabelReader reader, int start, int end, TurnLabel? label, List<Piece?> pieces, bool headerFragment = false)
    {
        if (label is not null && label.ContentStart > start && label.ContentStart <= end) start = label.ContentStart;
        var inline = _inline;
        inline.Clear();
        reader.ReadInline(_text, label is null ? start + 1 : start, end, inline);
        foreach (var next in inline)
        {
            int pieceEnd = CharClass.TrimEnd(_text, start, next.Label.Start);
            if (headerFragment && label is null && IsHeaderText(_text.AsSpan(start, pieceEnd - start)))
            {
                if (pieceEnd > start) AddBoilerplate(BoilerplateKind.Metadata, TextSpan.FromBounds(start, pieceEnd));
            }
            else
            {
                pieces.Add(new Piece(start, pieceEnd, label));
            }
            headerFragment = false;
            label = next;
            start = next.ContentStart;
        }
        // A closing note glued to the end ("... Thank you. (The briefing was concluded at 1:39 p.m.)") is chrome; a time in
        // brackets inside an answer ("(at 10:30 a.m.)") is content.
        int trimmed = CharClass.TrimEnd(_text, start, end);
        int open = trimmed > start && _text[trimmed - 1] is ')' or '.' ? _text.LastIndexOf('(', trimmed - 1, trimmed - start) : -1;
        if (open > start)
        {
            var note = _text.AsSpan(open, trimmed - open);
            if (ChromeClassifier.Classify(note) is { } kind && (kind != BoilerplateKind.Metadata || note.ContainsAny(BriefingNoteWords)))
            {
                AddBoilerplate(kind, TextSpan.FromBounds(open, trimmed));
                pieces.Add(new Piece(start, CharClass.TrimEnd(_text, start, open), label));
                pieces.Add(null); // nothing after the note may join the element before it
                return;
            }
        }
        pieces.Add(new Piece(start, end, label));
    }

    /// <summary>
    /// Labels known only by their shape (a journalist's own name, an unknown outlet after a surname) are accepted when the
    /// transcript's officials are labelled; otherwise their line is content.
    /// </summary>
    private void AcceptLabelsInContext(List<Piece?> pieces)
    {
        int known = 0;
        bool official = false;
        foreach (var p in pieces)
        {
            if (p?.Label is not { Evidence: LabelEvidence.Known } l) continue;
            known++;
            official |= l.Role == TurnRole.Answer && !l.Anonymous;
        }
        bool accept = official && known >= 2;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < pieces.Count; i++)
        {
            if (pieces[i] is not { Label: { Evidence: LabelEvidence.Shape } label } piece) continue;
            if (!accept)
            {
                pieces[i] = new Piece(label.Label.Start, piece.End, null);
                continue;
            }
            string text = TextNormalizer.Normalize(context[label.Label]);
            if (reported.Add(text))
            {
                context.Report(DiagnosticCodes.UnknownLabel, DiagnosticSeverity.Info,
                    $"'{text}' is neither a known outlet nor a known official; it was taken as a journalist's label because the transcript's officials are labelled.", label.Label);
            }
        }
    }

    private DateOnly? ResolveDate(LabelledTitle? title, DateOnly? headerDate, TextBlock? lead)
    {
        DateOnly? leadDate = lead is not null && DateText.TryFindEnglishDate(lead.Text, out var ld, out _, out _) ? ld : null;
        if (!style.HeaderDateIsBriefingDate) return title?.Date ?? leadDate;
        if (title?.Date is { } td && headerDate is { } hd && hd != td)
        {
            context.Report(DiagnosticCodes.ConflictingDates, DiagnosticSeverity.Info,
                string.Create(CultureInfo.InvariantCulture, $"The title says {td:yyyy-MM-dd} but the date line says {hd:yyyy-MM-dd}; the title's date is used."), title.Span);
        }
        return title?.Date ?? headerDate ?? leadDate;
    }

    /// <summary>
    /// The end of a table of contents starting at line <paramref name="i"/>: a heading and its items, or (in the header)
    /// a run of at least three items. Returns <paramref name="i"/> when there is none.
    /// </summary>
    private int ContentsEnd(int i, int limit, bool header)
    {
        var content = context[_lines[i].Content];
        if (TableOfContents.IsHeading(content)) return Math.Max(i + 1, TableOfContents.ItemsEnd(_text, _lines, i + 1, limit, plain: header));
        if (!header || !TableOfContents.IsItem(content)) return i;
        int end = TableOfContents.ItemsEnd(_text, _lines, i, limit);
        int items = 0;
        for (int j = i; j < end; j++) items += _lines[j].IsBlank ? 0 : 1;
        return items >= 3 ? end : i;
    }

    /// <summary>A line of running text: three words or more ending like a sentence, or a long line.</summary>
    private static bool IsProse(ReadOnlySpan<char> line)
    {
        if (line.Length >= 160) return true;
        if (line.Length < 15 || line.Count(' ') < 2 || !line.ContainsAnyInRange('a', 'z')) return false;
        return CharClass.IsSentenceEnd(line[^1]) && !DateText.TryReadDateLine(line.TrimEnd('.'), out _, out _);
    }

    /// <summary>
    /// Header text run together on one line ("Matthew Miller, Department Spokesperson Washington, D.C. 1:17 p.m. EDT"):
    /// names, offices, places, dates and times, with hardly a lower-case word (abbreviations such as "p.m." aside).
    /// </summary>
    private static bool IsHeaderText(ReadOnlySpan<char> text)
    {
        if (text.Length > 300) return false;
        int lower = 0;
        foreach (var range in text.SplitAny(" \u00A0"))
        {
            var word = text[range];
            if (word.Length > 0 && char.IsLower(word[0]) && word.IndexOf('.') < 0 && word is not ("of" or "the" or "for" or "and" or "on" or "by")) lower++;
        }
        return lower < 2;
    }

    /// <summary>A short line that does not end like a sentence or a broken one: "North Korea's missile launch", "Answers to media questions:".</summary>
    private static bool LooksLikeHeading(ReadOnlySpan<char> line)
    {
        if (line.Length is < 3 or > 100 || line.Count(' ') > 13) return false;
        char first = line[0];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '"' or '“' or '‘' or '*' or '\'')) return false;
        if (line[^1] is '.' or ',' or ';' or '!' or '?' or '…' or '-' or '–' or '—' or '"' or '”') return false;
        foreach (char c in line)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }

    /// <summary>Whether an element may end with this line (a sentence end, a colon, a dash of interrupted speech).</summary>
    private static bool EndsElement(ReadOnlySpan<char> line) =>
        line.IsEmpty || CharClass.IsSentenceEnd(line[^1]) || line[^1] is ':' or '：' or '-' or '–' or '—';

    /// <summary>Whether a line after <paramref name="i"/> exists and does not continue a broken sentence (lower case).</summary>
    private bool NextOpensText(int i, int limit) => NextNonBlank(i, limit) is int j && !char.IsLower(_text[_lines[j].Content.Start]);

    private int? NextNonBlank(int i, int limit)
    {
        for (int j = i + 1; j < limit; j++)
        {
            if (!_lines[j].IsBlank) return j;
        }
        return null;
    }

    private void AddRange(BoilerplateKind kind, int from, int to)
    {
        for (int j = from; j < to; j++)
        {
            if (!_lines[j].IsBlank) AddBoilerplate(kind, _lines[j].Content);
        }
    }

    private void AddBoilerplate(BoilerplateKind kind, TextSpan span) =>
        _boilerplate.Add(new BoilerplateBlock(kind, context.TextOf(span), span));
}
