namespace Briefing.Parsing.Lexing;

/// <summary>What a turn label makes of the text after it, as far as the label itself tells.</summary>
public enum LabelRole : byte
{
    /// <summary>The label alone does not say (an unknown name or a label's shape); the transcript pipeline decides in context.</summary>
    Unknown,
    /// <summary>A journalist's question ("Q", "CCTV", "QUESTION", "Toba, Nippon TV").</summary>
    Question,
    /// <summary>A follow-up question ("Follow-up", "追问", "Zusatzfrage", "Reuters follow-up").</summary>
    FollowUp,
    /// <summary>An anonymous answer ("A", "Answer", "答").</summary>
    Answer,
    /// <summary>An official speaking, named ("Mao Ning", "MR KIRBY", "Minister Kishida") or by office alone ("Spokesperson", "Minister").</summary>
    Official,
}

/// <summary>Which shape of label was read.</summary>
public enum LabelForm : byte
{
    /// <summary>A fixed label word of the lexicon: "Q", "QUESTION", "问", "Spokesperson", "Frage".</summary>
    Word,
    /// <summary>A spokesperson of the directory by full name or alias ("Mao Ning", "毛宁"), perhaps after a title.</summary>
    Person,
    /// <summary>An honorific or office before a name no directory holds in full ("MR KIRBY", "Minister Kishida", "StS Hebestreit").</summary>
    TitledName,
    /// <summary>A name and an office around a comma or in brackets ("Ned Price, Department Spokesperson", "Burger (AA)").</summary>
    NameWithOffice,
    /// <summary>A single word that is a spokesperson's surname in the directory ("Kong", "Hua").</summary>
    Surname,
    /// <summary>A known outlet in any label form ("CCTV", "CCTV reporter", "路透社记者", "Reuters follow-up").</summary>
    Outlet,
    /// <summary>A journalist with an outlet ("Toba, Nippon TV", "Question (Anwar Abbas, APP)", "Jorge (Bloomberg)").</summary>
    Journalist,
    /// <summary>A reporter of an outlet no directory knows ("澳门月刊记者", "Rossiya Segodnya reporter").</summary>
    Reporter,
    /// <summary>An upper-case name or office no directory knows ("MODERATOR", "SENIOR STATE DEPARTMENT OFFICIAL").</summary>
    UpperCaseName,
    /// <summary>One to four capitalised words shaped like a personal name ("Priya", "Sudhi Ranjan").</summary>
    PersonName,
    /// <summary>Only shaped like a label: capitalised words ("Macau Monthly", "Speaker 2").</summary>
    Shape,
}

/// <summary>What ends a label.</summary>
public enum LabelDelimiter : byte
{
    /// <summary>A colon, ASCII or full-width.</summary>
    Colon,
    /// <summary>A full stop after a one- or two-letter label word ("Q.", "A.").</summary>
    FullStop,
    /// <summary>Nothing: spaces and then the text ("Q  Iranian …", "China News Service We have learned …").</summary>
    Space,
    /// <summary>The end of the line: the label stands alone and its text is on the next line.</summary>
    LineEnd,
    /// <summary>The source marked it as a label (<see cref="ParseOptions.LabelHints"/>).</summary>
    Hint,
}

/// <summary>
/// A turn label found by the lexing pass, resolved against the lexicon and the directories as far as the label alone
/// allows; the transcript pipeline resolves the rest (a surname against the briefing's date, an unknown name by context).
/// </summary>
/// <param name="Span">The label as printed, without its delimiter and without a time code ("Matt (01:49):" is "Matt").</param>
/// <param name="ContentStart">Where the turn's own text starts; the end of the line when the label stands alone.</param>
/// <param name="Delimiter">What ends the label.</param>
/// <param name="Form">Which shape of label it is.</param>
/// <param name="Role">What the label alone makes of the text.</param>
public readonly record struct LabelCandidate(TextSpan Span, int ContentStart, LabelDelimiter Delimiter, LabelForm Form, LabelRole Role)
{
    /// <summary>Whether the label is glued inside a line after a sentence ("…region.Mao Ning: The …").</summary>
    public bool Inline { get; init; }

    /// <summary>Whether every letter of the label is upper case ("MR KIRBY", "QUESTION").</summary>
    public bool UpperCase { get; init; }

    /// <summary>The lexicon's fixed label word, for <see cref="LabelForm.Word"/>.</summary>
    public LexiconEntry? Word { get; init; }

    /// <summary>The spokesperson the label names in full (or by an alias), when the directory has them.</summary>
    public SpokespersonEntry? Person { get; init; }

    /// <summary>The outlet the label names, when the directory has it.</summary>
    public OutletEntry? Outlet { get; init; }

    /// <summary>The name part of the label ("KIRBY" in "MR KIRBY", "Abbas" in "Question (Anwar Abbas, APP)"); empty when none.</summary>
    public TextSpan Name { get; init; }

    /// <summary>The office part of the label ("Minister", "Official Spokesperson", "AA"); empty when none.</summary>
    public TextSpan Office { get; init; }

    /// <summary>A transcription time code printed with the label ("(01:49)"); empty when none.</summary>
    public TextSpan TimeCode { get; init; }

    /// <summary>
    /// Whether the label is known rather than only shaped: a fixed word, a directory name or outlet, a title before a name,
    /// a name with an office, a surname, a reporter's label, a journalist of a known outlet, or any label printed with a
    /// transcription time code ("Priya (02:10):").
    /// </summary>
    public bool IsKnown => !TimeCode.IsEmpty || Form switch
    {
        LabelForm.Word or LabelForm.Person or LabelForm.TitledName or LabelForm.NameWithOffice or LabelForm.Surname or LabelForm.Outlet or LabelForm.Reporter => true,
        LabelForm.Journalist => Outlet is not null,
        _ => false,
    };

    /// <summary>Whether the label names nobody: an anonymous "Q", "A", "问" or "Follow-up".</summary>
    public bool IsAnonymous => Form == LabelForm.Word && Role is LabelRole.Question or LabelRole.Answer or LabelRole.FollowUp;

    /// <summary>Where the label and its delimiter end (the turn's text starts at or after it).</summary>
    public int End => Span.End;
}
