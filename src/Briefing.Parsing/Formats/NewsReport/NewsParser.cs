using System.Collections.Immutable;

using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Formats.NewsReport;

/// <summary>
/// Parses a news report of a briefing: the layout from the lexing pass, sentences and quotations, one attribution per
/// sentence, then one chain that gives every sentence its speaker (pronouns and descriptions to the person named before,
/// quotations to the attribution that closes them or comes in the next sentence or paragraph, institutions' words to the
/// spokesperson who is said to have made them), statements grouped from sentences, the briefing's spokespersons and
/// institution from the directory, and the briefing's date.
/// </summary>
internal sealed class NewsParser
{
    private readonly ParseContext _context;
    private readonly LexedText _lexed;
    private readonly NewsLexicon _lex;
    private readonly string _text;
    private readonly string _folded;
    private readonly string _language;
    private readonly ImmutableArray<BoilerplateBlock>.Builder _boilerplate = ImmutableArray.CreateBuilder<BoilerplateBlock>();

    public NewsParser(ParseContext context)
    {
        _context = context;
        _lexed = context.Lexed;
        _lex = NewsLexicon.Of(context.Lexicon);
        _text = context.Text;
        _language = _lexed.MostlyChinese ? "zh" : "en";
        _folded = _lexed.CjkCount > 0 ? ChineseText.ToSimplified(_text) : _text;
    }

    /// <summary>A sentence with what the chain made of it.</summary>
    private sealed class Unit(Sentence sentence, int block)
    {
        public Sentence S { get; } = sentence;
        public int Block { get; } = block;
        public Attribution? A { get; set; }
        public Speaker? Speaker { get; set; }
        public Subject? Subject { get; set; }
        public Outlet? Via { get; set; }
        /// <summary>A claim or a journalist's question: attribution, not statement text.</summary>
        public bool Excluded { get; set; }
        /// <summary>The unit starts a statement of its own even when the speaker is the one before ('"...," she said. "...," she stressed.').</summary>
        public bool Starts { get; set; }
        /// <summary>The unit continues the statement of the paragraph before (a quotation over paragraphs, a labelled answer's next paragraph).</summary>
        public bool Continues { get; set; }

        public bool Explicit => A is { IsQuestion: false, Claim: false } a && a.Subject.Kind is not (SubjectKind.Carrier or SubjectKind.Document or SubjectKind.Reporter);

        public bool PersonLike => A is { IsQuestion: false } a && a.Subject.Kind is SubjectKind.Person or SubjectKind.Pronoun or SubjectKind.Description;
    }

