using System.Globalization;

namespace Briefing.Parsing.Tests.Transcripts;

/// <summary>
/// <see cref="BriefingFacts"/>: the lead sentence and the official it names, the main speaker, the briefing's date under
/// each <see cref="DatePolicy"/>, and the institution.
/// </summary>
public sealed class BriefingFactsTests
{
    [Theory]
    [InlineData("mfa-transcript", "On the afternoon of May 18, 2010, Foreign Ministry Spokesperson Ma Zhaoxu held a regular press conference.", "Ma Zhaoxu", true)]
    [InlineData("mfa-transcript", "Foreign Ministry Spokesperson Wang Wenbin hosted a regular press conference on August 9, 2022.", "Wang Wenbin", true)]
    [InlineData("mfa-transcript", "Foreign Ministry Spokesperson Zhang Xiaoming hosted a regular press conference on May 4, 2026.", "Zhang Xiaoming", false)]
    [InlineData("un-noon-briefing", "The following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.", "Stéphane Dujarric", true)]
    [InlineData("mfa-transcript", "China firmly opposes the new tariffs and will take measures.", null, false)]
    [InlineData("mfa-transcript", "The spokesperson held talks with the press about the conference.", null, false)]
    public void Reads_the_lead_and_the_official_it_names(string definition, string sentence, string? name, bool known)
    {
        using var lexed = Stages.Lexer.Lex(sentence);
        var lead = BriefingFacts.ReadLead(lexed, lexed[0].Content, Stages.Definition(definition), null);
        Assert.Equal((name, known), (lead?.Name, lead?.Official is not null));
    }

    [Fact]
    public void A_lead_that_names_no_one_is_still_a_lead()
    {
        using var lexed = Stages.Lexer.Lex("The following is a near-verbatim transcript of today's noon briefing.");
        var lead = BriefingFacts.ReadLead(lexed, lexed[0].Content, Stages.Definition("un-noon-briefing"), null);
        Assert.NotNull(lead);
        Assert.Null(lead.Name);
    }

    [Fact]
    public void The_main_speaker_is_the_directorys_entry_the_name_printed_or_the_official_who_answers_most()
    {
        var (text, pieces) = Pieces.Build("Q@q,known,anon|Why?", "MS. HARF@a,known,speaker=Marie Harf|One.", "Q@q,known,anon|And?",
            "MS. PSAKI@a,known,speaker=Jen Psaki|Two.", "Q@q,known,anon|Then?", "MS. PSAKI@a,known,speaker=Jen Psaki|Three.");
        using var lexed = Stages.Lexer.Lex(text);
        var def = Stages.Definition("generic-transcript");
        var facts = new BriefingFacts(lexed, def, new LabelResolver(lexed, def, null, null, null, "en"), "en");
        var mao = lexed.Directories.Spokespersons.FindByName("Mao Ning");
        Assert.Equal("Mao Ning", facts.MainSpeaker(mao, null, null, pieces)?.Name);
        Assert.Equal(("Zhang Xiaoming", "press secretary"), facts.MainSpeaker(null, "Zhang Xiaoming", "Press Secretary", pieces) is { } s ? (s.Name, s.Role) : default);
        Assert.Equal(("Jen Psaki", "spokesperson"), facts.MainSpeaker(null, null, null, pieces) is { } m ? (m.Name, m.Role) : default);
        Assert.Null(facts.MainSpeaker(null, null, null, []));
    }

