using static Briefing.Parsing.Tests.Formats.FixtureAssertions;

namespace Briefing.Parsing.Tests.Formats.RussiaMfa;

/// <summary>
/// Russia's Ministry of Foreign Affairs briefings (src/Briefing.Parsing/Formats/RussiaMfa): snapshots and the structure of the fixtures.
/// </summary>
public sealed class RussiaMfaTests
{
    private const string Folder = "RussiaMfa";

    /// <summary>The fixtures of <c>Formats/RussiaMfa/Fixtures/</c>.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames(Folder)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Fixture(name)), name);

    [Fact]
    public void Fixture_files_are_those_the_table_lists() => AssertFolderMatchesTheTable(Folder, nameof(RussiaMfaTests));

    [Fact]
    public void Russia_briefing_keeps_the_table_of_contents_out_of_the_content()
    {
        var b = Parse("russia-zakharova-2018");

        AssertIs(b, RussiaMfaFormat.FormatId, "Ministry of Foreign Affairs of the Russian Federation", new DateOnly(2018, 4, 26), "Maria Zakharova");
        // "26 April 201816:40": the publication time glued to the date.
        Assert.Equal(new DateTime(2018, 4, 26, 16, 40, 0), b.Published);
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Languages, Text: "• de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1" });

        // The contents: heading and items, numbering restarting after "Answers to media questions:".
        var contents = b.Boilerplate.Where(x => x.Kind == BoilerplateKind.Contents).Select(x => x.Text).ToList();
        Assert.Equal(6, contents.Count);
        Assert.Equal("Table of contents", contents[0]);
        Assert.Equal("1. The new sanctions package", contents[4]);

        // The briefing: the same topics as headings, a monologue, then questions answered by name.
        Assert.Equal(5, b.Boilerplate.Count(x => x.Kind == BoilerplateKind.Heading));
        Assert.Equal(3, b.Announcements.Length);
        Assert.All(b.Announcements, a => Assert.Equal("Maria Zakharova", a.Speaker?.Name));
        Assert.Equal(["Question", "Question"], QuestionLabels(b));
        Assert.All(b.Exchanges.SelectMany(e => e.Answers), a => Assert.Equal(("Maria Zakharova", "Maria Zakharova"), (a.Label, a.Speaker?.Name)));
        Assert.DoesNotContain(ContentTexts(b), t => t.Contains("Prospects for the strategic", StringComparison.Ordinal));
        AssertNoChromeInContent(b);
    }
}
