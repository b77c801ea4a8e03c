using static Briefing.Parsing.Tests.Formats.FixtureAssertions;

namespace Briefing.Parsing.Tests.Formats.Nato;

/// <summary>
/// NATO press conferences (no format yet: 'nato'): snapshots of the fixtures.
/// </summary>
public sealed class NatoTests
{
    private const string Folder = "Nato";

    /// <summary>The fixtures of <c>Formats/Nato/Fixtures/</c>.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames(Folder)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Fixture(name)), name);

    [Fact]
    public void Fixture_files_are_those_the_table_lists() => AssertFolderMatchesTheTable(Folder, nameof(NatoTests));
}
