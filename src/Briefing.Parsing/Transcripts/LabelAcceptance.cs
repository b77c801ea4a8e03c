namespace Briefing.Parsing.Transcripts;

/// <summary>
/// Stage "acceptance" of the pipeline: decides which labels known only by their shape (or printed without their colon)
/// are turns, from the structure of the whole text. Three named presets, because three families of transcripts label
/// differently; a definition picks one. A rejected label's line becomes content again, nothing is lost.
/// </summary>
public sealed class LabelAcceptance
{
    private enum Rule { InContext, OfficialsLabelled, Inferred }

    private readonly Rule _rule;

    private LabelAcceptance(Rule rule, string name)
    {
        _rule = rule;
        Name = name;
    }

    /// <summary>
    /// Chinese MFA transcripts: an anonymous label without its colon ("Q  Iranian …") is a turn when the text has two or
    /// more anonymous labels; a known outlet or official without its colon ("China News Service We have learned …") when
    /// the text has another known label, or two or more such labels of both roles; an unknown label's shape ("Macau
    /// Monthly:") when officials answer by name and the next label is an answer.
    /// </summary>
    public static LabelAcceptance InContext { get; } = new(Rule.InContext, "in-context");

    /// <summary>
    /// Ministries that label their officials: labels known only by their shape (a journalist's own name, an unknown
    /// outlet after a surname) are turns when the officials are labelled and at least two labels are known.
    /// </summary>
    public static LabelAcceptance OfficialsLabelled { get; } = new(Rule.OfficialsLabelled, "officials-labelled");

    /// <summary>
    /// Institutions the library does not know: as <see cref="OfficialsLabelled"/>, and a label no directory knows that
    /// answers the known question labels ("REPORTER:" … "PRATT:") is an official's, named as printed.
    /// </summary>
    public static LabelAcceptance Inferred { get; } = new(Rule.Inferred, "inferred");

    /// <summary>The preset's name.</summary>
    public string Name { get; }

