using static Briefing.Parsing.Tests.Formats.FixtureAssertions;

namespace Briefing.Parsing.Tests.Formats.StateDepartment;

/// <summary>
/// U.S. Department of State briefings (src/Briefing.Parsing/Formats/StateDepartment): snapshots and the structure of the fixtures.
/// </summary>
public sealed class StateDepartmentTests
{
    private const string Folder = "StateDepartment";

    /// <summary>The fixtures of <c>Formats/StateDepartment/Fixtures/</c>.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames(Folder)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Fixture(name)), name);

    [Fact]
    public void Fixture_files_are_those_the_table_lists() => AssertFolderMatchesTheTable(Folder, nameof(StateDepartmentTests));

    [Fact]
    public void State_department_2022()
    {
        var b = Parse("state-price-2022");

        AssertIs(b, StateDepartmentFormat.FormatId, "U.S. Department of State", new DateOnly(2022, 2, 15), "Ned Price");
        Assert.Equal("Department Press Briefing – February 15, 2022", b.Title);
        // The header prints the full name: the labels' "MR PRICE" is named as the directory names him.
        Assert.Null(b.Spokespersons[0].DirectoryName);

        // The spokesperson speaks first: greeting and an announcement, then he hands over ("Matt, over to you").
        Assert.Equal(3, b.Announcements.Length);
        Assert.Equal("MR PRICE", b.Announcements[0].Label);
        Assert.All(b.Announcements, a => Assert.Equal("Ned Price", a.Speaker?.Name));
        Assert.Equal("With that, Matt, over to you.", b.Announcements[^1].Text);

        // Every reporter is "QUESTION"; every answer is "MR PRICE", resolved to Ned Price by surname.
        Assert.Equal(6, b.Exchanges.Length);
        Assert.All(b.Exchanges, e => Assert.Equal("QUESTION", e.Question?.Label));
        Assert.All(b.Exchanges, e => Assert.Null(e.Question?.Outlet));
        Assert.All(b.Exchanges.SelectMany(e => e.Answers), a => Assert.Equal(("MR PRICE", "Ned Price"), (a.Label, a.Speaker?.Name)));

        // Interrupted speech and stage notes stay in the turn, as printed.
        Assert.Equal("Later this week meaning before the weekend, or --", b.Exchanges[1].Question?.Text);
        Assert.Equal("-- meaning later this week. (Laughter.)", b.Exchanges[1].Answers[0].Text);
        // Calling on a reporter by name is part of the answer, not a label; "(Laughter.)" on its own line too.
        Assert.Equal("Let's go to Humeyra.", b.Exchanges[2].Answers[0].Text);
        Assert.Equal(3, b.Exchanges[3].Answers[0].Text.Split("\n\n").Length);
        Assert.EndsWith("family members. Shaun.", b.Exchanges[3].Answers[0].Text, StringComparison.Ordinal);
        // The last "Thank you." has no answer.
        Assert.Empty(b.Exchanges[^1].Answers);

        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Metadata, Text: "Ned Price, Department Spokesperson" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Metadata, Text: "Washington, D.C." });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Metadata, Text: "2:14 p.m. EST" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Metadata, Text: "(The briefing was concluded at 2:51 p.m.)" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Related, Text: "Department Press Briefing – February 14, 2022" });
        AssertNoChromeInContent(b);
    }

    [Fact]
    public void State_department_2014()
    {
        var b = Parse("state-psaki-2014");

        // The name, the office, the title and the date on separate lines above the briefing; the title has no date.
        // The header prints Psaki's full name; the deputy is only ever "MS. HARF", so she is named as printed.
        AssertIs(b, StateDepartmentFormat.FormatId, "U.S. Department of State", new DateOnly(2014, 5, 6), "Jen Psaki", "Harf");
        Assert.Equal([null, "Marie Harf"], b.Spokespersons.Select(s => s.DirectoryName));
        Assert.Equal("Daily Press Briefing", b.Title);
        Assert.Equal(2, b.Announcements.Length);
        Assert.Equal("MS. PSAKI", b.Announcements[0].Label);

        Assert.Equal(5, b.Exchanges.Length);
        Assert.All(b.Exchanges, e => Assert.Equal("QUESTION", e.Question?.Label));
        // The deputy adds to the spokesperson's answer: two answers, two officials.
        var twoOfficials = b.Exchanges[2];
        Assert.Equal(["MS. PSAKI", "MS. HARF"], twoOfficials.Answers.Select(a => a.Label));
        Assert.Equal(["Jen Psaki", "Harf"], twoOfficials.Answers.Select(a => a.Speaker?.Name));
        Assert.Equal("deputy spokesperson", twoOfficials.Answers[1].Speaker?.Role);

        // The index of topics is a table of contents, not announcements.
        Assert.Equal(6, b.Boilerplate.Count(x => x.Kind == BoilerplateKind.Contents));
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Contents, Text: "Court Ruling" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Metadata, Text: "Jen Psaki" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Metadata, Text: "1:07 p.m. EDT" });
        AssertNoChromeInContent(b);
    }

    [Fact]
    public void Excerpt_of_the_spokespersons_turns_only()
    {
        var b = Parse("state-excerpt-officials-only");

        // No title, date or question: only the labels, an official of the directory's State Department, say whose briefing
        // it is, and they say it with low confidence.
        Assert.Equal(StateDepartmentFormat.FormatId, b.Format?.Id);
        Assert.InRange(b.Format!.Confidence, 0.3, 0.5);
        Assert.Contains(b.Diagnostics, d => d.Code == DiagnosticCodes.LowConfidence);
        Assert.Equal("U.S. Department of State", b.Institution);
        Assert.Null(b.Date);
        Assert.Empty(b.Exchanges);

        // The text never prints the full name: the spokesperson is named as the label gives him, the directory's name kept.
        var spokesperson = Assert.Single(b.Spokespersons);
        Assert.Equal(("Miller", "Matthew Miller", "spokesperson"), (spokesperson.Name, spokesperson.DirectoryName, spokesperson.Role));
        Assert.Equal(["MR MILLER", "MR MILLER"], b.Announcements.Select(a => a.Label).OfType<string>());
        Assert.All(b.Announcements, a => Assert.Equal(spokesperson, a.Speaker));
        Assert.Equal(5, b.Announcements.Length);

        // The ticker's heading and the headlines run together on the line after it.
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Ticker, Text: "Breaking News" });
        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Ticker && x.Text.StartsWith("Senate panel delays vote", StringComparison.Ordinal));
        AssertNoChromeInContent(b);
    }

    [Fact]
    public void State_department_page_on_one_line()
    {
        var b = Parse("state-oneline-2023");

        // The title ends with its date; the header run together after it is metadata; labels are glued after sentences
        // and after the time zone ("EDT MR MILLER:" is "MR MILLER"); the closing note is cut off the last answer.
        AssertIs(b, StateDepartmentFormat.FormatId, "U.S. Department of State", new DateOnly(2023, 9, 19), "Matthew Miller");
        Assert.Equal("Department Press Briefing – September 19, 2023", b.Title);
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Metadata, Text: "Matthew Miller, Department Spokesperson Washington, D.C. 1:17 p.m. EDT" });
        Assert.Equal("MR MILLER", Assert.Single(b.Announcements).Label);
        Assert.Equal(3, b.Exchanges.Length);
        Assert.All(b.Exchanges, e => Assert.Equal("QUESTION", e.Question?.Label));
        Assert.All(b.Exchanges, e => Assert.Equal("MR MILLER", Assert.Single(e.Answers).Label));
        Assert.Equal("-- He will. (Laughter.)", b.Exchanges[1].Answers[0].Text);
        Assert.Equal("Thank you, everyone.", b.Exchanges[2].Answers[0].Text);
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Metadata, Text: "(The briefing was concluded at 1:39 p.m.)" });
    }
}
