using System.Globalization;
using static Briefing.Parsing.Tests.Formats.FixtureAssertions;

namespace Briefing.Parsing.Tests.Formats.MfaTranscript;

/// <summary>
/// The Chinese Foreign Ministry's transcripts (src/Briefing.Parsing/Formats/MfaTranscript): the English, Chinese, bilingual and
/// machine-translated fixtures and the transcript seed: snapshots, and the structure each fixture was written to have
/// (editions, languages, dates, labels as printed, canonical outlets, speakers named in the document's script,
/// translations of bilingual copies, the chrome that must stay out of the content).
/// </summary>
public sealed class MfaTranscriptTests
{
    private const string Folder = "MfaTranscript";

    /// <summary>The fixtures of <c>Formats/MfaTranscript/Fixtures/</c>.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixtureNames(Folder)];

    /// <summary>The seed of this format.</summary>
    public static TheoryData<string> Seeds => ["004_e628fec4aaf0b8d1"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Fixture(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Fixture(name)), name);

    [Theory]
    [MemberData(nameof(Seeds))]
    public Task Seed(string name) => Snapshot.VerifyJson(SnapshotJson(TestFiles.Seed(name)), name);

    [Fact]
    public void Fixture_files_are_those_the_table_lists() => AssertFolderMatchesTheTable(Folder, nameof(MfaTranscriptTests), "004_e628fec4aaf0b8d1");

    [Fact]
    public void Snapshot_json_is_reproducible()
    {
        var document = TestFiles.TranscriptSeed;
        Assert.Equal(SnapshotJson(document), SnapshotJson(document));
        Assert.Equal("seeds/004_e628fec4aaf0b8d1.txt", TestFiles.Parse(document).Source);
    }

    [Fact]
    public void Seed_004_is_Mao_Nings_conference_of_July_2_2024()
    {
        var briefing = TestFiles.Parse(TestFiles.TranscriptSeed);

        Assert.Equal("mfa-transcript", briefing.Format?.Id);
        Assert.Equal(new DateOnly(2024, 7, 2), briefing.Date);
        Assert.Equal("Mao Ning", Assert.Single(briefing.Spokespersons).Name);

        var announcement = Assert.Single(briefing.Announcements);
        Assert.StartsWith("Premier Li Qiang of the State Council will attend", announcement.Text, StringComparison.Ordinal);

        Assert.Equal(
            ["Dragon TV", "Beijing Daily", "CCTV", "Reuters", "China News Service", "Reuters", "Reuters"],
            briefing.Exchanges.Select(e => e.Question?.Label));
        Assert.All(briefing.Exchanges, exchange =>
        {
            Assert.NotEmpty(exchange.Answers);
            Assert.All(exchange.Answers, answer =>
            {
                Assert.Equal("Mao Ning", answer.Label);
                Assert.Equal("Mao Ning", answer.Speaker?.Name);
            });
        });

        var boilerplate = briefing.Boilerplate.Select(b => b.Text).ToList();
        Assert.Contains("HOME > Foreign Ministry Spokesperson's Remarks", boilerplate);
        Assert.Contains("2024-07-02 19:45", boilerplate);
        Assert.Contains("Suggest to a friend:", boilerplate);
        Assert.DoesNotContain(briefing.Exchanges.SelectMany(e => e.Answers), a => a.Text.Contains("Suggest to a friend", StringComparison.Ordinal));
    }


