using System.Collections.Immutable;
using System.Globalization;
using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Transcripts;

/// <summary>
/// The one transcript pipeline: lines (the lexing pass) → zones (<see cref="TranscriptZones"/>, with the title from
/// <see cref="TitleReader"/>) → labels (<see cref="LabelResolver"/>) and body pieces (<see cref="TranscriptBody"/>) →
/// acceptance (<see cref="LabelAcceptance"/>) → turns (<see cref="TurnAssembler"/>) → facts (<see cref="BriefingFacts"/>:
/// main speaker, date, institution) → checks (<see cref="TranscriptChecks"/>) → model. Every transcript format runs
/// through it with its <see cref="TranscriptDefinition"/>.
/// </summary>
public static class TranscriptPipeline
{
    /// <summary>Parses the text of <paramref name="context"/> as a transcript of <paramref name="definition"/>.</summary>
    public static PressBriefing Run(ParseContext context, TranscriptDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(definition);
        var lexed = context.Lexed;
        string language = definition.Language ?? lexed.LanguageProfile;
        var boilerplate = new List<BoilerplateBlock>();

        // Title and zones, read with what the title tells (its official and date).
        var title = TitleReader.Find(lexed, definition);
        if (title is null) context.Report(DiagnosticCodes.NoTitle, DiagnosticSeverity.Info, "No title was found.");
        var first = new LabelResolver(lexed, definition, title?.Official, title?.Name, title?.Date, language);
        var titleEntry = title?.Official ?? (title?.Name is { } tn ? first.FindOfficial(tn) : null);
        if (titleEntry is not null && title?.Official is null) first = new LabelResolver(lexed, definition, titleEntry, title?.Name, title?.Date, language);
        var zones = TranscriptZones.Read(lexed, definition, title, first, boilerplate);

        // Labels, with what the header adds (the official's name line, the date line).
        var header = zones.HeaderName;
        string? mainName = title?.Name ?? header?.Name;
        var mainEntry = titleEntry ?? header?.Entry ?? (mainName is null ? null : first.FindOfficial(mainName));
        DateOnly? knownDate = title?.Date ?? (definition.Dates.HeaderDate ? zones.HeaderDate : null);
        var labels = new LabelResolver(lexed, definition, mainEntry, mainName, knownDate, language);
        var body = TranscriptBody.Read(lexed, definition, zones, labels, boilerplate);
        var pieces = body.TakePieces();
        definition.Acceptance.Apply(pieces, span => context.TextOf(span), (code, severity, message, span) => context.Report(code, severity, message, span));

        // The lead: "On the afternoon of July 15, 2010, Foreign Ministry Spokesperson Qin Gang held a regular press conference …".
        TextBlock? lead = null;
        int firstIndex = pieces.FindIndex(p => p is not null);
        if (firstIndex >= 0 && pieces[firstIndex] is { Label: null } opening && opening.End - opening.Start < 600
            && BriefingFacts.ReadLead(lexed, TextSpan.FromBounds(opening.Start, opening.End), definition, knownDate) is { } leadFacts)
        {
            var span = TextSpan.FromBounds(opening.Start, opening.End);
            lead = new TextBlock(context.TextOf(span), span);
            pieces.RemoveAt(firstIndex);
            if (mainName is null && leadFacts.Name is not null)
            {
                mainName = leadFacts.Name;
                mainEntry ??= leadFacts.Official ?? labels.FindOfficial(mainName);
            }
        }

        // The main official: named by the title, the header or the lead, else the official who answers most.
        var facts = new BriefingFacts(lexed, definition, labels, language);
        var main = facts.MainSpeaker(mainEntry, mainName, title?.Office ?? header?.Office, pieces);
        if (mainName is not null && mainEntry is null)
        {
            context.Report(DiagnosticCodes.UnknownSpokesperson, DiagnosticSeverity.Info,
                $"The spokesperson '{mainName}' is not in the spokesperson directory; add them with BriefingParserBuilder.AddSpokespersons.", title?.Span);
        }

        // Turns.
        bool beginsMidway = definition.Layout.BeginsMidway && title is null && lead is null && zones.HeaderLines == 0;
        bool openingAnswer = (beginsMidway || definition.Layout.AnnouncementsNeedCue && lead is null) && BriefingFacts.OpensWithAnswerTail(lexed, pieces);
        var assembler = new TurnAssembler(context, main, beginsMidway, definition.Bilingual, openingAnswer);
        foreach (var piece in pieces)
        {
            if (piece is { } p) assembler.Add(p);
            else assembler.Break();
        }
        var (announcements, exchanges) = assembler.Build();
        main ??= assembler.Speakers.Count > 0 ? assembler.Speakers[0] : null;
        var spokespersons = ImmutableArray.CreateBuilder<Speaker>();
        if (main is not null) spokespersons.Add(main);
        foreach (var s in assembler.Speakers)
        {
            // Officials with an office (or from the directory); not a "MODERATOR" or an operator.
            if (s.Role is not null && !spokespersons.Any(x => x.Name == s.Name)) spokespersons.Add(s);
        }
        if (main is not null)
            announcements = [.. announcements.Select(a => a.Speaker is null ? a with { Speaker = main } : a)];

        // Facts and checks.
        var published = zones.Published ?? body.Published;
        var date = facts.ResolveDate(context, title, zones.HeaderDate, body.DateLine, lead, published);
        if (main is null && date is { } on && facts.OnlySpokespersonOn(on) is { } onDuty)
        {
            // Labelled only by office ("Spokesman:"): the institution's one spokesperson in office that day.
            mainEntry = onDuty;
            main = labels.ToSpeaker(onDuty);
            exchanges = [.. exchanges.Select(e => e with { Answers = [.. e.Answers.Select(a => a.Speaker is null ? a with { Speaker = main } : a)] })];
            announcements = [.. announcements.Select(a => a.Speaker is null ? a with { Speaker = main } : a)];
            spokespersons.Insert(0, main);
            context.Report(DiagnosticCodes.SpokespersonFromDirectory, DiagnosticSeverity.Info, string.Create(CultureInfo.InvariantCulture,
                $"The text names no spokesperson; {onDuty.Name} is the institution's only spokesperson in office on {on:yyyy-MM-dd} in the directory."));
        }
        string? institution = facts.Institution(mainEntry, title);
        if (definition.InstitutionId is null)
        {
            context.Report(DiagnosticCodes.GenericTranscript, DiagnosticSeverity.Info, institution is null
                ? "No format of this institution is registered; the text was read as a generic transcript and its institution is unknown."
                : $"No format of this institution is registered; the text was read as a generic transcript ({institution}).");
        }
        TranscriptChecks.Report(context, title?.Span, date, main, exchanges, announcements, expectTurns: !definition.OftenMonologue);

        Translation? titleTranslation = title?.Translation is { } tt ? new Translation(tt.Language, TitleText(context, tt.Span), tt.Span) : null;
        return new PressBriefing
        {
            Language = language,
            Title = title is null ? null : TitleText(context, title.Span),
            TitleSpan = title?.Span,
            TitleTranslation = titleTranslation,
            Institution = institution,
            Date = date,
            Published = published,
            Lead = lead,
            Spokespersons = spokespersons.ToImmutable(),
            Announcements = announcements,
            Exchanges = exchanges,
            Boilerplate = [.. boilerplate.OrderBy(b => b.Span.Start)],
        };
    }

