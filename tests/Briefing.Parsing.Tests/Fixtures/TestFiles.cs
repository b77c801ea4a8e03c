using System.Collections.Immutable;
using System.Text.Json;

namespace Briefing.Parsing.Tests;

/// <summary>One input document of the tests: a fixture of this project or a seed of the repository.</summary>
/// <param name="Name">The file name without extension ("mfa-en-qa-2015", "004_e628fec4aaf0b8d1").</param>
/// <param name="RelativePath">The path relative to the repository root, with '/' separators; used as the stable <see cref="PressBriefing.Source"/>.</param>
/// <param name="Text">The file's text (UTF-8, CRLF read as LF).</param>
/// <param name="Folder">The format folder of a fixture (<c>Formats/&lt;Folder&gt;/Fixtures/</c>); <see langword="null"/> for a seed.</param>
internal sealed record TestDocument(string Name, string RelativePath, string Text, string? Folder = null)
{
    /// <summary>Whether the document is one of the repository's seeds.</summary>
    public bool IsSeed => Folder is null;

    /// <summary>Whether the document is an excerpt of a briefing (its name says so); excerpts need not win detection by a margin.</summary>
    public bool IsExcerpt => Name.Contains("excerpt", StringComparison.Ordinal);

    /// <summary>The fixture's <c>&lt;name&gt;.expected.json</c> beside it, when it has one.</summary>
    public string? ExpectationPath { get; init; }

    /// <inheritdoc />
    public override string ToString() => RelativePath;
}

/// <summary>
/// A folder of fixtures, <c>Formats/&lt;Name&gt;/Fixtures/</c>, mirroring <c>src/Briefing.Parsing/Formats/&lt;Name&gt;/</c> (or a format
/// that does not exist yet), with how many fixtures and expectation files it holds: a lost or an unlisted file fails
/// <c>&lt;Name&gt;Tests.Fixture_files_are_those_the_table_lists</c>.
/// </summary>
/// <param name="Name">The folder's name.</param>
/// <param name="Fixtures">How many <c>*.txt</c> fixtures the folder holds.</param>
/// <param name="Expectations">How many of them have an <c>.expected.json</c>.</param>
/// <param name="LegacyFormat">The format of the folder's fixtures that have no expectation file (the first fixtures, written before
/// expectation files existed), or <see langword="null"/> when the name decides (<see cref="TestFiles.ExpectedFormat"/>).</param>
internal sealed record FixtureFolder(string Name, int Fixtures, int Expectations, string? LegacyFormat = null);

/// <summary>
/// Locates the repository, the fixtures and the seeds. Nothing is copied to the output directory (the test project
/// file stays as it is): the repository root is the first folder above <see cref="AppContext.BaseDirectory"/> that
/// holds <c>Briefing.Parsing.sln</c>, and every path is derived from it. Fixtures are discovered per format folder
/// (<c>Formats/&lt;Folder&gt;/Fixtures/*.txt</c>); <see cref="Folders"/> says how many each holds.
/// </summary>
internal static class TestFiles
{
    /// <summary>The file that marks the repository root.</summary>
    public const string SolutionFileName = "Briefing.Parsing.sln";

    private static readonly Lazy<string> s_repositoryRoot = new(FindRepositoryRoot);
    private static readonly Lazy<ImmutableArray<TestDocument>> s_fixtures = new(LoadFixtures);
    private static readonly Lazy<ImmutableArray<TestDocument>> s_seeds = new(LoadSeeds);

