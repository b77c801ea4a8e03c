using System.Globalization;

namespace Briefing.Parsing.Tests.Transcripts;

/// <summary>
/// <see cref="LabelResolver"/>: a line's label candidate turned into a turn label for one definition and briefing (its
/// main official and date): role, evidence, the speaker or outlet it names, or no turn label at all.
/// </summary>
public sealed class LabelResolverTests
{
    private static string Resolve(string definition, string line, string? main, string? date)
    {
        using var lexed = Stages.Lexer.Lex(line);
        var def = Stages.Definition(definition);
        DateOnly? day = date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var entry = main is null ? null : lexed.Directories.Spokespersons.FindByName(main, day, def.InstitutionId);
        var resolver = new LabelResolver(lexed, def, entry, main, day, def.Language ?? lexed.LanguageProfile);
        return resolver.AtLineStart(0) is { } l ? Describe(l.Role, l.Evidence, l.Speaker?.Name, l.Outlet?.Name, l.Anonymous) : "no turn label";
    }

    private static string Describe(TurnRole role, LabelEvidence evidence, string? speaker, string? outlet, bool anonymous) =>
        $"{role} {evidence} speaker {speaker ?? "-"} outlet {outlet ?? "-"}{(anonymous ? " anonymous" : "")}";

    [Theory]
    [InlineData("mfa-transcript", "Q: Why?", null, null, TurnRole.Question, LabelEvidence.Known, null, null, true)]
    [InlineData("mfa-transcript", "A: Because.", "Hong Lei", "2015-04-22", TurnRole.Answer, LabelEvidence.Known, null, null, true)]
    [InlineData("mfa-transcript", "Follow-up: And then?", null, null, TurnRole.FollowUp, LabelEvidence.Known, null, null, true)]
    [InlineData("mfa-transcript", "Mao Ning: We have noted the reports.", "Mao Ning", "2024-07-02", TurnRole.Answer, LabelEvidence.Known, "Mao Ning", null, false)]
    [InlineData("mfa-transcript", "CCTV: Could you share more?", "Mao Ning", "2024-07-02", TurnRole.Question, LabelEvidence.Known, null, "CCTV", false)]
    [InlineData("mfa-transcript", "Xinhua News Agency: Could you share more?", "Lin Jian", "2024-03-18", TurnRole.Question, LabelEvidence.Known, null, "Xinhua", false)]
    [InlineData("mfa-transcript", "Kong: Good afternoon.", "Kong Quan", "2004-01-20", TurnRole.Answer, LabelEvidence.Known, "Kong Quan", null, false)]
    [InlineData("mfa-transcript", "China News Service We have learned that the talks ended.", "Mao Ning", "2023-11-14", TurnRole.Question, LabelEvidence.Shape, null, "China News Service", false)]
    [InlineData("mfa-transcript", "Radio Kiribati: Could you share more?", "Wang Wenbin", "2022-08-09", TurnRole.Question, LabelEvidence.Shape, null, null, false)]
    [InlineData("mfa-transcript-zh", "路透社记者：据报道，会谈已经结束。", "耿爽", "2016-12-14", TurnRole.Question, LabelEvidence.Known, null, "Reuters", false)]
    [InlineData("mfa-transcript-zh", "耿爽：我们注意到有关报道。", "耿爽", "2016-12-14", TurnRole.Answer, LabelEvidence.Known, "耿爽", null, false)]
    [InlineData("mfa-transcript-zh", "答：我们注意到有关报道。", "耿爽", "2016-12-14", TurnRole.Answer, LabelEvidence.Known, null, null, true)]
    [InlineData("state-department", "MR MILLER: Good afternoon.", "Matthew Miller", "2024-06-11", TurnRole.Answer, LabelEvidence.Known, "Matthew Miller", null, false)]
    // The deputy is not the main official and the text never prints her full name: named as the label gives it.
    [InlineData("state-department", "MS. HARF: And to add to that.", "Jen Psaki", "2014-05-06", TurnRole.Answer, LabelEvidence.Known, "Harf", null, false)]
    [InlineData("state-department", "QUESTION: Thank you.", "Matthew Miller", "2024-06-11", TurnRole.Question, LabelEvidence.Known, null, null, true)]
    [InlineData("state-department", "MODERATOR: Next question.", "Matthew Miller", "2024-06-11", TurnRole.Answer, LabelEvidence.Known, null, null, false)]
    [InlineData("un-noon-briefing", "Spokesman: We are aware of the reports.", "Stéphane Dujarric", "2019-11-12", TurnRole.Answer, LabelEvidence.Known, null, null, false)]
    [InlineData("un-noon-briefing", "Question: Thanks, Steph.", "Stéphane Dujarric", "2019-11-12", TurnRole.Question, LabelEvidence.Known, null, null, true)]
    [InlineData("japan-mofa", "Minister Hayashi: The three ministers confirmed.", "Yoshimasa Hayashi", "2022-07-12", TurnRole.Answer, LabelEvidence.Known, "Yoshimasa Hayashi", null, false)]
    [InlineData("japan-mofa", "Minister: Thank you.", "Yoshimasa Hayashi", "2022-07-12", TurnRole.Answer, LabelEvidence.Known, null, null, false)]
    [InlineData("japan-mofa", "Kato, Jiji Press: Thank you.", "Yoshimasa Hayashi", "2022-07-12", TurnRole.Question, LabelEvidence.Known, null, "Jiji Press", false)]
    [InlineData("india-mea", "Sidhant: Sir, my question is on the visit.", "Randhir Jaiswal", "2024-05-16", TurnRole.Question, LabelEvidence.Shape, null, null, false)]
    [InlineData("india-mea", "Official Spokesperson, Shri Randhir Jaiswal: Good evening.", "Randhir Jaiswal", "2024-05-16", TurnRole.Answer, LabelEvidence.Known, "Randhir Jaiswal", null, false)]
    [InlineData("russia-mfa", "Maria Zakharova: Good afternoon.", "Maria Zakharova", "2018-04-26", TurnRole.Answer, LabelEvidence.Known, "Maria Zakharova", null, false)]
    [InlineData("generic-transcript", "Spokesperson: We have seen the reports.", null, null, TurnRole.Answer, LabelEvidence.Known, null, null, false)]
    [InlineData("generic-transcript", "Frage: Herr Hebestreit, wann reist der Kanzler?", null, null, TurnRole.Question, LabelEvidence.Known, null, null, true)]
    public void A_candidate_becomes_a_turn_label_of_this_definition(string definition, string line, string? main, string? date,
        TurnRole role, LabelEvidence evidence, string? speaker, string? outlet, bool anonymous) =>
        Assert.Equal(Describe(role, evidence, speaker, outlet, anonymous), Resolve(definition, line, main, date));