    /// <summary>A title's text: a title split over two lines reads as one line.</summary>
    private static string TitleText(ParseContext context, TextSpan span) => context.TextOf(span).Replace("\n\n", " ", StringComparison.Ordinal);
}

/// <summary>
/// Stage "facts" of the pipeline: the lead sentence, the main speaker, the briefing's date by the definition's date policy,
/// and the institution by directory id.
/// </summary>
public sealed class BriefingFacts
{
    private readonly LexedText _lexed;
    private readonly TranscriptDefinition _definition;
    private readonly LabelResolver _labels;
    private readonly string _language;

    /// <summary>Creates the stage for one parse.</summary>
    public BriefingFacts(LexedText lexed, TranscriptDefinition definition, LabelResolver labels, string language)
    {
        _lexed = lexed ?? throw new ArgumentNullException(nameof(lexed));
        _definition = definition ?? throw new ArgumentNullException(nameof(definition));
        _labels = labels ?? throw new ArgumentNullException(nameof(labels));
        _language = language ?? "en";
    }

    /// <summary>What a lead sentence says: the official it names, when it names one.</summary>
    /// <param name="Name">The official's name as printed.</param>
    /// <param name="Official">The official, when the directory knows them.</param>
    public sealed record Lead(string? Name, SpokespersonEntry? Official);

    /// <summary>
    /// Whether <paramref name="span"/> (the first paragraph, before any label) is an editor's lead sentence: it says that
    /// someone held, hosted or presided over a briefing (lexicon <c>lead.verb</c> then <c>briefing.noun</c>), or that what
    /// follows is the transcript of one (<c>lead.transcript</c>). Returns what it says, or <see langword="null"/>.
    /// </summary>
    public static Lead? ReadLead(LexedText lexed, TextSpan span, TranscriptDefinition definition, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        ArgumentNullException.ThrowIfNull(definition);
        // Whether it reads as a lead is the same for every definition: once per lexing pass.
        return ReadLead(lexed, span, lexed.Derived(s_spanKind, span, false, static (lx, sp, _) => LeadWordsOf(lx, sp)), definition, date);
    }

