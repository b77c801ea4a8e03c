using static Briefing.Parsing.Tests.Formats.FixtureAssertions;

namespace Briefing.Parsing.Tests.Formats.JapanMofa;

/// <summary>
/// Japan's Ministry of Foreign Affairs press conferences (src/Briefing.Parsing/Formats/JapanMofa): snapshots and the structure of the fixtures.
/// </summary>
public sealed class JapanMofaTests
{
    private const string Folder = "JapanMofa";

    /// <summary>The fixtures of <c>Formats/JapanMofa/Fixtures/</c>.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames(Folder)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Fixture(name)), name);

    [Fact]
    public void Fixture_files_are_those_the_table_lists() => AssertFolderMatchesTheTable(Folder, nameof(JapanMofaTests));

    [Fact]
    public void Japan_minister_press_conference()
    {
        var b = Parse("japan-hayashi-2022");

        // "HAYASHI Yoshimasa" (surname first, in capitals) is Yoshimasa Hayashi of the directory.
        AssertIs(b, JapanMofaFormat.FormatId, "Ministry of Foreign Affairs of Japan", new DateOnly(2022, 7, 12), "Yoshimasa Hayashi");
        Assert.Equal("minister for foreign affairs", b.Spokespersons[0].Role);

        // Opening remarks under the full label with a comma, then "Minister Hayashi:", "Minister:".
        Assert.Equal(3, b.Announcements.Length);
        Assert.Equal("Mr. Hayashi Yoshimasa, Minister for Foreign Affairs", b.Announcements[0].Label);
        Assert.Equal(["Question", "Kato, Jiji Press", "Yamamoto, Hokkaido Shimbun"], QuestionLabels(b));
        Assert.Equal(["Jiji Press", null], b.Exchanges.Skip(1).Select(e => e.Question?.Outlet?.Name));
        Assert.Equal(["Minister Hayashi", "Minister Hayashi", "Minister"], b.Exchanges.Select(e => e.Answers.Single().Label));
        Assert.All(AnswerSpeakers(b), s => Assert.Equal("Yoshimasa Hayashi", s));

        // Labels alone on their line: the turn is the next line.
        Assert.StartsWith("I would like to ask about the trilateral meeting", b.Exchanges[0].Question?.Text, StringComparison.Ordinal);
        Assert.StartsWith("The three ministers confirmed", b.Exchanges[0].Answers[0].Text, StringComparison.Ordinal);

        // Header metadata, the topics list, the translation notice, headings, the language link and "(End)".
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Languages, Text: "Japanese" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Metadata, Text: "Place: Press Conference Room, Ministry of Foreign Affairs" });
        Assert.Equal(4, b.Boilerplate.Count(x => x.Kind == BoilerplateKind.Contents));
        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Notice && x.Text.Contains("provisional translation", StringComparison.Ordinal));
        Assert.Equal(["Opening remarks", "Trilateral meeting", "Food security"], b.Boilerplate.Where(x => x.Kind == BoilerplateKind.Heading).Select(x => x.Text));
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Footer, Text: "(End)" });
        AssertNoChromeInContent(b);
    }
}