    /// <summary>Applies the preset to <paramref name="pieces"/> (a <see langword="null"/> piece is a break), reporting unknown labels it accepts.</summary>
    public void Apply(List<Piece?> pieces, Func<TextSpan, string> textOf, Action<string, DiagnosticSeverity, string, TextSpan?> report)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        ArgumentNullException.ThrowIfNull(textOf);
        ArgumentNullException.ThrowIfNull(report);
        if (_rule == Rule.InContext) ApplyInContext(pieces, textOf, report);
        else ApplyOfficials(pieces, textOf, report, infer: _rule == Rule.Inferred);
    }

    private static void ApplyInContext(List<Piece?> pieces, Func<TextSpan, string> textOf, Action<string, DiagnosticSeverity, string, TextSpan?> report)
    {
        int anonymousKnown = 0, known = 0, anonymousLoose = 0, namedLoose = 0;
        bool namedAnswers = false, looseQuestion = false, looseAnswer = false, anonymousLooseQ = false, anonymousLooseA = false;
        foreach (var p in pieces)
        {
            if (p?.Label is not { } l) continue;
            if (l.Evidence == LabelEvidence.Known)
            {
                known++;
                if (l.Anonymous) anonymousKnown++;
                if (l.Role == TurnRole.Answer && !l.Anonymous) namedAnswers = true;
                continue;
            }
            if (l.Anonymous)
            {
                anonymousLoose++;
                if (l.Role == TurnRole.Answer) anonymousLooseA = true; else anonymousLooseQ = true;
            }
            else if (l.Outlet is not null || l.Speaker is not null)
            {
                namedLoose++;
                if (l.Role == TurnRole.Answer) looseAnswer = true; else looseQuestion = true;
            }
        }
        // Labels that lost their colons still alternate: two or more, of both roles, make each other turns.
        bool anonymousAlternate = anonymousLoose >= 2 && anonymousLooseQ && anonymousLooseA;
        bool namedAlternate = namedLoose >= 2 && looseQuestion && looseAnswer;
        for (int i = 0; i < pieces.Count; i++)
        {
            if (pieces[i] is not { Label: { } label } piece) continue;
            bool accept = true;
            if (label.Evidence == LabelEvidence.Shape)
            {
                if (label.Anonymous) accept = anonymousKnown >= 2 || anonymousAlternate;
                else if (label.Outlet is not null || label.Speaker is not null) accept = known >= 1 || namedAlternate;
                else accept = namedAnswers && NextLabelIsAnswer(pieces, i);
                if (!accept) pieces[i] = new Piece(label.Label.Start, piece.End, null);
            }
            if (accept && label.Role != TurnRole.Answer && label.Outlet is null && !label.Anonymous)
            {
                report(DiagnosticCodes.UnknownLabel, DiagnosticSeverity.Info,
                    $"'{textOf(label.Label)}' is not a known outlet; it was taken as a question label.", label.Label);
            }
        }
    }

    private static void ApplyOfficials(List<Piece?> pieces, Func<TextSpan, string> textOf, Action<string, DiagnosticSeverity, string, TextSpan?> report, bool infer)
    {
        int known = 0;
        bool official = false;
        foreach (var p in pieces)
        {
            if (p?.Label is not { Evidence: LabelEvidence.Known } l) continue;
            known++;
            official |= l.Role == TurnRole.Answer && !l.Anonymous;
        }
        if (infer && !official && InferOfficials(pieces, textOf)) official = true;
        bool accept = official && known >= 2;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < pieces.Count; i++)
        {
            if (pieces[i] is not { Label: { Evidence: LabelEvidence.Shape } label } piece) continue;
            if (!accept)
            {
                pieces[i] = new Piece(label.Label.Start, piece.End, null);
                continue;
            }
            string text = textOf(label.Label);
            if (label.Role != TurnRole.Answer && reported.Add(text))
            {
                report(DiagnosticCodes.UnknownLabel, DiagnosticSeverity.Info,
                    $"'{text}' is neither a known outlet nor a known official; it was taken as a journalist's label because the transcript's officials are labelled.", label.Label);
            }
        }
    }

    /// <summary>
    /// "REPORTER: …" / "PRATT: …": where known question labels are answered by a label no directory knows, that label is an
    /// official's. A label counts when it stands right after a known question label at least twice, and more often there
    /// than anywhere else.
    /// </summary>
    private static bool InferOfficials(List<Piece?> pieces, Func<TextSpan, string> textOf)
    {
        var afterQuestion = new Dictionary<string, int>(StringComparer.Ordinal);
        var elsewhere = new Dictionary<string, int>(StringComparer.Ordinal);
        TurnLabel? previous = null;
        foreach (var p in pieces)
        {
            if (p?.Label is not { } l) continue;
            if (l.Evidence == LabelEvidence.Shape)
            {
                string key = LabelKey.Fold(textOf(l.Label));
                var table = previous is { Evidence: LabelEvidence.Known, Role: TurnRole.Question or TurnRole.FollowUp } ? afterQuestion : elsewhere;
                table[key] = table.GetValueOrDefault(key) + 1;
            }
            previous = l;
        }
        var officials = afterQuestion.Where(kv => kv.Value >= 2 && kv.Value > elsewhere.GetValueOrDefault(kv.Key)).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        if (officials.Count == 0) return false;
        for (int i = 0; i < pieces.Count; i++)
        {
            if (pieces[i] is not { Label: { Evidence: LabelEvidence.Shape } l } piece) continue;
            string text = textOf(l.Label);
            if (!officials.Contains(LabelKey.Fold(text))) continue;
            pieces[i] = piece with
            {
                Label = l with { Role = TurnRole.Answer, Evidence = LabelEvidence.Known, Speaker = l.Speaker ?? new Speaker(LabelResolver.Display(text)) },
            };
        }
        return true;
    }

    private static bool NextLabelIsAnswer(List<Piece?> pieces, int i)
    {
        for (int j = i + 1; j < pieces.Count; j++)
        {
            if (pieces[j]?.Label is { } l) return l.Role == TurnRole.Answer && l.Evidence == LabelEvidence.Known;
        }
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
