namespace Briefing.Parsing.Tests;

/// <summary>
/// The structure each fixture was written to have (Fixtures/*.txt): counts, labels, speakers, dates, follow-ups and
/// the chrome that must stay out of the content. The snapshots hold everything else.
/// </summary>
public sealed class FixtureExpectationTests
{
    private static PressBriefing Parse(string fixture) => TestFiles.Parse(TestFiles.Fixture(fixture));

    private static IEnumerable<string?> QuestionLabels(PressBriefing b) => b.Exchanges.Select(e => e.Question?.Label);

    private static IEnumerable<string?> AnswerSpeakers(PressBriefing b) => b.Exchanges.SelectMany(e => e.Answers).Select(a => a.Speaker?.Name);

    private static IEnumerable<string> ContentTexts(PressBriefing b) =>
        b.Announcements.Select(a => a.Text)
            .Concat(b.Exchanges.Select(e => e.Question?.Text ?? ""))
            .Concat(b.Exchanges.SelectMany(e => e.Answers).Select(a => a.Text));

    private static void AssertIsMfaTranscript(PressBriefing b, DateOnly date, params string[] spokespersons)
    {
        Assert.Equal(MfaTranscriptFormat.FormatId, b.Format?.Id);
        Assert.Equal("en", b.Language);
        Assert.Equal(date, b.Date);
        Assert.Equal(spokespersons, b.Spokespersons.Select(s => s.Name));
        Assert.DoesNotContain(b.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    private static void AssertEveryExchangeAnswered(PressBriefing b) =>
        Assert.All(b.Exchanges, e =>
        {
            Assert.NotNull(e.Question);
            Assert.Single(e.Answers);
        });

    [Fact]
    public void Outlets_2023()
    {
        var b = Parse("mfa-en-outlets-2023");

        AssertIsMfaTranscript(b, new DateOnly(2023, 3, 7), "Mao Ning");
        Assert.Equal(new DateTime(2023, 3, 7, 20, 10, 0), b.Published);
        var announcement = Assert.Single(b.Announcements);
        Assert.Null(announcement.Label);
        Assert.Equal("Mao Ning", announcement.Speaker?.Name);
        Assert.StartsWith("At the invitation of the Government of the Republic of Kenya", announcement.Text, StringComparison.Ordinal);

        Assert.Equal(["CCTV", "AFP", "Bloomberg", "Global Times"], QuestionLabels(b));
        Assert.Equal(["CCTV", "AFP", "Bloomberg", "Global Times"], b.Exchanges.Select(e => e.Question?.Outlet?.Name));
        AssertEveryExchangeAnswered(b);
        Assert.All(AnswerSpeakers(b), s => Assert.Equal("Mao Ning", s));

        // The first answer has three paragraphs.
        var first = b.Exchanges[0].Answers[0].Text;
        Assert.Equal(3, first.Split("\n\n").Length);
        Assert.EndsWith("help the continent feed itself.", first, StringComparison.Ordinal);

        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Breadcrumb, Text: "Home > Spokesperson's Remarks" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Metadata, Text: "2023-03-07 20:10" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Share, Text: "Suggest to a friend:" });
        Assert.DoesNotContain(ContentTexts(b), t => t.Contains("Suggest to a friend", StringComparison.Ordinal));
    }