    public static TheoryData<string, string, string?, string?, string?, string?, string?, bool, string?, bool> DateRows => new()
    {
        // policy, why, title date, header date, date line, lead, published, statement title, expected, conflict reported
        { "ministry", "the title's date wins over the header's", "2024-03-05", "2024-03-06", null, null, null, false, "2024-03-05", true },
        { "ministry", "the header's date line when the title has none", null, "2024-03-06", null, null, null, false, "2024-03-06", false },
        { "ministry", "the lead's when there is no other", null, null, null, "On March 7, 2024, the spokesperson held a briefing.", null, false, "2024-03-07", false },
        { "posted-later", "a header date is the posting date, not used", null, "2024-05-17", null, null, null, false, null, false },
        { "posted-later", "the title's date", "2024-05-16", "2024-05-17", null, null, null, false, "2024-05-16", false },
        { "chinese-mfa", "the lead's month and day take the year of the publication stamp", null, null, null, "On 20 January, Foreign Ministry Spokesperson Kong Quan held a regular press conference.", "2004-01-21 10:00", false, "2004-01-20", false },
        { "chinese-mfa", "or of the title", "2010-05-18", null, null, "On the afternoon of May 18, Foreign Ministry Spokesperson Ma Zhaoxu held a regular press conference.", null, false, "2010-05-18", false },
        { "chinese-mfa", "a lead that disagrees with the title is reported", "2010-05-18", null, null, "On the afternoon of May 17, 2010, Foreign Ministry Spokesperson Ma Zhaoxu held a regular press conference.", null, false, "2010-05-18", true },
        { "chinese-mfa", "a statement page without a dated title takes its date line", null, "2017-03-06", null, null, null, true, "2017-03-06", false },
        { "chinese-mfa", "a statement page's date line in the body", null, null, "2017-03-06", null, null, true, "2017-03-06", false },
        { "chinese-mfa", "a conference page's header date is no briefing date", null, "2023-03-07", null, null, null, false, null, false },
    };

    [Theory]
    [MemberData(nameof(DateRows))]
    public void Resolves_the_date_by_the_definitions_policy(string policy, string why, string? titleDate, string? headerDate, string? dateLine, string? lead,
        string? published, bool statement, string? expected, bool conflict)
    {
        _ = why;
        var definition = new TranscriptDefinition
        {
            Id = "facts-test",
            InstitutionId = "mfa-china",
            Dates = policy switch { "ministry" => DatePolicy.Ministry, "posted-later" => DatePolicy.PostedLater, _ => DatePolicy.ChineseMfa },
        };
        string text = "Title line\n\n" + (lead ?? "Body.");
        DateOnly? result = null;
        var briefing = Stages.Run(text, context =>
        {
            var facts = new BriefingFacts(context.Lexed, definition, new LabelResolver(context.Lexed, definition, null, null, null, "en"), "en");
            var title = new TitleMatch(new TextSpan(0, 10), 0, 0) { Date = Day(titleDate), IsStatement = statement };
            TextBlock? leadBlock = lead is null ? null : new TextBlock(lead, new TextSpan(12, lead.Length));
            DateTime? stamp = published is null ? null : DateTime.ParseExact(published, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            result = facts.ResolveDate(context, title, Day(headerDate), Day(dateLine), leadBlock, stamp);
            return new PressBriefing();
        });
        Assert.Equal((expected, conflict), (result?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), briefing.Diagnostics.Any(d => d.Code == DiagnosticCodes.ConflictingDates)));
    }

    [Theory]
    [InlineData("state-department", "Department Press Briefing", "U.S. Department of State")]
    [InlineData("generic-transcript", "Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Viet Nam, 12 March 2025", "Ministry of Foreign Affairs of Viet Nam")]
    [InlineData("generic-transcript", "Regular Press Briefing of the Federal Chancellery on 12 March 2025", "Federal Chancellery")]
    [InlineData("generic-transcript", "Weekly Press Briefing", null)]
    public void The_institution_is_the_definitions_or_the_one_the_title_names(string definition, string titleText, string? expected)
    {
        using var lexed = Stages.Lexer.Lex(titleText);
        var def = Stages.Definition(definition);
        var facts = new BriefingFacts(lexed, def, new LabelResolver(lexed, def, null, null, null, "en"), "en");
        Assert.Equal(expected, facts.Institution(null, new TitleMatch(lexed[0].Content, 0, 0)));
    }

    private static DateOnly? Day(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