    /// <summary>
    /// Translations (and the title's) obey the span rules of every other element: text derived from the span, label
    /// derived from its span and before the text, and no overlap with any other element or boilerplate.
    /// </summary>
    private static void AssertTranslationSpans(string text, PressBriefing b)
    {
        var elements = new List<(string Name, TextSpan Span)>();
        if (b.TitleSpan is { } ts) elements.Add(("title", ts));
        if (b.Lead is { } lead) elements.Add(("lead", lead.Span));
        if (b.TitleTranslation is { } tt)
        {
            Assert.Equal(TextNormalizer.Normalize(text.AsSpan(tt.Span.Start, tt.Span.Length)).Replace("\n\n", " ", StringComparison.Ordinal), tt.Text);
            elements.Add(("title translation", tt.Span));
        }

        void Add(string name, TextSpan span, TextSpan? labelSpan, Translation? translation)
        {
            elements.Add((name, span));
            if (labelSpan is { } ls) elements.Add((name + " label", ls));
            if (translation is null) return;
            Assert.Equal(TextNormalizer.Normalize(text.AsSpan(translation.Span.Start, translation.Span.Length)), translation.Text);
            Assert.False(string.IsNullOrWhiteSpace(translation.Text), $"{name}: empty translation");
            elements.Add((name + " translation", translation.Span));
            if (translation.LabelSpan is { } tls)
            {
                Assert.Equal(TextNormalizer.Normalize(text.AsSpan(tls.Start, tls.Length)), translation.Label);
                Assert.True(tls.End <= translation.Span.Start, $"{name}: translation label {tls} does not end before its text {translation.Span}");
                elements.Add((name + " translation label", tls));
            }
        }

        for (int i = 0; i < b.Announcements.Length; i++)
            Add(string.Create(CultureInfo.InvariantCulture, $"announcement #{i}"), b.Announcements[i].Span, b.Announcements[i].LabelSpan, b.Announcements[i].Translation);
        for (int i = 0; i < b.Exchanges.Length; i++)
        {
            if (b.Exchanges[i].Question is { } q) Add(string.Create(CultureInfo.InvariantCulture, $"exchange #{i} question"), q.Span, q.LabelSpan, q.Translation);
            for (int j = 0; j < b.Exchanges[i].Answers.Length; j++)
            {
                var a = b.Exchanges[i].Answers[j];
                Add(string.Create(CultureInfo.InvariantCulture, $"exchange #{i} answer #{j}"), a.Span, a.LabelSpan, a.Translation);
            }
        }
        for (int i = 0; i < b.Boilerplate.Length; i++)
            elements.Add((string.Create(CultureInfo.InvariantCulture, $"boilerplate #{i} '{b.Boilerplate[i].Text}'"), b.Boilerplate[i].Span));

        elements.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        for (int i = 1; i < elements.Count; i++)
        {
            var (prevName, prev) = elements[i - 1];
            var (name, span) = elements[i];
            Assert.False(prev.OverlapsWith(span), $"{prevName} {prev} overlaps {name} {span}");
        }
    }

