namespace Briefing.Parsing.Tests;

/// <summary>
/// The JSON of every seed and fixture, compared with committed snapshots (see Snapshots/Snapshot.cs), and the facts
/// about the seeds that must hold whatever the snapshots say.
/// </summary>
public sealed class SnapshotTests
{
    private const string TranscriptSeed = "004_e628fec4aaf0b8d1";
    private const string NewsSeed = "000_298d1492106903bf";

    public static TheoryData<string> Seeds => [.. TestFiles.SeedNames];

    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames];

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Seed(string name) => Snapshot.VerifyJson(ToJson(TestFiles.Seed(name)), name);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(ToJson(TestFiles.Fixture(name)), name);

    [Fact]
    public void Every_fixture_file_has_a_snapshot_case()
    {
        var onDisk = Directory.EnumerateFiles(TestFiles.FixturesDirectory, "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal);
        Assert.Equal(TestFiles.FixtureNames.Order(StringComparer.Ordinal), onDisk);
    }

    [Fact]
    public void Snapshot_json_is_reproducible()
    {
        var document = TestFiles.Seed(TranscriptSeed);
        Assert.Equal(ToJson(document), ToJson(document));
        Assert.Equal("seeds/" + TranscriptSeed + ".txt", TestFiles.Parse(document).Source);
    }

    [Fact]
    public void Seed_004_is_Mao_Nings_conference_of_July_2_2024()
    {
        var briefing = TestFiles.Parse(TestFiles.Seed(TranscriptSeed));

        Assert.Equal("mfa-transcript", briefing.Format?.Id);
        Assert.Equal(new DateOnly(2024, 7, 2), briefing.Date);
        Assert.Equal("Mao Ning", Assert.Single(briefing.Spokespersons).Name);

        var announcement = Assert.Single(briefing.Announcements);
        Assert.StartsWith("Premier Li Qiang of the State Council will attend", announcement.Text, StringComparison.Ordinal);

        Assert.Equal(
            ["Dragon TV", "Beijing Daily", "CCTV", "Reuters", "China News Service", "Reuters", "Reuters"],
            briefing.Exchanges.Select(e => e.Question?.Label));
        Assert.All(briefing.Exchanges, exchange =>
        {
            Assert.NotEmpty(exchange.Answers);
            Assert.All(exchange.Answers, answer =>
            {
                Assert.Equal("Mao Ning", answer.Label);
                Assert.Equal("Mao Ning", answer.Speaker?.Name);
            });
        });

        var boilerplate = briefing.Boilerplate.Select(b => b.Text).ToList();
        Assert.Contains("HOME > Foreign Ministry Spokesperson's Remarks", boilerplate);
        Assert.Contains("2024-07-02 19:45", boilerplate);
        Assert.Contains("Suggest to a friend:", boilerplate);
        Assert.DoesNotContain(briefing.Exchanges.SelectMany(e => e.Answers), a => a.Text.Contains("Suggest to a friend", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_000_news_report_attributes_each_claim_to_its_speaker()
    {
        var briefing = TestFiles.Parse(TestFiles.Seed(NewsSeed));

        Assert.Equal(NewsReportFormat.FormatId, briefing.Format?.Id);
        Assert.Equal(new DateOnly(2025, 1, 14), briefing.Date);
        Assert.Equal(["Guo Jiakun"], briefing.Spokespersons.Select(s => s.Name));
        Assert.Empty(briefing.Exchanges);
        Assert.Equal(
            ["Guo Jiakun", "Chinese Ministry of Commerce", "Guo Jiakun", "Guo Jiakun", "Guo Jiakun", "Guo Jiakun", "Guo Jiakun"],
            briefing.Statements.Select(s => s.Speaker?.Name));
        string[] starts = ["China firmly opposes", "According to Namibia Press Agency", "Guo stated that", "He remarked that", "Guo described", "Guo highlighted", "He concluded by"];
        Assert.Equal(starts.Length, briefing.Statements.Length);
        for (int i = 0; i < starts.Length; i++) Assert.StartsWith(starts[i], briefing.Statements[i].Text, StringComparison.Ordinal);
        var commerce = briefing.Statements[1];
        Assert.Equal(SpeakerKind.Institution, commerce.Speaker?.Kind);
        Assert.Equal("Namibia Press Agency", commerce.Via?.Name);
        Assert.All(briefing.Statements.Where(s => s != commerce), s => Assert.Null(s.Via));
        // "He mentioned" and "He pointed out" stay with Guo in the statements of their paragraphs.
        Assert.Contains("He mentioned", briefing.Statements[4].Text, StringComparison.Ordinal);
        Assert.Contains("He pointed out", briefing.Statements[5].Text, StringComparison.Ordinal);
        // The dateline "Beijing:" is metadata, not a speaker label and not statement text.
        Assert.Contains(briefing.Boilerplate, b => b.Kind == BoilerplateKind.Metadata && b.Text == "Beijing:");
        Assert.DoesNotContain(briefing.Statements, s => s.Text.StartsWith("Beijing", StringComparison.Ordinal));
    }

    private static string ToJson(TestDocument document) => BriefingJson.Serialize(TestFiles.Parse(document));
}
