using static Briefing.Parsing.Tests.Formats.FixtureAssertions;

namespace Briefing.Parsing.Tests.Formats.IndiaMea;

/// <summary>
/// India's Ministry of External Affairs briefings (src/Briefing.Parsing/Formats/IndiaMea): snapshots and the structure of the fixtures.
/// </summary>
public sealed class IndiaMeaTests
{
    private const string Folder = "IndiaMea";

    /// <summary>The fixtures of <c>Formats/IndiaMea/Fixtures/</c>.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames(Folder)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Fixture(name)), name);

    [Fact]
    public void Fixture_files_are_those_the_table_lists() => AssertFolderMatchesTheTable(Folder, nameof(IndiaMeaTests));

    [Fact]
    public void India_weekly_media_briefing()
    {
        var b = Parse("india-jaiswal-2024");

        // The title's date, not the posting date under it.
        AssertIs(b, IndiaMeaFormat.FormatId, "Ministry of External Affairs, Government of India", new DateOnly(2024, 5, 16), "Randhir Jaiswal");
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Metadata, Text: "May 17, 2024" });

        Assert.Equal(3, b.Announcements.Length);
        Assert.Equal("Official Spokesperson, Shri Randhir Jaiswal", b.Announcements[0].Label);

        // First-name journalists; the spokesperson asks back; three questions before one answer.
        Assert.Equal(["Sidhant", "Sidhant", "Madhurendra", "Aditi Sharma", "Manish"], QuestionLabels(b));
        Assert.Equal([1, 0, 0, 1, 1], b.Exchanges.Select(e => e.Answers.Length));
        Assert.Equal("Which agreement are you referring to?", b.Exchanges[0].Answers[0].Text);
        Assert.All(AnswerSpeakers(b), s => Assert.Equal("Randhir Jaiswal", s));
        Assert.Equal(4, b.Diagnostics.Count(d => d.Code == DiagnosticCodes.UnknownLabel));

        // Hindi in Latin script and its translation stay together in one answer; "Secondly:" is not a journalist.
        var answer = b.Exchanges[3].Answers[0].Text;
        Assert.StartsWith("Dekhiye, is vishay par", answer, StringComparison.Ordinal);
        Assert.Contains("Let me say that in English as well:", answer, StringComparison.Ordinal);
        Assert.EndsWith("Secondly: on your question about diplomatic channels, yes, we have conveyed our views.", answer, StringComparison.Ordinal);
        Assert.StartsWith("Sir, mera sawaal", b.Exchanges[2].Question?.Text, StringComparison.Ordinal);
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Footer, Text: "(Concludes)" });
        AssertNoChromeInContent(b);
    }
}
