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
    private readonly LexedText _lexed;
    private readonly TranscriptDefinition _definition;
    private readonly SpokespersonEntry? _main;
    private readonly string? _mainName;
    private readonly DateOnly? _date;
    private readonly string _language;
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
        _lexed = lexed ?? throw new ArgumentNullException(nameof(lexed));
        _definition = definition ?? throw new ArgumentNullException(nameof(definition));
        _main = main;
        _mainName = main?.Name ?? mainName;
        _date = date;
        _language = language ?? "en";
    }

    /// <summary>The main official as a speaker (named as the document's language names people), or <see langword="null"/>.</summary>
    public Speaker? MainSpeaker => _main is not null ? ToSpeaker(_main) : _mainName is null ? null : new Speaker(_mainName) { Role = "spokesperson" };

    /// <summary>A directory entry as a speaker, named as the document names people (a traditional-character text in traditional characters).</summary>
    public Speaker ToSpeaker(SpokespersonEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var speaker = entry.ToSpeaker(_language);
        if (_lexed.IsTraditionalChinese && entry.NameZh is { } zh && _language is "zh" or "mul")
        {
            string traditional = ChineseText.ToTraditional(zh);
            speaker = speaker with { Name = _language == "mul" ? traditional + " " + entry.Name : traditional };
        }
        return speaker;
    }

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
        foreach (var mention in _lexed.Mentions)
        {
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
        var labels = _definition.Labels;
        var text = _lexed[c.Span];
        if (labels.UpperCase && !c.UpperCase && c.Delimiter != LabelDelimiter.Hint) return null;
        if (c.Inline && !c.IsKnown) return null;
        var evidence = c.IsKnown && c.Delimiter is not LabelDelimiter.Space ? LabelEvidence.Known : LabelEvidence.Shape;
        if (c.Delimiter == LabelDelimiter.Hint) evidence = LabelEvidence.Known;
        TurnLabel? label = c.Form switch
        {
            LabelForm.Word => Word(c, text, evidence),
            LabelForm.Person => Answer(c, evidence, ToSpeaker(Prefer(c.Person!)), distinctive: IsOurs(c.Person!) || IsDistinctiveOffice(c.Office), official: Prefer(c.Person!)),
            LabelForm.TitledName or LabelForm.NameWithOffice => Official(c, evidence),
            LabelForm.Surname => Surname(c, evidence),
            LabelForm.Outlet => new TurnLabel(c.Span, c.ContentStart, c.Role == LabelRole.FollowUp ? TurnRole.FollowUp : TurnRole.Question, evidence)
            {
                Outlet = c.Outlet!.ToOutlet(),
                Distinctive = labels.OutletsAreTypical,
                Candidate = c,
            },
            LabelForm.Journalist => new TurnLabel(c.Span, c.ContentStart, c.Role == LabelRole.FollowUp ? TurnRole.FollowUp : TurnRole.Question, c.Outlet is null ? LabelEvidence.Shape : evidence)
            {
                Outlet = c.Outlet?.ToOutlet(),
                Distinctive = labels.SurnameOutlet,
                Candidate = c,
            },
            LabelForm.Reporter => new TurnLabel(c.Span, c.ContentStart, TurnRole.Question, evidence) { Candidate = c },
            LabelForm.UpperCaseName => UpperCaseName(c, text),
            LabelForm.PersonName => MainByName(c, text) ?? (labels.NamesAreJournalists || labels.Shapes ? Shape(c) : null),
            _ => MainByName(c, text) ?? (labels.Shapes ? Shape(c) : null),
        };
        if (label is null) return null;
        // A label alone on its line is a turn only when it is known; a shape alone is a heading or a stray line.
        if (c.Delimiter == LabelDelimiter.LineEnd && label.Evidence == LabelEvidence.Shape) return null;
        // Every label above is built with its candidate (no copy per label).
        return _definition.Hooks is { } hooks ? hooks.CleanLabel(_lexed, label) : label;
    }

    private TurnLabel? Word(in LabelCandidate c, ReadOnlySpan<char> text, LabelEvidence evidence)
    {
        // "Q." and "A." with a full stop are every ministry's; a format's own words count with their colon.
        bool distinctive = c.Delimiter != LabelDelimiter.FullStop && _definition.Labels.IsDistinctiveWord(text);
        return c.Role switch
        {
            LabelRole.Question => new TurnLabel(c.Span, c.ContentStart, TurnRole.Question, evidence) { Anonymous = true, Distinctive = distinctive, Candidate = c },
            LabelRole.FollowUp => new TurnLabel(c.Span, c.ContentStart, TurnRole.FollowUp, evidence) { Anonymous = true, Distinctive = distinctive, Candidate = c },
            LabelRole.Answer => new TurnLabel(c.Span, c.ContentStart, TurnRole.Answer, evidence) { Anonymous = true, Distinctive = distinctive, Candidate = c },
            // The main official by office: the assembler gives the turn to the briefing's spokesperson.
            LabelRole.Official => new TurnLabel(c.Span, c.ContentStart, TurnRole.Answer, evidence) { Distinctive = distinctive, Candidate = c },
            _ => null,
        };
    }

    private static TurnLabel Answer(in LabelCandidate c, LabelEvidence evidence, Speaker speaker, bool distinctive, SpokespersonEntry? official = null) =>
        new(c.Span, c.ContentStart, TurnRole.Answer, evidence) { Speaker = speaker, Distinctive = distinctive, Official = official, Candidate = c };

    private TurnLabel Official(in LabelCandidate c, LabelEvidence evidence)
    {
        var name = _lexed[c.Name];
        var office = _lexed[c.Office];
        var entry = name.IsEmpty ? null : FindOfficial(name);
        Speaker speaker;
        if (entry is not null) speaker = AsPrinted(entry, name);
        else if (!name.IsEmpty && IsMainBySurname(name)) speaker = MainSpeaker!;
        // An office alone ("NATO Secretary General:") is the briefing's official.
        else if (name.IsEmpty && MainSpeaker is { } main) speaker = main;
        else speaker = new Speaker(Display(name.IsEmpty ? _lexed[c.Span] : name)) { Role = office.IsEmpty ? null : Display(office).ToLowerInvariant() };
        bool distinctive = (entry is not null && IsOurs(entry)) || IsDistinctiveOffice(c.Office)
            || IsDistinctiveOffice(new TextSpan(c.Span.Start, Math.Max(0, c.Name.Start - c.Span.Start)));
        return Answer(c, evidence, speaker, distinctive, entry);
    }

    private TurnLabel? Surname(in LabelCandidate c, LabelEvidence evidence)
    {
        var name = _lexed[c.Span];
        var directory = _lexed.Directories.Spokespersons;
        var entry = (_definition.InstitutionId is { } inst ? directory.FindBySurname(name, _date, _main, inst) : null) ?? directory.FindBySurname(name, _date, _main);
        if (entry is not null) return Answer(c, evidence, AsPrinted(entry, name), IsOurs(entry), entry);
        if (IsMainBySurname(name) && MainSpeaker is { } main) return Answer(c, evidence, main, distinctive: false);
        return null;
    }

    private TurnLabel? UpperCaseName(in LabelCandidate c, ReadOnlySpan<char> text)
    {
        if (MainByName(c, text) is { } main) return main;
        // Where every label is upper case, any other upper-case name or office is an official ("MODERATOR").
        if (_definition.Labels.UpperCase)
            return Answer(c, LabelEvidence.Known, new Speaker(Display(text)), distinctive: false);
        return _definition.Labels.Shapes ? Shape(c) : null;
    }

    /// <summary>A label that is the main official's name as the title prints it (a spokesperson the directory does not know yet).</summary>
    private TurnLabel? MainByName(in LabelCandidate c, ReadOnlySpan<char> text)
    {
        if (_mainName is null || MainSpeaker is not { } main) return null;
        // The name in full, or the surname alone after the lexing pass set a title aside ("SEC. VILLANUEVA").
        var name = c.Name.IsEmpty ? text : _lexed[c.Name];
        if (!LabelKey.Equal(text, _mainName) && !(name.IndexOf(' ') < 0 && IsMainBySurname(name))) return null;
        return Answer(c, c.Delimiter is LabelDelimiter.Space ? LabelEvidence.Shape : LabelEvidence.Known, main, distinctive: false);
    }

    // A shape with a transcription time code ("Speaker 2 (01:32):") is known to be a label; its role is still a guess.
    private static TurnLabel Shape(in LabelCandidate c) => new(c.Span, c.ContentStart, TurnRole.Question, c.IsKnown ? LabelEvidence.Known : LabelEvidence.Shape) { Candidate = c };

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

    private SpokespersonEntry Prefer(SpokespersonEntry entry) =>
        _definition.InstitutionId is { } inst && !SpokespersonDirectory.IsOf(entry, inst)
            ? _lexed.Directories.Spokespersons.FindByName(entry.Name, _date, inst) ?? entry
            : entry;

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
