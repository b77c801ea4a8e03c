using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Transcripts;

/// <summary>What a turn label makes of the text after it, once the pipeline has resolved it.</summary>
public enum TurnRole
{
    /// <summary>A journalist's question ("Q:", "CCTV:").</summary>
    Question,
    /// <summary>A follow-up question ("Follow-up:").</summary>
    FollowUp,
    /// <summary>An answer or a statement by an official ("A:", "Mao Ning:").</summary>
    Answer,
}

/// <summary>How sure the pipeline is that a label is a turn label.</summary>
public enum LabelEvidence
{
    /// <summary>A fixed label word or a directory name, printed with its delimiter.</summary>
    Known,
    /// <summary>Only the label's shape (or a label without its colon) suggests a turn; acceptance decides in context.</summary>
    Shape,
}

/// <summary>A turn label as the pipeline resolved it: its role, and who it names.</summary>
/// <param name="Label">The label as printed, without its delimiter.</param>
/// <param name="ContentStart">Where the turn's own text starts.</param>
/// <param name="Role">Question, follow-up or answer.</param>
/// <param name="Evidence">How sure the label is.</param>
public sealed record TurnLabel(TextSpan Label, int ContentStart, TurnRole Role, LabelEvidence Evidence)
{
    /// <summary>The outlet a question label names.</summary>
    public Outlet? Outlet { get; init; }

    /// <summary>The official an answer label names; <see langword="null"/> for an anonymous "A:" or an office ("Spokesperson:"): the main speaker.</summary>
    public Speaker? Speaker { get; init; }

    /// <summary>The official an answer label names, when the directory knows them.</summary>
    public SpokespersonEntry? Official { get; init; }

    /// <summary>Whether the label is an anonymous "Q"/"A"-style label.</summary>
    public bool Anonymous { get; init; }

    /// <summary>Whether the label is typical of the format (counts in detection).</summary>
    public bool Distinctive { get; init; }

    /// <summary>The lexing pass's candidate it came from.</summary>
    public LabelCandidate Candidate { get; init; }
}

/// <summary>A stretch of content, with the label that opens it (or none for a continuation).</summary>
/// <param name="Start">First code unit of the content (after any label).</param>
/// <param name="End">End (exclusive) of the content.</param>
/// <param name="Label">The label opening a turn here, or <see langword="null"/>.</param>
public readonly record struct Piece(int Start, int End, TurnLabel? Label)
{
    /// <summary>Where the piece begins in the source, label included.</summary>
    public int LabelStart => Label?.Label.Start ?? Start;
}
