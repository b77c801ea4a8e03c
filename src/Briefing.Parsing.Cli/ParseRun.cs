using System.Collections.Immutable;
using System.Globalization;

namespace Briefing.Parsing.Cli;

/// <summary>
/// <c>briefing parse</c>: documents are read and parsed (and their JSON serialised) on all cores, and written in
/// input order as soon as the oldest is done, with a bounded window of documents in flight.
/// </summary>
internal static class ParseRun
{
    public static async Task<int> RunAsync(BatchSettings settings, ToolConsole console, CancellationToken cancellationToken)
    {
        var batch = Batch.Start(settings, console);
        if (batch is null) return ExitCodes.UsageOrIoError;

        bool array = settings.Output == OutputKind.Json && settings.OutDirectory is null
            && (batch.Inputs.Count != 1 || batch.Inputs[0].FromFolder || settings.Inputs.Count > 1);
        var stdout = new BufferedStream(console.Out, 1 << 16);
        OutputSink sink;
        try
        {
            sink = OutputSink.Create(settings.Output, settings.OutDirectory, stdout, array, console);
        }
        catch (OutputException)
        {
            batch.Progress.Clear();
            throw;
        }
        var options = new ParseOptions { Format = settings.Format };
        var texts = settings.EmitTextDirectory is { } textDirectory ? new TextFiles(textDirectory, console) : null;
        bool? indented = settings.Output switch
        {
            OutputKind.Json => true,
            OutputKind.JsonLines => false,
            _ => null,
        };

        try
        {
            await OrderedPipeline.RunAsync(
                batch.Inputs,
                (input, _) => Work(batch, input, options, indented, settings.EmitTextDirectory is not null),
                (input, outcome) =>
                {
                    using (outcome)
                    {
                        batch.Progress.Report(input.Source);
                        if (outcome.Failure is { } failure)
                        {
                            batch.Fail(input.Source, failure);
                            return ValueTask.CompletedTask;
                        }
                        if (outcome.Errors is { } errors) batch.Fail(input.Source, errors);
                        if (outcome.Value!.ExtractedText is { } text) texts!.Write(input, text);
                        sink.Write(input, outcome.Value);
                    }
                    return ValueTask.CompletedTask;
                },
                cancellationToken).ConfigureAwait(false);
            sink.Complete();
        }
        catch (Exception e) when (e is OutputException or OperationCanceledException)
        {
            batch.Progress.Clear();
            sink.Abandon();
            throw;
        }
        return batch.Finish();
    }

    /// <summary>Reads, parses and serialises one document (on a thread-pool thread). Never throws.</summary>
    private static Outcome<ParsedDocument> Work(Batch batch, Input input, ParseOptions options, bool? indented, bool emitText)
    {
        PressBriefing briefing;
        PooledBufferWriter? json = null;
        string? extracted = null;
        try
        {
            var (parsed, _, error) = batch.Parse(input, options);
            if (error is not null) return Outcome<ParsedDocument>.Failed(error);
            briefing = parsed!;
            if (emitText && briefing.SourceText is { } text)
            {
                // The extracted text goes to its own file instead of the JSON's sourceText.
                extracted = text;
                briefing = briefing with { SourceText = null };
            }
            if (indented is { } indent)
            {
                json = new PooledBufferWriter(4096);
                BriefingJson.Serialize(json, briefing, indent);
            }
        }
#pragma warning disable CA1031 // One bad document (or a buggy format plug-in) must not stop the batch; it is reported.
        catch (Exception e)
#pragma warning restore CA1031
        {
            json?.Dispose();
            return Outcome<ParsedDocument>.Failed($"{e.GetType().Name}: {e.Message}");
        }
        var errors = briefing.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return new Outcome<ParsedDocument>(new ParsedDocument(briefing, json) { ExtractedText = extracted },
            null, errors.Count > 0 ? string.Join("; ", errors.Select(d => $"{d.Code}: {d.Message}")) : null);
    }

    /// <summary>Adds <see cref="DiagnosticCodes.InvalidUtf8"/> first among the document's diagnostics.</summary>
    internal static PressBriefing WithInvalidUtf8(PressBriefing briefing, DocumentText read)
    {
        var diagnostic = new Diagnostic(DiagnosticCodes.InvalidUtf8, DiagnosticSeverity.Warning,
            string.Create(CultureInfo.InvariantCulture,
                $"The input is not valid UTF-8: the first invalid byte sequence is at byte offset {read.InvalidUtf8Offset}; invalid sequences were read as U+FFFD."),
            new TextSpan(read.InvalidUtf8CharOffset, 1));
        return briefing with { Diagnostics = briefing.Diagnostics.Insert(0, diagnostic) };
    }
}
