using System.Collections.Immutable;
using System.Text.Json;

namespace Briefing.Parsing.Lexing;

/// <summary>
/// Loads the built-in lexicon from the JSON resources embedded in the assembly (<c>Lexing/Data/lexicon-*.json</c>).
/// A file holds a <c>language</c> and <c>categories</c>: each category maps to an array of phrases, each either a
/// string or an object <c>{"text": …, "value": 6, "tags": ["site:…"]}</c>.
/// </summary>
internal static class LexiconData
{
    private const string Prefix = "Briefing.Parsing.Lexing.Data.";

    public static IEnumerable<LexiconEntry> Load()
    {
        var assembly = typeof(LexiconData).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0) throw new InvalidOperationException("The lexicon resources are missing from the Briefing.Parsing assembly.");
        var entries = new List<LexiconEntry>();
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            entries.AddRange(Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), name));
        }
        return entries;
    }

    /// <summary>Reads one lexicon file (UTF-8 JSON).</summary>
    public static List<LexiconEntry> Parse(ReadOnlySpan<byte> json, string name)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        string? language = null;
        var entries = new List<LexiconEntry>();
        Expect(ref reader, JsonTokenType.StartObject, name);
        while (Next(ref reader, name) == JsonTokenType.PropertyName)
        {
            string property = reader.GetString()!;
            Next(ref reader, name);
            switch (property)
            {
                case "language":
                    language = reader.GetString();
                    break;
                case "categories":
                    if (reader.TokenType != JsonTokenType.StartObject) throw Error(name, "'categories' must be an object");
                    while (Next(ref reader, name) == JsonTokenType.PropertyName)
                    {
                        string category = reader.GetString()!;
                        Expect(ref reader, JsonTokenType.StartArray, name);
                        while (Next(ref reader, name) != JsonTokenType.EndArray)
                            entries.Add(ReadEntry(ref reader, category, language, name));
                    }
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        return entries;
    }

    private static LexiconEntry ReadEntry(ref Utf8JsonReader reader, string category, string? language, string name)
    {
        if (reader.TokenType == JsonTokenType.String) return new LexiconEntry(category, reader.GetString()!) { Language = language };
        if (reader.TokenType != JsonTokenType.StartObject) throw Error(name, $"an entry of '{category}' is neither a string nor an object");
        string? text = null;
        int value = 0;
        var tags = ImmutableArray.CreateBuilder<string>();
        while (Next(ref reader, name) == JsonTokenType.PropertyName)
        {
            string property = reader.GetString()!;
            Next(ref reader, name);
            switch (property)
            {
                case "text": text = reader.GetString(); break;
                case "value": value = reader.GetInt32(); break;
                case "tags":
                    if (reader.TokenType != JsonTokenType.StartArray) throw Error(name, "'tags' must be an array");
                    while (Next(ref reader, name) != JsonTokenType.EndArray) tags.Add(reader.GetString()!);
                    break;
                default: reader.Skip(); break;
            }
        }
        if (string.IsNullOrWhiteSpace(text)) throw Error(name, $"an entry of '{category}' has no text");
        return new LexiconEntry(category, text) { Language = language, Value = value, Tags = tags.ToImmutable() };
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader, string name) =>
        reader.Read() ? reader.TokenType : throw Error(name, "unexpected end");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string name)
    {
        if (Next(ref reader, name) != type) throw Error(name, $"expected {type}");
    }

    private static InvalidOperationException Error(string name, string message) =>
        new($"The lexicon resource '{name}' is malformed: {message}.");
}
