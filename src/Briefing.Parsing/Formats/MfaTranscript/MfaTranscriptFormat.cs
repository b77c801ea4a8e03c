using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Parsing;

/// <summary>Which edition of Chinese MFA transcripts a <see cref="MfaTranscriptFormat"/> reads.</summary>
public enum MfaEdition
{
    /// <summary>English transcripts (official, reposts and machine translations of the Chinese text).</summary>
    English,
    /// <summary>Chinese transcripts (simplified or traditional characters, with or without injected pinyin).</summary>
    Chinese,
    /// <summary>Bilingual copies that print each turn in Chinese and then in English.</summary>
    Bilingual,
}

/// <summary>
/// The Chinese Foreign Ministry's press conference transcripts, every era, in three editions that share one mechanism:
/// English (the official fmprc.gov.cn pages, their reposts and machine translations), Chinese (mfa.gov.cn and reposts:
/// <c>问：</c>/<c>答：</c>, <c>&lt;outlet&gt;记者：</c>, traditional characters, injected pinyin) and bilingual learning-site
/// copies (each turn in Chinese then English, paired into one element with its <see cref="Translation"/>).
/// Outlet-labelled turns (2020 on), anonymous <c>Q:</c>/<c>A:</c> (before), surname labels, <c>Follow-up:</c>,
/// unlabelled opening announcements, greetings, a spokesperson introducing a colleague, "Daily Briefing Online",
/// "Spokesperson's Remarks" and 答记者问 pages.
/// </summary>
public sealed partial class MfaTranscriptFormat : BriefingFormat
{
    /// <summary>The id of the English edition.</summary>
    public const string FormatId = "mfa-transcript";

    /// <summary>The id of the Chinese edition.</summary>
    public const string ChineseFormatId = "mfa-transcript-zh";

    /// <summary>The id of the bilingual edition.</summary>
    public const string BilingualFormatId = "mfa-bilingual";

    private const string DefaultInstitution = "Ministry of Foreign Affairs of the People's Republic of China";

    /// <summary>The English edition.</summary>
    public MfaTranscriptFormat()
        : this(MfaEdition.English)
    {
    }

    /// <summary>The given edition.</summary>
    public MfaTranscriptFormat(MfaEdition edition)
    {
        if (!Enum.IsDefined(edition)) throw new ArgumentOutOfRangeException(nameof(edition), edition, "Unknown edition.");
        Edition = edition;
    }

    /// <summary>The edition this format reads.</summary>
    public MfaEdition Edition { get; }

    /// <inheritdoc />
    public override string Id => Edition switch
    {
        MfaEdition.Chinese => ChineseFormatId,
        MfaEdition.Bilingual => BilingualFormatId,
        _ => FormatId,
    };

    /// <inheritdoc />
    public override string Description => Edition switch
    {
        MfaEdition.Chinese => "Chinese Foreign Ministry press conference transcript in Chinese (mfa.gov.cn and reposts)",
        MfaEdition.Bilingual => "Chinese Foreign Ministry press conference, bilingual Chinese/English copy (learning sites)",
        _ => "Chinese Foreign Ministry press conference transcript in English (fmprc.gov.cn, reposts, machine translations)",
    };

    /// <summary>The BCP-47 tag of the edition's documents: "en", "zh" or "mul".</summary>
    private string Language => Edition switch
    {
        MfaEdition.Chinese => "zh",
        MfaEdition.Bilingual => "mul",
        _ => "en",
    };

