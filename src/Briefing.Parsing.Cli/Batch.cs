using System.Globalization;
using Briefing.Parsing.Html;

namespace Briefing.Parsing.Cli;

/// <summary>The options of a <c>parse</c> or <c>detect</c> run.</summary>
/// <param name="Inputs">Files, folders and '-' as given.</param>
internal sealed record BatchSettings(IReadOnlyList<string> Inputs)
{
    public string? Format { get; init; }

    public OutputKind Output { get; init; } = OutputKind.Json;

    /// <summary>detect's output: table, json or jsonl.</summary>
    public string DetectOutput { get; init; } = "table";

    public string? OutDirectory { get; init; }

    /// <summary>Where <c>--emit-text</c> writes the text extracted from HTML inputs (the JSON then has no <c>sourceText</c>).</summary>
    public string? EmitTextDirectory { get; init; }

    /// <summary>auto (HTML for .html/.htm files, text otherwise and for standard input), html or text.</summary>
    public string InputFormat { get; init; } = "auto";

    public IReadOnlyList<Glob> Patterns { get; init; } = DefaultPatterns;

    /// <summary>The folder patterns used when none is given.</summary>
    public static IReadOnlyList<Glob> DefaultPatterns { get; } = [Glob.Create("*.txt"), Glob.Create("*.html"), Glob.Create("*.htm")];

    /// <summary>The parser's <see cref="BriefingParserOptions.MaxInputLength"/>; <see langword="null"/> for the default.</summary>
    public int? MaxChars { get; init; }

    public bool NoProgress { get; init; }

    public bool Quiet { get; init; }
}

/// <summary>What the work on one document produced: a result, or why there is none.</summary>
internal sealed record Outcome<T>(T? Value, string? Failure, string? Errors = null) : IDisposable
    where T : class
{
    public static Outcome<T> Failed(string message) => new(null, message);

    public void Dispose() => (Value as IDisposable)?.Dispose();
}

/// <summary>
/// One run over the command line's inputs: selecting them, the parser, progress, the failures reported on stderr and
/// the closing summary.
/// </summary>
internal sealed class Batch
{
    private readonly BatchSettings _settings;
    private readonly ToolConsole _console;
    private int _failed;
    private int _unreadableFolders;

    private Batch(BatchSettings settings, ToolConsole console, InputSelection selection)
    {
        (_settings, _console) = (settings, console);
        Inputs = selection.Inputs;
        Parser = settings.MaxChars is { } max
            ? new BriefingParserBuilder().WithOptions(BriefingParserOptions.Default with { MaxInputLength = max }).Build()
            : BriefingParser.Default;
        Progress = new Progress(console.Error, Inputs.Count, !settings.NoProgress && console.IsErrorTerminal);
    }

    public List<Input> Inputs { get; }

    public BriefingParser Parser { get; }

    public Progress Progress { get; }

    /// <summary>The largest input accepted, in UTF-16 code units.</summary>
    public int MaxChars => Parser.Options.MaxInputLength;

    /// <summary>
    /// Selects the inputs. Folders that cannot be listed are reported (and counted as failed); when nothing at all is
    /// selected the message is printed and <see langword="null"/> returned (exit code 2).
    /// </summary>
    public static Batch? Start(BatchSettings settings, ToolConsole console)
    {
        var selection = Cli.Inputs.Expand(settings.Inputs, settings.Patterns, console);
        var batch = new Batch(settings, console, selection);
        foreach (var (source, message) in selection.Failures)
        {
            batch.Progress.Clear();
            console.Error.WriteLine($"briefing: {source}: {message}");
            batch._unreadableFolders++;
        }
        string patterns = string.Join(", ", settings.Patterns.Select(p => p.Pattern));
        if (selection.Inputs.Count == 0)
        {
            console.Error.WriteLine(selection.EmptyFolders.Count > 0
                ? $"briefing: no input: no file in {string.Join(", ", selection.EmptyFolders)} matches {patterns}."
                : "briefing: no input: none of the folders given could be read.");
            return null;
        }
        foreach (var folder in selection.EmptyFolders)
            console.Error.WriteLine($"briefing: {folder}: no file matches {patterns}.");
        return batch;
    }

    /// <summary>Reads one input with the batch's size limit.</summary>
    public DocumentText Read(Input input) => DocumentReader.Read(input, _console.In, MaxChars);

    /// <summary>Whether the input is read as an HTML page.</summary>
    public bool IsHtml(Input input) => _settings.InputFormat switch
    {
        "html" => true,
        "text" => false,
        _ => input.Path is { } path
            && (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)),
    };

    /// <summary>
    /// Reads and parses one input: an HTML page is extracted (HtmlText) and parsed with its label hints, and the
    /// result carries the extracted text as <see cref="PressBriefing.SourceText"/>; a text file gets
    /// <see cref="DiagnosticCodes.InvalidUtf8"/> when its bytes are not valid UTF-8. Parser exceptions propagate.
    /// </summary>
    /// <returns>The result and the text its spans refer to, or why the input could not be read.</returns>
    public (PressBriefing? Briefing, string? Text, string? Error) Parse(Input input, ParseOptions options)
    {
        options = options with { SourceName = input.Source };
        if (IsHtml(input))
        {
            var (bytes, error) = DocumentReader.ReadBytes(input, _console.In, MaxChars);
            if (error is not null) return (null, null, error);
            using (bytes)
            using (var stream = bytes!.AsStream())
            {
                var page = Parser.ParseHtml(stream, options);
                return (page, page.SourceText, null);
            }
        }
        var read = Read(input);
        if (read.Error is not null) return (null, null, read.Error);
        var briefing = Parser.Parse(read.Text!, options);
        return (read.InvalidUtf8Offset >= 0 ? ParseRun.WithInvalidUtf8(briefing, read) : briefing, read.Text, null);
    }

    /// <summary>The text the parser would read from the input: the file's text, or the text extracted from an HTML page.</summary>
    public (string? Text, string? Error) Text(Input input)
    {
        if (!IsHtml(input))
        {
            var read = Read(input);
            return (read.Text, read.Error);
        }
        var (bytes, error) = DocumentReader.ReadBytes(input, _console.In, MaxChars);
        if (error is not null) return (null, error);
        using (bytes)
        using (var stream = bytes!.AsStream())
            return (HtmlText.Extract(stream).Text, null);
    }

    /// <summary>Reports a document that could not be read or parsed; the batch goes on.</summary>
    public void Fail(string source, string message)
    {
        Progress.Clear();
        _console.Error.WriteLine($"briefing: {source}: {message}");
        _failed++;
    }

    /// <summary>Ends the batch: clears the progress line, prints the summary, returns the exit code.</summary>
    public int Finish()
    {
        Progress.Dispose();
        int total = Inputs.Count;
        if (!_settings.Quiet && (_failed > 0 || _unreadableFolders > 0 || total > 1))
        {
            string folders = _unreadableFolders == 0 ? ""
                : string.Create(CultureInfo.InvariantCulture, $", {_unreadableFolders} {(_unreadableFolders == 1 ? "folder" : "folders")} could not be read");
            _console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"briefing: {total - _failed} of {total} documents done, {_failed} failed{folders}."));
        }
        return _failed > 0 || _unreadableFolders > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}
