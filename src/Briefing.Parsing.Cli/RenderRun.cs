using System.Text;
using Briefing.Parsing.Html;

namespace Briefing.Parsing.Cli;

/// <summary><c>briefing render</c>: parse one document and write BriefingPage's self-contained HTML page of it.</summary>
internal static class RenderRun
{
    public static Task<int> RunAsync(BatchSettings settings, string? outputPath, ToolConsole console, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string given = settings.Inputs[0];
        if (given != "-" && Directory.Exists(given))
        {
            console.Error.WriteLine($"briefing: {given} is a folder; render takes one file (or '-').");
            return Task.FromResult(ExitCodes.UsageOrIoError);
        }
        var batch = Batch.Start(settings, console);
        if (batch is null) return Task.FromResult(ExitCodes.UsageOrIoError);
        var input = batch.Inputs[0];

        PressBriefing? briefing;
        string? text, error;
        try
        {
            (briefing, text, error) = batch.Parse(input, new ParseOptions { Format = settings.Format });
        }
#pragma warning disable CA1031 // A buggy format plug-in is reported like an unreadable document.
        catch (Exception e)
#pragma warning restore CA1031
        {
            (briefing, text, error) = (null, null, $"{e.GetType().Name}: {e.Message}");
        }
        if (error is not null)
        {
            batch.Fail(input.Source, error);
            return Task.FromResult(batch.Finish());
        }

        var errors = briefing!.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) batch.Fail(input.Source, string.Join("; ", errors.Select(d => $"{d.Code}: {d.Message}")));
        byte[] page = Encoding.UTF8.GetBytes(BriefingPage.Render(briefing, text!));
        if (outputPath is null or "-")
        {
            try
            {
                console.Out.Write(page);
                console.Out.Flush();
            }
            catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
            {
                throw new OutputException($"standard output: {e.Message}", e);
            }
        }
        else
        {
            AtomicFile.WriteAllBytes(console, outputPath, page);
        }
        return Task.FromResult(batch.Finish());
    }
}
