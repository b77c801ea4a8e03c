using System.Collections.Immutable;
using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Transcripts;

/// <summary>
/// One transcript format as data: which institution it reads, in which languages, how its titles read, which label words
/// it uses, which phrases betray it, and which of the pipeline's presets apply. <see cref="TranscriptFormat"/> runs a
/// definition through the one <see cref="TranscriptPipeline"/>; every shipped transcript format is a definition, and
/// users write theirs the same way (see docs/custom-formats.md).
/// </summary>
public sealed record TranscriptDefinition
{
    /// <summary>The format's id ("mfa-transcript", "state-department"); lower case, stable.</summary>
    public required string Id
    {
        get;
        init
        {
            field = value;
            CueTag = "format:" + value;
        }
    }

    /// <summary>The tag of the format's own lexicon entries ("format:" and the id), made once with the id.</summary>
    internal string CueTag { get; private init; } = "";

    /// <summary>A short description for listings.</summary>
    public string? Description { get; init; }

    /// <summary>Breaks ties between formats with equal detection scores (higher wins).</summary>
    public int Priority { get; init; }

    /// <summary>
    /// The institution whose briefings the format reads, by its id in the institution directory ("mfa-china"); its
    /// officials are looked up first and it is written to <see cref="PressBriefing.Institution"/>. <see langword="null"/> for
    /// a format of any institution (the generic format).
    /// </summary>
    public string? InstitutionId { get; init; }

