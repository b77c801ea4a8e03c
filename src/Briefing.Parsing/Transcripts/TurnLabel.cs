namespace Briefing.Parsing;

/// <summary>What a turn label makes of the text after it.</summary>
internal enum TurnRole
{
    /// <summary>A journalist's question ("Q:", "CCTV:").</summary>
    Question,
    /// <summary>A follow-up question ("Follow-up:").</summary>
    FollowUp,
    /// <summary>An answer or a statement by an official ("A:", "Mao Ning:").</summary>
    Answer,
}

/// <summary>How sure a label reader is that a label is a turn label.</summary>
internal enum LabelEvidence
{
    /// <summary>A fixed label word ("Q", "A", "Follow-up") or a directory name.</summary>
    Known,
    /// <summary>Only the label's shape suggests a turn; the assembler accepts it only in context.</summary>
    Shape,
}

/// <summary>A turn label found in the text.</summary>
/// <param name="Label">The label as printed, without the colon.</param>
/// <param name="ContentStart">Where the turn's own text starts (after the colon and spaces).</param>
/// <param name="Role">Question, follow-up or answer.</param>
/// <param name="Evidence">How the label was recognised.</param>
internal sealed record TurnLabel(TextSpan Label, int ContentStart, TurnRole Role, LabelEvidence Evidence)
{
    /// <summary>The outlet a question label names.</summary>
    public Outlet? Outlet { get; init; }

    /// <summary>The official an answer label names; <see langword="null"/> for anonymous "A:" (the main spokesperson).</summary>
    public Speaker? Speaker { get; init; }

    /// <summary>Whether the label is an anonymous "Q"/"A"-style label.</summary>
    public bool Anonymous { get; init; }
}

/// <summary>A stretch of content on one line, with the label that opens it (or none for a continuation).</summary>
/// <param name="Start">First code unit of the content (after any label).</param>
/// <param name="End">End (exclusive) of the content.</param>
/// <param name="Label">The label opening a turn here, or <see langword="null"/>.</param>
internal readonly record struct Piece(int Start, int End, TurnLabel? Label)
{
    /// <summary>Where the piece begins in the source, label included.</summary>
    public int LabelStart => Label?.Label.Start ?? Start;
}