    public PressBriefing Run()
    {
        var layout = NewsLayout.Read(_lexed, _lex, _language);
        var reportDate = NewsDates.ReportDate(_lexed, _lex, layout, _language);
        var scanner = new AttributionScanner(_lex, _lexed, _folded, _language) { ReportDate = reportDate, InstitutionId = DominantInstitution() };

        foreach (var (kind, span) in layout.Header) AddBoilerplate(kind, span);
        if (layout.Dateline is { } dl) AddBoilerplate(BoilerplateKind.Metadata, dl.Span);

        // Sentences and their attributions, paragraph by paragraph, up to the footer.
        var splitter = new SentenceSplitter(_lex.Abbreviations);
        var units = new List<List<Unit>>(layout.Body.Count);
        var intros = new Dictionary<int, Subject>();
        var sentences = new List<Sentence>();
        int footer = layout.Body.Count;
        bool attributed = false;
        for (int b = 0; b < layout.Body.Count; b++)
        {
            var block = layout.Body[b];
            var list = new List<Unit>();
            units.Add(list);
            if (!block.Prose)
            {
                if (attributed && block.Chrome is { } chrome && ChromeClassifier.StartsFooter(chrome))
                {
                    footer = b;
                    break;
                }
                // "3. SOUNDBITE (Mandarin) Lin Jian, Chinese Foreign Ministry Spokesperson:" introduces the next paragraph.
                if (block.Chrome is null && Intro(block, scanner) is { } intro) intros[b + 1] = intro;
                continue;
            }
            sentences.Clear();
            splitter.Split(_text, block.Span, sentences);
            foreach (var s in sentences)
            {
                var unit = new Unit(s, b) { A = scanner.Find(s) };
                list.Add(unit);
                if (unit.Explicit) attributed = true;
            }
            if (block.Label is { } label && list.Count > 0 && list[0].A is null && scanner.ResolveLabel(label) is { Kind: SubjectKind.Person } labelled)
            {
                list[0].A = new Attribution(labelled);
                attributed = true;
            }
            // A paragraph that ends with a colon ("Guo said:") introduces the next one.
            if (list.Count > 0 && CharClass.IsColon(_text[block.Span.End - 1]) && list[^1].A is { } a && a.Subject.Kind is SubjectKind.Person or SubjectKind.Pronoun or SubjectKind.Description)
                intros[b + 1] = a.Subject;
        }

        // The header's last line may introduce the first paragraph ("3. SOUNDBITE (Mandarin) Lin Jian, Spokesperson:").
        if (layout.HeaderLines.Count > 0 && layout.Body.Count > 0 && layout.Body[0].Prose)
        {
            ref readonly var last = ref _lexed[layout.HeaderLines[^1]];
            if (last.Chrome is null && Intro(new NewsBlock(last.Index, last.Content, false), scanner) is { } intro) intros[0] = intro;
        }

        Chain(layout, units, footer, intros, scanner);
        var statements = Group(layout, units, footer, out var entries, out var questions);

        // The footer: from the first break after the last paragraph with a statement (or the footer heading) on.
        int lastStatementBlock = -1;
        for (int b = 0; b < Math.Min(footer, units.Count); b++)
        {
            if (units[b].Any(u => u.Speaker is not null && !u.Excluded)) lastStatementBlock = b;
        }
        int footerStart = footer;
        for (int b = lastStatementBlock + 1; b < footer; b++)
        {
            if (!layout.Body[b].Prose)
            {
                footerStart = b;
                break;
            }
        }
        bool related = false;
        for (int b = 0; b < layout.Body.Count; b++)
        {
            var block = layout.Body[b];
            if (b < footerStart)
            {
                if (!block.Prose) AddBoilerplate(block.Chrome ?? (intros.ContainsKey(b + 1) ? BoilerplateKind.Metadata : BoilerplateKind.Other), block.Span);
                continue;
            }
            if (block.Chrome is BoilerplateKind.Related) related = true;
            AddBoilerplate(block.Chrome ?? (related ? BoilerplateKind.Related : BoilerplateKind.Footer), block.Span);
        }

        if (statements.Count == 0)
            _context.Report(DiagnosticCodes.NoStatements, DiagnosticSeverity.Warning, "No attributed statement was found in the report.");

        // The briefing's spokespersons: the directory's people of the institution whose spokesperson speaks at the briefing.
        var (institutionId, spokespersons, briefingEntry) = Spokespersons(statements, entries, units, footerStart);
        if (spokespersons.Count == 0)
            _context.Report(DiagnosticCodes.NoSpokesperson, DiagnosticSeverity.Warning, "No spokesperson is named as a speaker.");
        string? institution = institutionId is null ? null : _context.Directories.Institutions.FindById(institutionId)?.Name ?? briefingEntry?.Institution;

        var date = BriefingDate(layout, units, footerStart, reportDate, institutionId, spokespersons, briefingEntry);
        if (date is null)
            _context.Report(DiagnosticCodes.NoDate, DiagnosticSeverity.Warning, "The report gives no date for the briefing.");

        var built = ImmutableArray.CreateBuilder<Statement>(statements.Count);
        for (int i = 0; i < statements.Count; i++)
        {
            var (speaker, mode, span, via) = statements[i];
            var statement = new Statement(speaker, mode, _context.TextOf(span), span)
            {
                Via = via,
                Question = questions[i] is { } q && !q.IsEmpty ? new TextBlock(_context.TextOf(q), q) : null,
            };
            built.Add(statement);
        }

        return new PressBriefing
        {
            Language = _language,
            Title = layout.Title is { } t ? _context.TextOf(t) : null,
            TitleSpan = layout.Title,
            Institution = institution,
            Date = date,
            Spokespersons = [.. spokespersons],
            Statements = built.ToImmutable(),
            Boilerplate = [.. _boilerplate.OrderBy(b => b.Span.Start)],
        };
    }

