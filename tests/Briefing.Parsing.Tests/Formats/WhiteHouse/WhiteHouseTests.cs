using static Briefing.Parsing.Tests.Formats.FixtureAssertions;

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
}
