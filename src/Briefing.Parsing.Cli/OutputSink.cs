using System.Text;

namespace Briefing.Parsing.Cli;

/// <summary>Where parsed documents go: standard output (one object, an array, or JSON Lines) or files in a folder.</summary>
internal abstract class OutputSink : IAsyncDisposable
{
    public static OutputSink Create(CommandLine command, TextWriter stdout, bool array)
    {
        bool lines = command.Output == "jsonl";
        if (command.OutDirectory is null) return new StdoutSink(stdout, lines, array);
        try
        {
            Directory.CreateDirectory(command.OutDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OutputException($"{command.OutDirectory}: {e.Message}", e);
        }
        return lines ? new JsonLinesFileSink(command.OutDirectory) : new FolderSink(command.OutDirectory);
    }

    public abstract Task WriteAsync(Input input, PressBriefing briefing);

    public abstract ValueTask DisposeAsync();

    private sealed class StdoutSink(TextWriter stdout, bool lines, bool array) : OutputSink
    {
        private bool _first = true;

        public override async Task WriteAsync(Input input, PressBriefing briefing)
        {
            if (lines)
            {
                await stdout.WriteLineAsync(BriefingJson.Serialize(briefing, indented: false)).ConfigureAwait(false);
            }
            else
            {
                if (array) await stdout.WriteAsync(_first ? "[\n" : ",\n").ConfigureAwait(false);
                await stdout.WriteAsync(BriefingJson.Serialize(briefing)).ConfigureAwait(false);
                if (!array) await stdout.WriteLineAsync().ConfigureAwait(false);
            }
            _first = false;
        }

        public override async ValueTask DisposeAsync()
        {
            if (array) await stdout.WriteLineAsync(_first ? "[]" : "\n]").ConfigureAwait(false);
            await stdout.FlushAsync().ConfigureAwait(false);
        }
    }

    private sealed class FolderSink(string folder) : OutputSink
    {
        private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

        public override async Task WriteAsync(Input input, PressBriefing briefing)
        {
            string name = Path.ChangeExtension(input.RelativeName, ".json");
            string unique = name;
            for (int n = 2; !_used.Add(unique); n++)
                unique = Path.ChangeExtension(input.RelativeName, null) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".json";
            string path = Path.Join(folder, unique);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, BriefingJson.Serialize(briefing) + "\n", new UTF8Encoding(false)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputException($"{path}: {e.Message}", e);
            }
        }

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class JsonLinesFileSink : OutputSink
    {
        private readonly StreamWriter _writer;

        public JsonLinesFileSink(string folder)
        {
            string path = Path.Join(folder, "briefings.jsonl");
            try
            {
                _writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputException($"{path}: {e.Message}", e);
            }
        }

        public override async Task WriteAsync(Input input, PressBriefing briefing)
        {
            try
            {
                await _writer.WriteLineAsync(BriefingJson.Serialize(briefing, indented: false)).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new OutputException(e.Message, e);
            }
        }

        public override ValueTask DisposeAsync() => _writer.DisposeAsync();
    }
}

/// <summary>The output could not be written.</summary>
internal sealed class OutputException(string message, Exception inner) : Exception(message, inner);
