using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Parsing;

/// <summary>
/// The Chinese Foreign Ministry's English transcripts, every era: the official fmprc.gov.cn pages and their reposts
/// (embassies, learning sites, aggregators). Outlet-labelled turns (2020 on), anonymous <c>Q:</c>/<c>A:</c> (before),
/// surname labels, <c>Follow-up:</c>, unlabelled opening announcements, greetings, a spokesperson introducing a
/// colleague, "Daily Briefing Online" and "Spokesperson's Remarks" pages.
/// </summary>
public sealed partial class MfaTranscriptFormat : BriefingFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "mfa-transcript";

    private const string DefaultInstitution = "Ministry of Foreign Affairs of the People's Republic of China";

    /// <inheritdoc />
    public override string Id => FormatId;

    /// <inheritdoc />
    public override string Description => "Chinese Foreign Ministry press conference transcript in English (fmprc.gov.cn and reposts)";

    [GeneratedRegex(@"\b(?:held|hosted|gave|presided\s+over)\s+(?:a|the|its)\s+(?:regular\s+|routine\s+|daily\s+)?(?:press|news)\s+(?:conference|briefing)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadPattern();

    [GeneratedRegex(@"Spokes(?:person|man|woman)\s+(?<name>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex LeadNamePattern();

    /// <inheritdoc />
    public override FormatDetection Detect(DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        var text = context.Window.ToString();
        double score = 0;
        var reasons = new List<string>();

        MfaTitle? title = null;
        for (int i = 0; i < lines.Count && i < 200 && title is null; i++)
        {
            if (!lines[i].IsBlank) title = MfaTitle.TryRead(text, lines[i], i + 1 < lines.Count ? lines[i + 1] : null);
        }
        if (title is not null)
        {
            score += 0.6;
            reasons.Add($"title '{Shorten(TextNormalizer.Normalize(context[title.Span]))}'");
        }
        else if (LeadPattern().IsMatch(text) && LeadNamePattern().IsMatch(text))
        {
            score += 0.25;
            reasons.Add("opening sentence 'Spokesperson ... held a regular press conference'");
        }

        var reader = new MfaLabelReader(context.Directories, null, title?.Name, title?.Date);
        int anonymous = 0, named = 0, outlets = 0, questions = 0, answers = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank) continue;
            var label = reader.ReadAtLineStart(text, line.Content);
            if (label is null || label.Evidence != LabelEvidence.Known) continue;
            if (label.Role == TurnRole.Answer) answers++; else questions++;
            if (label.Anonymous)
            {
                // Only the MFA's own anonymous labels count: "QUESTION:" and "Question:" are other ministries' styles.
                var word = context[label.Label];
                if (word is "Q" or "A" || word.StartsWith("Follow", StringComparison.OrdinalIgnoreCase)) anonymous++;
            }
            else if (label.Outlet is not null) outlets++;
            else if (label.Speaker is not null) named++;
        }
        // Labels count only when questions and answers both occur: a news report quoting one "Reuters:" line is no transcript.
        int turns = anonymous + named + outlets;
        if (turns > 0 && questions > 0 && answers > 0)
        {
            score += Math.Min(0.35, 0.05 * turns);
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{turns} turn labels ({anonymous} Q/A, {outlets} outlet, {named} spokesperson)"));
        }

        int cjk = 0, latin = 0;
        foreach (char c in context.Window)
        {
            if (CharClass.IsCjk(c)) cjk++;
            else if (char.IsAsciiLetter(c)) latin++;
        }
        if (cjk > (cjk + latin) / 3)
        {
            score *= 0.3;
            reasons.Add("mostly Chinese characters");
        }
        if (reasons.Count == 0) reasons.Add("no MFA title, opening sentence or turn labels");
        return new FormatDetection(Math.Min(1, score), string.Join("; ", reasons));
    }

    /// <inheritdoc />
    public override PressBriefing Parse(ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Parser(context).Run();
    }

    private static string Shorten(string s) => s.Length <= 90 ? s : string.Concat(s.AsSpan(0, 87), "...");

    /// <summary>One parse: state for a single document.</summary>
    private sealed class Parser(ParseContext context)
    {
        private readonly string _text = context.Text;
        private readonly IReadOnlyList<SourceLine> _lines = context.Lines;
        private readonly ImmutableArray<BoilerplateBlock>.Builder _boilerplate = ImmutableArray.CreateBuilder<BoilerplateBlock>();

        public PressBriefing Run()
        {
            var (title, titleLast) = FindTitle();
            int bodyStart = title is not null ? titleLast + 1 : FindBodyStartWithoutTitle();
            DateTime? published = null;

            // Header: everything before the title (or before the first content) is site chrome.
            bool headerRelated = false;
            for (int i = 0; i < Math.Min(bodyStart, _lines.Count); i++)
            {
                var line = _lines[i];
                if (line.IsBlank || (title is not null && title.Span.OverlapsWith(line.Content))) continue;
                var kind = ClassifyChrome(context[line.Content]);
                headerRelated |= kind == BoilerplateKind.Related;
                AddBoilerplate(kind ?? (headerRelated ? BoilerplateKind.Related : BoilerplateKind.Navigation), line.Content);
                published ??= TranscriptChecks.ReadPublished(context, line.Content);
            }

            var titleEntry = title?.Name is { } tn ? context.Directories.Spokespersons.FindByName(tn) : null;
            var reader = new MfaLabelReader(context.Directories, titleEntry, title?.Name, title?.Date);

            // Body: the lines after the title (and the rest of the title's line, when a page is one line).
            var body = new List<TextSpan>();
            if (title is not null && titleLast >= 0 && title.Span.End < _lines[titleLast].Content.End)
            {
                var rest = CharClass.Trim(_text, title.Span.End, _lines[titleLast].Content.End);
                if (!rest.IsEmpty) body.Add(rest);
            }
            for (int i = bodyStart; i < _lines.Count; i++)
            {
                if (!_lines[i].IsBlank) body.Add(_lines[i].Content);
            }

            // Labels at the start of each body line; the footer starts at the first share/related/copyright line
            // after the last labelled turn.
            var lineLabels = new TurnLabel?[body.Count];
            int lastLabel = -1;
            for (int i = 0; i < body.Count; i++)
            {
                lineLabels[i] = reader.ReadAtLineStart(_text, body[i]);
                if (lineLabels[i] is { Evidence: LabelEvidence.Known }) lastLabel = i;
            }
            int footerStart = body.Count;
            for (int i = lastLabel + 1; i < body.Count; i++)
            {
                if (ChromeClassifier.Classify(context[body[i]]) is { } k && ChromeClassifier.StartsFooter(k))
                {
                    footerStart = i;
                    break;
                }
            }

            // Pieces of content with their labels; chrome lines become boilerplate and break the current turn.
            var pieces = new List<Piece?>(); // null = a break
            var inline = new List<TurnLabel>();
            for (int i = 0; i < footerStart; i++)
            {
                var content = body[i];
                var label = lineLabels[i];
                if (label is null && ClassifyChrome(context[content]) is { } kind)
                {
                    AddBoilerplate(kind, content);
                    published ??= TranscriptChecks.ReadPublished(context, content);
                    pieces.Add(null);
                    continue;
                }
                int start = label?.ContentStart ?? content.Start;
                inline.Clear();
                reader.ReadInline(_text, label is null ? content.Start + 1 : label.ContentStart, content.End, inline);
                foreach (var next in inline)
                {
                    pieces.Add(new Piece(start, CharClass.TrimEnd(_text, start, next.Label.Start), label));
                    label = next;
                    start = next.ContentStart;
                }
                pieces.Add(new Piece(start, content.End, label));
            }

            // Footer: share widgets, related lists, copyright.
            bool related = false;
            for (int i = footerStart; i < body.Count; i++)
            {
                var kind = ClassifyChrome(context[body[i]]);
                related |= kind == BoilerplateKind.Related;
                AddBoilerplate(kind ?? (related ? BoilerplateKind.Related : BoilerplateKind.Footer), body[i]);
            }

            AcceptLabelsInContext(pieces);

            // Lead: "On the afternoon of July 15, 2010, Foreign Ministry Spokesperson Qin Gang held a regular press conference ..."
            TextBlock? lead = null;
            string? leadName = null;
            int firstIndex = pieces.FindIndex(p => p is not null);
            if (firstIndex >= 0 && pieces[firstIndex] is { Label: null } first)
            {
                var firstText = _text[first.Start..first.End];
                if (LeadPattern().IsMatch(firstText) && first.End - first.Start < 600)
                {
                    var span = TextSpan.FromBounds(first.Start, first.End);
                    lead = new TextBlock(context.TextOf(span), span);
                    leadName = LeadNamePattern().Match(firstText) is { Success: true } lm ? lm.Groups["name"].Value : null;
                    pieces.RemoveAt(firstIndex);
                }
            }

            // Spokesperson: the title's, else the lead's, else the first official who speaks.
            var mainName = title?.Name ?? leadName;
            var mainEntry = titleEntry ?? (mainName is null ? null : context.Directories.Spokespersons.FindByName(mainName));
            if (title?.Name is null && mainName is not null) reader = new MfaLabelReader(context.Directories, mainEntry, mainName, title?.Date);
            Speaker? main = mainEntry?.ToSpeaker() ?? (mainName is null ? null : new Speaker(mainName) { Role = "spokesperson" });
            if (mainName is not null && mainEntry is null)
            {
                context.Report(DiagnosticCodes.UnknownSpokesperson, DiagnosticSeverity.Info,
                    $"The spokesperson '{mainName}' is not in the spokesperson directory; add them with BriefingParserBuilder.AddSpokespersons.", title?.Span);
            }

            var assembler = new TranscriptAssembler(context, main);
            foreach (var piece in pieces)
            {
                if (piece is { } p) assembler.Add(p);
                else assembler.Break();
            }
            var (announcements, exchanges) = assembler.Build();
            if (main is null && assembler.Speakers.Count > 0) main = assembler.Speakers[0];

            var spokespersons = ImmutableArray.CreateBuilder<Speaker>();
            if (main is not null) spokespersons.Add(main);
            foreach (var s in assembler.Speakers)
            {
                if (!spokespersons.Any(x => x.Name == s.Name)) spokespersons.Add(s);
            }
            // Announcements read without a label before the spokesperson was known take the main spokesperson.
            if (main is not null)
                announcements = [.. announcements.Select(a => a.Speaker is null ? a with { Speaker = main } : a)];

            var date = ResolveDate(title, lead, published);
            TranscriptChecks.Report(context, title?.Span, date, main, exchanges, announcements);

            return new PressBriefing
            {
                Language = "en",
                Title = title is null ? null : TextNormalizer.Normalize(context[title.Span]).Replace("\n\n", " ", StringComparison.Ordinal),
                TitleSpan = title?.Span,
                Institution = mainEntry?.Institution ?? DefaultInstitution,
                Date = date,
                Published = published,
                Lead = lead,
                Spokespersons = spokespersons.ToImmutable(),
                Announcements = announcements,
                Exchanges = exchanges,
                Boilerplate = [.. _boilerplate.OrderBy(b => b.Span.Start)],
            };
        }

        private (MfaTitle? Title, int LastLine) FindTitle()
        {
            for (int i = 0; i < _lines.Count && i < 200; i++)
            {
                if (_lines[i].IsBlank) continue;
                var title = MfaTitle.TryRead(_text, _lines[i], NextNonBlank(i));
                if (title is null) continue;
                int last = i;
                while (last + 1 < _lines.Count && _lines[last + 1].Span.Start < title.Span.End) last++;
                // A list of titles (related news before the article) is not the title: take one followed by content.
                var after = NextNonBlank(last);
                if (after is { } a && MfaTitle.LooksLikeTitle(context[a.Content])) continue;
                return (title, last);
            }
            return (null, -1);
        }

        private SourceLine? NextNonBlank(int i)
        {
            for (int j = i + 1; j < _lines.Count; j++)
            {
                if (!_lines[j].IsBlank) return _lines[j];
            }
            return null;
        }

        private int FindBodyStartWithoutTitle()
        {
            context.Report(DiagnosticCodes.NoTitle, DiagnosticSeverity.Info, "No title was found.");
            var reader = new MfaLabelReader(context.Directories, null, null, null);
            for (int i = 0; i < _lines.Count; i++)
            {
                var line = _lines[i];
                if (line.IsBlank) continue;
                var content = context[line.Content];
                if (ChromeClassifier.Classify(content) is not null) continue;
                if (reader.ReadAtLineStart(_text, line.Content) is { Evidence: LabelEvidence.Known }) return i;
                if (content.Length >= 60 && content.IndexOfAny(".?!。") >= 0) return i;
            }
            return _lines.Count;
        }

        /// <summary>Labels known only by their shape are accepted when the document's structure agrees.</summary>
        private void AcceptLabelsInContext(List<Piece?> pieces)
        {
            int anonymousColon = 0, knownColon = 0;
            bool namedAnswers = false;
            foreach (var p in pieces)
            {
                if (p?.Label is not { Evidence: LabelEvidence.Known } l) continue;
                knownColon++;
                if (l.Anonymous) anonymousColon++;
                if (l.Role == TurnRole.Answer && !l.Anonymous) namedAnswers = true;
            }
            for (int i = 0; i < pieces.Count; i++)
            {
                if (pieces[i] is not { Label: { Evidence: LabelEvidence.Shape } label } piece) continue;
                bool accept;
                if (label.Anonymous) accept = anonymousColon >= 2;
                else if (label.Outlet is not null || label.Speaker is not null) accept = knownColon >= 1;
                else accept = namedAnswers && NextLabelIsAnswer(pieces, i);
                pieces[i] = accept ? piece : new Piece(label.Label.Start, piece.End, null);
                if (accept && label.Outlet is null && label.Speaker is null && !label.Anonymous)
                {
                    context.Report(DiagnosticCodes.UnknownLabel, DiagnosticSeverity.Info,
                        $"'{TextNormalizer.Normalize(context[label.Label])}' is not a known outlet; it was taken as a question label because an official answers it.", label.Label);
                }
            }
        }

        private static bool NextLabelIsAnswer(List<Piece?> pieces, int i)
        {
            for (int j = i + 1; j < pieces.Count; j++)
            {
                if (pieces[j]?.Label is { } l) return l.Role == TurnRole.Answer && l.Evidence == LabelEvidence.Known;
            }
            return false;
        }

        private DateOnly? ResolveDate(MfaTitle? title, TextBlock? lead, DateTime? published)
        {
            DateOnly? leadDate = null;
            if (lead is not null)
            {
                if (DateText.TryFindEnglishDate(lead.Text, out var d, out _, out _)) leadDate = d;
                else if (DateText.TryFindEnglishMonthDay(lead.Text, out int m, out int day))
                {
                    var anchor = title?.Date ?? (published is { } p ? DateOnly.FromDateTime(p) : (DateOnly?)null);
                    if (anchor is { } a) leadDate = DateText.WithYearBefore(m, day, a);
                }
            }
            if (title?.Date is { } td)
            {
                if (leadDate is { } ld && ld != td)
                {
                    context.Report(DiagnosticCodes.ConflictingDates, DiagnosticSeverity.Info,
                        string.Create(CultureInfo.InvariantCulture, $"The title says {td:yyyy-MM-dd} but the opening sentence says {ld:yyyy-MM-dd}; the title's date is used."), lead?.Span);
                }
                return td;
            }
            return leadDate;
        }

        /// <summary>Chrome on its own, or the title of another briefing (a related-news list).</summary>
        private static BoilerplateKind? ClassifyChrome(ReadOnlySpan<char> line) =>
            ChromeClassifier.Classify(line) ?? (MfaTitle.LooksLikeTitle(line) ? BoilerplateKind.Related : null);

        private void AddBoilerplate(BoilerplateKind kind, TextSpan span) =>
            _boilerplate.Add(new BoilerplateBlock(kind, context.TextOf(span), span));
    }
}
