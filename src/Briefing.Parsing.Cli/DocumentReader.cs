using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;

namespace Briefing.Parsing.Cli;

/// <summary>A document's text as read, or why it could not be read.</summary>
/// <param name="Text">The decoded text, or <see langword="null"/> when <paramref name="Error"/> says why not.</param>
/// <param name="Error">Why the document could not be read.</param>
/// <param name="InvalidUtf8Offset">The byte offset of the first invalid UTF-8 sequence (it and any later ones were decoded as U+FFFD), or -1.</param>
/// <param name="InvalidUtf8CharOffset">Where that first U+FFFD stands in <paramref name="Text"/>, or -1.</param>
internal readonly record struct DocumentText(string? Text, string? Error, long InvalidUtf8Offset = -1, int InvalidUtf8CharOffset = -1)
{
    public static DocumentText Failed(string error) => new(null, error);
}

/// <summary>
/// Reads a file or standard input into a pooled buffer with the size limit applied while reading (never more than
/// the limit is read, and a stream without end is not read whole), then decodes it as UTF-8 (a UTF-8 byte order mark
/// is dropped; UTF-16 with a byte order mark is decoded as such). Invalid UTF-8 is decoded with U+FFFD and its first
/// offset reported; NUL bytes mean "not a text file".
/// </summary>
internal static class DocumentReader
{
    private const int ChunkSize = 1 << 16;

    public static DocumentText Read(Input input, Stream stdin, int maxChars)
    {
        var (bytes, error) = ReadBytes(input, stdin, maxChars);
        if (error is not null) return DocumentText.Failed(error);
        using (bytes)
            return Decode(bytes!.Span, maxChars);
    }

