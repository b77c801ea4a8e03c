namespace Briefing.Parsing.Cli;

/// <summary>
/// What the tool reads from and writes to: standard streams, whether stderr is a terminal, and the file-system calls
/// whose failures tests need to provoke (a full disk, an unreadable folder). The real one is <see cref="System"/>.
/// </summary>
internal class ToolConsole(Stream input, Stream output, TextWriter error)
{
    /// <summary>The process's own standard streams; standard error never throws (<see cref="BestEffortWriter"/>).</summary>
    public static ToolConsole System() =>
        new(Console.OpenStandardInput(), Console.OpenStandardOutput(), new BestEffortWriter(Console.Error));

    /// <summary>Standard input, as bytes (it is decoded as UTF-8 by the tool, with the size limit applied while reading).</summary>
    public Stream In { get; } = input;

    /// <summary>Standard output, as bytes. The tool buffers it itself and flushes it before it returns.</summary>
    public Stream Out { get; } = output;

    /// <summary>Standard error: messages, progress and the closing summary.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Whether stderr is an interactive terminal (progress is shown only then).</summary>
    public virtual bool IsErrorTerminal => !Console.IsErrorRedirected;

    /// <summary>Creates a new file for writing (the temporary file an output is written to before it is renamed).</summary>
    public virtual Stream CreateFile(string path) =>
        new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);

    /// <summary>The entries of one folder (not recursive).</summary>
    public virtual IEnumerable<FileSystemInfo> EnumerateFolder(DirectoryInfo folder) =>
        folder.EnumerateFileSystemInfos("*", new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false,
            AttributesToSkip = 0,
            ReturnSpecialDirectories = false,
        });
}

/// <summary>
/// Standard error that never throws: a message that cannot be written (standard error on a full disk, closed, or a
/// broken pipe) is dropped, as there is nowhere left to report it, and so are the messages after it. The exit code still
/// says what happened. Without it, the tool's own error message about a failing output crashed it (exit 134).
/// </summary>
internal sealed class BestEffortWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    private bool _broken;

    /// <summary>Whether a write has failed (everything after it is dropped).</summary>
    public bool IsBroken => _broken;

    /// <inheritdoc />
    public override System.Text.Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value) => Try(static (w, v) => w.Write(v), value);

    /// <inheritdoc />
    public override void Write(string? value) => Try(static (w, v) => w.Write(v), value);

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Try(static (w, v) => w.Write(v.buffer, v.index, v.count), (buffer, index, count));

    /// <inheritdoc />
    public override void WriteLine() => Try(static (w, _) => w.WriteLine(), 0);

    /// <inheritdoc />
    public override void WriteLine(string? value) => Try(static (w, v) => w.WriteLine(v), value);

    /// <inheritdoc />
    public override void Flush() => Try(static (w, _) => w.Flush(), 0);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            try
            {
                inner.Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException or NotSupportedException)
            {
                _broken = true;
            }
        }
        base.Dispose(disposing);
    }

    private void Try<T>(Action<TextWriter, T> write, T value)
    {
        if (_broken) return;
        try
        {
            write(inner, value);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException or NotSupportedException)
        {
            _broken = true;
        }
    }
}
