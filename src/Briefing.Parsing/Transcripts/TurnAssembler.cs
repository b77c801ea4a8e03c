using System.Collections.Immutable;
using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Transcripts;

/// <summary>
/// Stage "turns" of the pipeline: turns a sequence of labelled and unlabelled pieces into announcements and exchanges.
/// The earlier stages find labels and chrome; this class decides what belongs to which turn.
/// </summary>
/// <remarks>
/// Rules: before the first question, unlabelled paragraphs and paragraphs of officials' turns are announcements (one per
/// paragraph). A question label opens an exchange; an answer label adds an answer to the current exchange (or opens one
/// without a question when none is open). Unlabelled paragraphs continue the current turn. A break (chrome between
/// paragraphs) ends the current element, since an element's span must not cover chrome; text after it continues as
/// a new element of the same kind. A follow-up without an outlet of its own is the previous question's outlet's.
/// A page that begins mid-conference opens with an answer whose question is on another page (unless it is a greeting).
/// In a bilingual transcript the two versions of each turn are paired (<see cref="BilingualPairs"/>).
/// </remarks>
/// <param name="context">The parse: its text, its lexing pass and its diagnostics.</param>
/// <param name="mainSpeaker">The briefing's main official: the speaker of anonymous answers and unlabelled announcements.</param>
/// <param name="beginsMidway">Whether the text may begin in the middle of a conference (no title, lead or header).</param>
/// <param name="bilingual">Whether each turn is printed in two languages (the versions are paired).</param>
/// <param name="openingAnswer">Whether unlabelled text before the first label is the end of an answer whose question is elsewhere.</param>
public sealed class TurnAssembler(ParseContext context, Speaker? mainSpeaker, bool beginsMidway = false, bool bilingual = false, bool openingAnswer = false)
{
    // Openings of an official's first words that make them an opening statement rather than an answer (lexicon "greeting").
    private readonly PhraseSet _greetings = context.Lexed.Lexicon[LexiconCategories.Greeting];

    private readonly ImmutableArray<Announcement>.Builder _announcements = ImmutableArray.CreateBuilder<Announcement>();
    private readonly List<ExchangeDraft> _exchanges = [];
    private readonly List<Speaker> _speakers = [];
    private Block? _open;
    private readonly Speaker? _main = mainSpeaker;
    private Speaker? _announcer = mainSpeaker;
    private string? _announcerLabel;
    private TextSpan? _announcerLabelSpan;

    private sealed class Block(TurnRole role, TurnLabel? label, int start, int end, Speaker? speaker)
    {
        public TurnRole Role { get; } = role;
        public TurnLabel? Label { get; } = label;
        public int Start { get; } = start;
        public int End { get; set; } = end;
        public Speaker? Speaker { get; } = speaker;
    }

    private sealed class ExchangeDraft
    {
        public Question? Question { get; set; }
        public List<Answer> Answers { get; } = [];
        public int Start { get; set; }
    }

    /// <summary>Officials seen in labels, in order of appearance.</summary>
    public IReadOnlyList<Speaker> Speakers => _speakers;

    /// <summary>Whether a question has been seen (announcements are over).</summary>
    public bool InExchanges => _exchanges.Count > 0;

    /// <summary>Adds a piece of content.</summary>
    public void Add(Piece piece)
    {
        if (piece.Label is { } label)
        {
            Close();
            Open(label, piece);
            return;
        }
        if (piece.End <= piece.Start) return;
        if (_open is not null)
        {
            _open.End = piece.End;
            return;
        }
        if (_exchanges.Count == 0)
        {
            if (openingAnswer)
            {
                // The end of an answer whose question is on another page (or was lost by the copy).
                _exchanges.Add(new ExchangeDraft { Start = piece.Start });
                _open = new Block(TurnRole.Answer, null, piece.Start, piece.End, _main);
                return;
            }
            AddAnnouncement(piece.Start, piece.End);
            return;
        }
        // Continuation after a break: same kind as the last element of the last exchange.
        var last = _exchanges[^1];
        if (last.Answers.Count > 0)
            _open = new Block(TurnRole.Answer, null, piece.Start, piece.End, last.Answers[^1].Speaker);
        else
            _open = new Block(TurnRole.Question, null, piece.Start, piece.End, null);
    }

    /// <summary>Ends the current element (chrome stands between it and what follows).</summary>
    public void Break() => Close();

