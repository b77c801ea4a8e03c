using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Transcripts;

/// <summary>
/// Stage "body" of the pipeline: the body's lines as pieces of content with the labels that open them (a
/// <see langword="null"/> piece is a break: chrome, a heading or a table of contents between paragraphs), split where
/// known labels are glued into a line, a label alone on its line joined to the text on the next; then the footer, from
/// the first share, related-list or copyright line after the last known turn. Site chrome never ends up inside content,
/// and nothing is lost: it goes to the boilerplate with its kind.
/// </summary>
public sealed class TranscriptBody
{
    private readonly LexedText _lexed;
    private readonly TranscriptDefinition _definition;
    private readonly LabelResolver _labels;
    private readonly List<BoilerplateBlock> _boilerplate;
    private List<Piece?> _pieces = [];

    private TranscriptBody(LexedText lexed, TranscriptDefinition definition, LabelResolver labels, List<BoilerplateBlock> boilerplate)
    {
        (_lexed, _definition, _labels, _boilerplate) = (lexed, definition, labels, boilerplate);
    }

    /// <summary>The pieces, in order (<see langword="null"/>: a break).</summary>
    public IReadOnlyList<Piece?> Pieces => _pieces;

    /// <summary>The first line of the footer.</summary>
    public int FooterStart { get; private set; }

    /// <summary>A date printed on a metadata line of the body before the first turn (a statement page's date).</summary>
    public DateOnly? DateLine { get; private set; }

    /// <summary>The publication time printed by the site in the body, when there is one.</summary>
    public DateTime? Published { get; private set; }

