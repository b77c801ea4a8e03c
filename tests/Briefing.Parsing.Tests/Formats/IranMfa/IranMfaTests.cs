using static Briefing.Parsing.Tests.Formats.FixtureAssertions;

namespace Briefing.Parsing.Tests.Formats.IranMfa;

/// <summary>
/// Iran's Ministry of Foreign Affairs weekly briefings (no format yet: 'iran-mfa'): snapshots of the fixtures.
/// </summary>
public sealed class IranMfaTests
{
    private const string Folder = "IranMfa";

    /// <summary>The fixtures of <c>Formats/IranMfa/Fixtures/</c>.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames(Folder)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Fixture(name)), name);

    [Fact]
    public void Fixture_files_are_those_the_table_lists() => AssertFolderMatchesTheTable(Folder, nameof(IranMfaTests));
}
