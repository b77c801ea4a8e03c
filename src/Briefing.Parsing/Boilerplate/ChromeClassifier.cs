using System.Collections.Frozen;

namespace Briefing.Parsing;

/// <summary>
/// Recognises lines of site chrome that are chrome wherever they stand: language bars, breadcrumbs, share and print
/// widgets, related-article headings, copyright footers, login bars, publication timestamps and source lines, times of
/// day on their own, notices about the text (translations, rush transcripts) and news tickers.
/// Shared by every format; formats add zone rules (everything before the title is header chrome, and so on).
/// </summary>
internal static class ChromeClassifier
{
    private static readonly FrozenSet<string> LanguageNames = FrozenSet.Create(LabelKeyComparer.Instance,
        "English", "Français", "Francais", "Español", "Espanol", "Русский", "عربي", "العربية", "中文", "简体中文", "繁體中文", "繁体中文",
        "Deutsch", "日本語", "한국어", "Português", "Portugues", "Italiano", "Chinese", "Arabic", "French", "Spanish", "Russian",
        "German", "Japanese", "Korean", "EN", "CN", "ZH", "FR", "ES", "RU", "AR", "|", "/");

    private static readonly FrozenSet<string> ShareLines = FrozenSet.Create(LabelKeyComparer.Instance,
        "Suggest to a friend", "Suggest To A Friend", "Print", "Print this page", "Printer friendly", "Share", "Share this", "Share this article",
        "Share on", "Email", "E-mail", "Close", "Close window", "Back to top", "Top", "Tweet", "Facebook", "Twitter", "WeChat", "Weibo",
        "LinkedIn", "Font size", "Font", "A A A", "A+ A-", "Subscribe", "Subscribe to updates", "Subscribe to our newsletter", "Sign up for updates", "打印本页", "【打印本页】", "打印", "【打印】", "推荐给朋友", "【推荐给朋友】",
        "关闭窗口", "【关闭窗口】", "关闭", "分享到", "分享", "字号", "大 中 小", "【大 中 小】", "返回顶部");

    private static readonly FrozenSet<string> RelatedHeadings = FrozenSet.Create(LabelKeyComparer.Instance,
        "Related News", "Related Articles", "Related Stories", "Related", "Related Links", "Read more", "Also read", "See also",
        "More", "More news", "Recommended", "Latest news", "Most read", "Most popular", "Read more on", "Tags", "Topics", "You may also like",
        "相关新闻", "相关链接", "相关阅读", "延伸阅读", "推荐阅读", "相关标签", "标签");

    private static readonly System.Buffers.SearchValues<char> SentenceStops = System.Buffers.SearchValues.Create(".?!。？！");

    private static readonly string[] FooterStarts = ["Copyright", "©", "(c) ", "All rights reserved", "Contact us", "Contact Us", "版权所有", "主办单位", "网站标识码"];

    // The end of an official text: "(End)", "(Concludes)", "###".
    private static readonly FrozenSet<string> EndMarks = FrozenSet.Create(LabelKeyComparer.Instance,
        "(End)", "(Ends)", "(Concludes)", "(Concluded)", "End", "- End -", "-End-", "###", "# # #", "* * *", "***");

    private static readonly string[] FooterContains = ["All rights reserved", "ICP备", "ICP证", "Chaoyangmen Nandajie", "版权所有"];

    private static readonly string[] MetadataStarts = ["Date:", "Time:", "Place:", "Venue:", "Location:", "Keywords:", "Tags:", "关键词", "时间:", "时间：", "地点:", "地点：", "来源:", "来源：", "Source:", "作者:", "作者：", "责任编辑", "编辑:", "编辑：", "发布时间", "发布日期", "Editor:", "Author:", "Published:", "Updated:", "Last updated", "Posted on", "浏览次数", "Views:"];

    private static readonly string[] MetadataContains = ["Distributed by Public", "| Press release |", "来源:", "来源："];

    // "[字体：大 中 小]　打印本页", "推荐给朋友 确定", "【关闭窗口】".
    private static readonly string[] ChineseWidgets = ["打印本页", "推荐给朋友", "关闭窗口", "【字体", "[字体", "字体：大", "【打印", "【关闭"];

    private static readonly string[] CaptionContains = ["Photo:", "(Photo", "Photo/", "Photo by", "File photo", "Image:", "Credit:", "图:", "图：", "(图", "（图", "摄影", "图片来源"];

    private static readonly string[] SyndicationContains = ["syndicated feed", "has not been edited by", "auto-generated", "This story has been published from a wire agency feed"];

    // Notices about the text itself, not part of what was said.
    private static readonly string[] NoticeContains = ["provisional translation", "unofficial translation", "rush transcript", "for reference purpose",
        "check against delivery", "may contain errors", "not a verbatim", "is not verbatim", "edited for clarity", "has been edited for"];