    /// <summary>
    /// Reads the input's bytes into a pooled buffer (dispose it to return the buffer), with the size limit applied
    /// while reading; or says why it could not.
    /// </summary>
    public static (PooledBytes? Bytes, string? Error) ReadBytes(Input input, Stream stdin, int maxChars)
    {
        try
        {
            if (input.Path is null) return Wrap(ReadBounded(stdin, -1, maxChars));
            FileStream file;
            try
            {
                file = new FileStream(input.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                return (null, "no such file or folder.");
            }
            using (file)
            {
                long known = -1;
                if (file.CanSeek)
                {
                    known = file.Length;
                    // Every UTF-16 code unit takes at most 3 UTF-8 bytes: a larger file is surely over the limit.
                    if (known > MaxBytes(maxChars))
                        return (null, string.Create(CultureInfo.InvariantCulture, $"the file is {known:N0} bytes, over the limit of {maxChars:N0} characters (--max-chars)."));
                    // Character devices (/dev/zero) and files in /proc report 0: read them as streams.
                    if (known == 0) known = -1;
                }
                return Wrap(ReadBounded(file, known, maxChars));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return (null, $"cannot read: {e.Message}");
        }

        static (PooledBytes?, string?) Wrap((byte[] Buffer, int Length, string? Error) read)
        {
            if (read.Error is null) return (new PooledBytes(read.Buffer, read.Length), null);
            ArrayPool<byte>.Shared.Return(read.Buffer);
            return (null, read.Error);
        }
    }

    private static long MaxBytes(int maxChars) => (long)maxChars * 3 + 3;

    /// <summary>
    /// Reads <paramref name="stream"/> to its end into a pooled buffer, counting UTF-16 code units as it goes; stops
    /// with an error as soon as the count passes <paramref name="maxChars"/>.
    /// </summary>
    private static (byte[] Buffer, int Length, string? Error) ReadBounded(Stream stream, long knownLength, int maxChars)
    {
        long maxBytes = Math.Min(MaxBytes(maxChars), Array.MaxLength);
        int initial = knownLength >= 0 ? (int)Math.Min(knownLength + 1, maxBytes + 1) : (int)Math.Min(ChunkSize, maxBytes + 1);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initial, 16));
        int length = 0;
        long units = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes) break;
                    long grown = Math.Min((long)buffer.Length * 2, maxBytes + 1);
                    byte[] next = ArrayPool<byte>.Shared.Rent((int)Math.Max(grown, buffer.Length + 1));
                    buffer.AsSpan(0, length).CopyTo(next);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = next;
                }
                int read = stream.Read(buffer, length, (int)Math.Min(buffer.Length - length, ChunkSize * 16L));
                if (read == 0) return (buffer, length, null);
                units += Utf16Units(buffer.AsSpan(length, read));
                length += read;
                if (units > maxChars) break;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
        return (buffer, length, string.Create(CultureInfo.InvariantCulture, $"the text is longer than the limit of {maxChars:N0} characters (--max-chars); reading stopped after {length:N0} bytes."));
    }

    /// <summary>UTF-16 code units the UTF-8 bytes decode to (exact for valid UTF-8; each lead byte counts, 4-byte sequences twice).</summary>
    internal static long Utf16Units(ReadOnlySpan<byte> bytes)
    {
        long count = 0;
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // 16 bytes at a time: a byte that is not a continuation byte (0x80-0xBF, -128..-65 as signed) counts once,
            // a lead byte of a 4-byte sequence (0xF0 and above) once more.
            for (; i <= bytes.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                var v = Vector128.Create(bytes.Slice(i, Vector128<byte>.Count));
                count += BitOperations.PopCount(Vector128.GreaterThan(v.AsSByte(), Vector128.Create((sbyte)-65)).ExtractMostSignificantBits())
                    + BitOperations.PopCount(Vector128.GreaterThanOrEqual(v, Vector128.Create((byte)0xF0)).ExtractMostSignificantBits());
            }
        }
        foreach (byte b in bytes[i..])
        {
            if ((b & 0xC0) != 0x80) count++;
            if (b >= 0xF0) count++;
        }
        return count;
    }

    internal static DocumentText Decode(ReadOnlySpan<byte> bytes, int maxChars)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Utf16(bytes[2..], Encoding.Unicode, maxChars);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Utf16(bytes[2..], Encoding.BigEndianUnicode, maxChars);
        int bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var data = bytes[bom..];
        if (data.Contains((byte)0)) return DocumentText.Failed("not a text file (it contains NUL bytes).");

        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(data.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(data, chars, out int read, out int written, replaceInvalidSequences: false);
            long invalidAt = -1;
            int invalidChar = -1;
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                invalidAt = bom + read;
                invalidChar = written;
                Utf8.ToUtf16(data[read..], chars.AsSpan(written), out _, out int rest, replaceInvalidSequences: true);
                written += rest;
            }
            if (written > maxChars)
                return DocumentText.Failed(string.Create(CultureInfo.InvariantCulture, $"the text is {written:N0} characters, over the limit of {maxChars:N0} (--max-chars)."));
            return new DocumentText(new string(chars, 0, written), null, invalidAt, invalidChar);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static DocumentText Utf16(ReadOnlySpan<byte> bytes, Encoding encoding, int maxChars)
    {
        string text = encoding.GetString(bytes);
        if (text.Length > maxChars)
            return DocumentText.Failed(string.Create(CultureInfo.InvariantCulture, $"the text is {text.Length:N0} characters, over the limit of {maxChars:N0} (--max-chars)."));
        if (text.Contains('\0', StringComparison.Ordinal)) return DocumentText.Failed("not a text file (it contains NUL characters).");
        return new DocumentText(text, null);
    }
}

/// <summary>Bytes in a buffer rented from <see cref="ArrayPool{T}.Shared"/>; dispose to return it.</summary>
internal sealed class PooledBytes(byte[] buffer, int length) : IDisposable
{
    private byte[]? _buffer = buffer;

    public int Length { get; } = length;

    public ReadOnlySpan<byte> Span => (_buffer ?? throw new ObjectDisposedException(nameof(PooledBytes))).AsSpan(0, Length);

    /// <summary>A read-only stream over the bytes (valid until disposed).</summary>
    public MemoryStream AsStream() => new(_buffer ?? throw new ObjectDisposedException(nameof(PooledBytes)), 0, Length, writable: false);

    public void Dispose()
    {
        if (_buffer is null) return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = null;
    }
}