    /// <summary>The chrome of an mfa.gov.cn page: language bar, menu, breadcrumb, source line, font widget, footer.</summary>
    private static void AssertOfficialChineseChrome(PressBriefing b, string sourceLine)
    {
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Languages, Text: "English Français Español Русский عربي" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Breadcrumb, Text: "首页 > 外交动态 > 发言人表态" });
        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Metadata && x.Text == sourceLine);
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Share, Text: "[字体：大 中 小] 打印本页" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Share, Text: "推荐给朋友 确定" });
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Footer, Text: "中华人民共和国外交部 版权所有" });
        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Footer && x.Text.StartsWith("联系我们", StringComparison.Ordinal) && x.Text.Contains("京ICP备", StringComparison.Ordinal));
        Assert.DoesNotContain(ContentTextsWithTranslations(b), t =>
            t.Contains("打印本页", StringComparison.Ordinal) || t.Contains("推荐给朋友", StringComparison.Ordinal)
            || t.Contains("版权所有", StringComparison.Ordinal) || t.Contains("来源", StringComparison.Ordinal) || t.Contains('\u3000', StringComparison.Ordinal));
    }

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

    [Fact]
    public void Qa_2016_official_page_with_anonymous_turns()
    {
        var b = Parse("mfa-zh-qa-2016");

        AssertIsChineseTranscript(b, new DateOnly(2016, 12, 14), "耿爽", "Geng Shuang");
        Assert.Equal("2016年12月14日外交部发言人耿爽主持例行记者会", b.Title);
        Assert.Null(b.Published); // the source line has a date, no time
        // The empty "　　" paragraph after the widgets is nothing: no announcement.
        Assert.Empty(b.Announcements);

        Assert.Equal(["问", "问", "问"], QuestionLabels(b));
        Assert.All(b.Exchanges, e => Assert.Null(e.Question!.Outlet));
        AssertEveryExchangeAnswered(b);
        Assert.All(Answers(b), a =>
        {
            Assert.Equal("答", a.Label);
            Assert.Equal("耿爽", a.Speaker?.Name);
            Assert.Equal("Geng Shuang", a.Speaker?.NameEn);
        });

        // Labels and full-width colons are not in the text; the indentation is not either.
        Assert.StartsWith("据报道，中国和新西兰", b.Exchanges[0].Question!.Text, StringComparison.Ordinal);
        Assert.StartsWith("具体情况建议你向商务部了解。", b.Exchanges[0].Answers[0].Text, StringComparison.Ordinal);
        // A three-paragraph answer.
        var multi = b.Exchanges[1].Answers[0].Text.Split("\n\n");
        Assert.Equal(3, multi.Length);
        Assert.Equal("我们愿继续同国际社会一道，为保护人类共同遗产作出贡献。", multi[2]);

        AssertOfficialChineseChrome(b, "来源： 2016-12-14");
        // The one-item-per-line menu is navigation, item by item.
        Assert.True(b.Boilerplate.Count(x => x.Kind == BoilerplateKind.Navigation) >= 10);
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Navigation, Text: "发言人表态" });
    }

    [Fact]
    public void Outlets_2020_resolve_chinese_labels_to_canonical_outlets()
    {
        var b = Parse("mfa-zh-outlets-2020");

        AssertIsChineseTranscript(b, new DateOnly(2020, 4, 9), "赵立坚", "Zhao Lijian");

        var announcement = Assert.Single(b.Announcements);
        Assert.Null(announcement.Label);
        Assert.Equal("赵立坚", announcement.Speaker?.Name);
        Assert.StartsWith("应冰岛外交部长邀请", announcement.Text, StringComparison.Ordinal);

        Assert.Equal(
            ["总台央视记者", "路透社记者", "法新社记者", "彭博社记者", "日本NHK电视台记者", "《中国日报》记者", "澳门月刊记者", "中通社记者", "深圳卫视记者"],
            QuestionLabels(b));
        // 澳门月刊 is in the built-in directory (Macau Monthly); 中通社 is not: its question keeps its label, no outlet.
        Assert.Equal(["CCTV", "Reuters", "AFP", "Bloomberg", "NHK", "China Daily", "Macau Monthly", null, "Shenzhen TV"], Outlets(b));
        AssertEveryExchangeAnswered(b);
        Assert.All(Answers(b), a =>
        {
            Assert.Equal("赵立坚", a.Label);
            Assert.Equal("赵立坚", a.Speaker?.Name);
        });

        // "深圳卫视记者:" with an ASCII colon is a label like the others; nothing of it is left in the text.
        Assert.Equal("据报道，一些海外留学生希望尽快回国。中方将如何提供帮助？", b.Exchanges[^1].Question!.Text);
        // The China Daily answer has two paragraphs.
        Assert.Equal(2, b.Exchanges[5].Answers[0].Text.Split("\n\n").Length);
        Assert.DoesNotContain(ContentTextsWithTranslations(b), t => t.Contains("记者：", StringComparison.Ordinal) || t.Contains("记者:", StringComparison.Ordinal) || t.Contains("赵立坚：", StringComparison.Ordinal));
    }

    [Fact]
    public void Traditional_pinyin_copy_reads_labels_through_the_pinyin()
    {
        var b = Parse("mfa-zh-traditional-pinyin");

        // The title's date, not the repost's timestamp (2019-03-13 08:15).
        // The speaker's name as printed (traditional), the directory's simplified name beside it.
        AssertIsChineseTranscript(b, new DateOnly(2019, 3, 12), "華春瑩", "Hua Chunying", spokespersonZh: "华春莹");
        Assert.Equal("2019年3月12日外交部發言人華春瑩主持例行記者會", b.Title);
        Assert.Empty(b.Announcements);

        // Labels exactly as printed, pinyin and traditional characters included; outlets and speakers resolved.
        Assert.Equal(["問(wèn)", "路透社(lù tòu shè)記者", "彭博社記(jì)者"], QuestionLabels(b));
        Assert.Equal([null, "Reuters", "Bloomberg"], Outlets(b));
        AssertEveryExchangeAnswered(b);
        Assert.Equal(["答(dá)", "華春瑩(huá chūn yíng)", "華春瑩"], Answers(b).Select(a => a.Label));
        Assert.All(Answers(b), a => Assert.Equal("華春瑩", a.Speaker?.Name));
        Assert.All(Answers(b), a => Assert.Equal("华春莹", a.Speaker?.NameZh));

        // The text is not rewritten: traditional characters and pinyin stay.
        Assert.StartsWith("中方(zhōng fāng)一貫重視", b.Exchanges[0].Answers[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("據報道", b.Exchanges[0].Question!.Text, StringComparison.Ordinal);

        // Chrome: breadcrumb, the repost's time line, the related list, the footer; none of it is content.
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Breadcrumb, Text: "首頁 > 國際新聞 > 外交" });
        Assert.Contains(b.Boilerplate, x => x.Text.StartsWith("發布時間", StringComparison.Ordinal));
        Assert.Contains(b.Boilerplate, x => x is { Kind: BoilerplateKind.Related, Text: "相關新聞" });
        Assert.Equal(2, b.Boilerplate.Count(x => x.Text.Contains("陸慷", StringComparison.Ordinal)));
        Assert.Contains(b.Boilerplate, x => x.Kind == BoilerplateKind.Footer && x.Text.StartsWith("Copyright", StringComparison.Ordinal));
        Assert.DoesNotContain(ContentTextsWithTranslations(b), t =>
            t.Contains("陸慷", StringComparison.Ordinal) || t.Contains("發布時間", StringComparison.Ordinal) || t.Contains("版權所有", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mfa-zh-traditional-pinyin", "陸慷")]
    public void Titles_of_other_briefings_after_the_content_are_related_boilerplate(string fixture, string otherSpokesperson)
    {
        var b = Parse(fixture);

        var others = b.Boilerplate.Where(x => x.Text.Contains(otherSpokesperson, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(others);
        // "2019年3月11日外交部發言人陸慷主持例行記者會" under "相關新聞" is a related title, not a metadata date line.
        Assert.All(others, x => Assert.Equal(BoilerplateKind.Related, x.Kind));
    }

    [Fact]
    public void Dajizhewen_2017_is_one_exchange_dated_by_its_source_line()
    {
        var document = TestFiles.Fixture("mfa-zh-dajizhewen-2017");
        var b = TestFiles.Parse(document);

        AssertIsChineseTranscript(b, new DateOnly(2017, 3, 6), "耿爽", "Geng Shuang");
        Assert.Equal("外交部发言人耿爽就瓦努阿图发生强烈地震答记者问", b.Title);
        Assert.Empty(b.Announcements);
        var exchange = Assert.Single(b.Exchanges);
        Assert.Equal("问", exchange.Question?.Label);
        var answer = Assert.Single(exchange.Answers);
        Assert.Equal("答", answer.Label);
        Assert.Equal("耿爽", answer.Speaker?.Name);
        Assert.Equal(2, answer.Text.Split("\n\n").Length);
        AssertOfficialChineseChrome(b, "来源： 2017-03-06");

        // The date comes from the "来源：" line and nowhere else: change it, and the date follows; remove it, and there is none.
        const string SourceLine = "来源： \u00A0\u00A0 2017-03-06";
        Assert.Contains(SourceLine, document.Text, StringComparison.Ordinal);
        var moved = ParseText(document.Text.Replace(SourceLine, "来源： \u00A0\u00A0 2017-03-07", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2017, 3, 7), moved.Date);
        var undated = ParseText(document.Text.Replace(SourceLine + "\n", "", StringComparison.Ordinal));
        Assert.Null(undated.Date);
        Assert.Contains(undated.Diagnostics, d => d.Code == DiagnosticCodes.NoDate);
    }

    [Fact]
    public void Chinese_and_English_pages_of_the_same_day_give_the_same_outlets_dates_and_spokesperson()
    {
        var zh = Parse("mfa-zh-pair-2021");
        var en = Parse("mfa-en-pair-2021");

        AssertIsChineseTranscript(zh, new DateOnly(2021, 6, 8), "汪文斌", "Wang Wenbin");
        Assert.Equal(MfaTranscriptFormat.FormatId, en.Format?.Id);
        Assert.Equal("en", en.Language);
        Assert.Equal(en.Date, zh.Date);
        Assert.Equal(new DateTime(2021, 6, 8, 20, 5, 0), en.Published);

        // Same person, named in each document's script.
        var zhSpeaker = Assert.Single(zh.Spokespersons);
        var enSpeaker = Assert.Single(en.Spokespersons);
        Assert.Equal("Wang Wenbin", enSpeaker.Name);
        Assert.Equal(enSpeaker.Name, zhSpeaker.NameEn);
        Assert.Equal(zhSpeaker.Name, enSpeaker.NameZh);
        Assert.Equal(en.Institution, zh.Institution);

        // Same canonical outlets in the same order, whatever the labels say (新华社记者 / Xinhua News Agency ...).
        string[] outlets = ["Xinhua", "Reuters", "AFP", "Global Times", "Bloomberg"];
        Assert.Equal(outlets, Outlets(zh));
        Assert.Equal(outlets, Outlets(en));
        Assert.Equal(["新华社记者", "路透社记者", "法新社记者", "《环球时报》记者", "彭博社记者"], QuestionLabels(zh));
        Assert.Equal(["Xinhua News Agency", "Reuters", "AFP", "Global Times", "Bloomberg"], QuestionLabels(en));
        Assert.Equal(zh.Exchanges.Select(e => e.Question?.Outlet?.Country), en.Exchanges.Select(e => e.Question?.Outlet?.Country));
        AssertEveryExchangeAnswered(zh);
        AssertEveryExchangeAnswered(en);
        Assert.All(Answers(zh), a => Assert.Equal("汪文斌", a.Speaker?.Name));
        Assert.All(Answers(en), a => Assert.Equal("Wang Wenbin", a.Speaker?.Name));
        Assert.Empty(zh.Announcements);
        Assert.Empty(en.Announcements);
    }

    [Fact]
    public void Bilingual_interleaved_2022_pairs_each_turn_with_its_translation()
    {
        var document = TestFiles.Fixture("mfa-bi-interleaved-2022");
        var b = TestFiles.Parse(document);

        Assert.Equal(MfaTranscriptFormat.BilingualFormatId, b.Format?.Id);
        Assert.Equal("mul", b.Language);
        // The title's date, not the caption's "8月16".
        Assert.Equal(new DateOnly(2022, 8, 23), b.Date);

        // The Chinese title (split over two lines with a blank line between) and its English version (split after "Wang Wenbin’s").
        Assert.StartsWith("2022年8月23日外交部发言人汪文斌", b.Title, StringComparison.Ordinal);
        Assert.EndsWith("主持例行记者会", b.Title, StringComparison.Ordinal);
        Assert.Equal("en", b.TitleTranslation?.Language);
        Assert.Equal("Foreign Ministry Spokesperson Wang Wenbin’s Regular Press Conference on August 23, 2022", b.TitleTranslation?.Text);

        // The image caption with a wrong date is boilerplate, not an announcement or a translation.
        Assert.Contains(b.Boilerplate, x => x.Text == "双语例行记者会8月16(双语例行记者会)(1)");
        Assert.DoesNotContain(ContentTextsWithTranslations(b), t => t.Contains("双语例行记者会", StringComparison.Ordinal) || t.Contains("Regular Press Conference", StringComparison.Ordinal));

        // One bilingual announcement: the Chinese paragraph, with the English one as its translation.
        var announcement = Assert.Single(b.Announcements);
        Assert.StartsWith("应斐济政府邀请", announcement.Text, StringComparison.Ordinal);
        Assert.Equal("en", announcement.Translation?.Language);
        Assert.StartsWith("At the invitation of the Government of Fiji", announcement.Translation?.Text, StringComparison.Ordinal);

        // Each exchange once, in Chinese, with its English version attached.
        Assert.Equal(["澎湃新闻记者", "总台央视记者", "法新社记者"], QuestionLabels(b));
        Assert.Equal(["The Paper", "CCTV", "AFP"], Outlets(b));
        Assert.Equal(["The Paper", "CCTV", "AFP"], b.Exchanges.Select(e => e.Question?.Translation?.Label));
        Assert.All(b.Exchanges, e => Assert.Equal("en", e.Question?.Translation?.Language));
        Assert.Equal("我们注意到,首届中国—中亚青年发展论坛昨天在西安开幕。你能否介绍有关情况?", b.Exchanges[0].Question?.Text);
        Assert.Equal("We noted that the first China-Central Asia Youth Development Forum opened in Xi’an yesterday. Can you share more details?", b.Exchanges[0].Question?.Translation?.Text);
        AssertEveryExchangeAnswered(b);
        Assert.All(Answers(b), a =>
        {
            Assert.Equal("汪文斌", a.Label);
            Assert.Equal("Wang Wenbin", a.Translation?.Label);
            Assert.Equal("en", a.Translation?.Language);
        });
        Assert.StartsWith("论坛由中方和中亚五国有关机构共同主办", b.Exchanges[0].Answers[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("The forum is co-hosted by", b.Exchanges[0].Answers[0].Translation?.Text, StringComparison.Ordinal);
        Assert.Equal("We will release information in due course.", b.Exchanges[2].Answers[0].Translation?.Text);

        // Every question is answered once paired: no "question without answer" left over from before the pairing.
        Assert.DoesNotContain(b.Diagnostics, d => d.Code == DiagnosticCodes.QuestionWithoutAnswer);
        AssertTranslationSpans(document.Text, b);
    }

    [Fact]
    public void Bilingual_page_on_one_line_with_glued_labels()
    {
        var document = TestFiles.Fixture("mfa-bi-oneline-2021");
        Assert.DoesNotContain('\n', document.Text.TrimEnd('\n'));
        var b = TestFiles.Parse(document);

        Assert.Equal(MfaTranscriptFormat.BilingualFormatId, b.Format?.Id);
        Assert.Equal("mul", b.Language);
        Assert.Equal(new DateOnly(2021, 3, 23), b.Date);
        Assert.Equal("2021年3月23日外交部发言人汪文斌主持例行记者会", b.Title);
        Assert.Equal("Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 23, 2021", b.TitleTranslation?.Text);

        Assert.Equal(["澎湃新闻记者", "路透社记者"], QuestionLabels(b));
        Assert.Equal(["The Paper", "Reuters"], Outlets(b));
        Assert.Equal(["The Paper", "Reuters"], b.Exchanges.Select(e => e.Question?.Translation?.Label));
        // "…成果?The Paper: We…": the glued English label ends the Chinese question.
        Assert.Equal("据报道,中国—东盟减贫合作论坛昨天以视频方式举行。你能否介绍论坛取得的成果?", b.Exchanges[0].Question?.Text);
        Assert.StartsWith("It is reported that the China-ASEAN Forum", b.Exchanges[0].Question?.Translation?.Text, StringComparison.Ordinal);
        AssertEveryExchangeAnswered(b);
        Assert.All(Answers(b), a =>
        {
            Assert.Equal("汪文斌", a.Label);
            Assert.Equal("Wang Wenbin", a.Translation?.Label);
        });
        Assert.Equal("我目前没有可以发布的消息。", b.Exchanges[1].Answers[0].Text);
        Assert.Equal("I have no information to release at the moment.", b.Exchanges[1].Answers[0].Translation?.Text);
        AssertTranslationSpans(document.Text, b);
    }

    [Fact]
    public void Machine_translated_2022_reads_literal_labels_and_indented_turns()
    {
        var document = TestFiles.Fixture("mfa-mt-2022");
        var b = TestFiles.Parse(document);

        Assert.Equal(MfaTranscriptFormat.FormatId, b.Format?.Id);
        Assert.Equal("en", b.Language);
        Assert.Equal(new DateOnly(2022, 8, 9), b.Date);
        Assert.Equal("Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on August 9, 2022", b.Title);
        Assert.Equal("Foreign Ministry Spokesperson Wang Wenbin hosted a regular press conference on August 9, 2022.", b.Lead?.Text);
        Assert.Equal("Wang Wenbin", Assert.Single(b.Spokespersons).Name);
        Assert.DoesNotContain(b.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);

        // Two numbered announcements indented with two spaces, each its own paragraph.
        Assert.Equal(2, b.Announcements.Length);
        Assert.StartsWith("1. At the invitation of State Councilor", b.Announcements[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("2. In order to help Pacific island countries", b.Announcements[1].Text, StringComparison.Ordinal);
        Assert.All(b.Announcements, a => Assert.Equal("Wang Wenbin", a.Speaker?.Name));

        Assert.Equal(["CCTV reporter at the Central Radio and Television Station", "Macau Monthly Reporter", "CCTV reporter"], QuestionLabels(b));
        Assert.Equal(["CCTV", "Macau Monthly", "CCTV"], Outlets(b));
        AssertEveryExchangeAnswered(b);
        Assert.All(Answers(b), a =>
        {
            Assert.Equal("Wang Wenbin", a.Label);
            Assert.Equal("Wang Wenbin", a.Speaker?.Name);
        });

        // One question over two paragraphs; the garbled name ("Brinken") is kept as printed.
        var split = b.Exchanges[1].Question!.Text.Split("\n\n");
        Assert.Equal(2, split.Length);
        Assert.Contains("US Secretary of State Brinken said", split[0], StringComparison.Ordinal);
        Assert.StartsWith("Some commentators believe", split[1], StringComparison.Ordinal);
        Assert.StartsWith("We have noticed the relevant reports.", b.Exchanges[1].Answers[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Machine_translated_lead_alone_gives_the_date_and_the_spokesperson()
    {
        var text = TestFiles.Fixture("mfa-mt-2022").Text;
        var withoutTitle = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..].TrimStart('\n');
        Assert.StartsWith("Foreign Ministry Spokesperson Wang Wenbin hosted", withoutTitle, StringComparison.Ordinal);

        var b = ParseText(withoutTitle);

        Assert.Equal(MfaTranscriptFormat.FormatId, b.Format?.Id);
        Assert.Null(b.Title);
        Assert.Equal(new DateOnly(2022, 8, 9), b.Date);
        Assert.Equal("Wang Wenbin", Assert.Single(b.Spokespersons).Name);
        Assert.Equal(2, b.Announcements.Length);
        Assert.Equal(["CCTV", "Macau Monthly", "CCTV"], Outlets(b));
    }

    [Theory]
    [InlineData("mfa-zh-qa-2016")]
    [InlineData("mfa-zh-dajizhewen-2017")]
    public void A_chinese_page_names_its_spokesperson_in_chinese(string fixture)
    {
        var b = Parse(fixture);

        var speaker = Assert.Single(b.Spokespersons);
        Assert.Equal("耿爽", speaker.Name);
        Assert.Equal("Geng Shuang", speaker.NameEn);
        Assert.Equal("耿爽", speaker.NameZh);
        Assert.Equal("spokesperson", speaker.Role);
        Assert.All(Answers(b), a => Assert.Equal(speaker, a.Speaker));
    }

    [Theory]
    [InlineData("mfa-bi-interleaved-2022")]
    [InlineData("mfa-bi-oneline-2021")]
    public void A_bilingual_page_names_its_spokesperson_in_both_scripts(string fixture)
    {
        var b = Parse(fixture);

        var speaker = Assert.Single(b.Spokespersons);
        Assert.Contains("汪文斌", speaker.Name, StringComparison.Ordinal);
        Assert.Contains("Wang Wenbin", speaker.Name, StringComparison.Ordinal);
        Assert.Equal("汪文斌", speaker.NameZh);
        Assert.Equal("Wang Wenbin", speaker.NameEn);
        Assert.All(Answers(b), a => Assert.Equal(speaker.Name, a.Speaker?.Name));
    }

    [Theory]
    [InlineData("mfa-zh-qa-2016", MfaTranscriptFormat.ChineseFormatId)]
    [InlineData("mfa-zh-outlets-2020", MfaTranscriptFormat.ChineseFormatId)]
    [InlineData("mfa-zh-traditional-pinyin", MfaTranscriptFormat.ChineseFormatId)]
    [InlineData("mfa-zh-dajizhewen-2017", MfaTranscriptFormat.ChineseFormatId)]
    [InlineData("mfa-zh-pair-2021", MfaTranscriptFormat.ChineseFormatId)]
    [InlineData("mfa-en-pair-2021", MfaTranscriptFormat.FormatId)]
    [InlineData("mfa-bi-interleaved-2022", MfaTranscriptFormat.BilingualFormatId)]
    [InlineData("mfa-bi-oneline-2021", MfaTranscriptFormat.BilingualFormatId)]
    [InlineData("mfa-mt-2022", MfaTranscriptFormat.FormatId)]
    public void Only_its_own_edition_claims_a_text(string fixture, string edition)
    {
        var scores = BriefingParser.Default.Detect(TestFiles.Fixture(fixture).Text);
        var mine = scores.Single(s => s.FormatId == edition);
        Assert.True(mine.Confidence > BriefingParser.Default.Options.DetectionThreshold, $"{edition} scored {mine.Confidence:0.00} ({mine.Reason}).");
        string[] editions = [MfaTranscriptFormat.FormatId, MfaTranscriptFormat.ChineseFormatId, MfaTranscriptFormat.BilingualFormatId];
        Assert.All(scores.Where(s => s.FormatId != edition && editions.Contains(s.FormatId)), other =>
            Assert.True(other.Confidence <= BriefingParser.Default.Options.DetectionThreshold,
                $"{other.FormatId} scored {other.Confidence:0.00} on {fixture} ({other.Reason})."));
    }
}