    [Theory]
    // Where every label is upper case, a mixed-case label is no turn.
    [InlineData("state-department", "Mr. Miller: Good afternoon.", "Matthew Miller", "2024-06-11")]
    [InlineData("state-department", "Question: Thank you.", "Matthew Miller", "2024-06-11")]
    // A shape alone on its line is a heading or a stray line, not a turn.
    [InlineData("mfa-transcript", "Radio Kiribati:", "Wang Wenbin", "2022-08-09")]
    // Formats that accept no shapes.
    [InlineData("japan-mofa", "Radio Kiribati: Could you share more?", "Yoshimasa Hayashi", "2022-07-12")]
    // Not labels at all.
    [InlineData("mfa-transcript", "Between 00:00 and 24:00, February 10, the mainland reported cases.", "Geng Shuang", "2020-02-11")]
    [InlineData("mfa-transcript", "China firmly opposes the new tariffs.", "Mao Ning", "2024-07-02")]
    public void A_candidate_that_is_no_turn_here_gives_no_turn_label(string definition, string line, string? main, string? date) =>
        Assert.Equal("no turn label", Resolve(definition, line, main, date));

    [Fact]
    public void The_main_official_is_named_as_the_document_names_people()
    {
        using var zh = Stages.Lexer.Lex("2019年3月12日外交部發言人華春瑩主持例行記者會\n\n問：中方對此有何評論？");
        var hua = zh.Directories.Spokespersons.FindByName("Hua Chunying");
        Assert.NotNull(hua);
        var def = Stages.Definition("mfa-transcript-zh");
        Assert.Equal("華春瑩", new LabelResolver(zh, def, hua, null, null, "zh").MainSpeaker?.Name);
        Assert.Equal("Hua Chunying", new LabelResolver(zh, def, hua, null, null, "en").MainSpeaker?.Name);
        using var en = Stages.Lexer.Lex("Q: Why?");
        Assert.Equal(("Zhang Xiaoming", "spokesperson"), new LabelResolver(en, Stages.Definition("mfa-transcript"), null, "Zhang Xiaoming", null, "en").MainSpeaker is { } s ? (s.Name, s.Role) : default);
        Assert.Null(new LabelResolver(en, Stages.Definition("mfa-transcript"), null, null, null, "en").MainSpeaker);
    }

    [Theory]
    // The text never prints the full name: the label's name as printed, the directory's kept beside it.
    [InlineData("MR PRICE: Thank you.\n\nMR PRICE: Good afternoon.", "Price", "Ned Price")]
    [InlineData("Peskov: Thank you.", "Peskov", "Dmitry Peskov")]
    // The text prints it (a header line, a question): the directory's name.
    [InlineData("MR PRICE: Thank you.\n\nNed Price, Department Spokesperson", "Ned Price", null)]
    [InlineData("MR PRICE: Thank you.\n\nQUESTION: Ned Price said so yesterday.", "Ned Price", null)]
    public void An_official_named_only_in_part_is_named_as_printed_unless_the_text_prints_the_full_name(string text, string name, string? directoryName)
    {
        using var lexed = Stages.Lexer.Lex(text);
        var def = Stages.Definition(text.StartsWith("Peskov", StringComparison.Ordinal) ? "kremlin" : "state-department");
        var speaker = new LabelResolver(lexed, def, null, null, null, "en").AtLineStart(0)?.Speaker;
        Assert.Equal((name, directoryName), (speaker?.Name, speaker?.DirectoryName));
    }

    [Theory]
    [InlineData("mfa-transcript", "Mao Ning", "Mao Ning")]
    [InlineData("japan-mofa", "HAYASHI Yoshimasa", "Yoshimasa Hayashi")]
    [InlineData("state-department", "Miller", "Matthew Miller")]
    [InlineData("mfa-transcript", "Nobody Known", null)]
    public void Officials_are_found_by_name_or_surname_in_the_definitions_institution(string definition, string name, string? expected)
    {
        using var lexed = Stages.Lexer.Lex("Q: Why?");
        var resolver = new LabelResolver(lexed, Stages.Definition(definition), null, null, new DateOnly(2023, 1, 10), "en");
        Assert.Equal(expected, resolver.FindOfficial(name)?.Name);
    }

    [Theory]
    [InlineData("KIRBY", "Kirby")]
    [InlineData("MS. PSAKI", "Ms. Psaki")]
    [InlineData("Mao  Ning", "Mao Ning")]
    [InlineData("Stéphane Dujarric", "Stéphane Dujarric")]
    public void Display_folds_spaces_and_title_cases_upper_case_names(string name, string expected) => Assert.Equal(expected, LabelResolver.Display(name));
}
