namespace Briefing.Parsing.Cli;

/// <summary>
/// A file written under a temporary name in its final folder and renamed to its final name only when it is complete,
/// so that a reader never sees a half-written file: after a write error (a full disk) the temporary file is deleted
/// and the final name is left as it was.
/// </summary>
internal sealed class AtomicFile
{
    private readonly string _temporary;
    private bool _done;

    private AtomicFile(string path, string temporary, Stream stream) => (Path, _temporary, Stream) = (path, temporary, stream);

    /// <summary>The final path.</summary>
    public string Path { get; }

    /// <summary>The stream to write to (the temporary file).</summary>
    public Stream Stream { get; }

    /// <summary>Creates the temporary file beside <paramref name="path"/>; throws <see cref="OutputException"/> when it cannot.</summary>
    public static AtomicFile Create(ToolConsole console, string path)
    {
        string folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        string temporary = System.IO.Path.Join(folder, $".{System.IO.Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            return new AtomicFile(path, temporary, console.CreateFile(temporary));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new OutputException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to a new file at <paramref name="path"/>, atomically.</summary>
    public static void WriteAllBytes(ToolConsole console, string path, ReadOnlySpan<byte> bytes)
    {
        var file = Create(console, path);
        try
        {
            file.Stream.Write(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            file.Abandon();
            throw new OutputException($"{path}: {e.Message}", e);
        }
        file.Commit();
    }

    /// <summary>Flushes and closes the temporary file and renames it to <see cref="Path"/> (replacing a previous file).</summary>
    public void Commit()
    {
        if (_done) return;
        try
        {
            Stream.Flush();
            Stream.Dispose();
            File.Move(_temporary, Path, overwrite: true);
            _done = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Abandon();
            throw new OutputException($"{Path}: {e.Message}", e);
        }
    }

    /// <summary>Closes and deletes the temporary file; <see cref="Path"/> is not touched. Never throws.</summary>
    public void Abandon()
    {
        if (_done) return;
        _done = true;
        try
        {
            Stream.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // The data it could not flush is thrown away with the file.
        }
        try
        {
            File.Delete(_temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the file has a temporary name and is never taken for a result.
        }
    }
}

/// <summary>The output could not be written; the message names the file or "standard output" and the reason.</summary>
internal sealed class OutputException : Exception
{
    public OutputException(string message) : base(message) { }

    public OutputException(string message, Exception inner) : base(message, inner) { }
}
