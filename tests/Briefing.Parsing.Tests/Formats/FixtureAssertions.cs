using System.Text.RegularExpressions;

namespace Briefing.Parsing.Tests.Formats;

/// <summary>
/// What the per-format fixture classes share: parsing a fixture, the sequences their assertions compare (question labels,
/// answer speakers, outlets, content texts), the checks every transcript fixture makes (format and facts, every
/// exchange answered, no chrome in content), and the checks of a fixture folder against <see cref="TestFiles.Folders"/>.
/// </summary>
internal static partial class FixtureAssertions
{
    /// <summary>Parses the fixture <paramref name="fixture"/> (detected format, its relative path as source).</summary>
    public static PressBriefing Parse(string fixture) => TestFiles.Parse(TestFiles.Fixture(fixture));

    /// <summary>Parses a text written in a test.</summary>
    public static PressBriefing ParseText(string text) => BriefingParser.Default.Parse(text);

    /// <summary>The JSON a fixture's snapshot holds.</summary>
    public static string SnapshotJson(TestDocument document) => BriefingJson.Serialize(TestFiles.Parse(document));

    /// <summary>The label of each exchange's question.</summary>
    public static IEnumerable<string?> QuestionLabels(PressBriefing b) => b.Exchanges.Select(e => e.Question?.Label);

    /// <summary>The speaker of every answer, in order.</summary>
    public static IEnumerable<string?> AnswerSpeakers(PressBriefing b) => b.Exchanges.SelectMany(e => e.Answers).Select(a => a.Speaker?.Name);

    /// <summary>The outlet of each exchange's question.</summary>
    public static IEnumerable<string?> Outlets(PressBriefing b) => b.Exchanges.Select(e => e.Question?.Outlet?.Name);

    /// <summary>Every answer, in order.</summary>
    public static IEnumerable<Answer> Answers(PressBriefing b) => b.Exchanges.SelectMany(e => e.Answers);

    /// <summary>Announcements, questions and answers.</summary>
    public static IEnumerable<string> ContentTexts(PressBriefing b) =>
        b.Announcements.Select(a => a.Text)
            .Concat(b.Exchanges.Select(e => e.Question?.Text ?? ""))
            .Concat(b.Exchanges.SelectMany(e => e.Answers).Select(a => a.Text));

    /// <summary>Every text the briefing holds as content, translations included.</summary>
    public static IEnumerable<string> ContentTextsWithTranslations(PressBriefing b) =>
        b.Announcements.SelectMany(a => new[] { a.Text, a.Translation?.Text ?? "" })
            .Concat(b.Exchanges.SelectMany(e => new[] { e.Question?.Text ?? "", e.Question?.Translation?.Text ?? "" }))
            .Concat(Answers(b).SelectMany(a => new[] { a.Text, a.Translation?.Text ?? "" }));

