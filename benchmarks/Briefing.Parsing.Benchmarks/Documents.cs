using System.Collections.Frozen;
using System.Text;

namespace Briefing.Parsing.Benchmarks;

/// <summary>
/// The named input documents of the benchmarks. Built the same way in the host process (which only reads their sizes
/// for the MB/s column) and in BenchmarkDotNet's child process (which parses them).
/// </summary>
public static class Documents
{
    /// <summary>The real transcript <c>seeds/004_e628fec4aaf0b8d1.txt</c> (about 8 KB), embedded in the assembly.</summary>
    public const string Seed = "seed-004";

    /// <summary>A generated transcript of about 1 MB (see <see cref="LargeTranscriptGenerator"/>).</summary>
    public const string Large = "generated-1MB";

    private const string SeedResource = "Briefing.Parsing.Benchmarks.Seeds.004_e628fec4aaf0b8d1.txt";

    private static readonly Lazy<FrozenDictionary<string, string>> s_texts = new(() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Seed] = ReadEmbedded(SeedResource),
        [Large] = LargeTranscriptGenerator.Generate(targetUtf16Length: 1_000_000, seed: 20_240_702),
    }.ToFrozenDictionary(StringComparer.Ordinal));

    /// <summary>The document names, in the order the benchmarks list them.</summary>
    public static IReadOnlyList<string> Names { get; } = [Seed, Large];

    /// <summary>The text of the document called <paramref name="name"/>.</summary>
    public static string Text(string name) =>
        s_texts.Value.TryGetValue(name, out var text) ? text : throw new ArgumentException($"Unknown document '{name}'.", nameof(name));

    /// <summary>The size of the document in UTF-8 bytes (what the file would weigh on disk), used by the MB/s column.</summary>
    public static long Utf8Bytes(string name) => Encoding.UTF8.GetByteCount(Text(name));

    private static string ReadEmbedded(string resource)
    {
        using var stream = typeof(Documents).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing from the benchmark assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
