using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Formats.NewsReport;

/// <summary>
/// News reports of a briefing (wire services, state media, reposts), in English and Chinese: reported and quoted
/// speech with no turn labels. Each attributed claim becomes a <see cref="Statement"/> with its speaker: named
/// spokespersons, pronouns and descriptions carried over from the last person named, institutions ("China",
/// "the foreign ministry", "中国外交部") and third parties, with the carrier of "According to &lt;outlet&gt;" as
/// <see cref="Statement.Via"/>. Datelines, bylines, captions, tags and related links are boilerplate.
/// </summary>
public sealed partial class NewsReportFormat : BriefingFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "news-report";

    private const string MfaInstitution = "Ministry of Foreign Affairs of the People's Republic of China";

    /// <inheritdoc />
    public override string Id => FormatId;

    /// <inheritdoc />
    public override string Description => "News report of a briefing in reported speech (English, Chinese)";

    [GeneratedRegex(@"\b(?:(?:regular|daily|routine|weekly|regular\s+daily)\s+)?(?:press|news)\s+(?:conference|briefing)s?\b|例行记者会|记者会|新闻发布会|吹风会", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BriefingMention();

    // Within one sentence on one line: "a foreign ministry spokesman said", "said Guo Jiakun, a spokesperson", "发言人汪文斌表示".
    [GeneratedRegex(@"\b(?:spokes(?:person|man|woman)|Foreign\s+Ministry|foreign\s+ministry)\b[^.\n]{0,160}?\b(?:said|says|stated|told|added|noted|remarked)\b|\b(?:said|stated)\b[^.\n]{0,60}?\bspokes(?:person|man|woman)\b|发言人[^。\n]{0,40}?(?:表示|指出|强调|说)|外交部[^。\n]{0,10}?(?:表示|说|称)", RegexOptions.CultureInvariant)]
    private static partial Regex SpokespersonSaid();

    [GeneratedRegex(@"\b(?:said|stated|remarked|added|noted|stressed|emphasi[sz]ed|told)\b|表示|指出|强调", RegexOptions.CultureInvariant)]
    private static partial Regex SpeechVerb();

    // "BEIJING, June 16 (Reuters) -", "Beijing:", "BEIJING, Jan. 14 (Xinhua) --"
    [GeneratedRegex(@"^(?<city>\p{Lu}[\p{L}.'’\- ]{1,30}?)(?:\s*,\s*(?<md>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}))?\s*(?:\((?<agency>[^)]{2,40})\))?\s*(?:--?|–|—|:)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    // "新华社北京7月11日电", "中新网北京1月14日电（记者 张三）"
    [GeneratedRegex(@"^[^，。,\s]{0,12}?\d{1,2}月\d{1,2}日电(?:[（(][^）)]{0,30}[）)])?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDateline();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*(?:-|/|\.|年)\s*(?<m>\d{1,2})\s*(?:-|/|\.|月)\s*(?<d>\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?:EDT|EST|PDT|PST|CDT|CST\b(?!\s*\())|Press release", RegexOptions.CultureInvariant)]
    private static partial Regex UsMarkers();

    [GeneratedRegex(@"\byesterday\b|昨天|昨日", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Yesterday();

    // "外交部发言人汪文斌12日在例行记者会上表示": the day of the month of the briefing.
    [GeneratedRegex(@"(?<!\d|月)(?<d>\d{1,2})日(?:在|表示|说|指出|强调|举行|回答)", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDayOfMonth();

    /// <inheritdoc />
    public override FormatDetection Detect(DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A transcript's turn labels settle it at once.
        int labels = CountLabelLines(context);
        if (labels >= 2) return FormatDetection.None(string.Create(CultureInfo.InvariantCulture, $"{labels} turn labels: a transcript"));
        var text = context.WindowText;
        double score = 0;
        var reasons = new List<string>();
        if (BriefingMention().IsMatch(text))
        {
            score += 0.3;
            reasons.Add("mentions a press conference or briefing");
        }
        var said = SpokespersonSaid().Match(text);
        if (said.Success)
        {
            score += 0.35;
            reasons.Add($"reported speech '{Shorten(said.Value)}'");
        }
        int verbs = SpeechVerb().Count(text);
        if (verbs >= 2)
        {
            score += Math.Min(0.2, 0.04 * verbs);
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{verbs} speech verbs"));
        }
        var first = context.Lines.FirstOrDefault(l => !l.IsBlank && l.Content.Length > 40);
        if (first.Content.Length > 0 && (Dateline().IsMatch(context[first.Content]) || ChineseDateline().IsMatch(context[first.Content])))
        {
            score += 0.1;
            reasons.Add("dateline");
        }
        if (!said.Success)
        {
            // Without speech attributed to a spokesperson or ministry, a text is not a report of a briefing.
            score = Math.Min(score, 0.25);
        }
        if (reasons.Count == 0) reasons.Add("no reported speech about a briefing");
        return new FormatDetection(Math.Min(0.95, score), string.Join("; ", reasons));
    }

    /// <summary>
    /// Lines of the window that open with a turn label printed with its delimiter, as the lexing pass read them; times,
    /// metadata keys, datelines and discourse words give no label.
    /// </summary>
    private static int CountLabelLines(DetectionContext context)
    {
        var lexed = context.Lexed;
        int count = 0;
        for (int i = 0; i < lexed.WindowLineCount; i++)
        {
            if (lexed.TryGetLabel(i, out var label) && label.Delimiter is LabelDelimiter.Colon or LabelDelimiter.FullStop or LabelDelimiter.Hint
                && label.ContentStart < lexed[i].Content.End) count++;
        }
        return count;
    }

    /// <inheritdoc />
    public override PressBriefing Parse(ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Parser(context).Run();
    }

    private static string Shorten(string s)
    {
        s = TextNormalizer.Normalize(s);
        return s.Length <= 70 ? s : string.Concat(s.AsSpan(0, 67), "...");
    }

    /// <summary>A sentence with its attribution, before statements are grouped.</summary>
    private sealed class Sentence(TextSpan span, Attribution? attribution)
    {
        public TextSpan Span { get; set; } = span;
        public Attribution? Attribution { get; } = attribution;
        public Speaker? Speaker { get; set; }
        public Outlet? Via { get; set; }
        public bool Quoted { get; set; }
    }

    private sealed class Parser(ParseContext context)
    {
        private readonly string _text = context.Text;
        private readonly ImmutableArray<BoilerplateBlock>.Builder _boilerplate = ImmutableArray.CreateBuilder<BoilerplateBlock>();

        public PressBriefing Run()
        {
            string language = MostlyChinese(_text) ? "zh" : "en";
            var lines = context.Lines;
            var lexedLines = context.Lexed.Lines.ToArray();

            // Header: the lines before the first paragraph of running text (headline, bylines, metadata, captions);
            // footer: from the first related-links or tag heading after the article on.
            var paragraphs = new List<TextSpan>();
            TextSpan? title = null;
            var headerText = new List<TextSpan>();
            bool bodyStarted = false, footer = false;
            foreach (var line in lines)
            {
                if (line.IsBlank) continue;
                var content = context[line.Content];
                var kind = lexedLines[line.Index].Chrome;
                if (footer || (bodyStarted && kind is { } k && Lexing.ChromeClassifier.StartsFooter(k)))
                {
                    footer = true;
                    AddBoilerplate(kind ?? BoilerplateKind.Related, line.Content);
                    continue;
                }
                if (kind is { } chrome)
                {
                    AddBoilerplate(chrome, line.Content);
                    if (chrome is BoilerplateKind.Metadata) headerText.Add(line.Content);
                    continue;
                }
                if (!bodyStarted && !IsRunningText(content))
                {
                    // The headline and header metadata ("Reuters | Beijing | Updated: 23-04-2020 13:34 IST").
                    headerText.Add(line.Content);
                    var rest = LeadingDateStamp(line.Content) ?? line.Content;
                    if (rest.IsEmpty) AddBoilerplate(BoilerplateKind.Metadata, line.Content);
                    else if (title is null) title = rest;
                    else AddBoilerplate(BoilerplateKind.Metadata, line.Content);
                    continue;
                }
                bodyStarted = true;
                paragraphs.Add(line.Content);
            }
            if (title is { } t && t.Length > 0)
            {
                // A stored date glued before the headline (" date 2025-01-14 ") is metadata.
                var titleLine = lines.First(l => l.Content.Contains(t)).Content;
                if (t.Start > titleLine.Start) AddBoilerplate(BoilerplateKind.Metadata, Trim(titleLine.Start, t.Start));
            }

            var reportDate = FindReportDate(headerText, paragraphs);
            var finder = new AttributionFinder(context.Directories, language, reportDate);

            // Sentences with their attributions.
            var byParagraph = new List<List<Sentence>>();
            var spans = new List<TextSpan>();
            for (int p = 0; p < paragraphs.Count; p++)
            {
                var paragraph = paragraphs[p];
                if (p == 0) paragraph = StripDateline(paragraph);
                spans.Clear();
                SentenceSplitter.Split(_text, paragraph, spans);
                var sentences = new List<Sentence>(spans.Count);
                foreach (var s in spans) sentences.Add(new Sentence(s, finder.Find(_text[s.Start..s.End])));
                byParagraph.Add(sentences);
            }

            var statements = Attribute(byParagraph);
            if (statements.IsEmpty)
                context.Report(DiagnosticCodes.NoStatements, DiagnosticSeverity.Warning, "No attributed statement was found in the report.");

            // The briefing's spokespersons are those of the institution whose spokesperson speaks first; a spokesperson of
            // another institution quoted in the report ("State Department spokesperson Ned Price said") is a third party.
            string? InstitutionOf(Speaker speaker) => context.Directories.Spokespersons.FindByName(speaker.NameEn ?? speaker.Name)?.Institution;
            var spokespersons = ImmutableArray.CreateBuilder<Speaker>();
            string? institution = null;
            foreach (var s in statements)
            {
                if (s.Speaker is not { Role: "spokesperson" } sp || spokespersons.Any(x => x.Name == sp.Name)) continue;
                // A spokesperson the directory does not know belongs to no institution we can tell: keep them.
                var of = InstitutionOf(sp);
                institution ??= of;
                if (of is null || of == institution) spokespersons.Add(sp);
            }
            if (spokespersons.Count == 0)
                context.Report(DiagnosticCodes.NoSpokesperson, DiagnosticSeverity.Warning, "No spokesperson is named as a speaker.");

            var date = BriefingDate(reportDate, statements, paragraphs);
            if (date is null)
                context.Report(DiagnosticCodes.NoDate, DiagnosticSeverity.Warning, "The report gives no date for the briefing.");

            return new PressBriefing
            {
                Language = language,
                Title = title is { } ts ? context.TextOf(ts) : null,
                TitleSpan = title,
                Institution = institution ?? (_text.Contains("外交部", StringComparison.Ordinal) || _text.Contains("Chinese Foreign Ministry", StringComparison.Ordinal) ? MfaInstitution : null),
                Date = date,
                Spokespersons = spokespersons.ToImmutable(),
                Statements = statements,
                Boilerplate = [.. _boilerplate.OrderBy(b => b.Span.Start)],
            };
        }

        /// <summary>Speakers for every sentence, then runs of sentences with one speaker in a paragraph become one statement.</summary>
        private ImmutableArray<Statement> Attribute(List<List<Sentence>> paragraphs)
        {
            Speaker? lastPerson = null, lastSpokesperson = null;
            var pendingInstitution = new List<Sentence>();
            var pendingDescription = new List<Sentence>();
            var result = ImmutableArray.CreateBuilder<Statement>();
            foreach (var sentences in paragraphs)
            {
                foreach (var s in sentences)
                {
                    var a = s.Attribution;
                    if (a is null) continue;
                    s.Via = a.Via;
                    s.Quoted = IsQuoted(_text.AsSpan(s.Span.Start, s.Span.Length));
                    switch (a.Kind)
                    {
                        case SubjectKind.Person when a.ClaimsEarlierComments:
                            // "Ministry spokesman Geng Shuang made the comments ...": what was put to the ministry was his.
                            foreach (var earlier in pendingInstitution) earlier.Speaker = a.Speaker;
                            pendingInstitution.Clear();
                            lastPerson = a.Speaker;
                            if (a.Speaker is { Role: "spokesperson" }) lastSpokesperson = a.Speaker;
                            s.Speaker = null;
                            s.Via = null;
                            continue;
                        case SubjectKind.Person:
                            s.Speaker = a.Speaker;
                            lastPerson = a.Speaker;
                            if (a.Speaker is { Role: "spokesperson" })
                            {
                                lastSpokesperson = a.Speaker;
                                foreach (var earlier in pendingDescription) earlier.Speaker = a.Speaker;
                                pendingDescription.Clear();
                            }
                            pendingInstitution.Clear();
                            break;
                        case SubjectKind.Institution:
                            s.Speaker = a.Speaker;
                            pendingInstitution.Add(s);
                            break;
                        case SubjectKind.Pronoun:
                            s.Speaker = lastPerson;
                            break;
                        case SubjectKind.Description:
                            s.Speaker = lastSpokesperson ?? lastPerson;
                            // "a foreign ministry spokesman said ..." before any name: the spokesperson named next.
                            if (s.Speaker is null) pendingDescription.Add(s);
                            break;
                    }
                }

                // Inside a paragraph, a sentence without attribution continues the statement before it; a quotation or
                // an "According to <outlet>" before the attribution belongs to the one after it.
                for (int i = 0; i < sentences.Count; i++)
                {
                    var s = sentences[i];
                    if (s.Speaker is not null || s.Attribution is { ClaimsEarlierComments: true } or { Kind: SubjectKind.Document }) continue;
                    var before = i > 0 ? sentences[i - 1] : null;
                    // Unattributed sentences continue a statement when they carry on a quotation, or in short paragraphs;
                    // in long runs of text (a page on one line) they are the reporter's own narration.
                    bool continues = _text[s.Span.Start] is '"' or '“' || (before is not null && OpensQuote(_text.AsSpan(before.Span.Start, before.Span.Length))) || sentences.Count <= 3;
                    if (continues && before?.Speaker is not null && before.Attribution is not { Kind: SubjectKind.Document })
                    {
                        s.Speaker = before.Speaker;
                        s.Via ??= before.Via;
                        s.Quoted = before.Quoted;
                        continue;
                    }
                    bool opensQuote = _text[s.Span.Start] is '"' or '“';
                    bool carried = s.Attribution is { Kind: SubjectKind.Carrier };
                    if (opensQuote || carried)
                    {
                        var after = sentences.Skip(i + 1).FirstOrDefault(x => x.Speaker is not null);
                        if (after is not null)
                        {
                            s.Speaker = after.Speaker;
                            s.Quoted = opensQuote || after.Quoted;
                            if (carried) after.Via ??= s.Attribution!.Via;
                            s.Via ??= after.Via;
                        }
                    }
                }
            }

            foreach (var sentences in paragraphs)
            {
                int i = 0;
                while (i < sentences.Count)
                {
                    var s = sentences[i];
                    if (s.Speaker is null)
                    {
                        i++;
                        continue;
                    }
                    int j = i + 1;
                    while (j < sentences.Count && sentences[j].Speaker is { } next && next.Name == s.Speaker.Name) j++;
                    // A Chinese sentence may open with page text before its subject ("... 8world Weibo 中国外交部说,...").
                    int start = s.Span.Start + (s.Attribution?.SubjectStart ?? 0);
                    var span = TextSpan.FromBounds(start, sentences[j - 1].Span.End);
                    var via = sentences.Skip(i).Take(j - i).Select(x => x.Via).FirstOrDefault(v => v is not null);
                    result.Add(new Statement(s.Speaker, s.Quoted ? StatementMode.Quoted : StatementMode.Reported, context.TextOf(span), span) { Via = via });
                    i = j;
                }
            }
            return result.ToImmutable();
        }

        /// <summary>Whether a quotation opened in the sentence is still open at its end.</summary>
        private static bool OpensQuote(ReadOnlySpan<char> sentence)
        {
            int open = sentence.Count('“') - sentence.Count('”');
            return open > 0 || sentence.Count('"') % 2 == 1;
        }

        private static bool IsQuoted(ReadOnlySpan<char> sentence) =>
            sentence.Length > 0 && (sentence[0] is '"' or '“' || sentence.Contains(",\"", StringComparison.Ordinal) || sentence.Contains(",”", StringComparison.Ordinal));

        /// <summary>The report's own date: a date line in the header, or a publication stamp before the article text.</summary>
        private DateOnly? FindReportDate(List<TextSpan> header, List<TextSpan> paragraphs)
        {
            bool monthFirst = UsMarkers().IsMatch(_text.AsSpan(0, Math.Min(_text.Length, 4096)));
            var regions = new List<string>();
            foreach (var h in header) regions.Add(_text[h.Start..h.End]);
            // One-line pages hold their header inside the first paragraph, before the first attributed sentence.
            if (paragraphs.Count > 0)
            {
                var first = paragraphs[0];
                regions.Add(_text.Substring(first.Start, Math.Min(first.Length, 400)));
            }
            foreach (var region in regions)
            {
                var candidates = new List<(int Index, DateOnly Date)>();
                if (IsoDate().Match(region) is { Success: true } iso && TryDate(iso, out var isoDate)) candidates.Add((iso.Index, isoDate));
                if (context.Lexicon.Dates.TryFindWrittenDate(region, out var en, out int enIndex, out _)) candidates.Add((enIndex, en));
                if (DateReader.TryFindNumericDate(region, monthFirst, out var num, out int numIndex)) candidates.Add((numIndex, num));
                if (candidates.Count > 0) return candidates.MinBy(c => c.Index).Date;
            }
            // A dateline's month and day, completed with no year, gives nothing reliable on its own.
            return null;
        }

        private static bool TryDate(Match m, out DateOnly date)
        {
            int y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            int mo = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            int d = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            date = default;
            if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
            date = new DateOnly(y, mo, d);
            return true;
        }

        /// <summary>
        /// The briefing's date: the weekday the report gives ("on Tuesday", "Monday's news conference") resolved to the
        /// date on or before the report's own date; "yesterday" the day before; otherwise the report's date.
        /// </summary>
        private DateOnly? BriefingDate(DateOnly? reportDate, ImmutableArray<Statement> statements, List<TextSpan> paragraphs)
        {
            if (reportDate is not { } anchor) return null;
            // First a day given next to the briefing itself ("at a regular press conference on Tuesday", "Monday's news conference").
            foreach (var p in paragraphs)
            {
                string text = _text[p.Start..p.End];
                foreach (Match m in BriefingMention().Matches(text))
                {
                    int from = Math.Max(0, m.Index - 60);
                    var near = text[from..Math.Min(text.Length, m.Index + m.Length + 40)];
                    if (context.Lexicon.Dates.FindWeekday(near) is { } weekday) return DateReader.OnOrBefore(weekday, anchor);
                    if (ChineseDayOfMonth().Match(text[from..(m.Index + m.Length)]) is { Success: true } dm && DayOfMonthOnOrBefore(dm, anchor) is { } day) return day;
                }
            }
            // Then the day the statements were made ("said on Thursday").
            foreach (var text in statements.Select(s => s.Text))
            {
                if (context.Lexicon.Dates.FindWeekday(text) is { } weekday) return DateReader.OnOrBefore(weekday, anchor);
                if (ChineseDayOfMonth().Match(text) is { Success: true } dm && DayOfMonthOnOrBefore(dm, anchor) is { } day) return day;
                if (Yesterday().IsMatch(text)) return anchor.AddDays(-1);
            }
            return anchor;
        }

        private static DateOnly? DayOfMonthOnOrBefore(Match m, DateOnly anchor)
        {
            int day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            for (var month = new DateOnly(anchor.Year, anchor.Month, 1); month >= new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(-1); month = month.AddMonths(-1))
            {
                if (day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, day) <= anchor) return new DateOnly(month.Year, month.Month, day);
            }
            return null;
        }

        /// <summary>The first paragraph without its dateline ("Beijing:", "BEIJING, June 16 (Reuters) -"), which becomes metadata.</summary>
        private TextSpan StripDateline(TextSpan paragraph)
        {
            var s = _text.Substring(paragraph.Start, Math.Min(paragraph.Length, 120));
            var m = Dateline().Match(s);
            if (m.Success)
            {
                var city = m.Groups["city"].Value.Trim();
                bool dateline = city.Split(' ').Length <= 3 && (m.Groups["agency"].Success || m.Groups["md"].Success || city.All(c => !char.IsLower(c)) || m.Value.TrimEnd().EndsWith(':'))
                    && context.Directories.Spokespersons.FindByName(city) is null && context.Directories.Outlets.FindByLabel(city) is null;
                if (!dateline) m = Match.Empty;
            }
            if (!m.Success) m = ChineseDateline().Match(s);
            if (!m.Success || m.Length >= paragraph.Length) return paragraph;
            AddBoilerplate(BoilerplateKind.Metadata, Trim(paragraph.Start, paragraph.Start + m.Length));
            return TextSpan.FromBounds(paragraph.Start + m.Length, paragraph.End);
        }

        private static readonly System.Buffers.SearchValues<char> SentenceStops = System.Buffers.SearchValues.Create(".。!?！？");

        /// <summary>A line of running text: long enough and ending like a sentence (headlines and stamps do not).</summary>
        private static bool IsRunningText(ReadOnlySpan<char> line) =>
            line.Length > 200 || (line.Length >= 40 && line.IndexOfAny(SentenceStops) >= 0 && (CharClass.IsSentenceEnd(line[^1]) || line[^1] is '。'));

        /// <summary>The part of a header line after a stored date stamp (" date 2025-01-14 China says ..."), or <see langword="null"/>.</summary>
        private TextSpan? LeadingDateStamp(TextSpan line)
        {
            var s = context[line];
            int i = 0;
            if (s.StartsWith("date ", StringComparison.OrdinalIgnoreCase)) i = 5;
            if (i == 0) return null;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '-')) i++;
            return Trim(line.Start + i, line.End);
        }

        private static bool MostlyChinese(string text)
        {
            int cjk = 0, latin = 0;
            foreach (char c in text.AsSpan(0, Math.Min(text.Length, 8192)))
            {
                if (CharClass.IsCjk(c)) cjk++;
                else if (char.IsAsciiLetter(c)) latin++;
            }
            return cjk > latin / 2;
        }

        private void AddBoilerplate(BoilerplateKind kind, TextSpan span)
        {
            if (!span.IsEmpty) _boilerplate.Add(new BoilerplateBlock(kind, context.TextOf(span), span));
        }

        private TextSpan Trim(int start, int end)
        {
            while (start < end && CharClass.IsSpace(_text[start])) start++;
            while (end > start && CharClass.IsSpace(_text[end - 1])) end--;
            return TextSpan.FromBounds(start, end);
        }
    }
}