    /// <summary>Reads the body of <paramref name="lexed"/> from the zones' body start.</summary>
    public static TranscriptBody Read(LexedText lexed, TranscriptDefinition definition, TranscriptZones zones, LabelResolver labels, List<BoilerplateBlock> boilerplate)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(zones);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(boilerplate);
        var body = new TranscriptBody(lexed, definition, labels, boilerplate);
        body.Run(zones);
        return body;
    }

    /// <summary>The pieces as a list the acceptance stage may change.</summary>
    public List<Piece?> TakePieces() => _pieces;

    private void Run(TranscriptZones zones)
    {
        var lexed = _lexed;
        var layout = _definition.Layout;
        int count = lexed.LineCount;
        int bodyStart = zones.BodyStart;
        var labels = new TurnLabel?[Math.Max(0, count - bodyStart)];
        int lastKnown = bodyStart - 1, firstKnown = -1, lines = 0;
        for (int i = bodyStart; i < count; i++)
        {
            if (lexed[i].IsBlank) continue;
            lines++;
            var label = _labels.AtLineStart(i);
            // A line that is chrome on its own ("Related: …", "Previous: …") is chrome, whatever the shape of its start.
            if (label is { Evidence: LabelEvidence.Shape } && lexed[i].Chrome is not null) label = null;
            labels[i - bodyStart] = label;
            if (label is { Evidence: LabelEvidence.Known })
            {
                lastKnown = i;
                if (firstKnown < 0) firstKnown = i;
            }
            // Only the evidence is wanted here: classified without building the labels' speakers and outlets.
            foreach (var inline in lexed.InlineLabels(i))
            {
                if (_labels.TryClassify(inline, out _, out var evidence, out _, out _, out _) && evidence == LabelEvidence.Known)
                {
                    lastKnown = i;
                    if (firstKnown < 0) firstKnown = i;
                    break;
                }
            }
        }
        if (firstKnown < 0) firstKnown = count;
        // One piece or break per line of the body, a few more where labels are glued into a line: the list rarely grows.
        _pieces = new List<Piece?>(lines + 8);
        TurnLabel? LabelOf(int i) => i >= bodyStart && i < count ? labels[i - bodyStart] : null;

        // The footer starts at the first share, related-list or copyright line after the last known turn.
        int footerStart = count;
        for (int i = lastKnown + 1; i < count; i++)
        {
            if (!lexed[i].IsBlank && LabelOf(i) is null && lexed[i].Chrome is { } k && ChromeClassifier.StartsFooter(k))
            {
                footerStart = i;
                break;
            }
        }
        if (layout.TrailingFragmentsAreFooter)
        {
            // Site links at the very end ("新闻热点" / "刊文精选"): two or more short lines that are no sentences.
            int fragments = footerStart, run = 0;
            for (int i = footerStart - 1; i > lastKnown && i >= bodyStart; i--)
            {
                if (lexed[i].IsBlank) continue;
                if ((lexed[i].Traits & LineTraits.Fragment) == 0 || LabelOf(i) is not null) break;
                fragments = i;
                run++;
            }
            if (run >= 2) footerStart = fragments;
        }
        FooterStart = footerStart;

        if (zones.TitleRest is { } rest)
        {
            TurnLabel? restLabel = lexed.Lexer.Labels.TryReadAtLineStart(lexed.Text, rest, out var c) ? _labels.Resolve(c) : null;
            AddContent(zones.TitleLastLine, rest.Start, rest.End, restLabel, headerFragment: true);
        }
        bool afterBreak = true; // the previous element ended (a sentence, chrome, a heading) rather than a broken line
        for (int i = bodyStart; i < footerStart; i++)
        {
            ref readonly var line = ref lexed[i];
            if (line.IsBlank) continue;
            var content = lexed[line.Content];
            var label = LabelOf(i);
            if (label is null)
            {
                if (TranscriptZones.ChromeOrRelated(lexed, _definition, i) is { } kind)
                {
                    Add(kind, line.Content);
                    Published ??= ReadPublished(line.Content);
                    if (i < firstKnown && kind == BoilerplateKind.Metadata && DateLine is null) DateLine = ReadDate(line.Content);
                    _pieces.Add(null);
                    afterBreak = true;
                    continue;
                }
                int contents = TranscriptZones.ContentsEnd(lexed, i, footerStart, header: false);
                if (contents > i)
                {
                    for (int k = i; k < contents; k++)
                    {
                        if (!lexed[k].IsBlank) Add(BoilerplateKind.Contents, lexed[k].Content);
                    }
                    _pieces.Add(null);
                    i = contents - 1;
                    afterBreak = true;
                    continue;
                }
                if (layout.Headings && afterBreak && TranscriptZones.LooksLikeHeading(content) && NextOpensText(i, footerStart) && lexed.InlineLabels(i).IsEmpty)
                {
                    Add(BoilerplateKind.Heading, line.Content);
                    _pieces.Add(null);
                    continue;
                }
                if (layout.FragmentsBeforeTurnsAreChrome && i < firstKnown && (line.Traits & LineTraits.Fragment) != 0 && lexed.InlineLabels(i).IsEmpty)
                {
                    // Before the first question, a line that is no sentence is a caption or a heading, not an announcement.
                    Add(BoilerplateKind.Other, line.Content);
                    _pieces.Add(null);
                    continue;
                }
                AddContent(i, line.Content.Start, line.Content.End, null);
                afterBreak = EndsElement(content);
                continue;
            }
            if (label.ContentStart >= line.Content.End && NextNonBlank(i, footerStart) is int j && LabelOf(j) is null && lexed[j].Chrome is null)
            {
                // "Minister Kishida:" alone on its line: the turn is the next line.
                AddContent(j, lexed[j].Content.Start, lexed[j].Content.End, label);
                afterBreak = EndsElement(lexed[lexed[j].Content]);
                i = j;
                continue;
            }
            AddContent(i, label.ContentStart, line.Content.End, label);
            afterBreak = EndsElement(content);
        }

        bool related = false;
        for (int i = footerStart; i < count; i++)
        {
            if (lexed[i].IsBlank) continue;
            var kind = TranscriptZones.ChromeOrRelated(lexed, _definition, i);
            related |= kind == BoilerplateKind.Related;
            Add(kind ?? (related ? BoilerplateKind.Related : BoilerplateKind.Footer), lexed[i].Content);
        }
    }

    /// <summary>
    /// Adds the content from <paramref name="start"/> to <paramref name="end"/> of line <paramref name="line"/>, opened by
    /// <paramref name="label"/> (or continuing the current element), split where known labels are glued into it. In a
    /// <paramref name="headerFragment"/> (the rest of a one-line page after its title), what stands before the first label
    /// and is not prose is metadata.
    /// </summary>
    private void AddContent(int line, int start, int end, TurnLabel? label, bool headerFragment = false)
    {
        var text = _lexed.Text;
        if (label is not null && label.ContentStart > start && label.ContentStart <= end) start = label.ContentStart;
        foreach (var candidate in _lexed.InlineLabels(line))
        {
            if (candidate.Span.Start <= start || candidate.Span.Start >= end) continue;
            if (_labels.Resolve(candidate) is not { Evidence: LabelEvidence.Known } next) continue;
            int pieceEnd = CharClass.TrimEnd(text, start, next.Label.Start);
            if (headerFragment && label is null && IsHeaderText(text.AsSpan(start, pieceEnd - start)))
            {
                if (pieceEnd > start) Add(BoilerplateKind.Metadata, TextSpan.FromBounds(start, pieceEnd));
            }
            else
            {
                _pieces.Add(new Piece(start, pieceEnd, label));
            }
            headerFragment = false;
            label = next;
            start = Math.Min(end, Math.Max(next.ContentStart, next.Label.End));
        }
        // A closing note glued to the end ("… Thank you. (The briefing was concluded at 1:39 p.m.)") is chrome; a time in
        // brackets inside an answer ("(at 10:30 a.m.)") is content.
        int trimmed = CharClass.TrimEnd(text, start, end);
        int open = trimmed > start && text[trimmed - 1] is ')' or '.' ? text.LastIndexOf('(', trimmed - 1, trimmed - start) : -1;
        if (open > start)
        {
            var note = text.AsSpan(open, trimmed - open);
            if (_lexed.Lexer.Chrome.Classify(note) is { } kind && (kind != BoilerplateKind.Metadata || _lexed.Lexicon[LexiconCategories.ClosingWord].OccursAsWord(note)))
            {
                Add(kind, TextSpan.FromBounds(open, trimmed));
                _pieces.Add(new Piece(start, CharClass.TrimEnd(text, start, open), label));
                _pieces.Add(null); // nothing after the note may join the element before it
                return;
            }
        }
        _pieces.Add(new Piece(start, end, label));
    }

    /// <summary>
    /// Header text run together on one line ("Matthew Miller, Department Spokesperson Washington, D.C. 1:17 p.m. EDT"):
    /// names, offices, places, dates and times, with hardly a lower-case word (abbreviations such as "p.m." aside).
    /// </summary>
    private bool IsHeaderText(ReadOnlySpan<char> s)
    {
        if (s.Length > 300) return false;
        var connectors = _lexed.Lexicon[LexiconCategories.LabelConnector];
        int lower = 0;
        foreach (var range in s.SplitAny(CharClass.Spaces))
        {
            var word = s[range];
            if (word.Length > 0 && char.IsLower(word[0]) && word.IndexOf('.') < 0 && !connectors.Contains(word)) lower++;
        }
        return lower < 2;
    }

    /// <summary>Whether an element may end with this line (a sentence end, a colon, a dash of interrupted speech).</summary>
    private static bool EndsElement(ReadOnlySpan<char> line) =>
        line.IsEmpty || CharClass.IsSentenceEnd(line[^1]) || line[^1] is ':' or '：' or '-' or '–' or '—';

    /// <summary>Whether a line after <paramref name="i"/> exists and does not continue a broken sentence (lower case).</summary>
    private bool NextOpensText(int i, int limit) => NextNonBlank(i, limit) is int j && !char.IsLower(_lexed.Text[_lexed[j].Content.Start]);

    private int? NextNonBlank(int i, int limit)
    {
        for (int j = i + 1; j < limit; j++)
        {
            if (!_lexed[j].IsBlank) return j;
        }
        return null;
    }

    private DateOnly? ReadDate(TextSpan line)
    {
        var s = _lexed[line];
        int digit = -1;
        for (int i = 0; i < s.Length; i++)
        {
            if (Numbers.IsDigit(s[i]))
            {
                digit = i;
                break;
            }
        }
        return digit >= 0 && _lexed.Lexicon.Dates.TryReadNumericDateTime(s[digit..], out var value, out _, out _) ? DateOnly.FromDateTime(value) : null;
    }

    private DateTime? ReadPublished(TextSpan span)
    {
        var dates = _lexed.Lexicon.Dates;
        var s = _lexed[span];
        if (dates.TryReadDateLine(s, out var value, out bool hasTime)) return hasTime ? value : null;
        int digit = Numbers.IndexOfDigit(s);
        return digit >= 0 && s.Length <= 120 && dates.TryReadNumericDateTime(s[digit..], out value, out hasTime, out _) && hasTime ? value : null;
    }

    private void Add(BoilerplateKind kind, TextSpan span)
    {
        if (!span.IsEmpty) _boilerplate.Add(new BoilerplateBlock(kind, TextNormalizer.Normalize(_lexed[span]), span));
    }
}
