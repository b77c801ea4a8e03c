namespace Briefing.Parsing.Lexing;

/// <summary>
/// The lexicon's categories: what each holds and how it is matched. Users may add entries to any of them (and
/// categories of their own for their formats' hooks).
/// </summary>
public static class LexiconCategories
{
    /// <summary>Language names of a language bar ("English", "Français", "中文"); each token of a line must be one.</summary>
    public const string ChromeLanguage = "chrome.language";
    /// <summary>Whole short lines of share and print widgets ("Print", "Suggest to a friend").</summary>
    public const string ChromeShare = "chrome.share";
    /// <summary>Widget phrases anywhere in a short line ("打印本页").</summary>
    public const string ChromeShareContains = "chrome.share.contains";
    /// <summary>Whole short lines heading related-article lists ("Related News", "相关新闻").</summary>
    public const string ChromeRelated = "chrome.related";
    /// <summary>Starts of lines that link to related articles ("Related:", "Previous:", "上一篇").</summary>
    public const string ChromeRelatedStart = "chrome.related.start";
    /// <summary>Words of share widgets run together on one line ("Print", "Facebook", "WeChat").</summary>
    public const string ChromeShareToken = "chrome.share.token";
    /// <summary>Phrases of an announcement's opening ("at the invitation of", "will attend", "应邀").</summary>
    public const string AnnouncementCue = "announcement.cue";
    /// <summary>Starts of footer lines ("Copyright", "©", "版权所有").</summary>
    public const string ChromeFooterStart = "chrome.footer.start";
    /// <summary>Whole lines that mark the end of an official text ("(End)", "###").</summary>
    public const string ChromeFooterEnd = "chrome.footer.end";
    /// <summary>Footer phrases anywhere in a line ("All rights reserved", a ministry's street address).</summary>
    public const string ChromeFooterContains = "chrome.footer.contains";
    /// <summary>Notices about the text itself, anywhere in a line ("provisional translation", "rush transcript").</summary>
    public const string ChromeNotice = "chrome.notice";
    /// <summary>Starts of news-ticker lines ("Breaking News", "LIVE:").</summary>
    public const string ChromeTicker = "chrome.ticker";
    /// <summary>Starts of metadata lines without a key ("Last updated", "责任编辑").</summary>
    public const string ChromeMetadataStart = "chrome.metadata.start";
    /// <summary>Metadata phrases anywhere in a short line that is no sentence (an aggregator's byline).</summary>
    public const string ChromeMetadataContains = "chrome.metadata.contains";
    /// <summary>Advertising phrases in a short line that is no sentence.</summary>
    public const string ChromeAdvertisement = "chrome.ad";
    /// <summary>Advertising phrases that make even a sentence an advertisement ("start your free trial").</summary>
    public const string ChromeAdvertisementSentence = "chrome.ad.sentence";
    /// <summary>Month names of the Solar Hijri calendar, with their number as value (Iranian pages print dates in it).</summary>
    public const string PersianMonth = "date.month.persian";
    /// <summary>Photo caption and credit phrases ("Photo:", "File photo", "图片来源").</summary>
    public const string ChromeCaption = "chrome.caption";
    /// <summary>Syndication notices ("has not been edited by").</summary>
    public const string ChromeSyndication = "chrome.syndication";
    /// <summary>Starts of bylines ("Reporting by", "Editing by").</summary>
    public const string ChromeBylineStart = "chrome.byline.start";
    /// <summary>Ends of reading-time notes ("min read").</summary>
    public const string ChromeBylineEnd = "chrome.byline.end";
    /// <summary>First words of breadcrumb trails ("Home", "首页", "You are here").</summary>
    public const string ChromeBreadcrumbHome = "chrome.breadcrumb.home";
    /// <summary>Login-bar phrases anywhere in a short line ("Login | Register").</summary>
    public const string ChromeLogin = "chrome.login";
    /// <summary>Whole lines of a login bar ("登录 注册").</summary>
    public const string ChromeLoginLine = "chrome.login.line";
    /// <summary>Fields of a login form ("Username", "密码"); two in one short line make it a login bar.</summary>
    public const string ChromeLoginField = "chrome.login.field";
    /// <summary>Headings of tables of contents ("Table of contents", "Main topics", "Themen").</summary>
    public const string ChromeContentsHeading = "chrome.toc.heading";
    /// <summary>Metadata keys that stand before a colon and never label a turn ("Date", "Place", "来源", "Themen").</summary>
    public const string MetadataKey = "metadata.key";
    /// <summary>Whole labels of an unnamed journalist ("Q", "QUESTION", "问", "Frage").</summary>
    public const string LabelQuestion = "label.question";
    /// <summary>Whole labels of an unnamed answer ("A", "Answer", "答", "Antwort").</summary>
    public const string LabelAnswer = "label.answer";
    /// <summary>Whole labels of a follow-up question ("Follow-up", "追问", "Zusatzfrage").</summary>
    public const string LabelFollowUp = "label.followup";
    /// <summary>Whole labels naming the briefing's official by office ("Spokesperson", "Minister", "发言人").</summary>
    public const string LabelOfficial = "label.official";
    /// <summary>Words and names that never label a turn, though they stand before a colon ("However", "Note", "Beijing").</summary>
    public const string LabelNot = "label.not";
    /// <summary>Lower-case words allowed inside a label of capitalised words ("of", "the", "de").</summary>
    public const string LabelConnector = "label.connector";
    /// <summary>Name particles ("de", "van", "bin").</summary>
    public const string NameParticle = "name.particle";
    /// <summary>Courtesy titles before a name ("Mr", "Ms", "Shri", "Herr").</summary>
    public const string Honorific = "honorific";
    /// <summary>Offices before or after a name ("Press Secretary", "Foreign Minister", "StS").</summary>
    public const string Office = "office";
    /// <summary>Words that make a part of a label an office ("Spokesperson", "Minister", "Ambassador").</summary>
    public const string OfficeWord = "office.word";
    /// <summary>Openings of an official's first words that make them an opening statement ("good afternoon", "大家好").</summary>
    public const string Greeting = "greeting";
    /// <summary>Verbs of an editor's lead sentence ("held", "presided over", "主持").</summary>
    public const string LeadVerb = "lead.verb";
    /// <summary>Phrases of a lead that introduces a transcript ("transcript of", "the following is").</summary>
    public const string LeadTranscript = "lead.transcript";
    /// <summary>Nouns that name a briefing ("press conference", "briefing", "记者会", "Pressekonferenz").</summary>
    public const string BriefingNoun = "briefing.noun";
    /// <summary>Nouns of titles of statements rather than conferences ("Remarks", "答记者问").</summary>
    public const string StatementNoun = "statement.noun";
    /// <summary>Words of a closing note in brackets ("concluded", "briefing").</summary>
    public const string ClosingWord = "closing.word";
    /// <summary>Head nouns of institutions' names ("Ministry", "Office", "Bundesregierung").</summary>
    public const string InstitutionNoun = "institution.noun";
    /// <summary>Month names and abbreviations, with their number as value.</summary>
    public const string Month = "date.month";
    /// <summary>Weekday names, with their number as value (0 = Sunday).</summary>
    public const string Weekday = "date.weekday";
    /// <summary>Words for the day before ("yesterday", "昨天").</summary>
    public const string Yesterday = "date.yesterday";
    /// <summary>Ordinal suffixes after a day number ("st", "nd").</summary>
    public const string Ordinal = "date.ordinal";
    /// <summary>a.m./p.m. markers, with 12 as value for p.m.</summary>
    public const string Meridiem = "date.meridiem";
    /// <summary>Time zones and time words printed after a time ("EDT", "local time").</summary>
    public const string Zone = "date.zone";
    /// <summary>Abbreviations whose full stop ends no sentence ("Mr", "Jan").</summary>
    public const string Abbreviation = "sentence.abbreviation";
    /// <summary>Phrases a format looks for in detection, tagged <c>format:&lt;id&gt;</c>.</summary>
    public const string Cue = "cue";
}
