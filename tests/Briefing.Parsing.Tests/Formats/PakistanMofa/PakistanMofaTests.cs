using static Briefing.Parsing.Tests.Formats.FixtureAssertions;

namespace Briefing.Parsing.Tests.Formats.PakistanMofa;

/// <summary>
/// Pakistan's Ministry of Foreign Affairs briefings (src/Briefing.Parsing/Formats/PakistanMofa): snapshots and the structure of the fixtures.
/// </summary>
public sealed class PakistanMofaTests
{
    private const string Folder = "PakistanMofa";

    /// <summary>The fixtures of <c>Formats/PakistanMofa/Fixtures/</c>.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames(Folder)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Fixture(name)), name);

    [Fact]
    public void Fixture_files_are_those_the_table_lists() => AssertFolderMatchesTheTable(Folder, nameof(PakistanMofaTests));

    [Fact]
    public void Pakistan_briefing_on_a_news_site()
    {
        var b = Parse("pakistan-baloch-2023");

        AssertIs(b, PakistanMofaFormat.FormatId, "Ministry of Foreign Affairs, Pakistan", new DateOnly(2023, 3, 16), "Mumtaz Zahra Baloch");
        // The unlabelled monologue is the spokesperson's announcements; the ad between its paragraphs is not in them.
        Assert.Equal(5, b.Announcements.Length);
        Assert.All(b.Announcements, a => Assert.Equal("Mumtaz Zahra Baloch", a.Speaker?.Name));
        Assert.Equal(["Question", "Question"], QuestionLabels(b));
        Assert.All(b.Exchanges.SelectMany(e => e.Answers), a => Assert.Equal(("Answer", "Mumtaz Zahra Baloch"), (a.Label, a.Speaker?.Name)));

        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Ticker && x.Text.StartsWith("BREAKING:", StringComparison.Ordinal));
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Notice, Text: "(This is a rush transcript and may contain errors.)" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Advertisement, Text: "Advertisement" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Navigation, Text: "Home | Pakistan | World | Business" });
        AssertNoChromeInContent(b);
    }

    [Fact]
    public void Pakistan_monologue_without_a_named_spokesperson()
    {
        var b = Parse("pakistan-monologue-2024");

        // The title names no one: the spokesperson is the directory's only one in office that day, and a diagnostic says so.
        AssertIs(b, PakistanMofaFormat.FormatId, "Ministry of Foreign Affairs, Pakistan", new DateOnly(2024, 1, 12), "Mumtaz Zahra Baloch");
        Assert.Contains(b.Diagnostics, d => d.Code == DiagnosticCodes.SpokespersonFromDirectory && d.Message.Contains("Mumtaz Zahra Baloch", StringComparison.Ordinal));
        Assert.DoesNotContain(b.Diagnostics, d => d.Code == DiagnosticCodes.NoSpokesperson);
        Assert.Empty(b.Exchanges);
        Assert.Equal(5, b.Announcements.Length);
        Assert.All(b.Announcements, a => Assert.Equal("Mumtaz Zahra Baloch", a.Speaker?.Name));
        Assert.Equal("Kashmir Solidarity Day", Assert.Single(b.Boilerplate, x => x.Kind == BoilerplateKind.Heading).Text);
        Assert.Equal("Thank you.", b.Announcements[^1].Text);
    }
}