    /// <summary>An English MFA transcript of <paramref name="date"/> held by <paramref name="spokespersons"/>, without errors.</summary>
    public static void AssertIsMfaTranscript(PressBriefing b, DateOnly date, params string[] spokespersons)
    {
        Assert.Equal(MfaTranscriptFormat.FormatId, b.Format?.Id);
        Assert.Equal("en", b.Language);
        Assert.Equal(date, b.Date);
        Assert.Equal(spokespersons, b.Spokespersons.Select(s => s.Name));
        Assert.DoesNotContain(b.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>A Chinese MFA transcript of <paramref name="date"/>, its one spokesperson named in Chinese, only informational diagnostics.</summary>
    public static void AssertIsChineseTranscript(PressBriefing b, DateOnly date, string spokesperson, string spokespersonEn, string? spokespersonZh = null)
    {
        Assert.Equal(MfaTranscriptFormat.ChineseFormatId, b.Format?.Id);
        Assert.Equal("zh", b.Language);
        Assert.Equal(date, b.Date);
        Assert.Equal("Ministry of Foreign Affairs of the People's Republic of China", b.Institution);
        var speaker = Assert.Single(b.Spokespersons);
        Assert.Equal(spokesperson, speaker.Name);
        Assert.Equal(spokespersonZh ?? spokesperson, speaker.NameZh);
        Assert.Equal(spokespersonEn, speaker.NameEn);
        Assert.DoesNotContain(b.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    /// <summary>A transcript of <paramref name="format"/> by <paramref name="institution"/>, in English, without errors or statements.</summary>
    public static void AssertIs(PressBriefing b, string format, string institution, DateOnly date, params string[] spokespersons)
    {
        Assert.Equal(format, b.Format?.Id);
        Assert.Equal("en", b.Language);
        Assert.Equal(institution, b.Institution);
        Assert.Equal(date, b.Date);
        Assert.Equal(spokespersons, b.Spokespersons.Select(s => s.Name));
        Assert.DoesNotContain(b.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(b.Statements);
    }

    /// <summary>Every exchange has a question and exactly one answer.</summary>
    public static void AssertEveryExchangeAnswered(PressBriefing b) =>
        Assert.All(b.Exchanges, e =>
        {
            Assert.NotNull(e.Question);
            Assert.Single(e.Answers);
        });

    /// <summary>Boilerplate lines never reappear inside an announcement, question or answer.</summary>
    public static void AssertNoChromeInContent(PressBriefing b) =>
        Assert.All(b.Boilerplate, chrome => Assert.DoesNotContain(ContentTexts(b), t => t.Split("\n\n").Contains(chrome.Text)));

    /// <summary>
    /// The fixtures folder <paramref name="folder"/> holds as many fixtures and expectation files as <see cref="TestFiles.Folders"/>
    /// says, every expectation file has its fixture and names it as its <c>id</c>, and every snapshot beside
    /// <paramref name="testClass"/> belongs to a fixture (or a seed) the class snapshots.
    /// </summary>
    public static void AssertFolderMatchesTheTable(string folder, string testClass, params string[] seeds)
    {
        var entry = Assert.Single(TestFiles.Folders, f => f.Name == folder);
        var directory = TestFiles.FixturesDirectory(folder);
        Assert.True(Directory.Exists(directory), $"{directory} does not exist.");
        var texts = Directory.GetFiles(directory, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        var expectations = Directory.GetFiles(directory, "*.expected.json").Select(f => Path.GetFileName(f)[..^".expected.json".Length]).Order(StringComparer.Ordinal).ToList();
        var others = Directory.GetFiles(directory).Select(Path.GetFileName).Where(f => !f!.EndsWith(".txt", StringComparison.Ordinal) && !f.EndsWith(".expected.json", StringComparison.Ordinal)).ToList();

        Assert.True(texts.Count == entry.Fixtures,
            $"{folder}: {texts.Count} fixtures on disk, the table in TestFiles.Folders says {entry.Fixtures}: [{string.Join(", ", texts)}]. Update the table when a fixture is added; a lost fixture must be restored.");
        Assert.True(expectations.Count == entry.Expectations,
            $"{folder}: {expectations.Count} .expected.json files on disk, the table says {entry.Expectations}: [{string.Join(", ", expectations)}].");
        Assert.True(others.Count == 0, $"{folder}: files that are neither fixtures nor expectations: [{string.Join(", ", others)}].");
        Assert.All(expectations, name => Assert.Contains(name, texts));
        Assert.Equal(texts, TestFiles.FixtureNames(folder));
        foreach (var name in expectations)
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, name + ".expected.json")));
            Assert.True(json.RootElement.TryGetProperty("id", out var id) && id.GetString() == name, $"{folder}/{name}.expected.json: its 'id' is not '{name}'.");
        }

        // Snapshots of fixtures that no longer exist (renamed or lost) would never be compared again.
        var snapshotDirectory = Path.Combine(TestFiles.FormatsDirectory, folder);
        var orphans = Directory.GetFiles(snapshotDirectory, "*.verified.json")
            .Select(f => Path.GetFileName(f)!)
            .Where(f => SnapshotName().Match(f) is not { Success: true } m || m.Groups["class"].Value != testClass
                || !(m.Groups["method"].Value == "Fixture" && texts.Contains(m.Groups["name"].Value)
                     || m.Groups["method"].Value == "Seed" && seeds.Contains(m.Groups["name"].Value)))
            .ToList();
        Assert.True(orphans.Count == 0, $"{folder}: snapshots that belong to no fixture of {testClass}: [{string.Join(", ", orphans)}].");
    }

    [GeneratedRegex(@"^(?<class>[A-Za-z]+)\.(?<method>Fixture|Seed)_(?<name>.+)\.verified\.json$")]
    private static partial Regex SnapshotName();
}
