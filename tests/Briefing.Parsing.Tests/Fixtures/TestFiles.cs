namespace Briefing.Parsing.Tests;

/// <summary>One input document of the tests: a fixture of this project or a seed of the repository.</summary>
/// <param name="Name">The file name without extension ("mfa-en-qa-2015", "004_e628fec4aaf0b8d1").</param>
/// <param name="RelativePath">The path relative to the repository root, with '/' separators; used as the stable <see cref="PressBriefing.Source"/>.</param>
/// <param name="Text">The file's text (UTF-8, CRLF read as LF).</param>
internal sealed record TestDocument(string Name, string RelativePath, string Text)
{
    /// <inheritdoc />
    public override string ToString() => RelativePath;
}

/// <summary>
/// Locates the repository, the fixtures and the seeds. Nothing is copied to the output directory (the test project
/// file stays as it is): the repository root is the first folder above <see cref="AppContext.BaseDirectory"/> that
/// holds <c>Briefing.Parsing.sln</c>, and every path is derived from it.
/// </summary>
internal static class TestFiles
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFileName = "Briefing.Parsing.sln";

    private static readonly Lazy<string> s_repositoryRoot = new(FindRepositoryRoot);

    /// <summary>The fixtures in <c>Fixtures/</c>, listed explicitly so that a lost file fails a test instead of dropping a case.</summary>
    public static IReadOnlyList<string> FixtureNames { get; } =
    [
        "mfa-en-outlets-2023",
        "mfa-en-qa-2015",
        "mfa-en-greeting-2010",
        "mfa-en-surname-2004",
        "mfa-en-online-2020",
        "mfa-en-remarks-2019",
        "mfa-en-debut-2024",
        "mfa-en-damaged",
        "news-en-report",
        "news-zh-report",
        "news-en-wire",
        "news-zh-institution",
        "mfa-zh-qa-2016",
        "mfa-zh-outlets-2020",
        "mfa-zh-traditional-pinyin",
        "mfa-zh-dajizhewen-2017",
        "mfa-zh-pair-2021",
        "mfa-en-pair-2021",
        "mfa-bi-interleaved-2022",
        "mfa-bi-oneline-2021",
        "mfa-mt-2022",
        "state-price-2022",
        "state-psaki-2014",
        "state-oneline-2023",
        "un-dujarric-2019",
        "un-haq-monologue-2021",
        "japan-hayashi-2022",
        "india-jaiswal-2024",
        "russia-zakharova-2018",
        "pakistan-baloch-2023",
        "pakistan-monologue-2024",
    ];

    /// <summary>The seeds in <c>&lt;repo&gt;/seeds/</c>.</summary>
    public static IReadOnlyList<string> SeedNames { get; } =
    [
        "000_298d1492106903bf", // news report of Guo Jiakun's briefing of January 14, 2025 ("Beijing:" dateline)
        "004_e628fec4aaf0b8d1", // Mao Ning's regular press conference of July 2, 2024
    ];

    /// <summary>The repository root (the folder holding <c>Briefing.Parsing.sln</c>).</summary>
    public static string RepositoryRoot => s_repositoryRoot.Value;

    /// <summary>The test project's folder.</summary>
    public static string TestProjectDirectory => Path.Combine(RepositoryRoot, "tests", "Briefing.Parsing.Tests");

    /// <summary>The folder of this project's own fixtures.</summary>
    public static string FixturesDirectory => Path.Combine(TestProjectDirectory, "Fixtures");

    /// <summary>The repository's seed folder.</summary>
    public static string SeedsDirectory => Path.Combine(RepositoryRoot, "seeds");

    /// <summary>
    /// <c>&lt;repo&gt;/../shared/corpus</c>: third-party texts read at run time, never copied into the repository.
    /// Tests that use it skip when it does not exist.
    /// </summary>
    public static string CorpusDirectory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    /// <summary>The seed transcript (Mao Ning, July 2, 2024).</summary>
    public static TestDocument TranscriptSeed => Seed("004_e628fec4aaf0b8d1");

    /// <summary>The seed news report (Guo Jiakun, January 14, 2025).</summary>
    public static TestDocument NewsSeed => Seed("000_298d1492106903bf");

    /// <summary>Every fixture, then every seed.</summary>
    public static IEnumerable<TestDocument> AllDocuments() =>
        FixtureNames.Select(Fixture).Concat(SeedNames.Select(Seed));

    /// <summary>Reads <c>Fixtures/&lt;name&gt;.txt</c>.</summary>
    public static TestDocument Fixture(string name) =>
        Read(name, Path.Combine(FixturesDirectory, name + ".txt"));

    /// <summary>Reads <c>seeds/&lt;name&gt;.txt</c>.</summary>
    public static TestDocument Seed(string name) =>
        Read(name, Path.Combine(SeedsDirectory, name + ".txt"));

    /// <summary>Parses <paramref name="document"/> with <see cref="BriefingParser.Default"/>, its relative path as the source name.</summary>
    public static PressBriefing Parse(TestDocument document) =>
        BriefingParser.Default.Parse(document.Text, new ParseOptions { SourceName = document.RelativePath });

    /// <summary>
    /// Finds the file a <c>[CallerFilePath]</c> names. Deterministic CI builds map source paths
    /// (<c>/_/tests/Briefing.Parsing.Tests/SnapshotTests.cs</c>), so when the path does not exist, its trailing
    /// segments are looked up under the repository root and the test project folder.
    /// </summary>
    public static string ResolveSourceFile(string callerFilePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(callerFilePath);
        if (File.Exists(callerFilePath)) return Path.GetFullPath(callerFilePath);
        var segments = callerFilePath.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        for (int skip = 0; skip < segments.Length; skip++)
        {
            foreach (var root in (ReadOnlySpan<string>)[RepositoryRoot, TestProjectDirectory])
            {
                var candidate = Path.Combine([root, .. segments[skip..]]);
                if (File.Exists(candidate)) return candidate;
            }
        }
        throw new InvalidOperationException(
            $"The test source file '{callerFilePath}' was not found, not even relative to the repository root '{RepositoryRoot}'.");
    }

    private static TestDocument Read(string name, string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Test input '{name}' is missing.", path);
        // A checkout with CRLF line ends (git autocrlf) must give the same spans as one with LF.
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var relative = Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');
        return new TestDocument(name, relative, text);
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in (ReadOnlySpan<string>)[AppContext.BaseDirectory, Directory.GetCurrentDirectory()])
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFileName))) return dir.FullName;
            }
        }
        throw new InvalidOperationException(
            $"No folder above '{AppContext.BaseDirectory}' or '{Directory.GetCurrentDirectory()}' holds {SolutionFileName}.");
    }
}
