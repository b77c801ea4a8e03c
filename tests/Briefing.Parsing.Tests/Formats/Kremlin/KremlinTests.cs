using static Briefing.Parsing.Tests.Formats.FixtureAssertions;

namespace Briefing.Parsing.Tests.Formats.Kremlin;

/// <summary>
/// Kremlin (Presidential Executive Office) briefings (no format yet: 'kremlin'): snapshots of the fixtures.
/// </summary>
public sealed class KremlinTests
{
    private const string Folder = "Kremlin";

    /// <summary>The fixtures of <c>Formats/Kremlin/Fixtures/</c>.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames(Folder)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Fixture(name)), name);

    [Fact]
    public void Fixture_files_are_those_the_table_lists() => AssertFolderMatchesTheTable(Folder, nameof(KremlinTests));
}
