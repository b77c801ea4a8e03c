using System.Globalization;
using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Transcripts;

/// <summary>
/// Stage "labels" of the pipeline: turns the lexing pass's label candidates into turn labels for one definition and one
/// briefing: a surname resolved against the briefing's date and main official ("Kong:", "MR KIRBY:"), an office alone
/// ("Spokesperson:") given to the main official, an upper-case name taken as an official where every label is upper case,
/// a personal name taken as a journalist where journalists sign with their names, label shapes kept for acceptance in
/// context, mixed-case labels dropped where every label is upper case.
/// </summary>
public sealed class LabelResolver
{
    // Not read-only: detection re-aims one resolver per thread at each definition (see Reset) instead of making one per
    // definition and text.
    private LexedText _lexed;
    private TranscriptDefinition _definition;
    private SpokespersonEntry? _main;
    private string? _mainName;
    private DateOnly? _date;
    private string _language;
    private SpokespersonEntry? _printedEntry;
    private bool _printed;

    /// <summary>Creates a resolver.</summary>
    /// <param name="lexed">The lexing pass.</param>
    /// <param name="definition">The format's definition.</param>
    /// <param name="main">The briefing's main official, when the directory knows them.</param>
    /// <param name="mainName">The main official's name as the title or header prints it.</param>
    /// <param name="date">The briefing's date, when known (it settles shared surnames).</param>
    /// <param name="language">The document's language ("en", "zh", "mul"), in which speakers are named.</param>
    public LabelResolver(LexedText lexed, TranscriptDefinition definition, SpokespersonEntry? main, string? mainName, DateOnly? date, string language)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        ArgumentNullException.ThrowIfNull(definition);
        Reset(lexed, definition, main, mainName, date, language);
    }

    /// <summary>Makes this resolver what the constructor with the same arguments makes (for a resolver reused by one thread).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_lexed), nameof(_definition), nameof(_language))]
    internal void Reset(LexedText lexed, TranscriptDefinition definition, SpokespersonEntry? main, string? mainName, DateOnly? date, string language)
    {
        _lexed = lexed;
        _definition = definition;
        _main = main;
        _mainName = main?.Name ?? mainName;
        _date = date;
        _language = language ?? "en";
        (_printedEntry, _printed) = (null, false);
        (_speakerEntry, _speaker) = (null, null);
        (_preferredFrom, _preferred) = (null, null);
    }

    /// <summary>
    /// A resolver for detection on this thread, as <c>new LabelResolver(…)</c> would make it: one per thread, taken while in
    /// use (a nested call makes its own) and given back with <see cref="ReturnShared"/>.
    /// </summary>
    internal static LabelResolver RentShared(LexedText lexed, TranscriptDefinition definition, SpokespersonEntry? main, string? mainName, DateOnly? date, string language)
    {
        var resolver = t_shared;
        if (resolver is null) return new LabelResolver(lexed, definition, main, mainName, date, language);
        t_shared = null;
        resolver.Reset(lexed, definition, main, mainName, date, language);
        return resolver;
    }

    /// <summary>Gives back a resolver of <see cref="RentShared"/>; it must not be used after this.</summary>
    internal static void ReturnShared(LabelResolver resolver)
    {
        // Nothing of the text stays reachable from the thread.
        resolver._lexed = null!;
        resolver._main = resolver._printedEntry = resolver._speakerEntry = resolver._preferredFrom = resolver._preferred = null;
        resolver._speaker = null;
        resolver._mainName = null;
        t_shared = resolver;
    }

    [ThreadStatic]
    private static LabelResolver? t_shared;

    /// <summary>The main official as a speaker (named as the document's language names people), or <see langword="null"/>.</summary>
    public Speaker? MainSpeaker => _main is not null ? ToSpeaker(_main) : _mainName is null ? null : new Speaker(_mainName) { Role = "spokesperson" };

    /// <summary>A directory entry as a speaker, named as the document names people (a traditional-character text in traditional characters).</summary>
    public Speaker ToSpeaker(SpokespersonEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // One official answers most turns of a briefing: their speaker is made once (speakers are immutable).
        if (ReferenceEquals(entry, _speakerEntry)) return _speaker!;
        var speaker = entry.ToSpeaker(_language);
        if (_lexed.IsTraditionalChinese && entry.NameZh is { } zh && _language is "zh" or "mul")
        {
            string traditional = ChineseText.ToTraditional(zh);
            speaker = speaker with { Name = _language == "mul" ? traditional + " " + entry.Name : traditional };
        }
        (_speakerEntry, _speaker) = (entry, speaker);
        return speaker;
    }

    private SpokespersonEntry? _speakerEntry;
    private Speaker? _speaker;

    /// <summary>
    /// The official of a label that names them only in part (<c>MR PRICE</c>, <c>Price:</c>): named as the directory names
    /// them when the document prints that name somewhere (a title, a header line, a question) or they are the briefing's
    /// main official, else as the label prints the name ("Price", as <see cref="Display"/> gives it), with the directory's
    /// name in <see cref="Speaker.DirectoryName"/>.
    /// </summary>
    private Speaker AsPrinted(SpokespersonEntry entry, ReadOnlySpan<char> printed)
    {
        var speaker = ToSpeaker(entry);
        // The briefing's main official was named by the title, the header or the lead.
        if (printed.IsEmpty || entry.Name == _main?.Name || FindsByFullName(entry, printed) || PrintsName(entry)) return speaker;
        return new Speaker(Display(printed)) { NameZh = entry.NameZh, Role = speaker.Role, DirectoryName = entry.Name };
    }

    /// <summary>Whether <paramref name="printed"/> is one of the entry's full names (English, Chinese or an alias).</summary>
    private static bool FindsByFullName(SpokespersonEntry entry, ReadOnlySpan<char> printed)
    {
        if (LabelKey.Equal(printed, entry.Name) || (entry.NameZh is { } zh && LabelKey.Equal(printed, zh))) return true;
        foreach (var alias in entry.Aliases)
        {
            if (LabelKey.Equal(printed, alias)) return true;
        }
        return false;
    }

    /// <summary>Whether the document names <paramref name="entry"/> by a full name anywhere (the lexing pass found it); the last answer is kept.</summary>
    private bool PrintsName(SpokespersonEntry entry)
    {
        if (ReferenceEquals(entry, _printedEntry)) return _printed;
        bool found = false;
        for (int mentionIndex = 0; mentionIndex < _lexed.Mentions.Count; mentionIndex++)
        {
            var mention = _lexed.Mentions[mentionIndex];
            foreach (var e in mention.Entries)
            {
                if (e.Name == entry.Name) found = true;
            }
            if (found) break;
        }
        (_printedEntry, _printed) = (entry, found);
        return found;
    }

    /// <summary>Resolves the label at the start of line <paramref name="line"/>, if it has one that is a turn label here.</summary>
    public TurnLabel? AtLineStart(int line) => _lexed.TryGetLabel(line, out var c) ? Resolve(c) : null;

    /// <summary>Resolves a candidate, or returns <see langword="null"/> when it is no turn label for this definition.</summary>
    public TurnLabel? Resolve(in LabelCandidate c)
    {
        if (Classify(c) is not { } draft) return null;
        var label = new TurnLabel(c.Span, c.ContentStart, draft.Role, draft.Evidence)
        {
            Anonymous = draft.Anonymous,
            Distinctive = draft.Distinctive,
            Official = draft.Official,
            Outlet = draft.Outlet?.ToOutlet(),
            Speaker = SpeakerOf(c, draft),
            Candidate = c,
        };
        return _definition.Hooks is { } hooks ? hooks.CleanLabel(_lexed, label) : label;
    }

    /// <summary>
    /// What <see cref="Resolve"/> makes of a candidate, as counts need it (role, evidence, whether it is typical, the
    /// official), without building its speaker or outlet: detection reads this for every label of the window and every
    /// definition. A definition with hooks may clean labels, so it gets the full label.
    /// </summary>
    internal bool TryClassify(in LabelCandidate c, out TurnRole role, out LabelEvidence evidence, out bool distinctive, out SpokespersonEntry? official, out LabelDelimiter delimiter)
    {
        if (_definition.Hooks is not null)
        {
            var label = Resolve(c);
            (role, evidence, distinctive, official, delimiter) = label is null ? default : (label.Role, label.Evidence, label.Distinctive, label.Official, label.Candidate.Delimiter);
            return label is not null;
        }
        var draft = Classify(c);
        (role, evidence, distinctive, official, delimiter) = draft is { } d ? (d.Role, d.Evidence, d.Distinctive, d.Official, c.Delimiter) : default;
        return draft is not null;
    }

    /// <summary>Where a label's speaker comes from.</summary>
    private enum SpeakerSource : byte
    {
        /// <summary>No speaker (questions, anonymous answers, offices alone: the assembler decides).</summary>
        None,
        /// <summary>The directory entry, named as the document names people.</summary>
        Entry,
        /// <summary>The directory entry, named as the label prints it when the text never names them in full.</summary>
        AsPrinted,
        /// <summary>The briefing's main official.</summary>
        Main,
        /// <summary>The name as printed (the candidate's name, or the whole label), with the office as its role.</summary>
        Printed,
    }

    /// <summary>A resolved label before its speaker and outlet are built.</summary>
    private readonly record struct Draft(TurnRole Role, LabelEvidence Evidence)
    {
        public bool Anonymous { get; init; }
        public bool Distinctive { get; init; }
        public SpokespersonEntry? Official { get; init; }
        public OutletEntry? Outlet { get; init; }
        public SpeakerSource Source { get; init; }
        public SpokespersonEntry? Entry { get; init; }
        public TextSpan Name { get; init; }
        /// <summary>For <see cref="SpeakerSource.Printed"/>: the candidate's office is the speaker's role.</summary>
        public bool OfficeIsRole { get; init; }
    }

    private Speaker? SpeakerOf(in LabelCandidate c, in Draft draft) => draft.Source switch
    {
        SpeakerSource.Entry => ToSpeaker(draft.Entry!),
        SpeakerSource.AsPrinted => AsPrinted(draft.Entry!, _lexed[draft.Name]),
        SpeakerSource.Main => MainSpeaker,
        SpeakerSource.Printed => new Speaker(Display(_lexed[draft.Name])) { Role = !draft.OfficeIsRole || c.Office.IsEmpty ? null : Display(_lexed[c.Office]).ToLowerInvariant() },
        _ => null,
    };

    private Draft? Classify(in LabelCandidate c)
    {
        var labels = _definition.Labels;
        var text = _lexed[c.Span];
        if (labels.UpperCase && !c.UpperCase && c.Delimiter != LabelDelimiter.Hint) return null;
        if (c.Inline && !c.IsKnown) return null;
        var evidence = c.IsKnown && c.Delimiter is not LabelDelimiter.Space ? LabelEvidence.Known : LabelEvidence.Shape;
        if (c.Delimiter == LabelDelimiter.Hint) evidence = LabelEvidence.Known;
        Draft? draft = c.Form switch
        {
            LabelForm.Word => Word(c, text, evidence),
            LabelForm.Person => new Draft(TurnRole.Answer, evidence)
            {
                Source = SpeakerSource.Entry,
                Entry = Prefer(c.Person!),
                Official = Prefer(c.Person!),
                Distinctive = IsOurs(c.Person!) || IsDistinctiveOffice(c.Office),
            },
            LabelForm.TitledName or LabelForm.NameWithOffice => Official(c, evidence),
            LabelForm.Surname => Surname(c, evidence),
            LabelForm.Outlet => new Draft(c.Role == LabelRole.FollowUp ? TurnRole.FollowUp : TurnRole.Question, evidence)
            {
                Outlet = c.Outlet!,
                Distinctive = labels.OutletsAreTypical,
            },
            LabelForm.Journalist => new Draft(c.Role == LabelRole.FollowUp ? TurnRole.FollowUp : TurnRole.Question, c.Outlet is null ? LabelEvidence.Shape : evidence)
            {
                Outlet = c.Outlet,
                Distinctive = labels.SurnameOutlet,
            },
            LabelForm.Reporter => new Draft(TurnRole.Question, evidence),
            LabelForm.UpperCaseName => UpperCaseName(c, text),
            LabelForm.PersonName => MainByName(c, text) ?? (labels.NamesAreJournalists || labels.Shapes ? Shape(c) : null),
            _ => MainByName(c, text) ?? (labels.Shapes ? Shape(c) : null),
        };
        // A label alone on its line is a turn only when it is known; a shape alone is a heading or a stray line.
        if (draft is { Evidence: LabelEvidence.Shape } && c.Delimiter == LabelDelimiter.LineEnd) return null;
        return draft;
    }

    private Draft? Word(in LabelCandidate c, ReadOnlySpan<char> text, LabelEvidence evidence)
    {
        // "Q." and "A." with a full stop are every ministry's; a format's own words count with their colon.
        bool distinctive = c.Delimiter != LabelDelimiter.FullStop && _definition.Labels.IsDistinctiveWord(text);
        return c.Role switch
        {
            LabelRole.Question => new Draft(TurnRole.Question, evidence) { Anonymous = true, Distinctive = distinctive },
            LabelRole.FollowUp => new Draft(TurnRole.FollowUp, evidence) { Anonymous = true, Distinctive = distinctive },
            LabelRole.Answer => new Draft(TurnRole.Answer, evidence) { Anonymous = true, Distinctive = distinctive },
            // The main official by office: the assembler gives the turn to the briefing's spokesperson.
            LabelRole.Official => new Draft(TurnRole.Answer, evidence) { Distinctive = distinctive },
            _ => null,
        };
    }

    private Draft Official(in LabelCandidate c, LabelEvidence evidence)
    {
        var name = _lexed[c.Name];
        var entry = name.IsEmpty ? null : FindOfficial(name);
        var draft = new Draft(TurnRole.Answer, evidence)
        {
            Official = entry,
            Distinctive = (entry is not null && IsOurs(entry)) || IsDistinctiveOffice(c.Office)
                || IsDistinctiveOffice(new TextSpan(c.Span.Start, Math.Max(0, c.Name.Start - c.Span.Start))),
        };
        if (entry is not null) return draft with { Source = SpeakerSource.AsPrinted, Entry = entry, Name = c.Name };
        if (!name.IsEmpty && IsMainBySurname(name)) return draft with { Source = SpeakerSource.Main };
        // An office alone ("NATO Secretary General:") is the briefing's official.
        if (name.IsEmpty && _mainName is not null) return draft with { Source = SpeakerSource.Main };
        return draft with { Source = SpeakerSource.Printed, Name = name.IsEmpty ? c.Span : c.Name, OfficeIsRole = true };
    }

    private Draft? Surname(in LabelCandidate c, LabelEvidence evidence)
    {
        var name = _lexed[c.Span];
        var directory = _lexed.Directories.Spokespersons;
        var entry = (_definition.InstitutionId is { } inst ? directory.FindBySurname(name, _date, _main, inst) : null) ?? directory.FindBySurname(name, _date, _main);
        if (entry is not null) return new Draft(TurnRole.Answer, evidence) { Source = SpeakerSource.AsPrinted, Entry = entry, Name = c.Span, Official = entry, Distinctive = IsOurs(entry) };
        if (IsMainBySurname(name) && _mainName is not null) return new Draft(TurnRole.Answer, evidence) { Source = SpeakerSource.Main };
        return null;
    }

    private Draft? UpperCaseName(in LabelCandidate c, ReadOnlySpan<char> text)
    {
        if (MainByName(c, text) is { } main) return main;
        // Where every label is upper case, any other upper-case name or office is an official ("MODERATOR").
        if (_definition.Labels.UpperCase)
            return new Draft(TurnRole.Answer, LabelEvidence.Known) { Source = SpeakerSource.Printed, Name = c.Span };
        return _definition.Labels.Shapes ? Shape(c) : null;
    }

    /// <summary>A label that is the main official's name as the title prints it (a spokesperson the directory does not know yet).</summary>
    private Draft? MainByName(in LabelCandidate c, ReadOnlySpan<char> text)
    {
        if (_mainName is null) return null;
        // The name in full, or the surname alone after the lexing pass set a title aside ("SEC. VILLANUEVA").
        var name = c.Name.IsEmpty ? text : _lexed[c.Name];
        if (!LabelKey.Equal(text, _mainName) && !(name.IndexOf(' ') < 0 && IsMainBySurname(name))) return null;
        return new Draft(TurnRole.Answer, c.Delimiter is LabelDelimiter.Space ? LabelEvidence.Shape : LabelEvidence.Known) { Source = SpeakerSource.Main };
    }

    // A shape with a transcription time code ("Speaker 2 (01:32):") is known to be a label; its role is still a guess.
    private static Draft Shape(in LabelCandidate c) => new(TurnRole.Question, c.IsKnown ? LabelEvidence.Known : LabelEvidence.Shape);

    /// <summary>An official by name: from the directory (this institution first), the main official by surname, or none.</summary>
    public SpokespersonEntry? FindOfficial(ReadOnlySpan<char> name)
    {
        var directory = _lexed.Directories.Spokespersons;
        string? institution = _definition.InstitutionId;
        if (directory.FindByName(name, _date, institution) is { } byName) return byName;
        name = CharClass.TrimSpaces(name);
        int space = name.LastIndexOf(' ');
        var surname = space < 0 ? name : name[(space + 1)..];
        int firstSpace = name.IndexOf(' ');
        var first = firstSpace < 0 ? name : name[..firstSpace];
        // "HAYASHI Yoshimasa": Japanese names may come surname first, in capitals.
        return (institution is null ? null : directory.FindBySurname(surname, _date, _main, institution))
            ?? (space > 0 && institution is not null && IsAllUpper(first) ? directory.FindBySurname(first, _date, _main, institution) : null)
            ?? (space < 0 ? directory.FindBySurname(surname, _date, _main) : null);
    }

    private bool IsMainBySurname(ReadOnlySpan<char> name)
    {
        if (_mainName is null) return false;
        var mainSurname = _main is not null ? _main.Surname.AsSpan() : LastWord(_mainName);
        return LabelKey.Equal(LastWord(name), mainSurname) || LabelKey.Equal(name, _mainName);
    }

    private SpokespersonEntry Prefer(SpokespersonEntry entry)
    {
        // One official labels most turns, and a label asks up to three times: the last answer is kept (per definition and text).
        if (ReferenceEquals(entry, _preferredFrom)) return _preferred!;
        var preferred = _definition.InstitutionId is { } inst && !SpokespersonDirectory.IsOf(entry, inst)
            ? _lexed.Directories.Spokespersons.FindByName(entry.Name, _date, inst) ?? entry
            : entry;
        (_preferredFrom, _preferred) = (entry, preferred);
        return preferred;
    }

    private SpokespersonEntry? _preferredFrom, _preferred;

    private bool IsOurs(SpokespersonEntry entry) => _definition.InstitutionId is { } inst && SpokespersonDirectory.IsOf(Prefer(entry), inst);

    private bool IsDistinctiveOffice(TextSpan office)
    {
        if (office.IsEmpty) return false;
        var s = _lexed[office];
        foreach (var d in _definition.Labels.DistinctiveOffices)
        {
            if (s.Contains(d, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }
        return word.Length > 1;
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> s)
    {
        s = CharClass.TrimSpaces(s);
        int space = s.LastIndexOf(' ');
        return space < 0 ? s : s[(space + 1)..];
    }

    /// <summary>A name as printed, whitespace folded; upper-case names in title case ("KIRBY" → "Kirby").</summary>
    public static string Display(ReadOnlySpan<char> name)
    {
        var folded = TextNormalizer.Normalize(name);
        return IsAllUpper(name) ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(folded.ToLowerInvariant()) : folded;
    }
}