    /// <summary><see cref="ReadLead(LexedText, TextSpan, TranscriptDefinition, DateOnly?)"/> of line <paramref name="line"/>'s content.</summary>
    internal static Lead? ReadLead(LexedText lexed, int line, TranscriptDefinition definition, DateOnly? date) =>
        ReadLead(lexed, lexed[line].Content, lexed.Derived(s_leadKind, line, static (lx, i) => LeadWordsOf(lx, lx[i].Content)), definition, date);

    private static readonly int s_leadKind = LexedText.NewDerivedKind();
    private static readonly int s_spanKind = LexedText.NewDerivedKind();

    private static Lead? ReadLead(LexedText lexed, TextSpan span, LeadWords leadWords, TranscriptDefinition definition, DateOnly? date)
    {
        if (!leadWords.IsLead) return null;
        var s = leadWords.Simplified is { } simplified ? simplified.AsSpan() : lexed[span];
        for (int mentionIndex = 0; mentionIndex < lexed.Mentions.Count; mentionIndex++)
        {
            var mention = lexed.Mentions[mentionIndex];
            if (!span.Contains(mention.Span)) continue;
            var entry = mention.Entries[0];
            foreach (var e in mention.Entries)
            {
                if (definition.InstitutionId is { } inst && SpokespersonDirectory.IsOf(e, inst))
                {
                    entry = e;
                    break;
                }
            }
            return new Lead(entry.Name, entry);
        }
        if (CharClass.HasCjk(s)) return new Lead(null, null);
        // "Foreign Ministry Spokesperson Zhang San held …": the capitalised words after an office.
        var offices = lexed.Lexicon[LexiconCategories.Office];
        for (int i = 0; i < s.Length; i++)
        {
            if (i > 0 && char.IsLetter(s[i - 1])) continue;
            int n = offices.MatchPrefix(s[i..]);
            if (n == 0 || i + n >= s.Length || char.IsLetter(s[i + n])) continue;
            var rest = s[(i + n)..].TrimStart(' ');
            int end = 0, words = 0;
            while (end < rest.Length && words < 3)
            {
                int w = end;
                while (w < rest.Length && char.IsLetter(rest[w]) || w < rest.Length && rest[w] is '-' or '\'' ) w++;
                if (w == end || !char.IsUpper(rest[end])) break;
                words++;
                end = w;
                if (end < rest.Length && rest[end] == ' ' && end + 1 < rest.Length && char.IsUpper(rest[end + 1])) end++;
                else break;
            }
            if (words >= 2)
            {
                string name = rest[..end].ToString().Trim();
                var entry = lexed.Directories.Spokespersons.FindByName(name, date, definition.InstitutionId);
                return new Lead(entry?.Name ?? name, entry);
            }
        }
        return new Lead(null, null);
    }

    /// <summary>Whether a span reads as a lead sentence, and its text with simplified characters when it is Chinese.</summary>
    private sealed record LeadWords(bool IsLead, string? Simplified);

    private static LeadWords LeadWordsOf(LexedText lexed, TextSpan span)
    {
        var raw = lexed[span];
        // Chinese leads are matched on simplified characters without injected pinyin ("外交部發(fā)言人毛寧主持例行記者會(huì)").
        string? simplified = CharClass.HasCjk(raw) ? ChineseText.StripPinyin(ChineseText.ToSimplified(raw)) : null;
        var s = simplified is null ? raw : simplified.AsSpan();
        var nouns = lexed.Lexicon[LexiconCategories.BriefingNoun];
        int verb = lexed.Lexicon[LexiconCategories.LeadVerb].IndexOfWord(s, out int verbLength, out _);
        int transcript = lexed.Lexicon[LexiconCategories.LeadTranscript].IndexOfWord(s, out int transcriptLength, out _);
        foreach (var (at, length) in (ReadOnlySpan<(int, int)>)[(verb, verbLength), (transcript, transcriptLength)])
        {
            if (at < 0) continue;
            int noun = nouns.IndexOfWord(s[(at + length)..], out _, out _);
            if (noun >= 0 && noun <= 40) return new LeadWords(true, simplified);
        }
        return s_notLead;
    }

    private static readonly LeadWords s_notLead = new(false, null);

