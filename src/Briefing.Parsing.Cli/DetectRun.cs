using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Briefing.Parsing.Cli;

/// <summary><c>briefing detect</c>: every format's score and reason per document, in parallel, written in input order.</summary>
internal static class DetectRun
{
    public static async Task<int> RunAsync(BatchSettings settings, ToolConsole console, CancellationToken cancellationToken)
    {
        var batch = Batch.Start(settings, console);
        if (batch is null) return ExitCodes.UsageOrIoError;
        var stdout = new BufferedStream(console.Out, 1 << 16);
        string output = settings.DetectOutput;
        bool first = true;
        try
        {
            if (output == "json") Write(stdout, "["u8);
            await OrderedPipeline.RunAsync(
                batch.Inputs,
                (input, _) => Work(batch, input, output),
                (input, outcome) =>
                {
                    batch.Progress.Report(input.Source);
                    if (outcome.Failure is { } failure)
                    {
                        batch.Fail(input.Source, failure);
                        return ValueTask.CompletedTask;
                    }
                    if (output == "json") Write(stdout, first ? "\n"u8 : ",\n"u8);
                    else if (output == "table") batch.Progress.Clear();
                    Write(stdout, outcome.Value!);
                    first = false;
                    return ValueTask.CompletedTask;
                },
                cancellationToken).ConfigureAwait(false);
            if (output == "json") Write(stdout, first ? "]\n"u8 : "\n]\n"u8);
            try
            {
                stdout.Flush();
            }
            catch (IOException e)
            {
                throw new OutputException($"standard output: {e.Message}", e);
            }
        }
        catch (OutputException)
        {
            batch.Progress.Clear();
            throw;
        }
        return batch.Finish();
    }

    private static void Write(Stream stdout, ReadOnlySpan<byte> bytes)
    {
        try
        {
            stdout.Write(bytes);
        }
        catch (IOException e)
        {
            throw new OutputException($"standard output: {e.Message}", e);
        }
    }

    private static Outcome<byte[]> Work(Batch batch, Input input, string output)
    {
        IReadOnlyList<DetectionResult> results;
        try
        {
            var (text, error) = batch.Text(input);
            if (error is not null) return Outcome<byte[]>.Failed(error);
            results = batch.Parser.Detect(text!);
        }
#pragma warning disable CA1031 // A buggy format plug-in must not stop the batch; it is reported.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Outcome<byte[]>.Failed($"{e.GetType().Name}: {e.Message}");
        }
        return new Outcome<byte[]>(output == "table"
            ? Encoding.UTF8.GetBytes(Table(batch.Parser, input.Source, results))
            : Json(batch.Parser, input.Source, results, indented: output == "json", newLine: output == "jsonl"), null);
    }

    private static string Table(BriefingParser parser, string source, IReadOnlyList<DetectionResult> results)
    {
        var text = new StringBuilder();
        text.Append(source).Append('\n');
        int width = Math.Max(6, results.Max(r => (int?)r.FormatId.Length) ?? 0);
        foreach (var r in results)
            text.Append(CultureInfo.InvariantCulture, $"  {r.FormatId.PadRight(width)}  {r.Confidence:0.00}  {r.Reason}\n");
        string? winner = Winner(parser, results);
        text.Append(winner is null
            ? string.Create(CultureInfo.InvariantCulture, $"  => no format matched (threshold {parser.Options.DetectionThreshold:0.00})\n")
            : $"  => {winner}\n");
        return text.ToString();
    }

    private static string? Winner(BriefingParser parser, IReadOnlyList<DetectionResult> results) =>
        results.Count > 0 && results[0].Confidence > parser.Options.DetectionThreshold ? results[0].FormatId : null;

    /// <summary>Detection results as JSON: <c>{"source": ..., "winner": ..., "results": [{formatId, confidence, reason}]}</c>.</summary>
    private static byte[] Json(BriefingParser parser, string source, IReadOnlyList<DetectionResult> results, bool indented, bool newLine)
    {
        using var buffer = new PooledBufferWriter();
        using (var w = new Utf8JsonWriter(buffer, BriefingJson.GetWriterOptions(indented)))
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
        if (newLine) buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}
