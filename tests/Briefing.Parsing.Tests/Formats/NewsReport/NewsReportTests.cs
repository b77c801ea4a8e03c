using static Briefing.Parsing.Tests.Formats.FixtureAssertions;

namespace Briefing.Parsing.Tests.Formats.NewsReport;

/// <summary>
/// News reports of a briefing (src/Briefing.Parsing/Formats/NewsReport): the news fixtures and the news seed: snapshots,
/// statements attributed to their speakers, datelines kept out of them, the briefing's date and spokesperson.
/// </summary>
public sealed class NewsReportTests
{
    private const string Folder = "NewsReport";

    /// <summary>The fixtures of <c>Formats/NewsReport/Fixtures/</c>.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames(Folder)];

    /// <summary>The seed of this format.</summary>
    public static TheoryData<string> Seeds => ["000_298d1492106903bf"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Fixture(name)), name);

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Seed(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Seed(name)), name);

    [Fact]
    public void Fixture_files_are_those_the_table_lists() => AssertFolderMatchesTheTable(Folder, nameof(NewsReportTests), "000_298d1492106903bf");

    [Fact]
    public void Seed_000_news_report_attributes_each_claim_to_its_speaker()
    {
        var briefing = TestFiles.Parse(TestFiles.NewsSeed);

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

    [Theory]
    [InlineData("news-en-report")]
    [InlineData("news-zh-report")]
    [InlineData("news-en-wire")]
    [InlineData("news-zh-institution")]
    public void News_reports_are_parsed_as_statements_not_turns(string fixture)
    {
        var b = Parse(fixture);

        Assert.Equal(NewsReportFormat.FormatId, b.Format?.Id);
        Assert.Empty(b.Exchanges);
        Assert.NotEmpty(b.Statements);
        // A dateline ("BEIJING, June 16 (Reuters) -", "中新网北京5月12日电") is metadata, never statement text.
        Assert.DoesNotContain(b.Statements, s => s.Text.StartsWith("BEIJING", StringComparison.Ordinal) || s.Text.StartsWith("中新网", StringComparison.Ordinal) || s.Text.StartsWith("北京", StringComparison.Ordinal));
        Assert.All(b.Statements, s => Assert.NotNull(s.Speaker));
    }

    [Fact]
    public void News_wire_report_keeps_third_parties_apart_and_dates_the_briefing_by_its_weekday()
    {
        var b = Parse("news-en-wire");

        // Published on Tuesday, March 12, 2024; the briefing was "on Tuesday"; "Sunday's incident" and the caption's
        // "May 3, 2019" are other days.
        Assert.Equal(new DateOnly(2024, 3, 12), b.Date);
        Assert.Equal(["Lin Jian"], b.Spokespersons.Select(s => s.Name));
        Assert.Equal(["Beijing", "Lin Jian", "Lin Jian", "Local officials", "Asha Verma", "Lin Jian"], b.Statements.Select(s => s.Speaker?.Name));
        Assert.Equal(SpeakerKind.Institution, b.Statements[0].Speaker?.Kind);
        Assert.Equal(StatementMode.Quoted, b.Statements[1].Mode);
        Assert.Equal("Xinhua", b.Statements[3].Via?.Name);
        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Caption && x.Text.Contains("May 3, 2019", StringComparison.Ordinal));
        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Related && x.Text == "ALSO READ");
        Assert.DoesNotContain(b.Statements, s => s.Text.Contains("Pacific cooperation", StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_news_report_names_speakers_in_chinese_and_resolves_the_day_of_the_month()
    {
        var b = Parse("news-zh-institution");

        Assert.Equal("zh", b.Language);
        Assert.Equal(new DateOnly(2024, 6, 18), b.Date);
        Assert.Equal(["林剑"], b.Spokespersons.Select(s => s.Name));
        Assert.Equal("Lin Jian", b.Spokespersons[0].NameEn);
        Assert.Equal(["中国外交部", "林剑", "有关国家商务部官员", "林剑"], b.Statements.Select(s => s.Speaker?.Name));
        Assert.Equal("Reuters", b.Statements[2].Via?.Name);
        Assert.StartsWith("有关国家商务部官员表示", b.Statements[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spokesperson_of_another_institution_quoted_in_a_news_report_keeps_the_statement_but_is_not_the_briefing_spokesperson()
    {
        const string report = "BEIJING, June 16 (Reuters) - China opposes the new tariffs, foreign ministry spokesperson Lin Jian told a regular press conference on Tuesday.\n\n"
            + "In Washington, State Department spokesperson Matthew Miller said the measures were needed.\n";

        var b = BriefingParser.Default.Parse(report);

        Assert.Equal(NewsReportFormat.FormatId, b.Format?.Id);
        Assert.Equal(["Lin Jian", "Matthew Miller"], b.Statements.Select(s => s.Speaker?.Name));
        Assert.Equal(["Lin Jian"], b.Spokespersons.Select(s => s.Name));
        Assert.Equal("Ministry of Foreign Affairs of the People's Republic of China", b.Institution);
    }

    [Fact]
    public void A_spokesperson_the_directory_does_not_know_is_still_the_spokesperson_of_a_news_report()
    {
        // A future spokesperson: the role and the name in the text are enough; "Zhang said" is the same person, not the
        // Zhang Qiyue of the directory (whose term ended two decades before the report).
        const string report = "BEIJING, May 4 (Reuters) - China urged restraint on Monday, foreign ministry spokesperson Zhang Xiaoming told a regular press conference.\n\n"
            + "Zhang said talks were the only way forward.\n\n(Reporting by Newsroom; Editing by Desk)\nPublished: May 4, 2026 7:10 PM\n";

        var b = BriefingParser.Default.Parse(report);

        Assert.Equal(NewsReportFormat.FormatId, b.Format?.Id);
        Assert.Equal(["Zhang Xiaoming", "Zhang Xiaoming"], b.Statements.Select(s => s.Speaker?.Name));
        Assert.Equal(["Zhang Xiaoming"], b.Spokespersons.Select(s => s.Name));
        Assert.Equal("spokesperson", b.Spokespersons[0].Role);
    }
}
