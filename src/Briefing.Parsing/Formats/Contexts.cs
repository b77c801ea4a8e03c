using System.Collections.Immutable;

namespace Briefing.Parsing;

/// <summary>What a detector may look at: a bounded window at the start of the text, and the directories.</summary>
public sealed class DetectionContext
{
    private SourceLine[]? _lines;

    internal DetectionContext(string text, int windowLength, BriefingDirectories directories)
    {
        Text = text;
        WindowLength = Math.Min(windowLength, text.Length);
        Directories = directories;
    }

    private string Text { get; }

    /// <summary>Length of the window in UTF-16 code units.</summary>
    public int WindowLength { get; }

    /// <summary>The bounded window at the start of the input.</summary>
    public ReadOnlySpan<char> Window => Text.AsSpan(0, WindowLength);

    /// <summary>The window's lines (spans are into the full input, which the window starts).</summary>
    public IReadOnlyList<SourceLine> Lines => _lines ??= SourceLine.Split(Text, WindowLength);

    /// <summary>The directories of the parser.</summary>
    public BriefingDirectories Directories { get; }

    /// <summary>The text a line's content span covers.</summary>
    public ReadOnlySpan<char> this[TextSpan span] => Window.Slice(span.Start, span.Length);

    private Dictionary<object, object>? _shared;
    private string? _windowText;

    /// <summary>The window as a string (created once, shared by detectors).</summary>
    public string WindowText => _windowText ??= Text[..WindowLength];

    /// <summary>
    /// Computes a value once per detection and shares it among detectors: formats of one family (several editions of
    /// one mechanism) analyse a text once. <paramref name="key"/> identifies the analysis.
    /// </summary>
    public T GetOrAdd<T>(object key, Func<DetectionContext, T> factory)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(factory);
        _shared ??= [];
        if (_shared.TryGetValue(key, out var value)) return (T)value;
        var created = factory(this);
        _shared[key] = created;
        return created;
    }
}

/// <summary>What a format's parser gets: the whole input, its lines, the directories, the options and a diagnostics list.</summary>
public sealed class ParseContext
{
    private SourceLine[]? _lines;
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    internal ParseContext(string text, BriefingDirectories directories, ParseOptions options, FormatMatch match)
    {
        Text = text;
        Directories = directories;
        Options = options;
        Match = match;
    }

    /// <summary>The exact input; every span refers to it.</summary>
    public string Text { get; }

    /// <summary>The input's lines.</summary>
    public IReadOnlyList<SourceLine> Lines => _lines ??= SourceLine.Split(Text);

    /// <summary>The directories of the parser.</summary>
    public BriefingDirectories Directories { get; }

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
}