    /// <summary>
    /// The languages of the running text the format reads, as <see cref="LexedText.LanguageProfile"/> gives them ("en",
    /// "zh", "mul" for interleaved bilingual). Empty: any. A text in another language scores far lower.
    /// </summary>
    public ImmutableArray<string> Languages { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>The BCP-47 tag written to <see cref="PressBriefing.Language"/>; <see langword="null"/>: the text's language profile.</summary>
    public string? Language { get; init; }

    /// <summary>How the format's titles read (any rule may match). Empty: the format recognises no title of its own.</summary>
    public ImmutableArray<TitleRule> Titles { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Label words of the format's own, added to the lexicon, and which labels are typical of it.</summary>
    public LabelVocabulary Labels { get; init; } = LabelVocabulary.Default;

    /// <summary>
    /// Phrases that betray the format in running text ("Information and Press Department", "Washington, D.C."); added to
    /// the lexicon as <c>cue</c> entries tagged with the format's id, found by the lexing pass, counted by detection.
    /// </summary>
    public ImmutableArray<string> Cues { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>The layout preset: where titles are looked for, what stands between title and body, footers, headings.</summary>
    public TranscriptLayout Layout { get; init; } = TranscriptLayout.Ministry;

    /// <summary>Which labels known only by their shape are accepted, and when.</summary>
    public LabelAcceptance Acceptance { get; init; } = LabelAcceptance.OfficialsLabelled;

    /// <summary>Which dates the briefing's date may come from.</summary>
    public DatePolicy Dates { get; init; } = DatePolicy.Ministry;

    /// <summary>Texts of this format are often monologues: a text without turns is no surprise (no BP0104).</summary>
    public bool OftenMonologue { get; init; }

    /// <summary>Each turn is printed in two languages, one after the other; the two versions are paired into one element.</summary>
    public bool Bilingual { get; init; }

    /// <summary>The format's own hooks, for what data cannot say (a title rule, a label cleaner); <see langword="null"/> for none.</summary>
    public TranscriptHooks? Hooks { get; init; }

    /// <summary>The lexicon entries the definition brings: its label words and its cue phrases.</summary>
    public IEnumerable<LexiconEntry> LexiconEntries()
    {
        var tags = ImmutableArray.Create(CueTag);
        foreach (var cue in Cues) yield return new LexiconEntry(LexiconCategories.Cue, cue) { Tags = tags };
        foreach (var word in Labels.Words)
        {
            string category = word.Role switch
            {
                LabelRole.Question => LexiconCategories.LabelQuestion,
                LabelRole.Answer => LexiconCategories.LabelAnswer,
                LabelRole.FollowUp => LexiconCategories.LabelFollowUp,
                _ => LexiconCategories.LabelOfficial,
            };
            yield return new LexiconEntry(category, word.Text) { Tags = tags };
        }
        foreach (var office in Labels.Offices) yield return new LexiconEntry(LexiconCategories.Office, office) { Tags = tags };
    }
}

/// <summary>A label word of a format ("QUESTION", "Minister", "Correspondent"), with what it stands for.</summary>
/// <param name="Text">The word as printed, without its colon.</param>
/// <param name="Role">What the word makes of the turn: a question, a follow-up, an anonymous answer, or the briefing's official by office.</param>
/// <param name="Distinctive">Whether the word is typical of this format rather than common to many (counts in detection).</param>
public readonly record struct LabelWord(string Text, LabelRole Role, bool Distinctive = false);

/// <summary>How a format's labels read.</summary>
public sealed record LabelVocabulary
{
    /// <summary>No words of its own: the lexicon's label words serve.</summary>
    public static LabelVocabulary Default { get; } = new();

    /// <summary>Label words of the format (added to the lexicon).</summary>
    public ImmutableArray<LabelWord> Words
    {
        get;
        init
        {
            field = value.IsDefault ? [] : value;
            string keys = string.Concat(field.Where(w => w.Distinctive).Select(w => "\n" + LabelKey.Fold(w.Text)));
            _distinctiveKeys = keys.Length == 0 ? null : keys;
        }
    } = [];

    // The folded keys of the distinctive words, each after a line break (no key holds one): folded once here rather than
    // at every label of every text. A string, so that the record's equality stays that of its words.
    private readonly string? _distinctiveKeys;

    /// <summary>Offices printed before names in the format's labels ("Official Spokesperson"); added to the lexicon.</summary>
    public ImmutableArray<string> Offices { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Offices and honorifics typical of the format ("Official Spokesperson", "Shri"); labels with them count in detection.</summary>
    public ImmutableArray<string> DistinctiveOffices { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Every turn label is upper case ("MR KIRBY:", "QUESTION:"): mixed-case labels are no turns, and an upper-case name is an official.</summary>
    public bool UpperCase { get; init; }

    /// <summary>Journalists are labelled by their outlets ("CCTV:", "Reuters:"), and such labels are typical of the format (count in detection).</summary>
    public bool OutletsAreTypical { get; init; }

    /// <summary>"Surname, Outlet" journalist labels ("Toba, Nippon TV") are typical of the format (they are read in every format).</summary>
    public bool SurnameOutlet { get; init; }

    /// <summary>Journalists are labelled by their own names ("Rishabh:", "Sudhi Ranjan:"): an unknown personal name is a journalist's label.</summary>
    public bool NamesAreJournalists { get; init; }

    /// <summary>Labels known only by their shape ("Macau Monthly:", "Speaker 2:") may be turns, accepted in context.</summary>
    public bool Shapes { get; init; } = true;

    /// <summary>Whether <paramref name="text"/> is one of the format's own distinctive label words.</summary>
    public bool IsDistinctiveWord(ReadOnlySpan<char> text)
    {
        if (string.IsNullOrEmpty(_distinctiveKeys)) return false;
        Span<char> buffer = stackalloc char[LabelKey.MaxLength];
        // Folding never lengthens a text; a longer one is folded to a string.
        ReadOnlySpan<char> key = text.Length <= LabelKey.MaxLength ? buffer[..LabelKey.Fold(text, buffer)] : LabelKey.Fold(text);
        var keys = _distinctiveKeys.AsSpan(1);
        foreach (var range in keys.Split('\n'))
        {
            if (keys[range].SequenceEqual(key)) return true;
        }
        return false;
    }
}

/// <summary>
/// The layout presets of the pipeline. Two families of transcripts lay their pages out differently, and these are the
/// named rule sets for the differences; a definition picks one.
/// </summary>
public sealed record TranscriptLayout
{
    /// <summary>
    /// Chinese Foreign Ministry pages and their reposts: the title may stand far down a page of site chrome (200 lines), short
    /// lines that are no sentences before the first question are chrome (captions, headings), trailing runs of such lines
    /// are the footer, and a page without a title or header may begin in the middle of a conference.
    /// </summary>
    public static TranscriptLayout ChineseMfa { get; } = new()
    {
        TitleLines = 200,
        FragmentsBeforeTurnsAreChrome = true,
        TrailingFragmentsAreFooter = true,
        BeginsMidway = true,
        AnnouncementsNeedCue = true,
    };

    /// <summary>
    /// Ministries and organisations that print a title, then the official's name, place, date and time, notices and a table
    /// of contents, then the briefing; editors may set topic headings between turns (<see cref="Headings"/>).
    /// </summary>
    public static TranscriptLayout Ministry { get; } = new() { TitleLines = 40, CountNonBlankTitleLines = true, BeginsMidway = true };

    /// <summary>How many lines from the top a title may stand at.</summary>
    public int TitleLines { get; init; } = 40;

    /// <summary>Whether <see cref="TitleLines"/> counts only non-blank lines.</summary>
    public bool CountNonBlankTitleLines { get; init; }

    /// <summary>Short lines that are no sentences, before the first question, are chrome (kind <see cref="BoilerplateKind.Other"/>).</summary>
    public bool FragmentsBeforeTurnsAreChrome { get; init; }

    /// <summary>Two or more short lines that are no sentences at the very end are the footer (site links).</summary>
    public bool TrailingFragmentsAreFooter { get; init; }

    /// <summary>Editors set topic headings between paragraphs and turns; such lines are boilerplate of kind <see cref="BoilerplateKind.Heading"/>.</summary>
    public bool Headings { get; init; }

    /// <summary>
    /// A text without a title, lead or header may begin in the middle of a conference: its first answer's question is
    /// elsewhere, and unlabelled text before the first question is the end of that answer unless it opens like an
    /// announcement (a greeting, "At the invitation of …", a numbered item).
    /// </summary>
    public bool BeginsMidway { get; init; }

    /// <summary>
    /// The institution's announcements open in announcements' words (a greeting, "At the invitation of …", "… will attend",
    /// "应…邀请", a numbered item): unlabelled text before the first question that does not, even under a title, is the end
    /// of an answer whose question the copy lost.
    /// </summary>
    public bool AnnouncementsNeedCue { get; init; }
}

/// <summary>Which dates the briefing's date may come from, in order, besides the title and the lead.</summary>
public sealed record DatePolicy
{
    /// <summary>A date line under the title is the briefing's date (State Department, UN, Japan).</summary>
    public static DatePolicy Ministry { get; } = new() { HeaderDate = true };

    /// <summary>A date line under the title is the posting date, often the day after the briefing: it is not used (India).</summary>
    public static DatePolicy PostedLater { get; } = new() { HeaderDate = false };

    /// <summary>
    /// Chinese MFA pages: the title's date, else the lead's (its year from the title or the publication stamp); a
    /// statement page (答记者问, "Remarks") without a date takes the page's own date line.
    /// </summary>
    public static DatePolicy ChineseMfa { get; } = new() { HeaderDate = false, StatementDateLine = true, LeadYearFromPublished = true };

    /// <summary>Whether numeric dates are written month first ("1/8/2016" is January 8), as in the United States.</summary>
    public bool NumericMonthFirst { get; init; }

    /// <summary>Whether a date line in the header (under the title) gives the briefing's date.</summary>
    public bool HeaderDate { get; init; }

    /// <summary>Whether a statement page without a date in its title takes the date of its date line.</summary>
    public bool StatementDateLine { get; init; }

    /// <summary>Whether a lead's month and day take their year from the publication stamp when the title has no date.</summary>
    public bool LeadYearFromPublished { get; init; }
}

/// <summary>
/// A format's own hooks, for what its data cannot say. Override what you need; the defaults do nothing. Hooks see the
/// lexing pass and the pipeline's state, never another format.
/// </summary>
public abstract class TranscriptHooks
{
    /// <summary>Finds the title when the definition's title rules cannot; <see langword="null"/> to use the rules.</summary>
    public virtual TitleMatch? FindTitle(LexedText lexed, TranscriptDefinition definition) => null;

    /// <summary>Adjusts a label the pipeline resolved (or returns <see langword="null"/> to drop it).</summary>
    public virtual TurnLabel? CleanLabel(LexedText lexed, TurnLabel label) => label;
}
