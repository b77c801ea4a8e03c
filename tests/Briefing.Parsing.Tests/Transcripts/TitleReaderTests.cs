using System.Globalization;

namespace Briefing.Parsing.Tests.Transcripts;

/// <summary>
/// <see cref="TitleReader"/> with the shipped definitions: the titles of every one, a title split over two lines, a page
/// on one line cut at its date, lists of related titles skipped, sentences that are no titles, and titles that name
/// another institution's official rejected. <see cref="TitleMatch.Name"/> is compared as the title prints it (its
/// documentation says so), whatever name the directory gives the official.
/// </summary>
public sealed class TitleReaderTests
{
    private static string Read(string definition, string text)
    {
        using var lexed = Stages.Lexer.Lex(text);
        var title = TitleReader.Find(lexed, Stages.Definition(definition));
        if (title is null) return "no title";
        string shown = TextNormalizer.Normalize(lexed[title.Span]).Replace("\n\n", " ", StringComparison.Ordinal);
        return Describe(shown, title.Name, title.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), title.IsStatement, title.Language, title.Translation is null ? null : TextNormalizer.Normalize(lexed[title.Translation.Span]));
    }

    private static string Describe(string title, string? name, string? date, bool statement, string language, string? translation) =>
        $"'{title}' name {name ?? "-"} date {date ?? "-"}{(statement ? " statement" : "")} {language}{(translation is null ? "" : $" translation '{translation}'")}";

    [Theory]
    // The Chinese MFA, English
    [InlineData("mfa-transcript", "Home > Spokesperson's Remarks\nForeign Ministry Spokesperson Mao Ning's Regular Press Conference on July 2, 2024\n2024-07-02 19:45\n\nQ: Why?\n\nA: Because.",
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on July 2, 2024", "Mao Ning", "2024-07-02", false)]
    [InlineData("mfa-transcript", "Foreign Ministry Spokesperson Hua Chunying's Remarks on August 5, 2019\n\nQ: Why?\n\nA: Because.",
        "Foreign Ministry Spokesperson Hua Chunying's Remarks on August 5, 2019", "Hua Chunying", "2019-08-05", true)]
    [InlineData("mfa-transcript", "Foreign Ministry Spokesperson Geng Shuang's Daily Briefing Online on February 11, 2020\n\nQ: Why?",
        "Foreign Ministry Spokesperson Geng Shuang's Daily Briefing Online on February 11, 2020", "Geng Shuang", "2020-02-11", false)]
    [InlineData("mfa-transcript", "Foreign Ministry Spokesperson Zhang Xiaoming's Regular Press Conference on May 4, 2026\n\nQ: Why?",
        "Foreign Ministry Spokesperson Zhang Xiaoming's Regular Press Conference on May 4, 2026", "Zhang Xiaoming", "2026-05-04", false)]
    // The Chinese MFA, Chinese
    [InlineData("mfa-transcript-zh", "首页 > 外交动态 > 发言人表态\n2019年12月26日外交部发言人耿爽主持例行记者会\n来源： 2019-12-26\n\n问：中方对此有何评论？",
        "2019年12月26日外交部发言人耿爽主持例行记者会", "耿爽", "2019-12-26", false)]
    [InlineData("mfa-transcript-zh", "外交部发言人耿爽就瓦努阿图发生强烈地震答记者问\n\n问：中方对此有何评论？",
        "外交部发言人耿爽就瓦努阿图发生强烈地震答记者问", "耿爽", null, true)]
    [InlineData("mfa-transcript-zh", "2019年3月12日外交部發言人華春瑩主持例行記者會\n\n問：中方對此有何評論？",
        "2019年3月12日外交部發言人華春瑩主持例行記者會", "華春瑩", "2019-03-12", false)]
    // The State Department, the UN, Japan, India, Russia, Pakistan
    [InlineData("state-department", "Department Press Briefing – February 15, 2022\nNed Price, Department Spokesperson\nWashington, D.C.\n\nMR PRICE: Good afternoon.",
        "Department Press Briefing – February 15, 2022", null, "2022-02-15", false)]
    [InlineData("state-department", "Jen Psaki\nSpokesperson\nDaily Press Briefing\nWashington, DC\nMay 6, 2014\n\nMS. PSAKI: Hi, everyone.",
        "Daily Press Briefing", null, null, false)]
    [InlineData("un-noon-briefing", "Meetings Coverage and Press Releases\nDaily Press Briefing by the Office of the Spokesperson for the Secretary-General\n12 November 2019\n\nThe following is a near-verbatim transcript.",
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General", null, null, false)]
    [InlineData("japan-mofa", "Japanese\nPress Conference by Foreign Minister HAYASHI Yoshimasa\n\nDate: Tuesday, July 12, 2022, 10:45 a.m.\n\nMinister Hayashi: Good morning.",
        "Press Conference by Foreign Minister HAYASHI Yoshimasa", "HAYASHI Yoshimasa", null, false)]
    [InlineData("india-mea", "Media Center\nTranscript of Weekly Media Briefing by the Official Spokesperson (May 16, 2024)\n\nMay 17, 2024\n\nOfficial Spokesperson, Shri Randhir Jaiswal: Good evening.",
        "Transcript of Weekly Media Briefing by the Official Spokesperson (May 16, 2024)", null, "2024-05-16", false)]
    [InlineData("russia-mfa", "26 April 201816:40\n\nBriefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, April 26, 2018\n\nTable of contents",
        "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, April 26, 2018", "Maria Zakharova", "2018-04-26", false)]
    [InlineData("pakistan-mofa", "Home | Pakistan | World | Business\nTranscript of the Press Briefing by the Spokesperson, Ambassador Mumtaz Zahra Baloch, on Thursday, 16th March 2023\n\nThank you.",
        "Transcript of the Press Briefing by the Spokesperson, Ambassador Mumtaz Zahra Baloch, on Thursday, 16th March 2023", "Mumtaz Zahra Baloch", "2023-03-16", false)]
    // A format of any institution takes any title that names a briefing
    [InlineData("generic-transcript", "Regierungspressekonferenz vom 3. Mai 2023\n\nFrage: Herr Hebestreit, wann reist der Kanzler?",
        "Regierungspressekonferenz vom 3. Mai 2023", null, "2023-05-03", false)]
    [InlineData("generic-transcript", "Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Viet Nam, 12 March 2025\n\nQuestion: Thank you.",
        "Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Viet Nam, 12 March 2025", null, "2025-03-12", false)]
    public void Finds_the_title_of_every_shipped_definition(string definition, string text, string title, string? name, string? date, bool statement) =>
        Assert.Equal(Describe(title, name, date, statement, CharClass.HasCjk(title) ? "zh" : "en", null), Read(definition, text));

    [Theory]
    [InlineData("mfa-transcript", "Foreign Ministry Spokesperson Wang Wenbin’s\nRegular Press Conference on August 19, 2022\n\nCCTV: Could you share more?",
        "Foreign Ministry Spokesperson Wang Wenbin’s Regular Press Conference on August 19, 2022", "Wang Wenbin", "2022-08-19")]
    [InlineData("mfa-transcript", "Foreign Ministry Spokesperson Wang Wenbin’s\n\nRegular Press Conference on August 19, 2022\n\nCCTV: Could you share more?",
        "Foreign Ministry Spokesperson Wang Wenbin’s Regular Press Conference on August 19, 2022", "Wang Wenbin", "2022-08-19")]
    public void Joins_a_title_split_over_two_lines(string definition, string text, string title, string name, string date) =>
        Assert.Equal(Describe(title, name, date, false, "en", null), Read(definition, text));

    [Fact]
    public void Cuts_the_title_of_a_page_on_one_line_at_its_date()
    {
        string text = "Department Press Briefing – September 19, 2023 Matthew Miller, Department Spokesperson Washington, D.C. 1:17 p.m. EDT MR MILLER: Good afternoon, everyone. "
            + string.Concat(Enumerable.Repeat("I have one announcement to start with today, about the conference. ", 5)) + "QUESTION: Thank you. MR MILLER: Thanks.";
        Assert.True(text.Length > TitleReader.MaxLength);
        Assert.Equal(Describe("Department Press Briefing – September 19, 2023", null, "2023-09-19", false, "en", null), Read("state-department", text));
    }

    [Fact]
    public void A_lone_surrogate_in_a_name_the_directory_does_not_know_becomes_U_FFFD_as_in_element_text()
    {
        // Found by the mutation tests: the raw name went into the JSON, which wrote it escaped and read back U+FFFD.
        const string text = "Foreign Ministry Spokesperson Zhang Sa\uDE00n's Regular Press Conference on March 4, 2024\n\nQ: Thank you.\nZhang San: Thanks.";
        var lexed = LexedText.Create(text);
        var title = TitleReader.Find(lexed, Stages.Definition("mfa-transcript"));
        Assert.Equal("Zhang Sa\uFFFDn", title?.Name);
    }

    [Fact]
    public void Reads_the_translation_of_a_bilingual_title()
    {
        const string text = "2022年8月23日外交部发言人汪文斌主持例行记者会\nForeign Ministry Spokesperson Wang Wenbin’s Regular Press Conference on August 23, 2022\n\n汪文斌：应斐济政府邀请。";
        Assert.Equal(
            Describe("2022年8月23日外交部发言人汪文斌主持例行记者会", "汪文斌", "2022-08-23", false, "zh", "Foreign Ministry Spokesperson Wang Wenbin’s Regular Press Conference on August 23, 2022"),
            Read("mfa-bilingual", text));
    }

    [Theory]
    // A news report that lists the briefing's page under "related" after its text: that page's title is not this text's.
    [InlineData("mfa-transcript-zh", "外交部回应有关问题\n2025年04月08日 来源：某新闻网\n\n外交部发言人林剑8日主持例行记者会，就有关问题回答记者提问。林剑表示，中方的立场是一贯的。\n\n相关阅读：\n4月7日外交部发言人林剑主持例行记者会\n")]
    [InlineData("mfa-transcript", "China responds to new tariffs\n\nBEIJING, April 8 - The spokesperson of the Chinese Foreign Ministry said on Tuesday that China would take resolute measures.\n\nRelated articles\nForeign Ministry Spokesperson Lin Jian's Regular Press Conference on April 7, 2025\n")]
    public void A_title_listed_after_the_text_under_related_articles_is_another_pages(string definition, string text) =>
        Assert.Equal("no title", Read(definition, text));

    [Fact]
    public void A_related_list_before_any_prose_does_not_end_the_search()
    {
        const string text = "Related articles\nHome\nForeign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024\n\nMao Ning: Good afternoon. I have an announcement to start with.";
        Assert.Equal(Describe("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024", "Mao Ning", "2024-03-04", false, "en", null), Read("mfa-transcript", text));
    }

    [Fact]
    public void Skips_a_list_of_related_titles_before_the_article()
    {
        const string text = "Related\nForeign Ministry Spokesperson Lin Jian's Regular Press Conference on March 1, 2024\nForeign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024\n\nMao Ning: Good afternoon. I have an announcement to start with.";
        Assert.Equal(Describe("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024", "Mao Ning", "2024-03-04", false, "en", null), Read("mfa-transcript", text));
    }

    [Theory]
    [InlineData("mfa-transcript", "Foreign Ministry Spokesperson Zhao Lijian said at a regular press conference on Tuesday that China opposes the sanctions.")]
    [InlineData("mfa-transcript", "Why did Foreign Ministry Spokesperson Mao Ning's regular press conference start late?")]
    [InlineData("state-department", "Department Press Briefing transcripts are published every day by the Office of the Spokesperson.")]
    public void A_sentence_is_no_title(string definition, string text) => Assert.Equal("no title", Read(definition, text));

    [Theory]
    [InlineData("mfa-transcript", "Spokesperson Matthew Miller's Regular Press Conference on June 11, 2024\n\nQUESTION: Thank you.")]
    [InlineData("russia-mfa", "Briefing by Foreign Ministry Spokesperson Mao Ning, Beijing, April 26, 2024\n\nQuestion: Thank you.")]
    public void A_title_that_names_another_institutions_official_is_not_this_formats(string definition, string text) => Assert.Equal("no title", Read(definition, text));

    [Theory]
    [InlineData("mfa-transcript", "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on March 1, 2024", true)]
    [InlineData("un-noon-briefing", "NOON BRIEFING GUEST", false)]
    [InlineData("state-department", "Department Press Briefing – February 14, 2022", true)]
    public void A_line_of_a_related_list_reads_as_a_title_when_it_names_an_official_or_a_date(string definition, string line, bool expected)
    {
        using var lexed = Stages.Lexer.Lex(line);
        Assert.Equal(expected, TitleReader.IsTitleLine(lexed, Stages.Definition(definition), 0));
    }
    [Fact]
    public void A_title_rule_searches_its_own_phrases_and_its_searches_play_no_part_in_its_equality()
    {
        var rule = TitleRule.Containing("Press Briefing", "记者会") with { Excludes = ["Background"] };
        var twin = TitleRule.Containing("Press Briefing", "记者会") with { Excludes = rule.Excludes };
        Assert.Equal(11, rule.IndexOfPhrase("Department Press Briefing", out int length));
        Assert.Equal("Press Briefing".Length, length);
        Assert.True(rule.IsExcluded("Background Press Briefing"));
        // Searched once, the rule still equals one that never was (same phrase arrays), and hashes alike.
        var same = rule with { };
        Assert.Equal(rule, same);
        Assert.Equal(rule.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(rule, twin); // other arrays: records compare ImmutableArray by reference
        // A copy with other phrases searches its own, not the searches it was copied with.
        var other = rule with { Phrases = ["Noon Briefing"], Excludes = [] };
        Assert.Equal(-1, other.IndexOfPhrase("Department Press Briefing", out _));
        Assert.Equal(0, other.IndexOfPhrase("Noon Briefing Highlights", out _));
        Assert.False(other.IsExcluded("Background Noon Briefing"));
        Assert.Equal(0, rule.IndexOfPhrase("记者会", out _));
    }

    [Fact]
    public void A_title_read_once_per_pass_is_read_for_each_definition_and_line_limit()
    {
        // The title stands on line 2: not among the first two lines, found among the first three.
        string text = "Home\nSpokesperson's Remarks\nForeign Ministry Spokesperson Mao Ning's Regular Press Conference on July 2, 2024\n\nQ: Why?\n\nA: Because.";
        var mfa = Stages.Definition("mfa-transcript");
        var state = Stages.Definition("state-department");
        using var lexed = Stages.Lexer.Lex(text);
        Assert.Null(TitleReader.Find(lexed, mfa, 2));
        var title = TitleReader.Find(lexed, mfa, 3);
        Assert.NotNull(title);
        Assert.Equal(2, title.FirstLine);
        // Asked again, the same reading; another definition reads its own (the State Department's titles are not the MFA's).
        Assert.Same(title, TitleReader.Find(lexed, mfa, 3));
        // Every line, however the limit is given (a limit beyond the last line reads the same lines).
        var whole = TitleReader.Find(lexed, mfa);
        Assert.Equal(title, whole);
        Assert.Same(whole, TitleReader.Find(lexed, mfa, 100));
        Assert.Null(TitleReader.Find(lexed, state));
        Assert.Null(TitleReader.Find(lexed, mfa, 2));
        // A new pass reads afresh.
        using var again = Stages.Lexer.Lex(text);
        Assert.NotSame(title, TitleReader.Find(again, mfa));
        Assert.Equal(title, TitleReader.Find(again, mfa));
    }
}
