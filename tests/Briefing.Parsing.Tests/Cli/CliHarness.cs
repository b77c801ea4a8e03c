using System.Text;
using Briefing.Parsing.Cli;

namespace Briefing.Parsing.Tests.Cli;

/// <summary>A console for running the tool in process: byte streams, a captured stderr, and hooks that make the file system fail.</summary>
internal sealed class TestConsole(Stream stdin, Stream stdout, StringWriter stderr, bool terminal) : ToolConsole(stdin, stdout, stderr)
{
    public override bool IsErrorTerminal => terminal;

    /// <summary>Replaces file creation (e.g. with a stream that fails like a full disk).</summary>
    public Func<string, Stream>? CreateFileHook { get; init; }

    /// <summary>Replaces folder listing (e.g. to make one subfolder unreadable, which root cannot do with permissions).</summary>
    public Func<DirectoryInfo, IEnumerable<FileSystemInfo>?>? EnumerateHook { get; init; }

    public override Stream CreateFile(string path) => CreateFileHook?.Invoke(path) ?? base.CreateFile(path);

    public override IEnumerable<FileSystemInfo> EnumerateFolder(DirectoryInfo folder) =>
        EnumerateHook?.Invoke(folder) ?? base.EnumerateFolder(folder);
}

/// <summary>The result of one in-process run.</summary>
internal sealed record CliResult(int Code, string Out, string Err, byte[] OutBytes)
{
    /// <summary>The non-empty lines of stderr.</summary>
    public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The non-empty lines of stdout.</summary>
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the tool in process.</summary>
internal static class Tool
{
    public static async Task<CliResult> Run(Stream stdin, Stream? stdout, bool terminal, Func<Stream, Stream, StringWriter, TestConsole>? console, params string[] args)
    {
        var output = stdout ?? new MemoryStream();
        var stderr = new StringWriter();
        var c = console?.Invoke(stdin, output, stderr) ?? new TestConsole(stdin, output, stderr, terminal);
        int code = await BriefingCommand.RunAsync(args, c);
        byte[] bytes = output is MemoryStream m ? m.ToArray() : [];
        return new CliResult(code, Encoding.UTF8.GetString(bytes), stderr.ToString(), bytes);
    }

    public static Task<CliResult> Run(params string[] args) => Run(new MemoryStream(), null, false, null, args);

    public static Task<CliResult> RunWithInput(string stdin, params string[] args) =>
        Run(new MemoryStream(Encoding.UTF8.GetBytes(stdin)), null, false, null, args);

    public static Task<CliResult> RunWith(Func<Stream, Stream, StringWriter, TestConsole> console, params string[] args) =>
        Run(new MemoryStream(), null, false, console, args);

    public static string SeedPath(string name) => Path.Combine(TestFiles.SeedsDirectory, name + ".txt");

    public const string TranscriptSeed = "004_e628fec4aaf0b8d1";

    public const string NewsSeed = "000_298d1492106903bf";
}

/// <summary>A file stream that fails with "No space left on device" once <paramref name="capacity"/> bytes were written.</summary>
internal sealed class FullDiskStream(Stream inner, long capacity) : Stream
{
    private long _written;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        long room = Math.Max(0, capacity - _written);
        if (buffer.Length > room)
        {
            inner.Write(buffer[..(int)room]);
            _written += room;
            throw new IOException("No space left on device");
        }
        inner.Write(buffer);
        _written += buffer.Length;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>A standard input that never ends (like a stream larger than memory), counting what was read from it.</summary>
internal sealed class EndlessStream(byte fill) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        buffer.Fill(fill);
        BytesRead += buffer.Length;
        return buffer.Length;
    }
}
