namespace Briefing.Parsing.Cli;

/// <summary>
/// What the tool reads from and writes to: standard streams, whether stderr is a terminal, and the file-system calls
/// whose failures tests need to provoke (a full disk, an unreadable folder). The real one is <see cref="System"/>.
/// </summary>
internal class ToolConsole(Stream input, Stream output, TextWriter error)
{
    /// <summary>The process's own standard streams.</summary>
    public static ToolConsole System() =>
        new(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);

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
