using static Briefing.Parsing.Tests.Formats.FixtureAssertions;
using Briefing.Parsing.Formats.WhiteHouse;

namespace Briefing.Parsing.Tests.Formats.WhiteHouse;

/// <summary>
/// White House briefings (no format yet: the fixtures say what format 'white-house' must read): snapshots of the fixtures.
/// </summary>
public sealed class WhiteHouseTests
{
    private const string Folder = "WhiteHouse";

    /// <summary>The fixtures of <c>Formats/WhiteHouse/Fixtures/</c>.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames(Folder)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Fixture(name)), name);

    [Fact]
    public void Fixture_files_are_those_the_table_lists() => AssertFolderMatchesTheTable(Folder, nameof(WhiteHouseTests));

    [Fact]
    public void Excerpt_of_the_press_secretarys_turns_only()
    {
        var b = Parse("wh-excerpt-press-secretary-only");

        // Only "MS. JEAN-PIERRE:" turns and no "Q": the labels name an official of the White House, nothing else does.
        Assert.Equal(WhiteHouseFormat.FormatId, b.Format?.Id);
        Assert.Contains(b.Diagnostics, d => d.Code == DiagnosticCodes.LowConfidence);
        Assert.Equal("The White House", b.Institution);
        Assert.Null(b.Date);
        Assert.Empty(b.Exchanges);
        var spokesperson = Assert.Single(b.Spokespersons);
        Assert.Equal(("Jean-Pierre", "Karine Jean-Pierre", "press secretary"), (spokesperson.Name, spokesperson.DirectoryName, spokesperson.Role));
        Assert.Equal(3, b.Announcements.Count(a => a.Label == "MS. JEAN-PIERRE"));
        Assert.Equal("Go ahead, Zeke.", b.Announcements[^1].Text);
        AssertNoChromeInContent(b);
    }
}