    /// <summary>
    /// The fixture folders and what they hold. Add a fixture, and raise its folder's counts: the counts are the explicit
    /// list that makes a lost file fail a test instead of silently dropping its cases.
    /// </summary>
    public static IReadOnlyList<FixtureFolder> Folders { get; } =
    [
        new("MfaTranscript", Fixtures: 32, Expectations: 15),
        new("NewsReport", Fixtures: 24, Expectations: 20, LegacyFormat: NewsReportFormat.FormatId),
        new("StateDepartment", Fixtures: 7, Expectations: 4, LegacyFormat: StateDepartmentFormat.FormatId),
        new("UnNoon", Fixtures: 4, Expectations: 2, LegacyFormat: UnNoonBriefingFormat.FormatId),
        new("JapanMofa", Fixtures: 3, Expectations: 2, LegacyFormat: JapanMofaFormat.FormatId),
        new("IndiaMea", Fixtures: 2, Expectations: 1, LegacyFormat: IndiaMeaFormat.FormatId),
        new("RussiaMfa", Fixtures: 3, Expectations: 2, LegacyFormat: RussiaMfaFormat.FormatId),
        new("PakistanMofa", Fixtures: 3, Expectations: 1, LegacyFormat: PakistanMofaFormat.FormatId),
        new("Generic", Fixtures: 8, Expectations: 8, LegacyFormat: GenericTranscriptFormat.FormatId),
        // Folders of formats the library does not have yet: their fixtures say which format they are for.
        new("WhiteHouse", Fixtures: 4, Expectations: 4),
        new("EuropeanCommission", Fixtures: 2, Expectations: 2),
        new("Nato", Fixtures: 3, Expectations: 3),
        new("GermanGovernment", Fixtures: 2, Expectations: 2),
        new("Kremlin", Fixtures: 2, Expectations: 2),
        new("IranMfa", Fixtures: 2, Expectations: 2),
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

    /// <summary>The folder of the format folders (<c>tests/Briefing.Parsing.Tests/Formats</c>).</summary>
    public static string FormatsDirectory => Path.Combine(TestProjectDirectory, "Formats");

    /// <summary>The fixtures folder of one format folder.</summary>
    public static string FixturesDirectory(string folder) => Path.Combine(FormatsDirectory, folder, "Fixtures");

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

    /// <summary>Every fixture of every folder (in the order of <see cref="Folders"/>, then by name).</summary>
    public static ImmutableArray<TestDocument> Fixtures => s_fixtures.Value;

    /// <summary>The seeds.</summary>
    public static ImmutableArray<TestDocument> Seeds => s_seeds.Value;

    /// <summary>Every fixture, then every seed.</summary>
    public static IEnumerable<TestDocument> AllDocuments() => Fixtures.Concat(Seeds);

    /// <summary>The names of the fixtures of one folder, sorted.</summary>
    public static IEnumerable<string> FixtureNames(string folder) =>
        Fixtures.Where(f => f.Folder == folder).Select(f => f.Name);

    /// <summary>The fixtures that have an <c>.expected.json</c>.</summary>
    public static IEnumerable<TestDocument> FixturesWithExpectations() => Fixtures.Where(f => f.ExpectationPath is not null);

    /// <summary>A fixture by name (names are unique across folders).</summary>
    public static TestDocument Fixture(string name) =>
        Fixtures.SingleOrDefault(f => f.Name == name)
        ?? throw new FileNotFoundException($"No fixture named '{name}' in any of {FormatsDirectory}/*/Fixtures/.");

    /// <summary>The full path of a fixture's file, by name.</summary>
    public static string FixturePath(string name) => Path.Combine(RepositoryRoot, Fixture(name).RelativePath);

    /// <summary>A seed by name (<c>seeds/&lt;name&gt;.txt</c>).</summary>
    public static TestDocument Seed(string name) =>
        Seeds.SingleOrDefault(s => s.Name == name) ?? throw new FileNotFoundException($"No seed named '{name}' in {SeedsDirectory}.");

    /// <summary>A fixture or seed by its name (names are unique across fixtures and seeds).</summary>
    public static TestDocument Named(string name) =>
        AllDocuments().SingleOrDefault(d => d.Name == name) ?? throw new FileNotFoundException($"No fixture or seed named '{name}'.");

    /// <summary>A fixture or seed by its relative path.</summary>
    public static TestDocument Document(string relativePath) =>
        AllDocuments().SingleOrDefault(d => d.RelativePath == relativePath)
        ?? throw new FileNotFoundException($"No fixture or seed at '{relativePath}'.");

    /// <summary>Parses <paramref name="document"/> with <see cref="BriefingParser.Default"/>, its relative path as the source name.</summary>
    public static PressBriefing Parse(TestDocument document) =>
        BriefingParser.Default.Parse(document.Text, new ParseOptions { SourceName = document.RelativePath });

    /// <summary>
    /// The format a document must be detected as: the <c>format</c> of its <c>.expected.json</c>; for the first fixtures,
    /// which have none, their folder's <see cref="FixtureFolder.LegacyFormat"/>, and in the MfaTranscript folder the
    /// edition their name gives (<c>mfa-en-</c>/<c>mfa-mt-</c>: English, <c>mfa-zh-</c>: Chinese, <c>mfa-bi-</c>: bilingual);
    /// for the seeds, the transcript and the news report they are.
    /// </summary>
    public static string ExpectedFormat(TestDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.IsSeed)
        {
            return document.Name switch
            {
                "004_e628fec4aaf0b8d1" => MfaTranscriptFormat.FormatId,
                "000_298d1492106903bf" => NewsReportFormat.FormatId,
                var n => throw new InvalidOperationException($"No expected format for the seed '{n}': add it to TestFiles.ExpectedFormat."),
            };
        }
        if (document.ExpectationPath is { } path)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            return json.RootElement.TryGetProperty("format", out var format) && format.GetString() is { Length: > 0 } id
                ? id
                : throw new InvalidOperationException($"{path} has no 'format'.");
        }
        var folder = Folders.Single(f => f.Name == document.Folder);
        if (folder.LegacyFormat is { } legacy) return legacy;
        return document.Name switch
        {
            var n when n.StartsWith("mfa-en-", StringComparison.Ordinal) || n.StartsWith("mfa-mt-", StringComparison.Ordinal) => MfaTranscriptFormat.FormatId,
            var n when n.StartsWith("mfa-zh-", StringComparison.Ordinal) => MfaTranscriptFormat.ChineseFormatId,
            var n when n.StartsWith("mfa-bi-", StringComparison.Ordinal) => MfaTranscriptFormat.BilingualFormatId,
            var n => throw new InvalidOperationException(
                $"No expected format for '{document.RelativePath}': give it an .expected.json with a 'format', or name it after its edition."),
        };
    }

    /// <summary>
    /// Finds the file a <c>[CallerFilePath]</c> names. Deterministic CI builds map source paths
    /// (<c>/_/tests/Briefing.Parsing.Tests/Formats/MfaTranscript/MfaTranscriptTests.cs</c>), so when the path does not
    /// exist, its trailing segments are looked up under the repository root and the test project folder.
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

    private static ImmutableArray<TestDocument> LoadFixtures()
    {
        var documents = ImmutableArray.CreateBuilder<TestDocument>();
        foreach (var folder in Folders)
        {
            var directory = FixturesDirectory(folder.Name);
            if (!Directory.Exists(directory)) continue; // the folder-table test reports it
            var files = Directory.GetFiles(directory, "*.txt").OrderBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal);
            foreach (var file in files)
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var expectation = Path.Combine(directory, name + ".expected.json");
                documents.Add(Read(name, file, folder.Name) with { ExpectationPath = File.Exists(expectation) ? expectation : null });
            }
        }
        return documents.ToImmutable();
    }

    private static ImmutableArray<TestDocument> LoadSeeds() => [.. SeedNames.Select(n => Read(n, Path.Combine(SeedsDirectory, n + ".txt"), null))];

    private static TestDocument Read(string name, string path, string? folder)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Test input '{name}' is missing.", path);
        // A checkout with CRLF line ends (git autocrlf) must give the same spans as one with LF.
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var relative = Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');
        return new TestDocument(name, relative, text, folder);
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
