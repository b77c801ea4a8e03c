using static Briefing.Parsing.Tests.Formats.FixtureAssertions;

namespace Briefing.Parsing.Tests.Formats.GermanGovernment;

/// <summary>
/// The German federal government's press conferences (no format yet: 'german-government'): snapshots of the fixtures.
/// </summary>
public sealed class GermanGovernmentTests
{
    private const string Folder = "GermanGovernment";

    /// <summary>The fixtures of <c>Formats/GermanGovernment/Fixtures/</c>.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames(Folder)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Fixture(name)), name);

    [Fact]
    public void Fixture_files_are_those_the_table_lists() => AssertFolderMatchesTheTable(Folder, nameof(GermanGovernmentTests));
}