    /// <summary>
    /// Whether the unlabelled text before the first question is the end of an answer rather than announcements: there is
    /// such text, a question follows it, and its first paragraph does not open like an announcement (a greeting, lexicon
    /// <c>greeting</c>; announcement words, <c>announcement.cue</c>; a numbered item "1." or "一、").
    /// </summary>
    public static bool OpensWithAnswerTail(LexedText lexed, IReadOnlyList<Piece?> pieces)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        ArgumentNullException.ThrowIfNull(pieces);
        Piece? first = null;
        bool question = false;
        foreach (var p in pieces)
        {
            if (p is not { } piece) continue;
            if (piece.Label is { } label)
            {
                question = label.Role is TurnRole.Question or TurnRole.FollowUp;
                break;
            }
            first ??= piece;
        }
        if (first is not { } opening || !question || opening.End <= opening.Start) return false;
        var s = lexed[TextSpan.FromBounds(opening.Start, opening.End)];
        if (lexed.Lexicon[LexiconCategories.Greeting].MatchPrefix(s) > 0) return false;
        if (lexed.Lexicon[LexiconCategories.AnnouncementCue].OccursAsWord(s)) return false;
        return !IsNumbered(s);
    }

    /// <summary>"1. …", "(2) …", "一、…": a numbered item.</summary>
    private static bool IsNumbered(ReadOnlySpan<char> s)
    {
        int i = 0;
        if (i < s.Length && s[i] is '(' or '（') i++;
        int digits = i;
        while (i < s.Length && (Numbers.IsDigit(s[i]) || "一二三四五六七八九十".Contains(s[i]))) i++;
        return i > digits && i - digits <= 3 && i < s.Length && s[i] is '.' or '、' or ')' or '）' or '．';
    }

    /// <summary>
    /// The briefing's main official: the directory's entry, or a speaker named as printed; without either, the official
    /// whose known labels answer most (ties: the first to speak).
    /// </summary>
    public Speaker? MainSpeaker(SpokespersonEntry? entry, string? name, string? office, IReadOnlyList<Piece?> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        if (entry is not null) return _labels.ToSpeaker(entry);
        if (name is not null) return new Speaker(name) { Role = office?.ToLowerInvariant() ?? "spokesperson" };
        var counts = new Dictionary<string, (int Count, int First, Speaker Speaker)>(StringComparer.Ordinal);
        int order = 0;
        foreach (var p in pieces)
        {
            if (p?.Label is not { Role: TurnRole.Answer, Speaker: { } speaker, Evidence: LabelEvidence.Known }) continue;
            counts[speaker.Name] = counts.TryGetValue(speaker.Name, out var c) ? (c.Count + 1, c.First, c.Speaker) : (1, order++, speaker);
        }
        if (counts.Count == 0) return null;
        var best = counts.Values.OrderByDescending(c => c.Count).ThenBy(c => c.First).First().Speaker;
        return best.Role is null && _definition.InstitutionId is null ? best with { Role = "spokesperson" } : best;
    }

    /// <summary>
    /// The briefing's date by the definition's <see cref="DatePolicy"/>: the title's date wins (with a diagnostic when the
    /// lead or the date line disagrees); then the date line under the title where it is the briefing's; then the lead's
    /// (its year from the title or the publication stamp where the policy says so); a statement page without a dated title
    /// takes its date line.
    /// </summary>
    public DateOnly? ResolveDate(ParseContext context, TitleMatch? title, DateOnly? headerDate, DateOnly? dateLine, TextBlock? lead, DateTime? published)
    {
        ArgumentNullException.ThrowIfNull(context);
        var policy = _definition.Dates;
        var dates = _lexed.Lexicon.Dates;
        DateOnly? leadDate = null;
        if (lead is not null)
        {
            if (dates.TryFindDate(lead.Text, DateForms.All, out var d, out _, out _)) leadDate = d;
            else if (dates.TryFindMonthDay(lead.Text, out int m, out int day))
            {
                var anchor = title?.Date ?? (policy.LeadYearFromPublished && published is { } p ? DateOnly.FromDateTime(p) : (DateOnly?)null);
                if (anchor is { } a) leadDate = DateReader.WithYearBefore(m, day, a);
            }
        }
        // A statement page (答记者问, "Remarks on …") carries no date in its title; it is issued the day its date line says.
        if (policy.StatementDateLine && title is { IsStatement: true, Date: null } && (headerDate ?? dateLine) is { } issued && lead is null) return issued;
        if (title?.Date is { } td)
        {
            if (leadDate is { } ld && ld != td)
            {
                context.Report(DiagnosticCodes.ConflictingDates, DiagnosticSeverity.Info,
                    string.Create(CultureInfo.InvariantCulture, $"The title says {td:yyyy-MM-dd} but the opening sentence says {ld:yyyy-MM-dd}; the title's date is used."), lead?.Span);
            }
            else if (policy.HeaderDate && headerDate is { } hd && hd != td)
            {
                context.Report(DiagnosticCodes.ConflictingDates, DiagnosticSeverity.Info,
                    string.Create(CultureInfo.InvariantCulture, $"The title says {td:yyyy-MM-dd} but the date line says {hd:yyyy-MM-dd}; the title's date is used."), title.Span);
            }
            return td;
        }
        return policy.HeaderDate ? headerDate ?? leadDate : leadDate;
    }

    /// <summary>
    /// The institution holding the briefing: the definition's (by directory id); for a format of any institution, the main
    /// official's in the directory, else the one the title names ("… of the Ministry of Foreign Affairs of Viet Nam"), else none.
    /// </summary>
    public string? Institution(SpokespersonEntry? main, TitleMatch? title)
    {
        var institutions = _lexed.Directories.Institutions;
        if (_definition.InstitutionId is { } id) return institutions.FindById(id)?.Name ?? id;
        if (main is not null) return institutions.Of(main)?.Name ?? main.Institution;
        if (title is null) return null;
        return InstitutionIn(_lexed[title.Span]);
    }

    /// <summary>An institution's name in a title: a head noun ("Ministry", "Office", "Bundesregierung") and the capitalised words and connectors after it.</summary>
    private string? InstitutionIn(ReadOnlySpan<char> title)
    {
        var nouns = _lexed.Lexicon[LexiconCategories.InstitutionNoun];
        var connectors = _lexed.Lexicon[LexiconCategories.LabelConnector];
        int at = nouns.IndexOfWord(title, out _, out _);
        if (at < 0) return null;
        int end = at, pos = at;
        // Capitalised words before the head noun belong to the name after a connector or at the start ("of the Federal
        // Chancellery", "Federal Chancellery Press Briefing"), never after a briefing noun ("Press Briefing Chancellery").
        var briefingNouns = _lexed.Lexicon[LexiconCategories.BriefingNoun];
        for (int words = 0, back = at; words < 3;)
        {
            int e = back;
            while (e > 0 && CharClass.IsSpace(title[e - 1])) e--;
            int b = e;
            while (b > 0 && !CharClass.IsSpace(title[b - 1])) b--;
            var word = title[b..e];
            if (word.IsEmpty || !char.IsUpper(word[0]) || briefingNouns.Contains(word))
            {
                if (words > 0 && (word.IsEmpty || connectors.Contains(word))) at = back;
                break;
            }
            words++;
            back = b;
        }
        while (pos < title.Length)
        {
            int w = pos;
            while (w < title.Length && !CharClass.IsSpace(title[w]) && title[w] is not (',' or '(' or ')' or ':' or '–' or '—' or '|')) w++;
            var word = title[pos..w];
            if (word.IsEmpty) break;
            bool capital = char.IsUpper(word[0]);
            if (!capital && !connectors.Contains(word)) break;
            if (capital) end = w;
            pos = w;
            while (pos < title.Length && CharClass.IsSpace(title[pos])) pos++;
            if (pos < title.Length && title[pos] is ',' or '(' or ')' or ':' or '–' or '—' or '|') break;
        }
        var name = CharClass.TrimSpaces(title[at..end]);
        // A date is no part of a name ("… Office on 12 March 2025").
        return name.IsEmpty || _lexed.Lexicon.Dates.TryFindDate(name, DateForms.All, out _, out _, out _) ? null : TextNormalizer.Normalize(name);
    }

    /// <summary>
    /// The institution's only spokesperson (role "spokesperson") in office on <paramref name="date"/>, when the directory
    /// has exactly one; <see langword="null"/> for a format of any institution or when several served at once.
    /// </summary>
    public SpokespersonEntry? OnlySpokespersonOn(DateOnly date)
    {
        if (_definition.InstitutionId is not { } institution) return null;
        SpokespersonEntry? found = null;
        foreach (var e in _lexed.Directories.Spokespersons.Entries)
        {
            if (!SpokespersonDirectory.IsOf(e, institution) || e.Role is not (null or "spokesperson") || e.From is null || !e.InOfficeOn(date)) continue;
            if (found is not null) return null;
            found = e;
        }
        return found;
    }

    /// <summary>The language speakers are named in.</summary>
    public string Language => _language;
}