    /// <summary>The institution most of the directory's people the text names belong to, for people with offices in two.</summary>
    private string? DominantInstitution()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int mentionIndex = 0; mentionIndex < _lexed.Mentions.Count; mentionIndex++)
        {
            var m = _lexed.Mentions[mentionIndex];
            foreach (var e in m.Entries)
            {
                if (e.InstitutionId is { } id) counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }
        return counts.Count == 0 ? null : counts.MaxBy(kv => kv.Value).Key;
    }

    /// <summary>A line that introduces the next paragraph's quotation with the speaker's name and a colon.</summary>
    private static Subject? Intro(NewsBlock block, AttributionScanner scanner)
    {
        var span = block.Span;
        if (span.IsEmpty) return null;
        var text = scanner.Text;
        if (!CharClass.IsColon(text[span.End - 1])) return null;
        var subject = scanner.ResolveLabel(TextSpan.FromBounds(span.Start, span.End - 1));
        return subject is { Kind: SubjectKind.Person, Named: true } ? subject : null;
    }

    // ------------------------------------------------------------------------------------------------------------------
    // The chain
    // ------------------------------------------------------------------------------------------------------------------

    private Speaker? _lastPerson;
    private Speaker? _lastSpokesperson;
    private readonly List<Unit> _pendingDescriptions = [];
    private readonly Dictionary<string, SpokespersonEntry> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _thirdParties = new(StringComparer.Ordinal);

    /// <summary>Gives every sentence its speaker: attributions first, in order, then the sentences that carry none.</summary>
    private void Chain(NewsLayout layout, List<List<Unit>> units, int footer, Dictionary<int, Subject> intros, AttributionScanner scanner)
    {
        var pendingClaimable = new List<Unit>();
        var pendingBare = new List<Unit>();
        Speaker? bareFallback = null;
        var run = new List<Unit>();
        Speaker? lastSpeaker = null;
        Speaker? labelSpeaker = null;
        int end = Math.Min(footer, units.Count);

        for (int b = 0; b < end; b++)
        {
            var list = units[b];
            var block = layout.Body[b];
            if (!block.Prose)
            {
                labelSpeaker = null;
                continue;
            }
            if (list.Count == 0) continue;

            // The paragraph's own attributions, in order.
            foreach (var u in list)
            {
                var a = u.A;
                if (a is null)
                {
                    // "林剑还就…回答提问。他说，…": a person who opens a sentence is the one a pronoun after it names.
                    if (scanner.InitialPerson(u.S) is { Speaker: { } named } person)
                    {
                        _lastPerson = named;
                        if (person.Entry is { } e) _entries[named.Name] = e;
                    }
                    continue;
                }
                if (a.IsQuestion)
                {
                    u.Excluded = true;
                    continue;
                }
                if (a.Claim)
                {
                    u.Excluded = true;
                    var claimer = Resolve(a.Subject, u);
                    if (claimer is null) continue;
                    foreach (var p in pendingClaimable) p.Speaker = claimer;
                    foreach (var p in pendingBare) p.Speaker = claimer;
                    foreach (var p in run) p.Speaker = claimer;
                    pendingClaimable.Clear();
                    pendingBare.Clear();
                    run.Clear();
                    lastSpeaker = claimer;
                    continue;
                }
                if (a.Subject.Kind is SubjectKind.Carrier or SubjectKind.Document)
                {
                    u.Via = a.Via ?? a.Subject.Via;
                    continue;
                }
                u.Via = a.Via;
                // "Lin Jian presided over the regular press conference on the 17th, he said ...": the pronoun's person opens the sentence.
                if (a.Subject.Kind == SubjectKind.Pronoun && scanner.InitialPerson(u.S) is { Speaker: { } opener } initial && initial.Span.Start < a.Subject.Span.Start)
                {
                    _lastPerson = opener;
                    if (initial.Entry is { } e) _entries[opener.Name] = e;
                    if (IsSpokespersonCandidate(initial)) _lastSpokesperson = opener;
                }
                u.Speaker = Resolve(a.Subject, u);
                u.Subject = a.Subject;
                if (a.Subject.Kind is SubjectKind.Institution && (a.Subject.InstitutionId is not null)) pendingClaimable.Add(u);
                else if (a.Subject.Kind is SubjectKind.Person or SubjectKind.Pronoun or SubjectKind.Description) pendingClaimable.Clear();
            }

            // A quotation-only paragraph before: the next paragraph's attribution names its speaker, else the one before it.
            if (pendingBare.Count > 0)
            {
                var firstUnit = list[0];
                var speaker = firstUnit.PersonLike && firstUnit.Speaker is not null ? firstUnit.Speaker : bareFallback;
                foreach (var p in pendingBare) p.Speaker ??= speaker;
                pendingBare.Clear();
            }

            bool anyExplicit = list.Exists(u => u.Explicit || (u.A?.Claim ?? false));
            if (intros.TryGetValue(b, out var intro))
            {
                var speaker = Resolve(intro, null);
                foreach (var u in list)
                {
                    if (u.Speaker is null && !u.Excluded) u.Speaker = speaker;
                }
            }

            // Quotations that run over paragraphs: the attribution where the quotation closes names the speaker of every part.
            for (int i = 0; i < list.Count; i++)
            {
                var u = list[i];
                bool inRun = run.Count > 0 && u.S.StartsInQuote;
                if (!inRun && !(u.S.OpensWithQuote && u.S.EndsInQuote && i == list.Count - 1)) continue;
                if (run.Count > 0 && inRun) u.Continues = i == 0;
                run.Add(u);
                if (u.S.EndsInQuote) continue;
                // The quotation closes here.
                var closing = u.Speaker;
                if (closing is not null)
                {
                    foreach (var p in run) p.Speaker = closing;
                    run.Clear();
                }
                else
                {
                    // No attribution where it closes: like a quotation-only paragraph.
                    pendingBare.AddRange(run);
                    bareFallback = lastSpeaker;
                    run.Clear();
                }
            }

            // Inside the paragraph: sentences without attribution.
            for (int i = 0; i < list.Count; i++)
            {
                var u = list[i];
                if (u.Speaker is not null || u.Excluded || run.Contains(u) || pendingBare.Contains(u)) continue;
                var before = i > 0 ? list[i - 1] : null;
                bool carrier = u.A is { Subject.Kind: SubjectKind.Carrier };
                // '"...?" Zakharova expressed her bewilderment.': a quotation attributed by the sentence right after it.
                var next = i + 1 < list.Count ? list[i + 1] : null;
                bool attributedAfter = u.S.QuotedToEnd && next is { Explicit: true, PersonLike: true, S.OpensWithQuote: false } && next.Speaker is not null
                    && next.A!.Subject.Span.Start == next.S.Span.Start;
                bool continues = !attributedAfter && before?.Speaker is not null && !before.Excluded
                    && (u.S.StartsInQuote || u.S.OpensWithQuote || before.S.EndsInQuote || list.Count <= 3 || labelSpeaker is not null);
                if (continues && !carrier)
                {
                    u.Speaker = before!.Speaker;
                    u.Via ??= before.Via;
                    continue;
                }
                if (u.S.OpensWithQuote || u.S.QuotedToEnd || carrier)
                {
                    var after = list.Skip(i + 1).FirstOrDefault(x => x.Speaker is not null && !x.Excluded);
                    if (after is not null)
                    {
                        // A quotation whose attribution follows it is a statement of its own.
                        u.Speaker = after.Speaker;
                        u.Starts = !carrier;
                        if (carrier) after.Via ??= u.Via;
                        continue;
                    }
                }
            }

            // A paragraph of quotation only, with no attribution: wait for the next paragraph.
            if (!anyExplicit && list.TrueForAll(u => u.Speaker is null) && list[0].S.OpensWithQuote && run.Count == 0)
            {
                pendingBare.AddRange(list.Where(u => !u.Excluded));
                bareFallback = lastSpeaker;
            }
            // The paragraphs after a labelled answer ("Hua Chunying: ...") continue it until someone else is attributed.
            else if (!anyExplicit && labelSpeaker is not null && list.TrueForAll(u => u.Speaker is null && !u.Excluded))
            {
                foreach (var u in list) u.Speaker = labelSpeaker;
                list[0].Continues = true;
            }
            if (block.Label is not null && list[0].Speaker is not null) labelSpeaker = list[0].Speaker;
            else if (anyExplicit) labelSpeaker = null;

            foreach (var u in list)
            {
                if (u.Speaker is not null && !u.Excluded) lastSpeaker = u.Speaker;
            }
        }
        // A quotation-only paragraph at the end keeps the speaker before it.
        foreach (var p in pendingBare) p.Speaker ??= bareFallback;
        foreach (var p in run) p.Speaker ??= lastSpeaker;
        // Descriptions never resolved ("a foreign ministry spokesman" with no name in the report) keep no speaker.
    }

    /// <summary>The speaker a subject stands for, updating the chain's persons.</summary>
    private Speaker? Resolve(Subject subject, Unit? unit)
    {
        switch (subject.Kind)
        {
            case SubjectKind.Person:
                var speaker = subject.Speaker;
                if (speaker is null) return null;
                if (subject.Entry is { } entry) _entries[speaker.Name] = entry;
                if (subject.OtherBody) _thirdParties.Add(speaker.Name);
                if (subject.Named)
                {
                    _lastPerson = speaker;
                    if (IsSpokespersonCandidate(subject))
                    {
                        _lastSpokesperson = speaker;
                        foreach (var p in _pendingDescriptions) p.Speaker = speaker;
                        _pendingDescriptions.Clear();
                    }
                }
                return speaker;
            case SubjectKind.Pronoun:
                return _lastPerson;
            case SubjectKind.Description:
                var described = _lastSpokesperson ?? _lastPerson;
                if (described is null && unit is not null) _pendingDescriptions.Add(unit);
                // "the spokesperson said ..." then "he added": the pronoun is the one just described.
                if (described is not null) _lastPerson = described;
                return described;
            case SubjectKind.Institution:
            case SubjectKind.Group:
                return subject.Speaker;
            default:
                return null;
        }
    }

    private static bool IsSpokespersonCandidate(Subject subject) =>
        subject.Entry is not null || (subject.IsSpokesperson && !subject.OtherBody);

    // ------------------------------------------------------------------------------------------------------------------
    // Statements
    // ------------------------------------------------------------------------------------------------------------------

    /// <summary>Runs of sentences with one speaker become statements; quotations over paragraphs stay one.</summary>
    private List<(Speaker Speaker, StatementMode Mode, TextSpan Span, Outlet? Via)> Group(NewsLayout layout, List<List<Unit>> units, int footer,
        out Dictionary<string, SpokespersonEntry> entries, out List<TextSpan?> questions)
    {
        var result = new List<(Speaker, StatementMode, TextSpan, Outlet?)>();
        var asked = new List<TextSpan?>();
        questions = asked;
        entries = _entries;
        Unit? first = null, last = null;
        Outlet? via = null;
        TextSpan? question = null, pendingQuestion = null;
        int end = Math.Min(footer, units.Count);

        void Close()
        {
            if (first is null || last is null) return;
            int start = first.A?.StatementStart ?? first.S.Span.Start;
            var span = TextSpan.FromBounds(start, last.S.Span.End);
            result.Add((first.Speaker!, ModeOf(first), span, via));
            asked.Add(question);
            first = last = null;
            via = null;
            question = null;
        }

        for (int b = 0; b < end; b++)
        {
            var block = layout.Body[b];
            if (!block.Prose)
            {
                Close();
                continue;
            }
            var list = units[b];
            for (int i = 0; i < list.Count; i++)
            {
                var u = list[i];
                if (u.A is { IsQuestion: true } qa)
                {
                    Close();
                    var q = qa.Question ?? u.S.Span;
                    // The question runs on over the sentences of its paragraph that nobody is said to have spoken ("... ? What is the comment of China?").
                    int j = i + 1;
                    while (j < list.Count && (qa.QuestionToParagraphEnd || (list[j].Speaker is null && !list[j].Excluded))) j++;
                    if (j > i + 1) q = TextSpan.FromBounds(q.Start, list[j - 1].S.Span.End);
                    pendingQuestion = q;
                    i = j - 1;
                    continue;
                }
                if (u.Speaker is null || u.Excluded)
                {
                    Close();
                    continue;
                }
                bool newByQuote = i > 0 && ((u.Explicit && u.S.OpensWithQuote && !u.S.StartsInQuote && u.A!.OfQuotation) || u.Starts);
                bool sameParagraph = last is not null && last.Block == b;
                bool acrossParagraphs = last is not null && i == 0 && u.Continues && last.Block == b - 1;
                if (first is not null && first.Speaker!.Name == u.Speaker.Name && (sameParagraph || acrossParagraphs) && !newByQuote)
                {
                    last = u;
                    via ??= u.Via;
                    question ??= u.A?.Question;
                    continue;
                }
                Close();
                first = last = u;
                via = u.Via;
                question = u.A?.Question ?? pendingQuestion;
                pendingQuestion = null;
            }
            // A statement ends with its paragraph unless the next paragraph continues it.
            bool nextContinues = b + 1 < end && layout.Body[b + 1].Prose && units[b + 1].Count > 0 && units[b + 1][0].Continues;
            if (!nextContinues) Close();
        }
        Close();
        return result;
    }

    private StatementMode ModeOf(Unit first)
    {
        var s = _text.AsSpan(first.S.Span.Start, first.S.Span.Length);
        bool quoted = first.S.OpensWithQuote || first.S.QuotedToEnd || (first.A?.OfQuotation ?? false)
            || s.Contains(",\"", StringComparison.Ordinal) || s.Contains(",”", StringComparison.Ordinal);
        return quoted ? StatementMode.Quoted : StatementMode.Reported;
    }

    // ------------------------------------------------------------------------------------------------------------------
    // Spokespersons, institution, date
    // ------------------------------------------------------------------------------------------------------------------

    private (string? InstitutionId, List<Speaker> Spokespersons, SpokespersonEntry? Entry) Spokespersons(
        List<(Speaker Speaker, StatementMode Mode, TextSpan Span, Outlet? Via)> statements, Dictionary<string, SpokespersonEntry> entries, List<List<Unit>> units, int footerStart)
    {
        var directory = _context.Directories.Spokespersons;
        SpokespersonEntry? briefing = null;
        // The spokesperson whose statement names the briefing, else the first the directory knows.
        foreach (var (speaker, _, span, _) in statements)
        {
            if (!entries.TryGetValue(speaker.Name, out var e)) continue;
            if (_lex.BriefingNouns.OccursAsWord(_folded.AsSpan(span.Start, span.Length)))
            {
                briefing = e;
                break;
            }
            briefing ??= e;
        }
        var list = new List<Speaker>();
        string? institution = briefing?.InstitutionId ?? briefing?.Institution;
        if (briefing is not null)
        {
            foreach (var (speaker, _, _, _) in statements)
            {
                if (!entries.ContainsKey(speaker.Name) || list.Exists(s => s.Name == speaker.Name)) continue;
                var all = directory.FindAllByName(entries[speaker.Name].Name);
                if (all.Any(x => SpokespersonDirectory.IsOf(x, institution!))) list.Add(speaker);
            }
            return (briefing.InstitutionId, list, briefing);
        }
        // A spokesperson the directory does not know, described as one ("foreign ministry spokesperson Zhang Xiaoming").
        foreach (var (speaker, _, _, _) in statements)
        {
            if (speaker is { Kind: SpeakerKind.Person, Role: "spokesperson" } && !_thirdParties.Contains(speaker.Name) && !list.Exists(s => s.Name == speaker.Name))
            {
                list.Add(speaker);
                break;
            }
        }
        // Without one, the institution the report's speakers name ("China's Foreign Ministry said", "中国外交部说").
        string? named = null;
        for (int b = 0; b < Math.Min(footerStart, units.Count) && named is null; b++)
        {
            foreach (var u in units[b])
            {
                if (u.Speaker is null || u.Excluded || u.Subject?.InstitutionId is not { } id) continue;
                named = id;
                break;
            }
        }
        return (named, list, null);
    }

    private DateOnly? BriefingDate(NewsLayout layout, List<List<Unit>> units, int footerStart,
        DateOnly? reportDate, string? institutionId, List<Speaker> spokespersons, SpokespersonEntry? briefingEntry)
    {
        bool BriefingSide(Unit u)
        {
            if (u.Speaker is null) return true;
            if (spokespersons.Exists(s => s.Name == u.Speaker.Name)) return true;
            var subject = u.Subject;
            return subject is { Kind: SubjectKind.Institution } && (subject.InstitutionId is null || subject.InstitutionId == institutionId);
        }

        var cue = default(DayCue) with { DaysBefore = -1 };
        int end = Math.Min(footerStart, units.Count);
        // A day given next to the briefing itself ("at a regular press conference on Tuesday", "Monday's news conference", "8日主持例行记者会").
        for (int b = 0; b < end && cue.IsEmpty; b++)
        {
            foreach (var u in units[b])
            {
                if (!BriefingSide(u)) continue;
                var s = _folded.AsSpan(u.S.Span.Start, u.S.Span.Length);
                int noun = _lex.BriefingNouns.IndexOfWord(s, out _, out _);
                if (noun < 0) continue;
                cue = NewsDates.Cue(_folded, _lex, u.S.Span, u.S.Span.Start + noun);
                if (!cue.IsEmpty) break;
            }
        }
        // Then the day the briefing's side spoke ("China said on Wednesday", "Guo Jiakun said on Monday").
        for (int b = 0; b < end && cue.IsEmpty; b++)
        {
            foreach (var u in units[b])
            {
                if (u.Speaker is null || u.Excluded || !BriefingSide(u)) continue;
                cue = NewsDates.Cue(_folded, _lex, u.S.Span);
                if (!cue.IsEmpty) break;
            }
        }
        if (reportDate is { } anchor)
        {
            if (!cue.IsEmpty && cue.Resolve(anchor) is { } d) return d;
            if (layout.Dateline is { Month: > 0 } dl && DateReader.WithYearBefore(dl.Month, dl.Day, anchor) is { } withYear && anchor.DayNumber - withYear.DayNumber <= 7) return withYear;
            return anchor;
        }
        // No date of the report: a dateline's month and day with the weekday, in the term of the briefing's spokesperson.
        if (layout.Dateline is { Month: > 0 } dateline && cue.Weekday is { } weekday && briefingEntry is not null)
            return NewsDates.FromTerm(dateline.Month, dateline.Day, weekday, briefingEntry, Horizon());
        return null;
    }

    /// <summary>The latest date the directory knows of, plus two years: no report is taken to be later.</summary>
    private DateOnly Horizon()
    {
        var latest = DateOnly.MinValue;
        foreach (var e in _context.Directories.Spokespersons.Entries)
        {
            if (e.From is { } f && f > latest) latest = f;
            if (e.To is { } t && t > latest) latest = t;
        }
        return latest == DateOnly.MinValue ? DateOnly.MaxValue : latest.AddYears(2);
    }

    private void AddBoilerplate(BoilerplateKind kind, TextSpan span)
    {
        span = CharClass.Trim(_text, span.Start, span.End);
        if (!span.IsEmpty) _boilerplate.Add(new BoilerplateBlock(kind, _context.TextOf(span), span));
    }
}
