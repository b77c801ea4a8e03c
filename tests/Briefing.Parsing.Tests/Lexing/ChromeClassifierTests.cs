namespace Briefing.Parsing.Tests.Lexing;

/// <summary>
/// <see cref="ChromeClassifier"/> of the built-in lexicon: one row per kind of chrome it recognises on a line of its own
/// (several where the kind has several shapes), and lines that are content, not chrome.
/// </summary>
public sealed class ChromeClassifierTests
{
    private static ChromeClassifier Chrome => BriefingParser.Default.Lexer.Chrome;

    [Theory]
    [InlineData("English | Français | Español | Русский | 中文", BoilerplateKind.Languages)]
    [InlineData("English Français Español Русский عربي", BoilerplateKind.Languages)]
    [InlineData("• de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1", BoilerplateKind.Languages)]
    [InlineData("HOME > Press and Media Service > Spokesperson's Remarks", BoilerplateKind.Breadcrumb)]
    [InlineData("Home > Spokesperson's Remarks", BoilerplateKind.Breadcrumb)]
    [InlineData("首页 > 外交动态 > 发言人表态", BoilerplateKind.Breadcrumb)]
    [InlineData("首頁 > 國際新聞 > 外交", BoilerplateKind.Breadcrumb)]
    [InlineData("Suggest to a friend:", BoilerplateKind.Share)]
    [InlineData("Print", BoilerplateKind.Share)]
    [InlineData("Subscribe to updates", BoilerplateKind.Share)]
    [InlineData("[字体：大 中 小] 打印本页", BoilerplateKind.Share)]
    [InlineData("推荐给朋友 确定", BoilerplateKind.Share)]
    [InlineData("Related News", BoilerplateKind.Related)]
    [InlineData("ALSO READ", BoilerplateKind.Related)]
    [InlineData("相關新聞", BoilerplateKind.Related)]
    [InlineData("Copyright © Ministry of Foreign Affairs. All rights reserved.", BoilerplateKind.Footer)]
    [InlineData("中华人民共和国外交部 版权所有", BoilerplateKind.Footer)]
    [InlineData("(End)", BoilerplateKind.Footer)]
    [InlineData("(Concludes)", BoilerplateKind.Footer)]
    [InlineData("(This is a rush transcript and may contain errors.)", BoilerplateKind.Notice)]
    [InlineData("This is a provisional translation by the Ministry.", BoilerplateKind.Notice)]
    [InlineData("BREAKING: Parliament passes the budget", BoilerplateKind.Ticker)]
    [InlineData("2024-07-02 19:45", BoilerplateKind.Metadata)]
    [InlineData("2:03 p.m. EDT", BoilerplateKind.Metadata)]
    [InlineData("(The briefing was concluded at 1:39 p.m.)", BoilerplateKind.Metadata)]
    [InlineData("来源：外交部网站", BoilerplateKind.Metadata)]
    [InlineData("Date: 12 March 2024", BoilerplateKind.Metadata)]
    [InlineData("Place: Press Conference Room, Ministry of Foreign Affairs", BoilerplateKind.Metadata)]
    [InlineData("Tuesday, July 2, 2024 3:05 PM", BoilerplateKind.Metadata)]
    [InlineData("2021-06-08 21:10 | Press release", BoilerplateKind.Metadata)]
    [InlineData("By Jane Doe and John Roe", BoilerplateKind.Metadata)]
    [InlineData("(Reporting by Newsroom; Editing by Desk)", BoilerplateKind.Metadata)]
    [InlineData("3 min read", BoilerplateKind.Metadata)]
    [InlineData("Login | Register", BoilerplateKind.Login)]
    [InlineData("登录 注册", BoilerplateKind.Login)]
    [InlineData("Advertisement", BoilerplateKind.Advertisement)]
    [InlineData("Photo: Xinhua", BoilerplateKind.Caption)]
    [InlineData("Themen: Reise des Bundeskanzlers nach Indien, Kabinettssitzung", BoilerplateKind.Contents)]
    [InlineData("Moderator: Jane Doe", BoilerplateKind.Metadata)]
    [InlineData("(File photo) The ministry building in Beijing", BoilerplateKind.Caption)]
    [InlineData("This story has been published from a wire agency feed without modifications to the text.", BoilerplateKind.Other)]
    public void A_line_of_chrome_is_classified_by_its_kind(string line, BoilerplateKind kind) => Assert.Equal(kind, Chrome.Classify(line));

    [Theory]
    [InlineData("China firmly opposes the new tariffs.")]
    [InlineData("Q: What is your comment on the visit?")]
    [InlineData("Mao Ning: We have noted the reports.")]
    [InlineData("The ministry will print the report next week.")]
    [InlineData("Print media and broadcasters were invited to the event, the spokesperson said.")]
    [InlineData("2024 will be a year of cooperation between the two countries.")]
    [InlineData("The trade talks were held between 09:00 and 11:30 yesterday.")]
    [InlineData("By the end of the year, the two sides will sign the agreement.")]
    [InlineData("Related to that, we have seen the reports.")]
    [InlineData("Copyright protection was discussed at the meeting, she said.")]
    [InlineData("我们注意到有关报道。")]
    // Caption and footer phrases inside a line compare as written ("Photo:", "All rights reserved"); in lower case they are prose.
    [InlineData("He showed us the photo: the minister and his guest.")]
    [InlineData("She said that all rights reserved to the states were at stake.")]
    // A phrase is found where a word starts: "free trial" is an advertisement's, "carefree trial" is not.
    [InlineData("The carefree trial period ended")]
    [InlineData("")]
    [InlineData("   ")]
    public void Content_is_not_chrome(string line) => Assert.Null(Chrome.Classify(line));

    [Theory]
    [InlineData(BoilerplateKind.Share, true)]
    [InlineData(BoilerplateKind.Related, true)]
    [InlineData(BoilerplateKind.Footer, true)]
    [InlineData(BoilerplateKind.Metadata, false)]
    [InlineData(BoilerplateKind.Breadcrumb, false)]
    public void Share_related_and_footer_lines_start_the_footer(BoilerplateKind kind, bool starts) => Assert.Equal(starts, ChromeClassifier.StartsFooter(kind));

    [Theory]
    [InlineData("Japanese", true)]
    [InlineData("日本語", true)]
    [InlineData("en-GB", true)]
    [InlineData("Japan", false)]
    [InlineData("EN", false)]
    public void A_single_language_name_is_a_language_link(string line, bool expected) => Assert.Equal(expected, Chrome.IsLanguageName(line));

    [Theory]
    [InlineData("Date", true)]
    [InlineData("来源", true)]
    [InlineData("Datum", true)]
    [InlineData("Themen", false)] // a table of contents on one line, not metadata (see the Contents rows)
    [InlineData("Mao Ning", false)]
    public void Metadata_keys(string key, bool expected) => Assert.Equal(expected, Chrome.IsMetadataKey(key));
}
