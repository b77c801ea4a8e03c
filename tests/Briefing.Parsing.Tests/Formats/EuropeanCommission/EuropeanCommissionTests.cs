using static Briefing.Parsing.Tests.Formats.FixtureAssertions;

namespace Briefing.Parsing.Tests.Formats.EuropeanCommission;

/// <summary>
/// European Commission midday briefings (no format yet: 'european-commission'): snapshots of the fixtures.
/// </summary>
public sealed class EuropeanCommissionTests
{
    private const string Folder = "EuropeanCommission";

    /// <summary>The fixtures of <c>Formats/EuropeanCommission/Fixtures/</c>.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames(Folder)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Fixture(name)), name);

    [Fact]
    public void Fixture_files_are_those_the_table_lists() => AssertFolderMatchesTheTable(Folder, nameof(EuropeanCommissionTests));
}
