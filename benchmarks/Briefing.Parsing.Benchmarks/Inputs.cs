using System.Collections.Concurrent;
using System.Text;
using Briefing.Parsing.Benchmarks.Generation;

namespace Briefing.Parsing.Benchmarks;

/// <summary>
/// The named inputs of the benchmarks. Built the same way in the host process (which only reads their sizes for the
/// MB/s and allocation columns) and in BenchmarkDotNet's child process (which parses them).
/// </summary>
public static class Inputs
{
    /// <summary>The users' workload: <see cref="GeneratedCount"/> generated documents of every family (1–10 KB each).</summary>
    public const string GeneratedSet = "generated-set";

    /// <summary>Every text of <c>../shared/corpus/samples</c> (real third-party copies), when that folder exists beside the repository.</summary>
    public const string CorpusSet = "corpus-samples";

    /// <summary>One generated transcript of about 1 MB: a stress input, NOT the users' workload (their documents are 1–10 KB).</summary>
    public const string Large = "stress-1MB";

    /// <summary>How many documents the generated set holds.</summary>
    public const int GeneratedCount = 300;

    /// <summary>The seed of the 1 MB document (the one the benchmarks have always used).</summary>
    public const int LargeSeed = 20_240_702;

    private static readonly ConcurrentDictionary<string, string[]> s_texts = new(StringComparer.Ordinal);

    /// <summary>The sets of the workload benchmarks: the generated set, and the corpus set when the corpus is there.</summary>
    public static IEnumerable<string> WorkloadSets()
    {
        yield return GeneratedSet;
        if (CorpusDirectory() is not null) yield return CorpusSet;
        else Console.WriteLine($"// {CorpusSet} skipped: {CorpusAbsentReason()}");
    }

    /// <summary>The texts of the input called <paramref name="name"/> (one for a single document).</summary>
    public static IReadOnlyList<string> Texts(string name) => s_texts.GetOrAdd(name, Load);

    /// <summary>The UTF-8 size of the input called <paramref name="name"/> (all its texts), used by the MB/s and per-byte columns.</summary>
    public static long Utf8Bytes(string name) => Texts(name).Sum(t => (long)Encoding.UTF8.GetByteCount(t));

    private static string[] Load(string name) => name switch
    {
        GeneratedSet => [.. DocumentGenerator.GenerateSet(GeneratedCount).Select(d => d.Text)],
        CorpusSet => LoadCorpus(),
        Large => [StressInputs.LargeMfaTranscript(targetUtf16Length: 1_000_000, seed: LargeSeed)],
        _ => throw new ArgumentException($"Unknown input '{name}'.", nameof(name)),
    };

    private static string[] LoadCorpus()
    {
        string directory = CorpusDirectory() ?? throw new InvalidOperationException($"The corpus set was asked for, but {CorpusAbsentReason()}");
        return [.. Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f, Encoding.UTF8))];
    }

    /// <summary>
    /// <c>../shared/corpus/samples</c> beside the repository root (the folder holding <c>Briefing.Parsing.sln</c>, found
    /// by walking up from the running assembly, which BenchmarkDotNet starts from under <c>bin/</c>), or the folder named
    /// by the environment variable <c>BRIEFING_CORPUS_SAMPLES</c>; <see langword="null"/> when there is none.
    /// </summary>
    public static string? CorpusDirectory()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("BRIEFING_CORPUS_SAMPLES");
        if (!string.IsNullOrEmpty(fromEnvironment)) return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        string? root = RepositoryRoot();
        if (root is null) return null;
        string samples = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "samples"));
        return Directory.Exists(samples) && Directory.EnumerateFiles(samples, "*.txt").Any() ? samples : null;
    }

    private static string CorpusAbsentReason()
    {
        string? root = RepositoryRoot();
        return root is null
            ? $"the repository root (the folder with Briefing.Parsing.sln) was not found above {AppContext.BaseDirectory}."
            : $"no *.txt in {Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "samples"))} (the corpus is not beside the repository).";
    }

    /// <summary>The folder holding <c>Briefing.Parsing.sln</c> above the running assembly, or <see langword="null"/>.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.Parsing.sln"))) return dir.FullName;
        }
        return null;
    }
}