    private static readonly string[] TickerStarts = ["Breaking News", "BREAKING:", "Breaking:", "Latest News:", "Latest:", "LIVE:", "Live updates", "Ticker:", "Trending:", "Just in:", "JUST IN:"];

    private static readonly string[] AdvertisementContains = ["Advertisement", "ADVERTISEMENT", "Sponsored", "广告", "在线口语培训", "外教"];

    /// <summary>Classifies one trimmed line, or returns <see langword="null"/> when it is not recognisable chrome on its own.</summary>
    public static BoilerplateKind? Classify(ReadOnlySpan<char> line)
    {
        line = CharClass.TrimSpaces(line);
        // Traditional characters ("版權所有", "發布時間") read as simplified ones (folding keeps the length).
        if (line.Length <= 300 && line.ContainsAnyInRange('\u4E00', '\u9FFF')) line = ChineseText.ToSimplified(line);
        // List bullets ("- China", "• Related story") do not change what a line is.
        if (line.Length > 2 && line[0] is '-' or '•' or '*' or '·' && CharClass.IsSpace(line[1])) line = CharClass.TrimSpaces(line[2..]);
        if (line.IsEmpty) return null;

        var bare = line.TrimEnd(":：");
        bool sentence = CharClass.IsSentenceEnd(line[^1]);
        bool shortLine = line.Length <= 40;
        if (shortLine && !sentence && ShareLines.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare)) return BoilerplateKind.Share;
        if (line.Length <= 60 && ContainsAny(line, ChineseWidgets)) return BoilerplateKind.Share;
        if (shortLine && !sentence && RelatedHeadings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare)) return BoilerplateKind.Related;
        if (line.Length <= 300 && StartsWithAny(line, FooterStarts)) return BoilerplateKind.Footer;
        if (shortLine && EndMarks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(line)) return BoilerplateKind.Footer;
        if (line.Length <= 300 && ContainsAny(line, FooterContains)) return BoilerplateKind.Footer;
        if (IsLanguageBar(line)) return BoilerplateKind.Languages;
        if (line.Length <= 300 && ContainsAnyIgnoreCase(line, NoticeContains)) return BoilerplateKind.Notice;
        if (line.Length <= 200 && StartsWithAny(line, TickerStarts)) return BoilerplateKind.Ticker;
        if (DateText.IsTimeLine(line) || IsTimedNote(line)) return BoilerplateKind.Metadata;
        if (IsBreadcrumb(line)) return BoilerplateKind.Breadcrumb;
        if (IsLoginBar(line)) return BoilerplateKind.Login;
        if (line.Length <= 120 && (StartsWithAny(line, MetadataStarts) || (!sentence && ContainsAny(line, MetadataContains)))) return BoilerplateKind.Metadata;
        if (DateText.TryReadDateLine(line, out _, out _)) return BoilerplateKind.Metadata;
        if (char.IsAsciiDigit(line[0]) && DateText.TryReadNumericDateTime(line, out _, out _, out int dateLength) && IsMetadataAfterDate(line[dateLength..])) return BoilerplateKind.Metadata;
        if (line.Length <= 120 && !sentence && line.IndexOfAny(SentenceStops) < 0 && ContainsAny(line, AdvertisementContains)) return BoilerplateKind.Advertisement;
        if (line.Length <= 120 && line.StartsWith("Download", StringComparison.OrdinalIgnoreCase) && line.Contains(" App", StringComparison.OrdinalIgnoreCase)) return BoilerplateKind.Advertisement;
        if (line.Length <= 200 && ContainsAny(line, CaptionContains)) return BoilerplateKind.Caption;
        if (line.Length <= 300 && ContainsAny(line, SyndicationContains)) return BoilerplateKind.Other;
        if (IsByline(line)) return BoilerplateKind.Metadata;
        return null;
    }

    /// <summary>Bylines and reading-time notes: "By Jane Doe", "1 minute read", "Reporting by X; Editing by Y".</summary>
    private static bool IsByline(ReadOnlySpan<char> line)
    {
        if (line.Length > 160) return false;
        var bare = line.Trim("()");
        if (bare.StartsWith("Reporting by", StringComparison.OrdinalIgnoreCase) || bare.StartsWith("Writing by", StringComparison.OrdinalIgnoreCase)
            || bare.StartsWith("Editing by", StringComparison.OrdinalIgnoreCase) || bare.StartsWith("Compiled by", StringComparison.OrdinalIgnoreCase))
            return true;
        if (line.EndsWith("min read", StringComparison.OrdinalIgnoreCase) || line.EndsWith("minute read", StringComparison.OrdinalIgnoreCase)
            || line.EndsWith("minutes read", StringComparison.OrdinalIgnoreCase))
            return line.Length <= 20;
        if (!line.StartsWith("By ", StringComparison.Ordinal) || line.Length > 60 || CharClass.IsSentenceEnd(line[^1])) return false;
        foreach (var range in line[3..].SplitAny(" ,"))
        {
            var word = line[3..][range];
            if (word.Length > 0 && !char.IsUpper(word[0]) && word is not "and" and not "in" and not "|") return false;
        }
        return true;
    }

    /// <summary>Whether chrome of this kind marks the end of the article (what follows is footer).</summary>
    public static bool StartsFooter(BoilerplateKind kind) =>
        kind is BoilerplateKind.Share or BoilerplateKind.Related or BoilerplateKind.Footer;

    private static bool IsMetadataAfterDate(ReadOnlySpan<char> rest)
    {
        rest = CharClass.TrimSpaces(rest);
        // A bare timestamp, or one followed by short metadata ("| Press release", "来源:外交部网站").
        return rest.IsEmpty || (rest.Length <= 120 && rest.IndexOfAny(SentenceStops) < 0);
    }

    /// <summary>Whether a line is a single language name ("Japanese", "日本語"): a link to the page in another language.</summary>
    public static bool IsLanguageName(ReadOnlySpan<char> line)
    {
        line = CharClass.TrimSpaces(line);
        return line.Length > 2 && (LanguageNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(line) || IsLocaleCode(line));
    }

    private static bool IsLanguageBar(ReadOnlySpan<char> line)
    {
        if (line.Length > 120) return false;
        int names = 0;
        foreach (var range in line.SplitAny(" \u00A0\u3000\t"))
        {
            var token = line[range];
            if (token.IsEmpty) continue;
            bool locale = IsLocaleCode(token);
            if (!locale && !LanguageNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token)) return false;
            if (locale || token.Length > 2 || token[0] > '\u007F') names++;
        }
        return names >= 2;
    }

    /// <summary>A locale code of a language switcher, perhaps with a counter: "en-GB", "ru-RU1".</summary>
    private static bool IsLocaleCode(ReadOnlySpan<char> token)
    {
        if (token.Length < 5 || token[2] != '-') return false;
        if (!char.IsAsciiLetterLower(token[0]) || !char.IsAsciiLetterLower(token[1]) || !char.IsAsciiLetterUpper(token[3]) || !char.IsAsciiLetterUpper(token[4])) return false;
        foreach (char c in token[5..])
        {
            if (!char.IsAsciiDigit(c)) return false;
        }
        return true;
    }

    /// <summary>A note in brackets that gives a time: "(The briefing was concluded at 3:12 p.m.)".</summary>
    private static bool IsTimedNote(ReadOnlySpan<char> line)
    {
        if (line.Length is < 8 or > 160) return false;
        var bare = line.TrimEnd('.');
        if (!(bare[0] is '(' or '[' && bare[^1] is ')' or ']')) return false;
        for (int i = 1; i + 2 < bare.Length; i++)
        {
            if (bare[i] == ':' && char.IsAsciiDigit(bare[i - 1]) && char.IsAsciiDigit(bare[i + 1]) && char.IsAsciiDigit(bare[i + 2])) return true;
        }
        return false;
    }

    private static bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        if (line.Length > 200) return false;
        int separators = line.Count('>') + line.Count('›') + line.Count('»') + line.Count('＞');
        if (separators == 0) return false;
        if (line.Contains("->", StringComparison.Ordinal) || line.Contains("=>", StringComparison.Ordinal)) return false;
        bool homeFirst = line.StartsWith("Home", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Start", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("Accueil", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Inicio", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("首页", StringComparison.Ordinal) || line.StartsWith("当前位置", StringComparison.Ordinal)
            || line.StartsWith("您的位置", StringComparison.Ordinal) || line.StartsWith("You are here", StringComparison.OrdinalIgnoreCase);
        char last = line[^1];
        return homeFirst || (separators >= 2 && !CharClass.IsSentenceEnd(last));
    }

    private static bool IsLoginBar(ReadOnlySpan<char> line) =>
        line.Length <= 120 && ((line.Contains("用户名", StringComparison.Ordinal) && line.Contains("密码", StringComparison.Ordinal))
            || line.Contains("Login | Register", StringComparison.OrdinalIgnoreCase) || line.Contains("Sign in | Register", StringComparison.OrdinalIgnoreCase)
            || line.Contains("登录 | 注册", StringComparison.Ordinal));

    private static bool StartsWithAny(ReadOnlySpan<char> line, string[] prefixes)
    {
        foreach (var p in prefixes)
        {
            if (line.StartsWith(p, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool ContainsAnyIgnoreCase(ReadOnlySpan<char> line, string[] parts)
    {
        foreach (var p in parts)
        {
            if (line.Contains(p, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool ContainsAny(ReadOnlySpan<char> line, string[] parts)
    {
        foreach (var p in parts)
        {
            if (line.Contains(p, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