    [Fact]
    public void Qa_2015()
    {
        var b = Parse("mfa-en-qa-2015");

        AssertIsMfaTranscript(b, new DateOnly(2015, 4, 22), "Hong Lei");
        Assert.Empty(b.Announcements);
        Assert.Equal(["Q", "Follow-up", "Q"], QuestionLabels(b));
        Assert.Equal([false, true, false], b.Exchanges.Select(e => e.Question!.IsFollowUp));
        Assert.All(b.Exchanges, e => Assert.Null(e.Question!.Outlet));
        AssertEveryExchangeAnswered(b);
        Assert.All(b.Exchanges.SelectMany(e => e.Answers), a =>
        {
            Assert.Equal("A", a.Label);
            Assert.Equal("Hong Lei", a.Speaker?.Name);
        });

        // Two questions bundled in one turn stay one exchange.
        var bundled = b.Exchanges[2];
        Assert.StartsWith("First, a cargo ship", bundled.Question!.Text, StringComparison.Ordinal);
        Assert.Contains("Second, is the Chinese government", bundled.Question.Text, StringComparison.Ordinal);
        Assert.StartsWith("On your first question,", bundled.Answers[0].Text, StringComparison.Ordinal);

        // Chrome: language bar, menu, NBSP breadcrumb, share widgets, related titles (other days, another spokesperson), footer.
        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Languages);
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Navigation, Text: "The Ministry" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Breadcrumb, Text: "Home > Press and Media Service > Spokesperson's Remarks" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Share, Text: "Print" });
        Assert.Equal(4, b.Boilerplate.Count(x => x.Kind == BoilerplateKind.Related)); // the heading and three titles
        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Related && x.Text.Contains("Hua Chunying", StringComparison.Ordinal));
        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Footer && x.Text.StartsWith("Copyright", StringComparison.Ordinal));
        Assert.DoesNotContain(ContentTexts(b), t => t.Contains("Related News", StringComparison.Ordinal) || t.Contains("April 21, 2015", StringComparison.Ordinal));
    }

    [Fact]
    public void Greeting_2010()
    {
        var b = Parse("mfa-en-greeting-2010");

        AssertIsMfaTranscript(b, new DateOnly(2010, 5, 18), "Ma Zhaoxu");
        Assert.Equal("On the afternoon of May 18, 2010, Foreign Ministry Spokesperson Ma Zhaoxu held a regular press conference.", b.Lead?.Text);

        // Greeting, two announcements, "Now, the floor is open.": all said before the first question.
        Assert.Equal(4, b.Announcements.Length);
        Assert.Equal("Ma Zhaoxu", b.Announcements[0].Label);
        Assert.Equal("Good afternoon, ladies and gentlemen. I have two announcements to start with.", b.Announcements[0].Text);
        Assert.All(b.Announcements, a => Assert.Equal("Ma Zhaoxu", a.Speaker?.Name));
        Assert.Equal("Now, the floor is open.", b.Announcements[^1].Text);

        Assert.Equal(["Q", "Q"], QuestionLabels(b));
        AssertEveryExchangeAnswered(b);
        Assert.All(AnswerSpeakers(b), s => Assert.Equal("Ma Zhaoxu", s));
        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Navigation && x.Text.StartsWith("Home Embassy News", StringComparison.Ordinal));
    }

    [Fact]
    public void Surname_2004()
    {
        var b = Parse("mfa-en-surname-2004");

        AssertIsMfaTranscript(b, new DateOnly(2004, 1, 20), "Kong Quan");
        Assert.Equal("On 20 January, Foreign Ministry Spokesperson Kong Quan held a regular press conference.", b.Lead?.Text);

        var greeting = Assert.Single(b.Announcements);
        Assert.Equal("Kong", greeting.Label);
        Assert.Equal("Kong Quan", greeting.Speaker?.Name);
        Assert.StartsWith("Good afternoon, ladies and gentlemen.", greeting.Text, StringComparison.Ordinal);

        Assert.Equal(["Q", "Q", "Q"], QuestionLabels(b));
        AssertEveryExchangeAnswered(b);
        Assert.All(b.Exchanges.SelectMany(e => e.Answers), a =>
        {
            Assert.Equal("Kong", a.Label);
            Assert.Equal("Kong Quan", a.Speaker?.Name);
        });
    }

    [Fact]
    public void Online_2020()
    {
        var b = Parse("mfa-en-online-2020");

        AssertIsMfaTranscript(b, new DateOnly(2020, 2, 11), "Geng Shuang");
        Assert.Contains("Daily Briefing Online", b.Title, StringComparison.Ordinal);

        // "Between 00:00 and 24:00" is a time, not a label: the paragraph stays an announcement.
        Assert.Equal(2, b.Announcements.Length);
        Assert.All(b.Announcements, a => Assert.Null(a.Label));
        Assert.StartsWith("Between 00:00 and 24:00, February 10,", b.Announcements[1].Text, StringComparison.Ordinal);

        Assert.Equal(["Q", "Q"], QuestionLabels(b));
        AssertEveryExchangeAnswered(b);
        var threePart = b.Exchanges[0];
        Assert.Contains("Third, will China accept help", threePart.Question!.Text, StringComparison.Ordinal);
        Assert.StartsWith("On your first question,", threePart.Answers[0].Text, StringComparison.Ordinal);
        Assert.Contains("On your third question,", threePart.Answers[0].Text, StringComparison.Ordinal);
        Assert.All(AnswerSpeakers(b), s => Assert.Equal("Geng Shuang", s));
    }

    [Fact]
    public void Remarks_2019()
    {
        var b = Parse("mfa-en-remarks-2019");

        AssertIsMfaTranscript(b, new DateOnly(2019, 8, 5), "Hua Chunying");
        Assert.Equal("Foreign Ministry Spokesperson Hua Chunying's Remarks on August 5, 2019", b.Title);
        Assert.Empty(b.Announcements);

        var exchange = Assert.Single(b.Exchanges);
        Assert.Equal("Q", exchange.Question?.Label);
        var answer = Assert.Single(exchange.Answers);
        Assert.Equal("Hua Chunying", answer.Speaker?.Name);
        Assert.Equal(2, answer.Text.Split("\n\n").Length);

        // Related titles name other days and another spokesperson; none of it is content.
        Assert.Equal(3, b.Boilerplate.Count(x => x.Kind == BoilerplateKind.Related));
        Assert.DoesNotContain(ContentTexts(b), t => t.Contains("Geng Shuang", StringComparison.Ordinal) || t.Contains("Print", StringComparison.Ordinal));
    }

    [Fact]
    public void Debut_2024()
    {
        var b = Parse("mfa-en-debut-2024");

        AssertIsMfaTranscript(b, new DateOnly(2024, 3, 18), "Lin Jian", "Mao Ning");

        // Mao Ning introduces her new colleague, then Lin Jian's debut statement: both before the first question.
        Assert.Equal(2, b.Announcements.Length);
        Assert.Equal(("Mao Ning", "Mao Ning"), (b.Announcements[0].Label, b.Announcements[0].Speaker?.Name));
        Assert.Contains("introduce my new colleague Mr. Lin Jian", b.Announcements[0].Text, StringComparison.Ordinal);
        Assert.Equal(("Lin Jian", "Lin Jian"), (b.Announcements[1].Label, b.Announcements[1].Speaker?.Name));

        Assert.Equal(["Xinhua News Agency", "AFP"], QuestionLabels(b));
        Assert.Equal("Xinhua", b.Exchanges[0].Question?.Outlet?.Name);
        AssertEveryExchangeAnswered(b);
        Assert.All(AnswerSpeakers(b), s => Assert.Equal("Lin Jian", s));
        // A spokesperson's name inside a question is not a label.
        Assert.Equal("Will Mao Ning continue to host press conferences?", b.Exchanges[1].Question?.Text);
    }

    [Fact]
    public void Damaged()
    {
        var b = Parse("mfa-en-damaged");

        AssertIsMfaTranscript(b, new DateOnly(2023, 11, 14), "Mao Ning");
        Assert.Empty(b.Announcements);

        // "CCTV：" (full-width colon), "China News Service We ..." (no colon), "Q:Yesterday" (no space),
        // and "...cooperation.Mao Ning: We ..." (a label glued to the previous sentence).
        Assert.Equal(["CCTV", "China News Service", "Q", "Reuters"], QuestionLabels(b));
        AssertEveryExchangeAnswered(b);
        Assert.All(b.Exchanges.SelectMany(e => e.Answers), a => Assert.Equal("Mao Ning", a.Label));

        Assert.StartsWith("We have learned that", b.Exchanges[1].Question?.Text, StringComparison.Ordinal);
        Assert.StartsWith("Yesterday a group", b.Exchanges[2].Question?.Text, StringComparison.Ordinal);
        Assert.EndsWith("trade and investment cooperation.", b.Exchanges[3].Question?.Text, StringComparison.Ordinal);
        Assert.StartsWith("We have released the information", b.Exchanges[3].Answers[0].Text, StringComparison.Ordinal);

        // NBSPs inside sentences come out as plain spaces.
        Assert.Contains("and sign a joint statement on connectivity.", b.Exchanges[0].Answers[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ContentTexts(b), t => t.Contains('\u00A0', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("news-en-report")]
    [InlineData("news-zh-report")]
    [InlineData("news-en-wire")]
    [InlineData("news-zh-institution")]
    public void News_reports_are_parsed_as_statements_not_turns(string fixture)
    {
        var b = Parse(fixture);

        Assert.Equal(NewsReportFormat.FormatId, b.Format?.Id);
        Assert.Empty(b.Exchanges);
        Assert.NotEmpty(b.Statements);
        // A dateline ("BEIJING, June 16 (Reuters) -", "中新网北京5月12日电") is metadata, never statement text.
        Assert.DoesNotContain(b.Statements, s => s.Text.StartsWith("BEIJING", StringComparison.Ordinal) || s.Text.StartsWith("中新网", StringComparison.Ordinal) || s.Text.StartsWith("北京", StringComparison.Ordinal));
        Assert.All(b.Statements, s => Assert.NotNull(s.Speaker));
    }

    [Fact]
    public void News_wire_report_keeps_third_parties_apart_and_dates_the_briefing_by_its_weekday()
    {
        var b = Parse("news-en-wire");

        // Published on Tuesday, March 12, 2024; the briefing was "on Tuesday"; "Sunday's incident" and the caption's
        // "May 3, 2019" are other days.
        Assert.Equal(new DateOnly(2024, 3, 12), b.Date);
        Assert.Equal(["Lin Jian"], b.Spokespersons.Select(s => s.Name));
        Assert.Equal(["Beijing", "Lin Jian", "Lin Jian", "Local officials", "Asha Verma", "Lin Jian"], b.Statements.Select(s => s.Speaker?.Name));
        Assert.Equal(SpeakerKind.Institution, b.Statements[0].Speaker?.Kind);
        Assert.Equal(StatementMode.Quoted, b.Statements[1].Mode);
        Assert.Equal("Xinhua", b.Statements[3].Via?.Name);
        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Caption && x.Text.Contains("May 3, 2019", StringComparison.Ordinal));
        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Related && x.Text == "ALSO READ");
        Assert.DoesNotContain(b.Statements, s => s.Text.Contains("Pacific cooperation", StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_news_report_names_speakers_in_chinese_and_resolves_the_day_of_the_month()
    {
        var b = Parse("news-zh-institution");

        Assert.Equal("zh", b.Language);
        Assert.Equal(new DateOnly(2024, 6, 18), b.Date);
        Assert.Equal(["林剑"], b.Spokespersons.Select(s => s.Name));
        Assert.Equal("Lin Jian", b.Spokespersons[0].NameEn);
        Assert.Equal(["中国外交部", "林剑", "有关国家商务部官员", "林剑"], b.Statements.Select(s => s.Speaker?.Name));
        Assert.Equal("Reuters", b.Statements[2].Via?.Name);
        Assert.StartsWith("有关国家商务部官员表示", b.Statements[2].Text, StringComparison.Ordinal);
    }

    // ---- Other foreign ministries and organisations ----------------------------------------------------------------

    private static void AssertIs(PressBriefing b, string format, string institution, DateOnly date, params string[] spokespersons)
    {
        Assert.Equal(format, b.Format?.Id);
        Assert.Equal("en", b.Language);
        Assert.Equal(institution, b.Institution);
        Assert.Equal(date, b.Date);
        Assert.Equal(spokespersons, b.Spokespersons.Select(s => s.Name));
        Assert.DoesNotContain(b.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(b.Statements);
    }

    /// <summary>Boilerplate lines never reappear inside an announcement, question or answer.</summary>
    private static void AssertNoChromeInContent(PressBriefing b) =>
        Assert.All(b.Boilerplate, chrome => Assert.DoesNotContain(ContentTexts(b), t => t.Split("\n\n").Contains(chrome.Text)));

    [Fact]
    public void State_department_2022()
    {
        var b = Parse("state-price-2022");

        AssertIs(b, StateDepartmentFormat.FormatId, "U.S. Department of State", new DateOnly(2022, 2, 15), "Ned Price");
        Assert.Equal("Department Press Briefing – February 15, 2022", b.Title);

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
        AssertIs(b, StateDepartmentFormat.FormatId, "U.S. Department of State", new DateOnly(2014, 5, 6), "Jen Psaki", "Marie Harf");
        Assert.Equal("Daily Press Briefing", b.Title);
        Assert.Equal(2, b.Announcements.Length);
        Assert.Equal("MS. PSAKI", b.Announcements[0].Label);

        Assert.Equal(5, b.Exchanges.Length);
        Assert.All(b.Exchanges, e => Assert.Equal("QUESTION", e.Question?.Label));
        // The deputy adds to the spokesperson's answer: two answers, two officials.
        var twoOfficials = b.Exchanges[2];
        Assert.Equal(["MS. PSAKI", "MS. HARF"], twoOfficials.Answers.Select(a => a.Label));
        Assert.Equal(["Jen Psaki", "Marie Harf"], twoOfficials.Answers.Select(a => a.Speaker?.Name));
        Assert.Equal("deputy spokesperson", twoOfficials.Answers[1].Speaker?.Role);

        // The index of topics is a table of contents, not announcements.
        Assert.Equal(6, b.Boilerplate.Count(x => x.Kind == BoilerplateKind.Contents));
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Contents, Text: "Court Ruling" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Metadata, Text: "Jen Psaki" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Metadata, Text: "1:07 p.m. EDT" });
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

    [Fact]
    public void Japan_minister_press_conference()
    {
        var b = Parse("japan-hayashi-2022");

        // "HAYASHI Yoshimasa" (surname first, in capitals) is Yoshimasa Hayashi of the directory.
        AssertIs(b, JapanMofaFormat.FormatId, "Ministry of Foreign Affairs of Japan", new DateOnly(2022, 7, 12), "Yoshimasa Hayashi");
        Assert.Equal("minister for foreign affairs", b.Spokespersons[0].Role);

        // Opening remarks under the full label with a comma, then "Minister Hayashi:", "Minister:".
        Assert.Equal(3, b.Announcements.Length);
        Assert.Equal("Mr. Hayashi Yoshimasa, Minister for Foreign Affairs", b.Announcements[0].Label);
        Assert.Equal(["Question", "Kato, Jiji Press", "Yamamoto, Hokkaido Shimbun"], QuestionLabels(b));
        Assert.Equal(["Jiji Press", null], b.Exchanges.Skip(1).Select(e => e.Question?.Outlet?.Name));
        Assert.Equal(["Minister Hayashi", "Minister Hayashi", "Minister"], b.Exchanges.Select(e => e.Answers.Single().Label));
        Assert.All(AnswerSpeakers(b), s => Assert.Equal("Yoshimasa Hayashi", s));

        // Labels alone on their line: the turn is the next line.
        Assert.StartsWith("I would like to ask about the trilateral meeting", b.Exchanges[0].Question?.Text, StringComparison.Ordinal);
        Assert.StartsWith("The three ministers confirmed", b.Exchanges[0].Answers[0].Text, StringComparison.Ordinal);

        // Header metadata, the topics list, the translation notice, headings, the language link and "(End)".
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Languages, Text: "Japanese" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Metadata, Text: "Place: Press Conference Room, Ministry of Foreign Affairs" });
        Assert.Equal(4, b.Boilerplate.Count(x => x.Kind == BoilerplateKind.Contents));
        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Notice && x.Text.Contains("provisional translation", StringComparison.Ordinal));
        Assert.Equal(["Opening remarks", "Trilateral meeting", "Food security"], b.Boilerplate.Where(x => x.Kind == BoilerplateKind.Heading).Select(x => x.Text));
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Footer, Text: "(End)" });
        AssertNoChromeInContent(b);
    }

    [Fact]
    public void India_weekly_media_briefing()
    {
        var b = Parse("india-jaiswal-2024");

        // The title's date, not the posting date under it.
        AssertIs(b, IndiaMeaFormat.FormatId, "Ministry of External Affairs, Government of India", new DateOnly(2024, 5, 16), "Randhir Jaiswal");
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Metadata, Text: "May 17, 2024" });

        Assert.Equal(3, b.Announcements.Length);
        Assert.Equal("Official Spokesperson, Shri Randhir Jaiswal", b.Announcements[0].Label);

        // First-name journalists; the spokesperson asks back; three questions before one answer.
        Assert.Equal(["Sidhant", "Sidhant", "Madhurendra", "Aditi Sharma", "Manish"], QuestionLabels(b));
        Assert.Equal([1, 0, 0, 1, 1], b.Exchanges.Select(e => e.Answers.Length));
        Assert.Equal("Which agreement are you referring to?", b.Exchanges[0].Answers[0].Text);
        Assert.All(AnswerSpeakers(b), s => Assert.Equal("Randhir Jaiswal", s));
        Assert.Equal(4, b.Diagnostics.Count(d => d.Code == DiagnosticCodes.UnknownLabel));

        // Hindi in Latin script and its translation stay together in one answer; "Secondly:" is not a journalist.
        var answer = b.Exchanges[3].Answers[0].Text;
        Assert.StartsWith("Dekhiye, is vishay par", answer, StringComparison.Ordinal);
        Assert.Contains("Let me say that in English as well:", answer, StringComparison.Ordinal);
        Assert.EndsWith("Secondly: on your question about diplomatic channels, yes, we have conveyed our views.", answer, StringComparison.Ordinal);
        Assert.StartsWith("Sir, mera sawaal", b.Exchanges[2].Question?.Text, StringComparison.Ordinal);
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Footer, Text: "(Concludes)" });
        AssertNoChromeInContent(b);
    }

    [Fact]
    public void Russia_briefing_keeps_the_table_of_contents_out_of_the_content()
    {
        var b = Parse("russia-zakharova-2018");

        AssertIs(b, RussiaMfaFormat.FormatId, "Ministry of Foreign Affairs of the Russian Federation", new DateOnly(2018, 4, 26), "Maria Zakharova");
        // "26 April 201816:40": the publication time glued to the date.
        Assert.Equal(new DateTime(2018, 4, 26, 16, 40, 0), b.Published);
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Languages, Text: "• de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1" });

        // The contents: heading and items, numbering restarting after "Answers to media questions:".
        var contents = b.Boilerplate.Where(x => x.Kind == BoilerplateKind.Contents).Select(x => x.Text).ToList();
        Assert.Equal(6, contents.Count);
        Assert.Equal("Table of contents", contents[0]);
        Assert.Equal("1. The new sanctions package", contents[4]);

        // The briefing: the same topics as headings, a monologue, then questions answered by name.
        Assert.Equal(5, b.Boilerplate.Count(x => x.Kind == BoilerplateKind.Heading));
        Assert.Equal(3, b.Announcements.Length);
        Assert.All(b.Announcements, a => Assert.Equal("Maria Zakharova", a.Speaker?.Name));
        Assert.Equal(["Question", "Question"], QuestionLabels(b));
        Assert.All(b.Exchanges.SelectMany(e => e.Answers), a => Assert.Equal(("Maria Zakharova", "Maria Zakharova"), (a.Label, a.Speaker?.Name)));
        Assert.DoesNotContain(ContentTexts(b), t => t.Contains("Prospects for the strategic", StringComparison.Ordinal));
        AssertNoChromeInContent(b);
    }

    [Fact]
    public void Pakistan_briefing_on_a_news_site()
    {
        var b = Parse("pakistan-baloch-2023");

        AssertIs(b, PakistanMofaFormat.FormatId, "Ministry of Foreign Affairs, Pakistan", new DateOnly(2023, 3, 16), "Mumtaz Zahra Baloch");
        // The unlabelled monologue is the spokesperson's announcements; the ad between its paragraphs is not in them.
        Assert.Equal(5, b.Announcements.Length);
        Assert.All(b.Announcements, a => Assert.Equal("Mumtaz Zahra Baloch", a.Speaker?.Name));
        Assert.Equal(["Question", "Question"], QuestionLabels(b));
        Assert.All(b.Exchanges.SelectMany(e => e.Answers), a => Assert.Equal(("Answer", "Mumtaz Zahra Baloch"), (a.Label, a.Speaker?.Name)));

        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Ticker && x.Text.StartsWith("BREAKING:", StringComparison.Ordinal));
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Notice, Text: "(This is a rush transcript and may contain errors.)" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Advertisement, Text: "Advertisement" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Navigation, Text: "Home | Pakistan | World | Business" });
        AssertNoChromeInContent(b);
    }

    [Fact]
    public void Pakistan_monologue_without_a_named_spokesperson()
    {
        var b = Parse("pakistan-monologue-2024");

        // The title names no one: no spokesperson is invented.
        AssertIs(b, PakistanMofaFormat.FormatId, "Ministry of Foreign Affairs, Pakistan", new DateOnly(2024, 1, 12));
        Assert.Contains(b.Diagnostics, d => d.Code == DiagnosticCodes.NoSpokesperson);
        Assert.Empty(b.Exchanges);
        Assert.Equal(5, b.Announcements.Length);
        Assert.All(b.Announcements, a => Assert.Null(a.Speaker));
        Assert.Equal("Kashmir Solidarity Day", Assert.Single(b.Boilerplate, x => x.Kind == BoilerplateKind.Heading).Text);
        Assert.Equal("Thank you.", b.Announcements[^1].Text);
    }

    [Fact]
    public void A_spokesperson_of_another_institution_quoted_in_a_news_report_keeps_the_statement_but_is_not_the_briefing_spokesperson()
    {
        const string report = "BEIJING, June 16 (Reuters) - China opposes the new tariffs, foreign ministry spokesperson Lin Jian told a regular press conference on Tuesday.\n\n"
            + "In Washington, State Department spokesperson Matthew Miller said the measures were needed.\n";

        var b = BriefingParser.Default.Parse(report);

        Assert.Equal(NewsReportFormat.FormatId, b.Format?.Id);
        Assert.Equal(["Lin Jian", "Matthew Miller"], b.Statements.Select(s => s.Speaker?.Name));
        Assert.Equal(["Lin Jian"], b.Spokespersons.Select(s => s.Name));
        Assert.Equal("Ministry of Foreign Affairs of the People's Republic of China", b.Institution);
    }

    [Fact]
    public void A_spokesperson_the_directory_does_not_know_is_still_the_spokesperson_of_a_news_report()
    {
        // A future spokesperson: the role and the name in the text are enough; "Zhang said" is the same person, not the
        // Zhang Qiyue of the directory (whose term ended two decades before the report).
        const string report = "BEIJING, May 4 (Reuters) - China urged restraint on Monday, foreign ministry spokesperson Zhang Xiaoming told a regular press conference.\n\n"
            + "Zhang said talks were the only way forward.\n\n(Reporting by Newsroom; Editing by Desk)\nPublished: May 4, 2026 7:10 PM\n";

        var b = BriefingParser.Default.Parse(report);

        Assert.Equal(NewsReportFormat.FormatId, b.Format?.Id);
        Assert.Equal(["Zhang Xiaoming", "Zhang Xiaoming"], b.Statements.Select(s => s.Speaker?.Name));
        Assert.Equal(["Zhang Xiaoming"], b.Spokespersons.Select(s => s.Name));
        Assert.Equal("spokesperson", b.Spokespersons[0].Role);
    }
}
