using static Briefing.Parsing.Tests.Formats.FixtureAssertions;

namespace Briefing.Parsing.Tests.Formats.Generic;

/// <summary>
/// Labelled briefings of institutions with no format of their own (src/Briefing.Parsing/Formats/Generic): snapshots of the fixtures.
/// </summary>
public sealed class GenericTests
{
    private const string Folder = "Generic";

    /// <summary>The fixtures of <c>Formats/Generic/Fixtures/</c>.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames(Folder)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Fixture(name)), name);

    [Fact]
    public void Fixture_files_are_those_the_table_lists() => AssertFolderMatchesTheTable(Folder, nameof(GenericTests));
}