    [GeneratedRegex(@"\b(?:held|hosted|gave|presided\s+over)\s+(?:a|the|its)\s+(?:regular\s+|routine\s+|daily\s+)?(?:press|news)\s+(?:conference|briefing)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadPattern();

    [GeneratedRegex(@"Spokes(?:person|man|woman)\s+(?<name>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex LeadNamePattern();

    /// <inheritdoc />
    public override FormatDetection Detect(DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The editions share one analysis of the text; the language of the running text says which edition it is.
        var evidence = context.GetOrAdd(typeof(MfaEvidence), Analyse);
        double score = evidence.Score;
        var reasons = new List<string>(evidence.Reasons);
        if (score > 0)
        {
            reasons.Add(evidence.Profile switch { "zh" => "text in Chinese", "mul" => "text in Chinese and English, interleaved", _ => "text in English" });
            if (evidence.Profile != Language) score *= 0.3;
        }
        if (reasons.Count == 0) reasons.Add("no MFA title, opening sentence or turn labels");
        return new FormatDetection(score, string.Join("; ", reasons));
    }

    /// <summary>What the detector found, before the edition is considered.</summary>
    private sealed record MfaEvidence(double Score, IReadOnlyList<string> Reasons, string Profile);

    private static MfaEvidence Analyse(DetectionContext context)
    {
        var lines = context.Lines;
        var text = context.WindowText;
        double score = 0;
        var reasons = new List<string>();

        MfaTitle? title = null;
        var titleLanguages = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Count && i < 200; i++)
        {
            if (lines[i].IsBlank) continue;
            var found = MfaTitle.TryRead(text, lines[i], NextNonBlank(lines, i));
            if (found is null) continue;
            title ??= found;
            titleLanguages.Add(found.Language);
            // A one-line page may carry its other-language title right after the first.
            if (found.Span.End < lines[i].Content.End
                && MfaTitle.TryRead(text, lines[i] with { Content = CharClass.Trim(text, found.Span.End, lines[i].Content.End) }, null) is { } second)
                titleLanguages.Add(second.Language);
            if (titleLanguages.Count == 2) break;
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
        var labels = new List<TurnLabel>();
        foreach (var line in lines)
        {
            if (line.IsBlank) continue;
            labels.Clear();
            if (reader.ReadAtLineStart(text, line.Content) is { Evidence: LabelEvidence.Known } first) labels.Add(first);
            // Labels glued to the previous sentence count too (a page stored as one line).
            reader.ReadInline(text, labels.Count > 0 ? labels[0].ContentStart : line.Content.Start + 1, line.Content.End, labels);
            foreach (var label in labels)
            {
                if (label.Role == TurnRole.Answer) answers++; else questions++;
                if (label.Anonymous)
                {
                    // Only the MFA's own anonymous labels count: "QUESTION:" and "Question:" are other ministries' styles.
                    var word = context[label.Label];
                    if (!word.StartsWith("Question", StringComparison.OrdinalIgnoreCase) && !word.StartsWith("Answer", StringComparison.OrdinalIgnoreCase)) anonymous++;
                }
                else if (label.Outlet is not null) outlets++;
                else if (label.Speaker is not null) named++;
            }
        }
        // Labels count only when questions and answers both occur: a news report quoting one "Reuters:" line is no transcript.
        int turns = anonymous + named + outlets;
        if (turns > 0 && questions > 0 && answers > 0)
        {
            score += Math.Min(0.4, 0.08 * turns);
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{turns} turn labels ({anonymous} Q/A, {outlets} outlet, {named} spokesperson)"));
        }

        // Never certainty: a user's own format that is sure of a text must be able to win.
        return new MfaEvidence(Math.Min(0.95, score), reasons, LanguageProfile(text, lines, titleLanguages.Count == 2));
    }

    /// <inheritdoc />
    public override PressBriefing Parse(ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Parser(context, Language).Run();
    }

    /// <summary>
    /// Which language the running text is in: "zh", "en", or "mul" when paragraphs in both alternate (or the page has
    /// titles in both). Chrome, short lines and markup do not count.
    /// </summary>
    internal static string LanguageProfile(string text, IReadOnlyList<SourceLine> lines, bool titlesInBoth)
    {
        int zh = 0, en = 0, switches = 0;
        string? last = null;
        foreach (var line in lines)
        {
            if (line.IsBlank || line.Content.Length < 12) continue;
            var raw = text.AsSpan(line.Content.Start, line.Content.Length);
            if (ChromeClassifier.Classify(raw) is not null) continue;
            var s = Markup.Contains(raw) ? TextNormalizer.Normalize(raw).AsSpan() : raw;
            int cjk = 0, latin = 0;
            foreach (char c in s)
            {
                if (CharClass.IsCjk(c)) cjk++;
                else if (char.IsAsciiLetter(c)) latin++;
            }
            if (cjk + latin < 8) continue;
            // A Chinese character carries about as much as a short English word.
            string language = cjk * 3 >= latin ? "zh" : "en";
            if (language == "zh") zh++; else en++;
            if (last is not null && last != language) switches++;
            last = language;
        }
        if (titlesInBoth || (zh >= 2 && en >= 2 && switches >= 3)) return "mul";
        return zh > en ? "zh" : "en";
    }

    private static SourceLine? NextNonBlank(IReadOnlyList<SourceLine> lines, int i)
    {
        for (int j = i + 1; j < lines.Count; j++)
        {
            if (!lines[j].IsBlank) return lines[j];
        }
        return null;
    }

    private static string Shorten(string s) => s.Length <= 90 ? s : string.Concat(s.AsSpan(0, 87), "...");

    /// <summary>One parse: state for a single document.</summary>
    private sealed class Parser(ParseContext context, string language)
    {
        private readonly string _text = context.Text;
        private readonly IReadOnlyList<SourceLine> _lines = context.Lines;
        private readonly ImmutableArray<BoilerplateBlock>.Builder _boilerplate = ImmutableArray.CreateBuilder<BoilerplateBlock>();

        public PressBriefing Run()
        {
            var (title, titleLast) = FindTitle();
            // A bilingual page prints its title in both languages, one after the other (on a one-line page, on the same line).
            Translation? titleTranslation = null;
            int titleEnd = title?.Span.End ?? 0;
            if (title is not null && OtherLanguageTitle(title, titleLast) is { } other)
            {
                titleTranslation = new Translation(other.Language, TextNormalizer.Normalize(context[other.Span]).Replace("\n\n", " ", StringComparison.Ordinal), other.Span);
                titleEnd = other.Span.End;
                while (titleLast + 1 < _lines.Count && _lines[titleLast + 1].Span.Start < titleEnd) titleLast++;
            }
            int bodyStart = title is not null ? titleLast + 1 : FindBodyStartWithoutTitle();
            DateTime? published = null;

            // Header: everything before the title (or before the first content) is site chrome.
            for (int i = 0; i < Math.Min(bodyStart, _lines.Count); i++)
            {
                var line = _lines[i];
                if (line.IsBlank || (title is not null && title.Span.OverlapsWith(line.Content)) || (titleTranslation is { } tt && tt.Span.OverlapsWith(line.Content))) continue;
                AddBoilerplate(ClassifyChrome(context[line.Content]) ?? BoilerplateKind.Navigation, line.Content);
                published ??= TranscriptChecks.ReadPublished(context, line.Content);
            }

            int headerChrome = _boilerplate.Count;
            var titleEntry = title?.Name is { } tn ? context.Directories.Spokespersons.FindByName(tn) : null;
            var reader = new MfaLabelReader(context.Directories, titleEntry, title?.Name, title?.Date, language);

            // Body: the lines after the title (and the rest of the title's line, when a page is one line).
            var body = new List<TextSpan>();
            if (title is not null && titleLast >= 0 && titleEnd < _lines[titleLast].Content.End)
            {
                var rest = CharClass.Trim(_text, titleEnd, _lines[titleLast].Content.End);
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
            // Site links at the very end ("新闻热点" / "刊文精选"): two or more short lines that are no sentences.
            int fragments = footerStart;
            while (fragments - 1 > lastLabel && IsFragment(context[body[fragments - 1]])) fragments--;
            if (footerStart - fragments >= 2) footerStart = fragments;
            int firstLabel = Array.FindIndex(lineLabels, l => l is { Evidence: LabelEvidence.Known });
            if (firstLabel < 0) firstLabel = body.Count;

            // Pieces of content with their labels; chrome lines become boilerplate and break the current turn.
            var pieces = new List<Piece?>(); // null = a break
            DateOnly? dateLine = null;
            var inline = new List<TurnLabel>();
            for (int i = 0; i < footerStart; i++)
            {
                var content = body[i];
                var label = lineLabels[i];
                if (label is null && ClassifyChrome(context[content]) is { } kind)
                {
                    AddBoilerplate(kind, content);
                    published ??= TranscriptChecks.ReadPublished(context, content);
                    dateLine ??= i < firstLabel && kind == BoilerplateKind.Metadata ? ReadDate(content) : null;
                    pieces.Add(null);
                    continue;
                }
                if (label is null && i < firstLabel && IsFragment(context[content]))
                {
                    // Before the first question, a line that is no sentence is a caption or a heading, not an announcement.
                    AddBoilerplate(BoilerplateKind.Other, content);
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
            Speaker? main = mainEntry?.ToSpeaker(language) ?? (mainName is null ? null : new Speaker(mainName) { Role = "spokesperson" });
            if (mainName is not null && mainEntry is null)
            {
                context.Report(DiagnosticCodes.UnknownSpokesperson, DiagnosticSeverity.Info,
                    $"The spokesperson '{mainName}' is not in the spokesperson directory; add them with BriefingParserBuilder.AddSpokespersons.", title?.Span);
            }

            // Without a title, a lead or any header, the page may begin in the middle of a conference.
            bool beginsMidway = title is null && lead is null && headerChrome == 0;
            var assembler = new TranscriptAssembler(context, main, beginsMidway, bilingual: language == "mul");
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

            var date = ResolveDate(title, lead, published, dateLine);
            TranscriptChecks.Report(context, title?.Span, date, main, exchanges, announcements);

            return new PressBriefing
            {
                Language = language,
                Title = title is null ? null : TextNormalizer.Normalize(context[title.Span]).Replace("\n\n", " ", StringComparison.Ordinal),
                TitleSpan = title?.Span,
                TitleTranslation = titleTranslation,
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

        private SourceLine? NextNonBlank(int i) => MfaTranscriptFormat.NextNonBlank(_lines, i);

        /// <summary>The title in the other language right after <paramref name="title"/>: on the rest of its line, or on the next line.</summary>
        private MfaTitle? OtherLanguageTitle(MfaTitle title, int titleLast)
        {
            var line = _lines[titleLast];
            MfaTitle? other = null;
            if (title.Span.End < line.Content.End)
            {
                var rest = CharClass.Trim(_text, title.Span.End, line.Content.End);
                if (!rest.IsEmpty) other = MfaTitle.TryRead(_text, line with { Content = rest }, null);
            }
            else if (NextNonBlankIndex(titleLast) is int next)
            {
                other = MfaTitle.TryRead(_text, _lines[next], NextNonBlank(next));
            }
            return other is not null && other.Language != title.Language ? other : null;
        }

        private int? NextNonBlankIndex(int i)
        {
            for (int j = i + 1; j < _lines.Count; j++)
            {
                if (!_lines[j].IsBlank) return j;
            }
            return null;
        }

        /// <summary>A short line that is no sentence: a caption, a heading, a menu item.</summary>
        private static bool IsFragment(ReadOnlySpan<char> line) =>
            line.Length <= 60 && line.IndexOfAny(SentenceStops) < 0;

        private static readonly System.Buffers.SearchValues<char> SentenceStops = System.Buffers.SearchValues.Create(".?!。？！");

        private int FindBodyStartWithoutTitle()
        {
            context.Report(DiagnosticCodes.NoTitle, DiagnosticSeverity.Info, "No title was found.");
            var reader = new MfaLabelReader(context.Directories, null, null, null, language);
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
                if (pieces[i] is not { Label: { } label } piece) continue;
                bool accept = true;
                if (label.Evidence == LabelEvidence.Shape)
                {
                    if (label.Anonymous) accept = anonymousColon >= 2;
                    else if (label.Outlet is not null || label.Speaker is not null) accept = knownColon >= 1;
                    else accept = namedAnswers && NextLabelIsAnswer(pieces, i);
                    if (!accept) pieces[i] = new Piece(label.Label.Start, piece.End, null);
                }
                if (accept && label.Role != TurnRole.Answer && label.Outlet is null && !label.Anonymous)
                {
                    context.Report(DiagnosticCodes.UnknownLabel, DiagnosticSeverity.Info,
                        $"'{TextNormalizer.Normalize(context[label.Label])}' is not a known outlet; it was taken as a question label.", label.Label);
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

        private DateOnly? ResolveDate(MfaTitle? title, TextBlock? lead, DateTime? published, DateOnly? dateLine)
        {
            // A statement page (答记者问, "Remarks on ...") carries no date in its title; it is issued the day the page's
            // own date line says ("来源： 2017-07-29"), which is read only when it follows the title.
            if (title is { Date: null } && IsStatementKind(title.Kind) && dateLine is { } issued && lead is null) return issued;
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

        private static bool IsStatementKind(string kind) =>
            kind is "答记者问" or "发表谈话" or "答问" or "表态" || kind.StartsWith("Remarks", StringComparison.Ordinal)
            || kind.StartsWith("Statement", StringComparison.Ordinal) || kind.StartsWith("Comment", StringComparison.Ordinal) || kind.StartsWith("Answer", StringComparison.Ordinal);

        private DateOnly? ReadDate(TextSpan line)
        {
            var s = context[line];
            int digit = s.IndexOfAnyInRange('0', '9');
            return digit >= 0 && DateText.TryReadNumericDateTime(s[digit..], out var value, out _, out _) ? DateOnly.FromDateTime(value) : null;
        }

        /// <summary>Chrome on its own, or the title of another briefing (a related-news list).</summary>
        private static BoilerplateKind? ClassifyChrome(ReadOnlySpan<char> line)
        {
            // A title of another briefing is related news even when it opens with its date ("2019年3月11日外交部发言人…").
            var kind = ChromeClassifier.Classify(line);
            return kind is null or BoilerplateKind.Metadata && MfaTitle.LooksLikeTitle(line) ? BoilerplateKind.Related : kind;
        }

        private void AddBoilerplate(BoilerplateKind kind, TextSpan span) =>
            _boilerplate.Add(new BoilerplateBlock(kind, context.TextOf(span), span));
    }
}
