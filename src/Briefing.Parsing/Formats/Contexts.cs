using System.Collections.Immutable;
using Briefing.Parsing.Lexing;

namespace Briefing.Parsing;

/// <summary>
/// What a detector may look at: the shared lexing pass (<see cref="Lexed"/>) limited to a bounded window at the start of
/// the text, and the directories. Every detector reads the same pass; none re-reads the text.
/// </summary>
public sealed class DetectionContext
{
    private SourceLine[]? _lines;
    private string? _windowText;

    internal DetectionContext(LexedText lexed, bool includeReason = true)
    {
        Lexed = lexed;
        WindowLength = lexed.WindowLength;
        IncludeReason = includeReason;
    }

    /// <summary>
    /// Whether the caller shows the detection's reason. <see cref="BriefingParser.Parse"/> ranks every format with this
    /// <see langword="false"/> and then asks the winner again with <see langword="true"/>, so a detector may skip building
    /// its reason (and return an empty one) when it is <see langword="false"/>. The confidence must not depend on it.
    /// <see cref="BriefingParser.Detect"/> always includes the reasons.
    /// </summary>
    public bool IncludeReason { get; }

    /// <summary>
    /// The confidence another format has already reached in this ranking, or 0 when every format's confidence counts
    /// (<see cref="BriefingParser.Detect"/>, and the first format <see cref="BriefingParser.Parse"/> ranks). A format that
    /// scores below it cannot win, so a detector that can tell early that its confidence will be <em>strictly below</em>
    /// this value may stop there and return any confidence below it (<see cref="FormatDetection.None"/>); a confidence
    /// equal to it still counts (formats of equal confidence are ranked by priority). Only <see cref="BriefingParser.Parse"/>
    /// sets it, always with <see cref="IncludeReason"/> <see langword="false"/>.
    /// </summary>
    public double ConfidenceToBeat { get; internal set; }

    /// <summary>
    /// Whether this format loses a tie at <see cref="ConfidenceToBeat"/> too: the format that reached it ranks first at equal
    /// confidence (its priority is higher, or as high and it was registered before; <see cref="BriefingParser.Parse"/> scores
    /// the formats that can reach the highest confidence first, so that format may have been registered after this one).
    /// Then a detector that can tell early that its confidence will be <em>at most</em> <see cref="ConfidenceToBeat"/> may
    /// stop there as well. Always <see langword="false"/> when <see cref="ConfidenceToBeat"/> is 0.
    /// </summary>
    public bool TiesLose { get; internal set; }

    /// <summary>The lexing pass: lines, scripts, chrome, label candidates, title candidates, mentions, cues.</summary>
    /// <remarks>Valid only during <see cref="BriefingFormat.Detect"/>; do not keep it.</remarks>
    public LexedText Lexed { get; }

    /// <summary>Length of the window in UTF-16 code units.</summary>
    public int WindowLength { get; }

    /// <summary>The bounded window at the start of the input.</summary>
    public ReadOnlySpan<char> Window => Lexed.Text.AsSpan(0, WindowLength);

    /// <summary>How many lines of <see cref="Lexed"/> start inside the window.</summary>
    public int WindowLineCount => Lexed.WindowLineCount;

    /// <summary>The window's lines (spans are into the full input, which the window starts).</summary>
    public IReadOnlyList<SourceLine> Lines => _lines ??= MakeLines();

    /// <summary>The directories of the parser.</summary>
    public BriefingDirectories Directories => Lexed.Directories;

    /// <summary>The lexicon of the parser.</summary>
    public Lexicon Lexicon => Lexed.Lexicon;

    /// <summary>The text a span covers.</summary>
    public ReadOnlySpan<char> this[TextSpan span] => Lexed.Text.AsSpan(span.Start, span.Length);

    /// <summary>The window as a string (created once, on first use).</summary>
    public string WindowText => _windowText ??= Lexed.Text[..WindowLength];

    private SourceLine[] MakeLines()
    {
        var lines = new SourceLine[Lexed.WindowLineCount];
        for (int i = 0; i < lines.Length; i++)
        {
            var l = Lexed[i];
            var span = TextSpan.FromBounds(l.Span.Start, Math.Min(l.Span.End, WindowLength));
            var content = TextSpan.FromBounds(Math.Min(l.Content.Start, span.End), Math.Min(l.Content.End, span.End));
            lines[i] = new SourceLine(i, span, content);
        }
        return lines;
    }
}

/// <summary>What a format's parser gets: the whole input, its lexing pass, the directories, the options and a diagnostics list.</summary>
public sealed class ParseContext
{
    private SourceLine[]? _lines;
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    internal ParseContext(LexedText lexed, ParseOptions options, FormatMatch match)
    {
        Lexed = lexed;
        Options = options;
        Match = match;
    }

    /// <summary>The exact input; every span refers to it.</summary>
    public string Text => Lexed.Text;

    /// <summary>The lexing pass over the whole input.</summary>
    /// <remarks>Valid only during <see cref="BriefingFormat.Parse"/>; do not keep it.</remarks>
    public LexedText Lexed { get; }

    /// <summary>The input's lines.</summary>
    public IReadOnlyList<SourceLine> Lines => _lines ??= MakeLines();

    /// <summary>The directories of the parser.</summary>
    public BriefingDirectories Directories => Lexed.Directories;

    /// <summary>The lexicon of the parser.</summary>
    public Lexicon Lexicon => Lexed.Lexicon;

    /// <summary>The options of this parse.</summary>
    public ParseOptions Options { get; }

    /// <summary>How the format was chosen.</summary>
    public FormatMatch Match { get; }

    /// <summary>Diagnostics reported so far.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.ToImmutable();

    /// <summary>Reports a diagnostic.</summary>
    public void Report(string code, DiagnosticSeverity severity, string message, TextSpan? span = null) =>
        _diagnostics.Add(new Diagnostic(code, severity, message, span));

    /// <summary>The text <paramref name="span"/> covers.</summary>
    public ReadOnlySpan<char> this[TextSpan span] => Text.AsSpan(span.Start, span.Length);

    /// <summary>The normalised text of <paramref name="span"/> (see <see cref="TextNormalizer"/>).</summary>
    public string TextOf(TextSpan span) => TextNormalizer.Normalize(this[span]);

    private SourceLine[] MakeLines()
    {
        var lines = new SourceLine[Lexed.LineCount];
        for (int i = 0; i < lines.Length; i++) lines[i] = Lexed[i].ToSourceLine();
        return lines;
    }
}
