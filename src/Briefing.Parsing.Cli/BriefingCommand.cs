using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Briefing.Parsing.Cli;

/// <summary>The <c>briefing</c> command: parse, detect, formats.</summary>
internal static class BriefingCommand
{
    private const string Usage = """
        Usage:
          briefing parse <files|folders|-> [--format ID] [--output json|jsonl] [--out DIR] [--pattern GLOB]
          briefing detect <files|folders|-> [--output json|jsonl] [--pattern GLOB]
          briefing formats
          briefing --help | --version

        Commands:
          parse     Parse press-briefing texts to JSON (docs/json-contract.md).
          detect    Show every format's score and reason for each text.
          formats   List the registered formats.

        Options:
          -f, --format ID       Use this format instead of detecting one (see 'briefing formats').
          -o, --output FORMAT   json (default; one object, or an array for several documents) or
                                jsonl (one document per line, in input order).
              --out DIR         Write files into DIR instead of standard output: one <name>.json per
                                document, or DIR/briefings.jsonl with --output jsonl.
              --pattern GLOB    Files to read from folders (default *.txt); folders are read recursively,
                                in ordinal order of their relative paths.
              --no-progress     Never show progress (it is shown on stderr only when stderr is a terminal).
          -q, --quiet           Do not print the closing summary on stderr.
          -                     Read one document from standard input.

        Exit codes: 0 all documents parsed; 1 some documents could not be read or parsed (each is
        reported on stderr, the others are written); 2 usage or output error.
        """;

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, ConsoleInfo console)
    {
        if (args.Length == 0 || args is ["--help"] or ["-h"] or ["help"] or ["-?"])
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.UsageOrIoError : ExitCodes.Success;
        }
        if (args is ["--version"])
        {
            stdout.WriteLine(typeof(BriefingParser).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            return ExitCodes.Success;
        }

        CommandLine command;
        try
        {
            command = CommandLine.Parse(args);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"briefing: {e.Message}");
            stderr.WriteLine("Run 'briefing --help' for usage.");
            return ExitCodes.UsageOrIoError;
        }

        var parser = BriefingParser.Default;
        if (command.Format is { } id && parser.FindFormat(id) is null)
        {
            stderr.WriteLine($"briefing: unknown format '{id}'. Known formats: {string.Join(", ", parser.Formats.Select(f => f.Id))}.");
            return ExitCodes.UsageOrIoError;
        }

        try
        {
            return command.Command switch
            {
                "formats" => ListFormats(parser, stdout),
                "detect" => await DetectAsync(parser, command, stdin, stdout, stderr, console).ConfigureAwait(false),
                _ => await ParseAsync(parser, command, stdin, stdout, stderr, console).ConfigureAwait(false),
            };
        }
        catch (OutputException e)
        {
            stderr.WriteLine($"briefing: cannot write output: {e.Message}");
            return ExitCodes.UsageOrIoError;
        }
    }

    private static int ListFormats(BriefingParser parser, TextWriter stdout)
    {
        int width = Math.Max(6, parser.Formats.Max(f => (int?)f.Id.Length) ?? 0);
        stdout.WriteLine($"{"id".PadRight(width)}  priority  description");
        foreach (var f in parser.Formats)
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{f.Id.PadRight(width)}  {f.Priority,8}  {f.Description}"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"detection threshold: {parser.Options.DetectionThreshold:0.00}"));
        return ExitCodes.Success;
    }

    private static async Task<int> DetectAsync(BriefingParser parser, CommandLine command, TextReader stdin, TextWriter stdout, TextWriter stderr, ConsoleInfo console)
    {
        var batch = new Batch(parser, command, stdin, stderr, console);
        bool first = true;
        if (command.Output == "json") stdout.Write('[');
        await foreach (var (input, text) in batch.ReadAsync().ConfigureAwait(false))
        {
            var results = parser.Detect(text);
            switch (command.Output)
            {
                case "jsonl":
                    stdout.WriteLine(DetectionJson(parser, input.Source, results, indented: false));
                    break;
                case "json":
                    stdout.Write(first ? "\n" : ",\n");
                    stdout.Write(DetectionJson(parser, input.Source, results, indented: true));
                    break;
                default:
                    batch.Progress.Clear();
                    WriteDetectionTable(parser, stdout, input.Source, results);
                    break;
            }
            first = false;
        }
        if (command.Output == "json") stdout.WriteLine(first ? "]" : "\n]");
        stdout.Flush();
        return batch.Finish();
    }

    private static void WriteDetectionTable(BriefingParser parser, TextWriter stdout, string source, IReadOnlyList<DetectionResult> results)
    {
        stdout.WriteLine(source);
        int width = Math.Max(6, results.Max(r => (int?)r.FormatId.Length) ?? 0);
        foreach (var r in results)
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {r.FormatId.PadRight(width)}  {r.Confidence:0.00}  {r.Reason}"));
        string? winner = Winner(parser, results);
        stdout.WriteLine(winner is null
            ? string.Create(CultureInfo.InvariantCulture, $"  => no format matched (threshold {parser.Options.DetectionThreshold:0.00})")
            : $"  => {winner}");
    }

    private static string? Winner(BriefingParser parser, IReadOnlyList<DetectionResult> results) =>
        results.Count > 0 && results[0].Confidence > parser.Options.DetectionThreshold ? results[0].FormatId : null;

    /// <summary>Detection results as JSON: <c>{"source": ..., "winner": ..., "results": [{formatId, confidence, reason}]}</c>.</summary>
    private static string DetectionJson(BriefingParser parser, string source, IReadOnlyList<DetectionResult> results, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            w.WriteStartObject();
            w.WriteString("source", source);
            var winner = Winner(parser, results);
            if (winner is null) w.WriteNull("winner"); else w.WriteString("winner", winner);
            w.WriteStartArray("results");
            foreach (var r in results)
            {
                w.WriteStartObject();
                w.WriteString("formatId", r.FormatId);
                w.WriteNumber("confidence", Math.Round(r.Confidence, 3));
                w.WriteString("reason", r.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static async Task<int> ParseAsync(BriefingParser parser, CommandLine command, TextReader stdin, TextWriter stdout, TextWriter stderr, ConsoleInfo console)
    {
        var batch = new Batch(parser, command, stdin, stderr, console);
        bool array = command.Output != "jsonl" && command.OutDirectory is null && (batch.Inputs.Count != 1 || batch.Inputs[0].FromFolder || command.Inputs.Count > 1);
        await using var sink = OutputSink.Create(command, stdout, array);
        var options = new ParseOptions { Format = command.Format };
        await foreach (var (input, text) in batch.ReadAsync().ConfigureAwait(false))
        {
            PressBriefing briefing;
            try
            {
                briefing = parser.Parse(text, options with { SourceName = input.Source });
            }
#pragma warning disable CA1031 // One bad document (or a buggy format plug-in) must not stop the batch; it is reported.
            catch (Exception e)
#pragma warning restore CA1031
            {
                batch.Fail(input, $"{e.GetType().Name}: {e.Message}");
                continue;
            }
            var errors = briefing.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) batch.Fail(input, string.Join("; ", errors.Select(d => $"{d.Code}: {d.Message}")));
            await sink.WriteAsync(input, briefing).ConfigureAwait(false);
        }
        return batch.Finish();
    }

    /// <summary>One run over the command line's inputs: reading them in order, progress, failures and the closing summary.</summary>
    private sealed class Batch
    {
        private readonly BriefingParser _parser;
        private readonly CommandLine _command;
        private readonly TextReader _stdin;
        private readonly TextWriter _stderr;
        private int _failed;

        public Batch(BriefingParser parser, CommandLine command, TextReader stdin, TextWriter stderr, ConsoleInfo console)
        {
            (_parser, _command, _stdin, _stderr) = (parser, command, stdin, stderr);
            Inputs = Cli.Inputs.Expand(command.Inputs, command.Pattern, stderr, out _failed);
            Progress = new Progress(stderr, Inputs.Count, !command.NoProgress && console.IsErrorTerminal);
        }

        public List<Input> Inputs { get; }

        public Progress Progress { get; }

        /// <summary>The inputs' texts in order; unreadable inputs are reported and skipped.</summary>
        public async IAsyncEnumerable<(Input Input, string Text)> ReadAsync()
        {
            foreach (var input in Inputs)
            {
                Progress.Report(input.Source);
                var (text, error) = await input.ReadAsync(_stdin, _parser.Options.MaxInputLength).ConfigureAwait(false);
                if (error is not null) Fail(input, error);
                else yield return (input, text!);
            }
        }

        /// <summary>Reports a document that could not be read or parsed; the batch goes on.</summary>
        public void Fail(Input input, string message)
        {
            Progress.Clear();
            _stderr.WriteLine($"briefing: {input.Source}: {message}");
            _failed++;
        }

        /// <summary>Ends the batch: clears the progress line, prints the summary, returns the exit code.</summary>
        public int Finish()
        {
            Progress.Dispose();
            int total = Inputs.Count;
            if (!_command.Quiet && (_failed > 0 || total > 1))
                _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"briefing: {total - Math.Min(_failed, total)} of {total} documents done, {_failed} failed."));
            return _failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        }
    }
}

/// <summary>Shows "[n/total] name" on stderr while a batch runs, when stderr is a terminal.</summary>
internal sealed class Progress(TextWriter stderr, int total, bool enabled) : IDisposable
{
    private readonly bool _enabled = enabled && total > 1;
    private int _done;
    private bool _dirty;

    public void Report(string name)
    {
        _done++;
        if (!_enabled) return;
        string line = string.Create(CultureInfo.InvariantCulture, $"[{_done}/{total}] {name}");
        if (line.Length > 79) line = string.Concat(line.AsSpan(0, 76), "...");
        stderr.Write("\r" + line.PadRight(79));
        stderr.Flush();
        _dirty = true;
    }

    public void Clear()
    {
        if (!_dirty) return;
        stderr.Write("\r" + new string(' ', 79) + "\r");
        _dirty = false;
    }

    public void Dispose() => Clear();
}
