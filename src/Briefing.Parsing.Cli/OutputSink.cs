using System.Globalization;

namespace Briefing.Parsing.Cli;

/// <summary>What <c>parse</c> writes: indented JSON, JSON Lines, CSV or TSV.</summary>
internal enum OutputKind
{
    Json,
    JsonLines,
    Csv,
    Tsv,
}

/// <summary>One parsed document on its way to the output.</summary>
/// <param name="Briefing">The result.</param>
/// <param name="Json">Its JSON (indented for <see cref="OutputKind.Json"/>, one line for JSON Lines), serialised by the worker that parsed it; <see langword="null"/> for CSV/TSV.</param>
internal sealed record ParsedDocument(PressBriefing Briefing, PooledBufferWriter? Json) : IDisposable
{
    /// <summary>With <c>--emit-text</c>: the text extracted from an HTML input, to be written to its own file.</summary>
    public string? ExtractedText { get; init; }

    public void Dispose() => Json?.Dispose();
}

/// <summary><c>--emit-text DIR</c>: the text extracted from each HTML input, as DIR/&lt;name&gt;.txt (UTF-8, written atomically).</summary>
internal sealed class TextFiles(string folder, ToolConsole console)
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public void Write(Input input, string text)
    {
        string unique = Path.ChangeExtension(input.RelativeName, ".txt");
        for (int n = 2; !_used.Add(unique); n++)
            unique = Path.ChangeExtension(input.RelativeName, null) + "-" + n.ToString(CultureInfo.InvariantCulture) + ".txt";
        AtomicFile.WriteAllBytes(console, Path.Join(folder, unique), System.Text.Encoding.UTF8.GetBytes(text));
    }
}

/// <summary>
/// Where parsed documents go: standard output (one object, an array, JSON Lines or a table) or files in a folder.
/// Every write error becomes an <see cref="OutputException"/>; files are written under temporary names and renamed
/// when complete (<see cref="AtomicFile"/>), and <see cref="Abandon"/> deletes what an error left half-written.
/// </summary>
internal abstract class OutputSink
{
    private static ReadOnlySpan<byte> NewLine => "\n"u8;

    public static OutputSink Create(OutputKind kind, string? outDirectory, Stream stdout, bool array, ToolConsole console)
    {
        if (outDirectory is null)
            return kind is OutputKind.Csv or OutputKind.Tsv
                ? new TableSink(new StreamTarget(stdout, "standard output"), kind)
                : new JsonStreamSink(new StreamTarget(stdout, "standard output"), array);
        if (File.Exists(outDirectory)) throw new OutputException($"{outDirectory}: is a file, not a folder (--out names the folder the files are written to).");
        try
        {
            Directory.CreateDirectory(outDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OutputException($"{outDirectory}: {e.Message}", e);
        }
        return kind switch
        {
            OutputKind.Json => new FolderSink(outDirectory, console),
            OutputKind.JsonLines => new JsonStreamSink(FileTarget.Create(console, Path.Join(outDirectory, "briefings.jsonl")), array: false),
            _ => new TableSink(FileTarget.Create(console, Path.Join(outDirectory, kind == OutputKind.Csv ? "briefings.csv" : "briefings.tsv")), kind),
        };
    }

    /// <summary>Writes one document.</summary>
    public abstract void Write(Input input, ParsedDocument document);

    /// <summary>Ends the output (closes the array, flushes, renames temporary files).</summary>
    public abstract void Complete();

    /// <summary>After an error: deletes temporary files. Never throws.</summary>
    public abstract void Abandon();

    /// <summary>A byte stream the output goes to, with the name used in error messages.</summary>
    private class StreamTarget(Stream stream, string name)
    {
        public Stream Stream { get; } = stream;

        public string Name { get; } = name;

        public void Write(ReadOnlySpan<byte> bytes)
        {
            try
            {
                Stream.Write(bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
            {
                throw Fail(e);
            }
        }

        public OutputException Fail(Exception e) => new($"{Name}: {e.Message}", e);

        public virtual void Complete()
        {
            try
            {
                Stream.Flush();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
            {
                throw Fail(e);
            }
        }

        public virtual void Abandon()
        {
        }
    }

    private sealed class FileTarget(AtomicFile file) : StreamTarget(file.Stream, file.Path)
    {
        public static FileTarget Create(ToolConsole console, string path) => new(AtomicFile.Create(console, path));

        public override void Complete() => file.Commit();

        public override void Abandon() => file.Abandon();
    }

    private sealed class JsonStreamSink(StreamTarget target, bool array) : OutputSink
    {
        private bool _first = true;

        public override void Write(Input input, ParsedDocument document)
        {
            if (array) target.Write(_first ? "[\n"u8 : ",\n"u8);
            target.Write(document.Json!.WrittenSpan);
            if (!array) target.Write(NewLine);
            _first = false;
        }

        public override void Complete()
        {
            if (array) target.Write(_first ? "[]\n"u8 : "\n]\n"u8);
            target.Complete();
        }

        public override void Abandon() => target.Abandon();
    }

    private sealed class FolderSink(string folder, ToolConsole console) : OutputSink
    {
        private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

        public override void Write(Input input, ParsedDocument document)
        {
            string name = Path.ChangeExtension(input.RelativeName, ".json");
            string unique = name;
            for (int n = 2; !_used.Add(unique); n++)
                unique = Path.ChangeExtension(input.RelativeName, null) + "-" + n.ToString(CultureInfo.InvariantCulture) + ".json";
            using var bytes = new PooledBufferWriter(document.Json!.WrittenSpan.Length + 1);
            bytes.Write(document.Json.WrittenSpan);
            bytes.Write(NewLine);
            AtomicFile.WriteAllBytes(console, Path.Join(folder, unique), bytes.WrittenSpan);
        }

        public override void Complete()
        {
        }

        public override void Abandon()
        {
        }
    }

    private sealed class TableSink(StreamTarget target, OutputKind kind) : OutputSink
    {
        private readonly BriefingTable _table = new(target.Stream, kind == OutputKind.Tsv ? '\t' : ',');

        public override void Write(Input input, ParsedDocument document)
        {
            try
            {
                _table.Write(document.Briefing);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
            {
                throw target.Fail(e);
            }
        }

        public override void Complete()
        {
            try
            {
                _table.Complete();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
            {
                throw target.Fail(e);
            }
            target.Complete();
        }

        public override void Abandon()
        {
            _table.Abandon();
            target.Abandon();
        }
    }
}
