using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Briefing.Parsing;

/// <summary>
/// Reads and writes <see cref="PressBriefing"/> as the JSON contract (docs/json-contract.md) describes: camelCase
/// properties, lower-case enum strings, <c>null</c> and <c>[]</c> for absent values. Uses System.Text.Json source
/// generation only, so it is trimming- and AOT-safe.
/// </summary>
public static class BriefingJson
{
    /// <summary>Metadata for <see cref="PressBriefing"/>, for use with your own <see cref="JsonSerializer"/> calls.</summary>
    public static JsonTypeInfo<PressBriefing> TypeInfo => BriefingJsonContext.Indented.PressBriefing;

    /// <summary>Metadata for <see cref="PressBriefing"/> writing everything on one line (JSON Lines).</summary>
    public static JsonTypeInfo<PressBriefing> CompactTypeInfo => BriefingJsonContext.Compact.PressBriefing;

    /// <summary>Serialises <paramref name="briefing"/>, indented unless <paramref name="indented"/> is false.</summary>
    public static string Serialize(PressBriefing briefing, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var buffer = RentBuffer();
        using (var writer = new Utf8JsonWriter(buffer, GetWriterOptions(indented))) BriefingJsonWriter.Write(writer, briefing);
        string json = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        ReturnBuffer(buffer);
        return json;
    }

    /// <summary>Writes <paramref name="briefing"/> as UTF-8 JSON to <paramref name="utf8Json"/>.</summary>
    public static void Serialize(Stream utf8Json, PressBriefing briefing, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(briefing);
        // Written to a buffer first, then to the stream in one call (a writer on the stream grows a buffer of its own).
        var buffer = RentBuffer();
        using (var writer = new Utf8JsonWriter(buffer, GetWriterOptions(indented))) BriefingJsonWriter.Write(writer, briefing);
        utf8Json.Write(buffer.WrittenSpan);
        ReturnBuffer(buffer);
    }

    // One buffer per thread for the string and stream overloads (the writer never calls back into them), dropped when a
    // large document grew it past MaxKeptBuffer, so that a thread does not keep that much memory.
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    private const int MaxKeptBuffer = 1 << 20;

    private static ArrayBufferWriter<byte> RentBuffer()
    {
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(16 * 1024);
        t_buffer = null;
        buffer.ResetWrittenCount();
        return buffer;
    }

    private static void ReturnBuffer(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity <= MaxKeptBuffer) t_buffer = buffer;
    }

    /// <summary>
    /// The writer options of the contract: indented by two spaces (unless <paramref name="indented"/> is false) and
    /// non-ASCII text written as is. A <see cref="Utf8JsonWriter"/> created with them writes exactly what
    /// <see cref="Serialize(PressBriefing, bool)"/> returns.
    /// </summary>
    public static JsonWriterOptions GetWriterOptions(bool indented = true) => new()
    {
        Indented = indented,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes <paramref name="briefing"/> to <paramref name="writer"/>, without an intermediate string, and flushes the
    /// writer. Indentation and escaping are the writer's (see <see cref="GetWriterOptions"/>).
    /// </summary>
    public static void Serialize(Utf8JsonWriter writer, PressBriefing briefing)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(briefing);
        BriefingJsonWriter.Write(writer, briefing);
        writer.Flush();
    }

    /// <summary>Writes <paramref name="briefing"/> as UTF-8 JSON to <paramref name="utf8Json"/> (for example a pooled or pipe buffer).</summary>
    public static void Serialize(IBufferWriter<byte> utf8Json, PressBriefing briefing, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(briefing);
        using var writer = new Utf8JsonWriter(utf8Json, GetWriterOptions(indented));
        BriefingJsonWriter.Write(writer, briefing);
    }

    /// <summary>Reads a briefing written by <see cref="Serialize(PressBriefing, bool)"/>.</summary>
    /// <exception cref="JsonException">The JSON is invalid or is not a briefing.</exception>
    public static PressBriefing Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, TypeInfo) ?? throw new JsonException("The JSON is 'null', not a briefing.");
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    IndentSize = 2,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(TextConverter)])]
[JsonSerializable(typeof(PressBriefing))]
[JsonSerializable(typeof(DetectionResult))]
internal sealed partial class BriefingJsonContext : JsonSerializerContext
{
    private static BriefingJsonContext? s_indented;
    private static BriefingJsonContext? s_compact;

    /// <summary>The contract, indented. Non-ASCII text is written as is (not \u-escaped), so Chinese and curly quotes stay readable.</summary>
    public static BriefingJsonContext Indented => s_indented ??= new BriefingJsonContext(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The same contract without indentation.</summary>
    public static BriefingJsonContext Compact => s_compact ??= new BriefingJsonContext(new JsonSerializerOptions(Default.Options) { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

/// <summary>
/// Writes every string of the model with its lone surrogates (half of a UTF-16 pair without the other half) as U+FFFD,
/// as element text already is: a lone surrogate cannot be written as UTF-8, and the writer's own replacement ("\uFFFD",
/// escaped) would read back as a character that is written unescaped, so the JSON would not round-trip. Strings
/// without surrogates are written as they are.
/// </summary>
internal sealed class TextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Clean(value));
    }

    /// <summary><paramref name="value"/> itself when it has no lone surrogate, else a copy with each one replaced by U+FFFD.</summary>
    internal static string Clean(string value) => TextNormalizer.CountLoneSurrogates(value, out _) == 0 ? value : ReplaceLoneSurrogates(value);

    private static string ReplaceLoneSurrogates(string value) => string.Create(value.Length, value, static (span, s) =>
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                span[i] = c;
                span[i + 1] = s[i + 1];
                i++;
            }
            else
            {
                span[i] = char.IsSurrogate(c) ? '\uFFFD' : c;
            }
        }
    });
}

/// <summary>Writes enums as lower-case (camelCase) strings, as the JSON contract requires.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
