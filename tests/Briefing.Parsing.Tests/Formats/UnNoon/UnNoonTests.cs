using static Briefing.Parsing.Tests.Formats.FixtureAssertions;

namespace Briefing.Parsing.Tests.Formats.UnNoon;

/// <summary>
/// United Nations noon briefings (src/Briefing.Parsing/Formats/UnNoon): snapshots and the structure of the fixtures.
/// </summary>
public sealed class UnNoonTests
{
    private const string Folder = "UnNoon";

    /// <summary>The fixtures of <c>Formats/UnNoon/Fixtures/</c>.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames(Folder)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Fixture(name)), name);

    [Fact]
    public void Fixture_files_are_those_the_table_lists() => AssertFolderMatchesTheTable(Folder, nameof(UnNoonTests));

    [Fact]
    public void Un_noon_briefing_with_questions()
    {
        var b = Parse("un-dujarric-2019");

        AssertIs(b, UnNoonBriefingFormat.FormatId, "United Nations", new DateOnly(2019, 11, 12), "Stéphane Dujarric");
        // The opening sentence names the spokesperson; it is the lead, not an announcement.
        Assert.StartsWith("The following is a near-verbatim transcript", b.Lead?.Text, StringComparison.Ordinal);

        // The monologue: three announcements under three headings.
        Assert.Equal(3, b.Announcements.Length);
        Assert.All(b.Announcements, a => Assert.Equal("Stéphane Dujarric", a.Speaker?.Name));
        Assert.Equal(
            ["**Secretary-General’s Travels", "**Flooding", "**Guests Tomorrow", "Questions and Answers"],
            b.Boilerplate.Where(x => x.Kind == BoilerplateKind.Heading).Select(x => x.Text));

        Assert.Equal(["Question", "Question", "Correspondent", "Question"], QuestionLabels(b));
        Assert.All(b.Exchanges.SelectMany(e => e.Answers), a => Assert.Equal(("Spokesman", "Stéphane Dujarric"), (a.Label, a.Speaker?.Name)));
        Assert.Empty(b.Exchanges[2].Answers); // "Correspondent: Thank you."
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Share, Text: "Subscribe to updates" });
        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Footer && x.Text.StartsWith("Copyright", StringComparison.Ordinal));
        AssertNoChromeInContent(b);
    }

    [Fact]
    public void Un_noon_briefing_monologue_is_announcements_not_exchanges()
    {
        var b = Parse("un-haq-monologue-2021");

        AssertIs(b, UnNoonBriefingFormat.FormatId, "United Nations", new DateOnly(2021, 3, 4), "Farhan Haq");
        Assert.Equal("deputy spokesperson", b.Spokespersons[0].Role);
        Assert.Empty(b.Exchanges);
        Assert.Equal(4, b.Announcements.Length);
        Assert.All(b.Announcements, a => Assert.Equal("Farhan Haq", a.Speaker?.Name));
        Assert.Equal(["SECURITY COUNCIL", "HUMANITARIAN AID", "VACCINES", "NOON BRIEFING GUEST"],
            b.Boilerplate.Where(x => x.Kind == BoilerplateKind.Heading).Select(x => x.Text));
        // A monologue is what these texts often are: no "no turns" diagnostic.
        Assert.DoesNotContain(b.Diagnostics, d => d.Code == DiagnosticCodes.NoTurns);
    }
}
