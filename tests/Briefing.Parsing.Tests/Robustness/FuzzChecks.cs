using System.Text;
using Briefing.Parsing.Tests.Invariants;

namespace Briefing.Parsing.Tests.Robustness;

/// <summary>
/// What the fuzzer (fuzz/Briefing.Parsing.Fuzz) checks on every input, shared with the tests that replay its seeds and
/// the crashes it found: how bytes become a text and a format, and <see cref="ParseChecks"/> on them (parsing and
/// detection never throw; every span is in bounds, no two overlap and every text is derived from its span; a lone
/// surrogate is reported; the JSON reads back as the same briefing). A broken check throws
/// <see cref="FuzzCheckException"/> (a crash to AFL).
/// </summary>
/// <remarks>
/// How bytes become a parse, so that one input always takes the same path: a first byte of 0x01 forces a format on the
/// UTF-8 text after the second byte, which picks the format (the built-in formats in registration order, the byte
/// modulo their number, so that any byte picks one and new formats need no new scheme); a first byte of 0x0F reads the
/// rest as UTF-16LE, which can hold lone surrogates, and detects; anything else is UTF-8 text, detected. Invalid UTF-8
/// decodes to U+FFFD, as the <c>briefing</c> tool reads files.
/// </remarks>
internal static class FuzzChecks
{
    /// <summary>The first byte that makes the rest of the input UTF-16LE text.</summary>
    public const byte Utf16Mode = 0x0F;

    /// <summary>The first byte that forces a format: the next byte picks it.</summary>
    public const byte FormatMode = 0x01;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The text and the explicit format (<see langword="null"/>: detect) that <paramref name="data"/> stands for.</summary>
    public static (string Text, string? Format) Decode(ReadOnlySpan<byte> data, BriefingParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        if (data.IsEmpty) return ("", null);
        byte mode = data[0];
        if (mode == Utf16Mode)
        {
            var rest = data[1..];
            var chars = new char[rest.Length / 2];
            for (int i = 0; i < chars.Length; i++) chars[i] = (char)(rest[2 * i] | rest[2 * i + 1] << 8);
            return (new string(chars), null);
        }
        if (mode == FormatMode)
        {
            if (data.Length < 2) return ("", null);
            var formats = parser.Formats;
            return (s_utf8.GetString(data[2..]), formats[data[1] % formats.Length].Id);
        }
        return (s_utf8.GetString(data), null);
    }

    /// <summary>Encodes <paramref name="text"/> as an input that forces <paramref name="format"/> (or detects when it is <see langword="null"/>).</summary>
    public static byte[] Encode(string text, string? format, BriefingParser parser)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parser);
        var utf8 = s_utf8.GetBytes(text);
        if (format is null)
        {
            // A text that begins with a mode byte would be read as one: such a text goes as UTF-16.
            if (utf8.Length == 0 || utf8[0] is not (FormatMode or Utf16Mode)) return utf8;
            var utf16 = new byte[1 + 2 * text.Length];
            utf16[0] = Utf16Mode;
            for (int i = 0; i < text.Length; i++)
            {
                utf16[1 + 2 * i] = (byte)text[i];
                utf16[2 + 2 * i] = (byte)(text[i] >> 8);
            }
            return utf16;
        }
        int index = parser.Formats.IndexOf(parser.FindFormat(format) ?? throw new ArgumentException($"No format '{format}'.", nameof(format)));
        if (index > byte.MaxValue) throw new ArgumentException($"Format '{format}' is number {index}: a byte cannot pick it.", nameof(format));
        return [FormatMode, (byte)index, .. utf8];
    }

    /// <summary>Decodes <paramref name="data"/> and checks the parse (the fuzzer's entry point).</summary>
    public static void CheckInput(ReadOnlySpan<byte> data)
    {
        var parser = BriefingParser.Default;
        var (text, format) = Decode(data, parser);
        Check(parser, text, format);
    }

    /// <summary>Parses <paramref name="text"/> (detecting, or with <paramref name="format"/>) and checks every invariant of <see cref="ParseChecks"/>.</summary>
    /// <exception cref="FuzzCheckException">An invariant is broken, or parsing or detection threw.</exception>
    public static void Check(BriefingParser parser, string text, string? format)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > parser.Options.MaxInputLength) return; // a caller error by contract, not content
        var failures = ParseChecks.Check(text, new ParseOptions { Format = format }, format is null ? "detected" : "format " + format, parser);
        if (failures.Count > 0) throw new FuzzCheckException(ParseChecks.Describe(failures));
    }
}

/// <summary>A broken invariant found by <see cref="FuzzChecks"/>.</summary>
internal sealed class FuzzCheckException : Exception
{
    public FuzzCheckException() { }

    public FuzzCheckException(string message) : base(message) { }

    public FuzzCheckException(string message, Exception inner) : base(message, inner) { }
}