    /// <summary>Finishes and returns the announcements and exchanges.</summary>
    public (ImmutableArray<Announcement> Announcements, ImmutableArray<Exchange> Exchanges) Build()
    {
        Close();
        var built = ImmutableArray.CreateBuilder<Exchange>(_exchanges.Count);
        foreach (var d in _exchanges)
        {
            int end = d.Answers.Count > 0 ? d.Answers[^1].Span.End : d.Question?.Span.End ?? d.Start;
            built.Add(new Exchange(d.Question, [.. d.Answers], TextSpan.FromBounds(d.Start, end)));
        }
        var announcements = _announcements.ToImmutable();
        var exchanges = built.MoveToImmutable();
        if (bilingual)
        {
            // Each turn printed in two languages comes out once, with its other version as a translation.
            announcements = BilingualPairs.PairAnnouncements(announcements);
            exchanges = BilingualPairs.PairExchanges(exchanges);
        }
        foreach (var e in exchanges)
        {
            if (e.Question is null && e.Answers.Length > 0)
                context.Report(DiagnosticCodes.AnswerWithoutQuestion, DiagnosticSeverity.Info, "An answer whose question is not in the text.", e.Answers[0].Span);
            else if (e.Answers.IsEmpty && e.Question is not null)
                context.Report(DiagnosticCodes.QuestionWithoutAnswer, DiagnosticSeverity.Info, "A question with no answer in the text.", e.Question.Span);
        }
        return (announcements, exchanges);
    }

    private void Open(TurnLabel label, Piece piece)
    {
        string labelText = TextNormalizer.Normalize(context[label.Label]);
        switch (label.Role)
        {
            case TurnRole.Question:
            case TurnRole.FollowUp:
                _open = new Block(label.Role, label, piece.Start, piece.End, null);
                _exchanges.Add(new ExchangeDraft { Start = label.Label.Start });
                break;
            case TurnRole.Answer:
                var speaker = label.Speaker ?? _main;
                if (label.Speaker is not null) Remember(label.Speaker);
                // A page that begins mid-conference (no title, no header) opens with an answer whose question is on
                // another page, unless the official is greeting the press.
                bool answerFromElsewhere = beginsMidway && _exchanges.Count == 0 && _announcements.Count == 0
                    && _greetings.MatchPrefix(context[TextSpan.FromBounds(piece.Start, Math.Max(piece.Start, piece.End))]) == 0;
                if (_exchanges.Count == 0 && !label.Anonymous && !answerFromElsewhere)
                {
                    // An official speaking before the first question: greetings, announcements, introductions.
                    _announcer = speaker;
                    _announcerLabel = labelText;
                    _announcerLabelSpan = label.Label;
                    if (piece.End > piece.Start) AddAnnouncement(piece.Start, piece.End);
                    return;
                }
                if (_exchanges.Count == 0 || (_exchanges[^1].Answers.Count == 0 && _exchanges[^1].Question is null))
                    _exchanges.Add(new ExchangeDraft { Start = label.Label.Start });
                _open = new Block(TurnRole.Answer, label, piece.Start, piece.End, speaker);
                break;
        }
    }

    private void AddAnnouncement(int start, int end)
    {
        var span = TextSpan.FromBounds(start, end);
        _announcements.Add(new Announcement(_announcer, context.TextOf(span), span) { Label = _announcerLabel, LabelSpan = _announcerLabelSpan });
        // Only the first paragraph carries the label as printed.
        _announcerLabel = null;
        _announcerLabelSpan = null;
    }

    private void Close()
    {
        if (_open is null) return;
        var block = _open;
        _open = null;
        var draft = _exchanges[^1];
        if (block.End <= block.Start)
        {
            // A label with nothing after it (the text was cut there): no element, but say so.
            context.Report(DiagnosticCodes.Truncated, DiagnosticSeverity.Info, "A turn label with no text after it; the text may be cut off.", block.Label?.Label);
            if (draft.Question is null && draft.Answers.Count == 0) _exchanges.RemoveAt(_exchanges.Count - 1);
            return;
        }
        var span = TextSpan.FromBounds(block.Start, block.End);
        string text = context.TextOf(span);
        string? label = block.Label is { } l ? TextNormalizer.Normalize(context[l.Label]) : null;
        if (block.Role is TurnRole.Question or TurnRole.FollowUp)
        {
            if (draft.Question is not null || draft.Answers.Count > 0)
            {
                // A question continued after a break: its own exchange, same outlet.
                draft = new ExchangeDraft { Start = span.Start };
                _exchanges.Add(draft);
            }
            // A continuation after a break, or an unnamed "Follow-up:", comes from the previous question's outlet.
            var outlet = block.Label is null || (block.Role == TurnRole.FollowUp && block.Label.Outlet is null) ? LastOutlet() : block.Label.Outlet;
            draft.Question = new Question(label, outlet, text, span)
            {
                IsFollowUp = block.Role == TurnRole.FollowUp,
                LabelSpan = block.Label?.Label,
            };
        }
        else
        {
            draft.Answers.Add(new Answer(label, block.Speaker, text, span) { LabelSpan = block.Label?.Label });
        }
    }

    private Outlet? LastOutlet() => _exchanges.Count > 1 ? _exchanges[^2].Question?.Outlet : null;

    private void Remember(Speaker speaker)
    {
        foreach (var s in _speakers)
        {
            if (s.Name == speaker.Name) return;
        }
        _speakers.Add(speaker);
    }
}
