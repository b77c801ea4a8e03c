using System.Globalization;
using System.Text;

namespace Briefing.Parsing.Benchmarks.Generation;

/// <summary>The text families of <c>docs/formats.md</c> (as users feed them), one per generated shape.</summary>
public enum DocumentFamily
{
    /// <summary>Chinese MFA transcript in English, with site chrome (breadcrumbs, time stamps, share widgets, related news).</summary>
    MfaEnglish,
    /// <summary>Chinese MFA transcript in Chinese: 问/答 or 记者 labels, full-width colons, some traditional copies with pinyin.</summary>
    MfaChinese,
    /// <summary>A learning site's bilingual copy: each paragraph in Chinese, then in English.</summary>
    Bilingual,
    /// <summary>A machine-translated English repost ("hosted a regular press conference", "CCTV reporter:").</summary>
    MachineTranslated,
    /// <summary>An excerpt pasted from the middle of an MFA conference, in English or Chinese.</summary>
    Excerpt,
    /// <summary>US State Department press briefing (MR PRICE:/QUESTION:, times, stage notes).</summary>
    StateDepartment,
    /// <summary>UN noon briefing (Spokesperson for the Secretary-General; headed monologue, then Question:/Spokesman:).</summary>
    UnNoon,
    /// <summary>Japan MOFA press conference (translation notice, Date:/Place:, main topics, "Surname, Outlet:" labels).</summary>
    JapanMofa,
    /// <summary>India MEA weekly briefing ("Official Spokesperson, Shri Name:", first-name journalists, Hindi in Latin script).</summary>
    IndiaMea,
    /// <summary>Russian MFA briefing (glued date and time, language bar, table of contents, topic headings).</summary>
    RussiaMfa,
    /// <summary>Pakistan MOFA weekly briefing (rush-transcript notice, monologue, sometimes Question:/Answer:).</summary>
    Pakistan,
    /// <summary>An English news report of a briefing (headline, caption, dateline, reported speech).</summary>
    NewsEnglish,
    /// <summary>A Chinese news report of a briefing (电头, 表示/指出, 有记者问).</summary>
    NewsChinese,
    /// <summary>An institution without a shipped format (English Q./A., German Frage:/Antwort:).</summary>
    Unknown,
}

/// <summary>A generated document.</summary>
/// <param name="Name">A file-name-safe name: its index and family.</param>
/// <param name="Family">The family it imitates.</param>
/// <param name="Text">The text.</param>
public sealed record GeneratedDocument(string Name, DocumentFamily Family, string Text)
{
    /// <summary>The size of <see cref="Text"/> in UTF-8 bytes (what the file weighs on disk).</summary>
    public int Utf8Bytes => Encoding.UTF8.GetByteCount(Text);
}

/// <summary>
/// The benchmarks' one generator of input texts: deterministic (seeded) documents of every family of
/// <c>docs/formats.md</c>, at real sizes, from the project's own templates and the sentence pools in <see cref="Pools"/>.
/// It never uses corpus text. The stress inputs (<see cref="StressInputs"/>) are built from it too.
/// </summary>
public static class DocumentGenerator
{
    /// <summary>The seed of the benchmark set; change it and every figure changes.</summary>
    public const int DefaultSeed = 20_260_101;

    // How often each family occurs in the set: roughly how often users feed it (MFA copies dominate).
    private static readonly (DocumentFamily Family, int Weight)[] s_weights =
    [
        (DocumentFamily.MfaEnglish, 24), (DocumentFamily.MfaChinese, 14), (DocumentFamily.Bilingual, 6),
        (DocumentFamily.MachineTranslated, 6), (DocumentFamily.Excerpt, 6), (DocumentFamily.StateDepartment, 7),
        (DocumentFamily.UnNoon, 5), (DocumentFamily.JapanMofa, 4), (DocumentFamily.IndiaMea, 4), (DocumentFamily.RussiaMfa, 4),
        (DocumentFamily.Pakistan, 3), (DocumentFamily.NewsEnglish, 8), (DocumentFamily.NewsChinese, 5), (DocumentFamily.Unknown, 4),
    ];

    /// <summary>
    /// A set of <paramref name="count"/> documents: every family at least once (the first fourteen, one per family), the
    /// rest drawn by weight. Sizes: about 12% in 1–2 KB, 76% in 2–6 KB and 12% in 6–10 KB, clamped to
    /// [<paramref name="minBytes"/>, <paramref name="maxBytes"/>] (UTF-8).
    /// </summary>
    public static IReadOnlyList<GeneratedDocument> GenerateSet(int count, int seed = DefaultSeed, int minBytes = 1_000, int maxBytes = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, minBytes);
        var random = new Random(seed);
        var families = Enum.GetValues<DocumentFamily>();
        int totalWeight = s_weights.Sum(w => w.Weight);
        var documents = new List<GeneratedDocument>(count);
        for (int i = 0; i < count; i++)
        {
            DocumentFamily family;
            if (i < families.Length)
            {
                family = families[i];
            }
            else
            {
                int r = random.Next(totalWeight);
                family = s_weights[^1].Family;
                foreach (var (f, w) in s_weights)
                {
                    if (r < w) { family = f; break; }
                    r -= w;
                }
            }
            double band = random.NextDouble();
            int target = band < 0.12 ? random.Next(1_000, 2_000) : band < 0.88 ? random.Next(2_000, 6_000) : random.Next(6_000, 10_000);
            target = Math.Clamp(target, minBytes, maxBytes);
            int documentSeed = random.Next();
            string name = $"{i.ToString("D4", CultureInfo.InvariantCulture)}-{Slug(family)}";
            documents.Add(new GeneratedDocument(name, family, Generate(family, target, documentSeed, maxBytes)));
        }
        return documents;
    }

    /// <summary>One document of <paramref name="family"/> of about <paramref name="targetUtf8Bytes"/> bytes, never more than <paramref name="maxUtf8Bytes"/>.</summary>
    public static string Generate(DocumentFamily family, int targetUtf8Bytes, int seed, int maxUtf8Bytes = int.MaxValue)
    {
        var p = new Prose(seed);
        string text = family switch
        {
            DocumentFamily.MfaEnglish => MfaEnglish(p, targetUtf8Bytes, excerpt: false),
            DocumentFamily.MfaChinese => MfaChinese(p, targetUtf8Bytes, excerpt: false),
            DocumentFamily.Bilingual => Bilingual(p, targetUtf8Bytes),
            DocumentFamily.MachineTranslated => MachineTranslated(p, targetUtf8Bytes),
            DocumentFamily.Excerpt => p.Chance(0.7) ? MfaEnglish(p, targetUtf8Bytes, excerpt: true) : MfaChinese(p, targetUtf8Bytes, excerpt: true),
            DocumentFamily.StateDepartment => StateDepartment(p, targetUtf8Bytes),
            DocumentFamily.UnNoon => UnNoon(p, targetUtf8Bytes),
            DocumentFamily.JapanMofa => JapanMofa(p, targetUtf8Bytes),
            DocumentFamily.IndiaMea => IndiaMea(p, targetUtf8Bytes),
            DocumentFamily.RussiaMfa => RussiaMfa(p, targetUtf8Bytes),
            DocumentFamily.Pakistan => Pakistan(p, targetUtf8Bytes),
            DocumentFamily.NewsEnglish => NewsEnglish(p, targetUtf8Bytes),
            DocumentFamily.NewsChinese => NewsChinese(p, targetUtf8Bytes),
            DocumentFamily.Unknown => p.Chance(0.5) ? UnknownEnglish(p, targetUtf8Bytes) : UnknownGerman(p, targetUtf8Bytes),
            _ => throw new ArgumentOutOfRangeException(nameof(family), family, "Unknown family."),
        };
        // Some copies come from Windows machines or pages full of no-break spaces.
        if (p.Chance(0.08)) text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        return CutToBytes(text, maxUtf8Bytes);
    }

    /// <summary>The family's name as used in document names ("mfa-en", "state", ...).</summary>
    public static string Slug(DocumentFamily family) => family switch
    {
        DocumentFamily.MfaEnglish => "mfa-en",
        DocumentFamily.MfaChinese => "mfa-zh",
        DocumentFamily.Bilingual => "mfa-bi",
        DocumentFamily.MachineTranslated => "mfa-mt",
        DocumentFamily.Excerpt => "excerpt",
        DocumentFamily.StateDepartment => "state",
        DocumentFamily.UnNoon => "un-noon",
        DocumentFamily.JapanMofa => "japan",
        DocumentFamily.IndiaMea => "india",
        DocumentFamily.RussiaMfa => "russia",
        DocumentFamily.Pakistan => "pakistan",
        DocumentFamily.NewsEnglish => "news-en",
        DocumentFamily.NewsChinese => "news-zh",
        DocumentFamily.Unknown => "unknown",
        _ => family.ToString(),
    };

    /// <summary>Cuts <paramref name="text"/> at the last line break that keeps it within <paramref name="maxBytes"/> (a cut-off copy).</summary>
    private static string CutToBytes(string text, int maxBytes)
    {
        if (maxBytes == int.MaxValue || Encoding.UTF8.GetByteCount(text) <= maxBytes) return text;
        int bytes = 0, lastBreak = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
            if (bytes > maxBytes) break;
            if (c == '\n') lastBreak = i;
        }
        return lastBreak > 0 ? text[..(lastBreak + 1)] : text[..Math.Min(text.Length, maxBytes / 3)];
    }

    private static (string English, string Chinese, string Surname) MfaSpokesperson(Prose p, int year)
    {
        var candidates = Pools.MfaSpokespersons.Where(s => s.From <= year && year <= s.To).ToArray();
        var s = candidates.Length > 0 ? p.Pick(candidates) : p.Pick(Pools.MfaSpokespersons);
        return (s.English, s.Chinese, s.Surname);
    }

    private static string RelatedTitle(Prose p)
    {
        var date = p.Date(2015, 2025);
        var (name, _, _) = MfaSpokesperson(p, date.Year);
        return $"Foreign Ministry Spokesperson {name}\u2019s Regular Press Conference on {Prose.EnglishDate(date)}";
    }

    private static string RelatedTitleZh(Prose p)
    {
        var date = p.Date(2015, 2025);
        var (_, name, _) = MfaSpokesperson(p, date.Year);
        return $"{Prose.ChineseDate(date)}外交部发言人{name}主持例行记者会";
    }

    // ------------------------------------------------------------------------------------------------ MFA, English

    private static string MfaEnglish(Prose p, int target, bool excerpt)
    {
        var w = new DocumentWriter();
        var date = p.Date(2004, 2025);
        var (name, _, surname) = MfaSpokesperson(p, date.Year);
        bool anonymous = date.Year < 2019 ? !p.Chance(0.15) : p.Chance(0.1);
        bool oldStyle = date.Year < 2008 && p.Chance(0.5);
        bool blank = p.Chance(0.7);
        string answerLabel = anonymous ? "A" : oldStyle ? surname : name;
        var footer = new DocumentWriter();

        if (!excerpt)
        {
            int chrome = p.Random.Next(3);
            if (chrome == 0)
            {
                w.Line("中文 | Français | Español | Русский | عربي");
                w.Line("HOME > Press and Media Service > Spokesperson's Remarks");
            }
            else if (chrome == 1)
            {
                w.Line($"Embassy of the People's Republic of China in {p.Pick(s_embassies)}");
                w.Line("Home | About the Embassy | Consular Services | Press Releases | Contact Us");
                w.Line("HOME > Embassy News");
            }
            else
            {
                w.Line(p.Pick(["Login | Register", "登录 注册", "Sign in  Help"]));
                w.Line().Line();
            }
            if (oldStyle)
            {
                w.Paragraph($"On {date.Day.ToString(CultureInfo.InvariantCulture)} {Pools.Months[date.Month - 1]}, Foreign Ministry Spokesperson {name} held a regular press conference.", blank: true);
            }
            else
            {
                string title = date.Year == 2020 && date.Month is 2 or 3
                    ? $"Foreign Ministry Spokesperson {name}'s Daily Briefing Online on {Prose.EnglishDate(date)}"
                    : $"Foreign Ministry Spokesperson {name}{p.Pick(["\u2019s", "'s"])} Regular Press Conference on {Prose.EnglishDate(date)}";
                w.Paragraph(title, blank);
                w.Line(p.Pick([$"{Prose.Iso(date)} {p.Clock(15, 21)}", $"Updated: {Prose.EnglishDate(date)}", "(From Ministry of Foreign Affairs)", $"{Prose.Iso(date)} {p.Clock(15, 21)}  Source: MFA"]));
                if (p.Chance(0.4)) w.Line("Share: Facebook | Twitter | WeChat | Email | Print");
                w.Line();
            }
            int announcements = p.Between(0, 2);
            for (int i = 0; i < announcements; i++)
            {
                string prefix = announcements > 1 ? $"{(i + 1).ToString(CultureInfo.InvariantCulture)}. " : "";
                w.Paragraph(prefix + p.English(3, 5), blank);
            }
            if (announcements > 0 && p.Chance(0.3)) w.Paragraph("I\u2019ll take your questions now.", blank);

            footer.Line();
            footer.Line(p.Pick(["Suggest to a friend", "Suggest To A Friend:", "[Print] [Close]", "Print  Close"]));
            if (p.Chance(0.5))
            {
                footer.Line("Related News");
                int related = p.Between(3, 6);
                for (int i = 0; i < related; i++) footer.Line(RelatedTitle(p));
            }
            footer.Line(p.Pick([
                "Copyright © Ministry of Foreign Affairs of the People's Republic of China",
                "Address: No. 2 Chaoyangmen Nandajie, Chaoyang District, Beijing, 100701",
                "Tel: +86-10-00000000  Fax: +86-10-00000001  Email: press@example.org",
            ]));
        }
        else
        {
            // An excerpt starts in the middle: the tail of an answer, then whole turns.
            w.Paragraph(p.English(2, 4), blank);
        }

        int turns = 0;
        while (w.Bytes + footer.Bytes < target || turns < 2)
        {
            string questionLabel = anonymous ? "Q" : p.Pick(Pools.MfaOutlets);
            if (turns > 0 && p.Chance(0.08)) questionLabel = "Follow-up";
            string question = p.Chance(0.15) ? p.English(1, 2, question: true) + " " + p.English(1, 2, question: true) : p.English(1, 3, question: true);
            string space = p.Chance(0.05) ? "" : " ";
            w.Paragraph($"{questionLabel}:{space}{question}", blank);
            w.Paragraph($"{answerLabel}: {p.English(2, 6)}", blank);
            int extra = p.Random.Next(4);
            for (int i = 0; i < extra; i++) w.Paragraph(p.English(2, 6), blank);
            if (p.Chance(0.03)) w.Paragraph("(Laughter)", blank);
            turns++;
        }
        w.Append(footer.ToString());
        return w.ToString();
    }

    private static readonly string[] s_embassies =
    [
        "the United Kingdom", "Canada", "the Republic of Kenya", "New Zealand", "the Republic of Singapore", "Ireland", "Australia",
    ];

    // ------------------------------------------------------------------------------------------------ MFA, Chinese

    // A navigation menu of the project's own invention, in the shape such pages have (one item per line).
    private static readonly string[] s_menuZh =
    [
        "首页", "新闻中心", "外交动态", "发言人表态", "政策文件", "国家和地区", "国际组织", "领事服务", "图片",
        "视频", "专题报道", "公告", "信息公开", "服务指南", "常见问题", "联系我们", "网站地图", "无障碍浏览",
    ];

    private static string MfaChinese(Prose p, int target, bool excerpt)
    {
        var w = new DocumentWriter();
        var date = p.Date(2010, 2025);
        var (_, name, _) = MfaSpokesperson(p, date.Year);
        bool anonymous = date.Year < 2019 ? !p.Chance(0.2) : p.Chance(0.15);
        bool indent = p.Chance(0.7);
        bool blank = p.Chance(0.6);
        bool traditional = p.Chance(0.2);
        bool pinyin = traditional && p.Chance(0.5);
        string ind = indent ? "\u3000\u3000" : "";
        var footer = new DocumentWriter();

        if (!excerpt)
        {
            w.Line("English Français Español Русский عربي");
            int menu = p.Between(6, s_menuZh.Length);
            for (int i = 0; i < menu; i++) w.Line(s_menuZh[i]);
            w.Line("首页 > 外交动态 > 发言人表态");
            w.Line($"{Prose.ChineseDate(date)}外交部发言人{name}主持例行记者会");
            w.Line(p.Pick([$"发布时间：{Prose.Iso(date)} {p.Clock(15, 21)}", $"来源：外交部网站\u3000\u3000{Prose.Iso(date)}", $"{Prose.Iso(date)} {p.Clock(15, 21)}"]));
            w.Line("[字体：大 中 小]\u3000\u3000打印本页").Line();
            int announcements = p.Between(0, 2);
            string[] numbers = ["一", "二", "三"];
            for (int i = 0; i < announcements; i++)
            {
                string prefix = announcements > 1 ? numbers[i] + "、" : "";
                w.Paragraph(ind + prefix + p.Chinese(3, 5), blank);
            }
            footer.Line();
            footer.Line(p.Pick(["推荐给朋友", "【打印本页】【关闭窗口】", "分享到：微信 微博 QQ空间"]));
            if (p.Chance(0.5))
            {
                footer.Line("相关新闻");
                int related = p.Between(3, 6);
                for (int i = 0; i < related; i++) footer.Line(RelatedTitleZh(p));
            }
            footer.Line("版权所有：中华人民共和国外交部\u3000地址：北京市朝阳区朝阳门南大街2号");
        }
        else
        {
            w.Paragraph(ind + p.Chinese(2, 4), blank);
        }

        int turns = 0;
        while (w.Bytes + footer.Bytes < target || turns < 2)
        {
            string colon = p.Chance(0.12) ? ":" : "：";
            string questionLabel = anonymous ? "问" : p.Pick(Pools.MfaOutletsZh);
            string answerLabel = anonymous ? "答" : name;
            if (turns > 0 && p.Chance(0.06)) questionLabel = "追问";
            w.Paragraph($"{ind}{questionLabel}{colon}{p.Chinese(1, 3, question: true)}", blank);
            w.Paragraph($"{ind}{answerLabel}{colon}{p.Chinese(2, 6)}", blank);
            int extra = p.Random.Next(3);
            for (int i = 0; i < extra; i++) w.Paragraph(ind + p.Chinese(2, 5), blank);
            turns++;
        }
        w.Append(footer.ToString());
        string text = w.ToString();
        if (traditional) text = ToTraditional(text, fraction: p.Chance(0.5) ? 1.0 : 0.4, p);
        if (pinyin) text = InjectPinyin(text);
        return text;
    }

    private static readonly Dictionary<char, char> s_traditional = BuildTraditional();

    private static Dictionary<char, char> BuildTraditional()
    {
        var map = new Dictionary<char, char>();
        foreach (var (s, t) in Pools.Traditional) map[s] = t;
        return map;
    }

    /// <summary>Converts <paramref name="fraction"/> of the convertible characters to traditional (1.0: all of them).</summary>
    private static string ToTraditional(string text, double fraction, Prose p)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (s_traditional.TryGetValue(chars[i], out char t) && (fraction >= 1.0 || p.Chance(fraction))) chars[i] = t;
        }
        return new string(chars);
    }

    private static string InjectPinyin(string text)
    {
        var sb = new StringBuilder(text.Length + text.Length / 8);
        foreach (char c in text)
        {
            sb.Append(c);
            foreach (var (ch, pinyin) in Pools.InjectedPinyin)
            {
                if (ch == c) { sb.Append(pinyin); break; }
            }
        }
        return sb.ToString();
    }

    // ------------------------------------------------------------------------------------------------ bilingual

    private static string Bilingual(Prose p, int target)
    {
        var w = new DocumentWriter();
        var date = p.Date(2016, 2025);
        var (nameEn, nameZh, _) = MfaSpokesperson(p, date.Year);
        bool anonymous = p.Chance(0.3);
        w.Line(p.Pick(["欢迎您 登出", "登录 | 注册", "首页 > 双语阅读 > 外交部记者会"])).Line();
        w.Line($"中英对照：{Prose.ChineseDate(date)}外交部发言人{nameZh}主持例行记者会").Line();
        w.Line($"Foreign Ministry Spokesperson {nameEn}'s Regular Press Conference on {Prose.EnglishDate(date)}").Line();
        w.Line($"发布时间：{Prose.ChineseDate(date)}");
        w.Line($"Published on {Pools.Months[date.Month - 1][..3]} {date.Day.ToString(CultureInfo.InvariantCulture)}, {date.Year.ToString(CultureInfo.InvariantCulture)}");
        w.Line($"关键词：{p.Pick(Pools.ObjectsZh)} {p.Pick(Pools.ObjectsZh)} {p.Pick(Pools.SubjectsZh)}");
        var footer = new DocumentWriter().Line().Line("分享到：微信 微博 | 上一篇 | 下一篇");
        int announcements = p.Between(0, 2);
        for (int i = 0; i < announcements; i++)
        {
            var paragraph = p.DrawParagraph(2, 4, question: false);
            w.Line(Prose.Chinese(paragraph)).Line(Prose.English(paragraph));
        }
        int turns = 0;
        while (w.Bytes + footer.Bytes < target || turns < 1)
        {
            int outlet = p.Random.Next(Pools.MfaOutlets.Length);
            var question = p.DrawParagraph(1, 3, question: true);
            var answer = p.DrawParagraph(2, 5, question: false);
            if (anonymous)
            {
                w.Line("问：" + Prose.Chinese(question)).Line("Q: " + Prose.English(question));
                w.Line("答：" + Prose.Chinese(answer)).Line("A: " + Prose.English(answer));
            }
            else
            {
                w.Line($"{Pools.MfaOutletsZh[outlet]}：{Prose.Chinese(question)}").Line($"{Pools.MfaOutlets[outlet]}: {Prose.English(question)}");
                w.Line($"{nameZh}：{Prose.Chinese(answer)}").Line($"{nameEn}: {Prose.English(answer)}");
            }
            if (p.Chance(0.3))
            {
                var more = p.DrawParagraph(2, 4, question: false);
                w.Line(Prose.Chinese(more)).Line(Prose.English(more));
            }
            turns++;
        }
        w.Append(footer.ToString());
        return w.ToString();
    }

    // ------------------------------------------------------------------------------------------------ machine-translated

    private static string MachineTranslated(Prose p, int target)
    {
        var w = new DocumentWriter();
        var date = p.Date(2019, 2024);
        var (name, _, _) = MfaSpokesperson(p, date.Year);
        if (p.Chance(0.5))
        {
            w.Line($"Foreign Ministry Spokesperson {name}'s Regular Press Conference on {Prose.EnglishDate(date)}").Line();
        }
        else
        {
            w.Line($"{p.Pick(["Tellerreport", "JQK News", "Daily Digest"])} | China | {Prose.Iso(date)}");
            w.Line($"Foreign Ministry Spokesperson {name} hosted a regular press conference on {Prose.EnglishDate(date)}").Line();
        }
        int announcements = p.Between(1, 3);
        for (int i = 0; i < announcements; i++)
        {
            w.Line($"  {(i + 1).ToString(CultureInfo.InvariantCulture)}. {p.English(2, 4)} {p.Pick(Pools.MachineTranslated)}").Line();
        }
        var footer = new DocumentWriter().Line().Line($"{Prose.Iso(date)} {p.Clock(10, 23)}  Source: Foreign Ministry website   Hot news  Recommended");
        int turns = 0;
        while (w.Bytes + footer.Bytes < target || turns < 2)
        {
            w.Line($"{p.Pick(Pools.MachineTranslatedOutlets)}: {p.English(1, 2)}").Line();
            if (p.Chance(0.4)) w.Line($"  {p.English(1, 3, question: true)}").Line(); // one question split over paragraphs
            else w.Line($"  {p.Pick(Pools.Questions)}").Line();
            w.Line($"  {name}: {p.English(2, 5)} {p.Pick(Pools.MachineTranslated)}").Line();
            if (p.Chance(0.5)) w.Line($"  {p.English(2, 4)}").Line();
            turns++;
        }
        w.Append(footer.ToString());
        return w.ToString();
    }

    // ------------------------------------------------------------------------------------------------ State Department

    private static string StateDepartment(Prose p, int target)
    {
        var w = new DocumentWriter();
        var date = p.Date(2013, 2025);
        int who = p.Random.Next(Pools.StateSpokespersons.Length);
        string label = Pools.StateSpokespersons[who];
        string full = Pools.StateFullNames[who];
        bool blank = p.Chance(0.75);
        if (p.Chance(0.3))
        {
            w.Line($"(NEWSWIRE) – {Prose.DayMonthYear(date)} You are subscribed to Department Press Briefings for U.S. Department of State.");
            w.Line($"{date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture)} {p.Clock(5, 9)} PM EDT");
        }
        else
        {
            w.Line($"Department Press Briefing - {Prose.EnglishDate(date)}").Line();
        }
        w.Line($"{full}, Department Spokesperson").Line("Department Press Briefing").Line("Washington, DC").Line(Prose.EnglishDate(date)).Line();
        w.Line(p.AmericanClock(1, 3) + " EDT").Line();
        w.Paragraph($"{label}: Good afternoon, everyone. {p.English(2, 4)}", blank);
        if (p.Chance(0.5)) w.Paragraph($"[] {p.English(2, 4)}", blank);
        var footer = new DocumentWriter().Line().Line($"(The briefing was concluded at {p.AmericanClock(2, 4)})").Line().Line("# # #");
        while (w.Bytes + footer.Bytes < target)
        {
            string question = p.Chance(0.2) ? $"Thank you, {full.Split(' ')[0]}. {p.GenericQuestion(1, 3)}" : p.GenericQuestion(1, 3);
            w.Paragraph($"QUESTION: {question}", blank);
            if (p.Chance(0.15))
            {
                w.Paragraph($"{label}: {p.English(1, 1)[..^1]} --", blank);
                w.Paragraph("QUESTION: Sorry, just to follow up on that --", blank);
            }
            string stage = p.Chance(0.08) ? " (Laughter.)" : "";
            w.Paragraph($"{label}: {p.English(1, 5)}{stage}", blank);
            if (p.Chance(0.3)) w.Paragraph($"{label}: Go ahead.", blank);
        }
        w.Append(footer.ToString());
        return w.ToString();
    }

    // ------------------------------------------------------------------------------------------------ UN noon

    private static string UnNoon(Prose p, int target)
    {
        var w = new DocumentWriter();
        var date = p.Date(2012, 2025);
        string name = p.Pick(Pools.UnSpokespersons);
        bool deputy = name != Pools.UnSpokespersons[0];
        string role = deputy ? "Deputy Spokesperson" : "Spokesman";
        w.Line("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General").Line();
        w.Line($"The following is a near-verbatim transcript of today\u2019s noon briefing by {name}, {role} for the Secretary-General.").Line();
        w.Line("Good afternoon.  " + p.English(1, 3)).Line();
        bool monologue = p.Chance(0.3);
        var footer = new DocumentWriter().Line().Line($"{Prose.Iso(date)} | Meetings Coverage and Press Releases | United Nations");
        int budget = monologue ? target : target * 55 / 100;
        int sections = 0;
        while (w.Bytes + footer.Bytes < budget || sections < 2)
        {
            w.Line("**" + p.Pick(Pools.UnTopics)).Line();
            int paragraphs = p.Between(1, 3);
            for (int i = 0; i < paragraphs; i++) w.Line(p.English(2, 5)).Line();
            sections++;
        }
        if (!monologue)
        {
            w.Line("**Questions and Answers").Line();
            while (w.Bytes + footer.Bytes < target)
            {
                w.Line($"Question: {p.Pick(["Thanks, Steph. ", "Follow-up. ", "", "On Syria. "])}{p.GenericQuestion(1, 3)}").Line();
                w.Line($"{role}: {p.English(1, 4)}").Line();
            }
        }
        w.Append(footer.ToString());
        return w.ToString();
    }

    // ------------------------------------------------------------------------------------------------ Japan MOFA

    private static string JapanMofa(Prose p, int target)
    {
        var w = new DocumentWriter();
        var date = p.Date(2007, 2025);
        string minister = p.Pick(Pools.JapanMinisters);
        w.Line("(This is a provisional translation for reference only. The original text is in Japanese.)").Line();
        w.Line($"Press Conference by Foreign Minister {minister}").Line();
        w.Line($"Date: {date.DayOfWeek}, {Prose.EnglishDate(date)}, {p.Between(9, 11).ToString(CultureInfo.InvariantCulture)}:{p.Random.Next(60).ToString("00", CultureInfo.InvariantCulture)} a.m.");
        w.Line("Place: Press Conference Room, Ministry of Foreign Affairs").Line();
        int topics = p.Between(2, 5);
        var topicNames = Enumerable.Range(0, topics).Select(_ => Capitalise(p.Pick(Pools.Objects))).ToArray();
        w.Line("Main topics:").Line();
        for (int i = 0; i < topics; i++) w.Line($"  {(i + 1).ToString(CultureInfo.InvariantCulture)}. {topicNames[i]}");
        w.Line();
        bool ownLine = p.Chance(0.5);
        string ministerLabel = p.Chance(0.5) ? "Minister" : $"Minister {minister}";
        var footer = new DocumentWriter().Line().Line("Back to Index");
        int topic = 0;
        while (w.Bytes + footer.Bytes < target || topic < 1)
        {
            w.Line($"{(topic % topics + 1).ToString(CultureInfo.InvariantCulture)}. {topicNames[topic % topics]}").Line();
            if (topic == 0 && p.Chance(0.6))
            {
                if (ownLine) w.Line(ministerLabel + ":").Line(p.English(2, 5)).Line();
                else w.Line($"{ministerLabel}: {p.English(2, 5)}").Line();
            }
            int exchanges = p.Between(1, 3);
            for (int i = 0; i < exchanges; i++)
            {
                string journalist = p.Chance(0.7) ? p.Pick(Pools.JapanJournalists) : "Question";
                w.Line($"{journalist}: {p.GenericQuestion(1, 3)}").Line();
                if (ownLine) w.Line(ministerLabel + ":").Line(p.English(2, 5)).Line();
                else w.Line($"{ministerLabel}: {p.English(2, 5)}").Line();
            }
            topic++;
        }
        w.Append(footer.ToString());
        return w.ToString();
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    // ------------------------------------------------------------------------------------------------ India MEA

    private static string IndiaMea(Prose p, int target)
    {
        var w = new DocumentWriter();
        var date = p.Date(2016, 2025);
        string name = p.Pick(Pools.IndiaSpokespersons);
        string label = p.Chance(0.5) ? $"Official Spokesperson, Shri {name}" : $"Shri {name}, Official Spokesperson";
        w.Line("Media Center Media Center").Line();
        w.Line($"Transcript of Weekly Media Briefing by the Official Spokesperson ({Prose.EnglishDate(date)})").Line();
        w.Line(Prose.EnglishDate(date.AddDays(1))).Line();
        w.Line($"{label}: Good afternoon to all of you and welcome to this weekly briefing. {p.English(2, 4)}").Line();
        var footer = new DocumentWriter().Line().Line($"(Concluded)").Line().Line($"New Delhi\n{Prose.EnglishDate(date)}");
        while (w.Bytes + footer.Bytes < target)
        {
            int askers = p.Between(1, 3); // several questions before one answer
            for (int i = 0; i < askers; i++)
            {
                string journalist = p.Pick(Pools.IndiaJournalists);
                string question = p.Chance(0.2) ? p.Pick(Pools.Hinglish) : p.GenericQuestion(1, 2);
                if (journalist != "Question" && p.Chance(0.3)) question = $"Sir, {journalist} from {p.Pick(["The Hindu", "WION", "Hindustan Times", "ANI", "Zee News"])}. " + question;
                w.Line($"{journalist}: {question}").Line();
            }
            string answer = p.Chance(0.15) ? p.Pick(Pools.Hinglish) + " " + p.English(1, 3) : p.English(2, 5);
            w.Line($"{label}: {answer}").Line();
        }
        w.Append(footer.ToString());
        return w.ToString();
    }

    // ------------------------------------------------------------------------------------------------ Russian MFA

    private static string RussiaMfa(Prose p, int target)
    {
        var w = new DocumentWriter();
        var date = p.Date(2015, 2025);
        // The date glued to the time, as the site prints it.
        w.Line($"{Prose.DayMonthYear(date)}{p.Clock(12, 20)}").Line();
        w.Line($"Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, {Prose.EnglishDate(date)}").Line().Line();
        w.Line("  • de-DE1 en-GB1 es-ES1 ru-RU1 fr-FR1").Line();
        int topics = p.Between(3, 7);
        var topicNames = Enumerable.Range(0, topics).Select(_ => p.Pick(Pools.RussiaTopics)).ToArray();
        w.Line("Table of contents").Line().Line();
        for (int i = 0; i < topics; i++) w.Line($"  {(i + 1).ToString(CultureInfo.InvariantCulture)}. {topicNames[i]}");
        w.Line("  Answers to media questions:").Line();
        var footer = new DocumentWriter().Line().Line("Advanced settings").Line("Filter by date").Line("Send via e-mail   Print");
        int budget = target * 6 / 10;
        int section = 0;
        while (w.Bytes + footer.Bytes < budget || section < 1)
        {
            w.Line(topicNames[section % topics]).Line();
            int paragraphs = p.Between(1, 3);
            for (int i = 0; i < paragraphs; i++) w.Line(p.English(2, 5)).Line();
            section++;
        }
        w.Line("Answers to media questions:").Line();
        while (w.Bytes + footer.Bytes < target)
        {
            w.Line($"Question: {p.GenericQuestion(1, 3)}").Line();
            w.Line($"{p.Pick(["Maria Zakharova", "Maria Zakharova", "Answer"])}: {p.English(2, 5)}").Line();
        }
        w.Append(footer.ToString());
        return w.ToString();
    }

    // ------------------------------------------------------------------------------------------------ Pakistan MOFA

    private static string Pakistan(Prose p, int target)
    {
        var w = new DocumentWriter();
        var date = p.Date(2019, 2025);
        string name = p.Pick(Pools.PakistanSpokespersons);
        string day = date.Day.ToString(CultureInfo.InvariantCulture);
        string ordinal = date.Day switch { 1 or 21 or 31 => "st", 2 or 22 => "nd", 3 or 23 => "rd", _ => "th" };
        if (p.Chance(0.3)) w.Line("Home | Pakistan | World | Business");
        w.Line($"Transcript of the Press Briefing by the Spokesperson, Ambassador {name}, on {date.DayOfWeek}, {day}{ordinal} {Pools.Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}").Line();
        w.Line("(This is a rush transcript and may not be in its final form.)").Line();
        w.Line("Assalam-o-Alaikum. Good afternoon and welcome to the weekly press briefing.").Line();
        bool monologue = p.Chance(0.3);
        var footer = new DocumentWriter().Line().Line("* * * * *");
        int budget = monologue ? target : target / 2;
        int paragraphs = 0;
        while (w.Bytes + footer.Bytes < budget || paragraphs < 2)
        {
            w.Line(p.English(2, 5)).Line();
            paragraphs++;
        }
        if (!monologue)
        {
            w.Line("I will now take your questions.").Line();
            while (w.Bytes + footer.Bytes < target)
            {
                w.Line($"Question: {p.GenericQuestion(1, 3)}").Line();
                w.Line($"Answer: {p.English(1, 4)}").Line();
            }
        }
        w.Append(footer.ToString());
        return w.ToString();
    }

    // ------------------------------------------------------------------------------------------------ news, English

    private static string NewsEnglish(Prose p, int target)
    {
        var w = new DocumentWriter();
        var date = p.Date(2015, 2025);
        var (name, _, surname) = MfaSpokesperson(p, date.Year);
        string outlet = p.Pick(Pools.NewsOutlets);
        string weekday = date.DayOfWeek.ToString();
        string pronoun = p.Chance(0.5) ? "He" : "She";
        w.Line(p.Pick(["World", "Asia Pacific", "China"])).Line();
        w.Line($"China says {p.Pick(Pools.Subjects)} {p.Pick(Pools.Verbs)} {p.Pick(Pools.Objects)}").Line();
        w.Line(p.Pick(["1 minute read", "2 minute read", $"Published: {Pools.Months[date.Month - 1][..3]} {date.Day.ToString("00", CultureInfo.InvariantCulture)}, {date.Year.ToString(CultureInfo.InvariantCulture)} {p.Clock(1, 11)} PM"])).Line();
        var captionDate = p.Date(2018, 2024);
        w.Line($"Chinese Foreign Ministry spokesperson {name} attends a news conference in Beijing, China {Prose.EnglishDate(captionDate)}. {outlet.ToUpperInvariant()}/Staff Photographer").Line();
        string dateline = outlet == "Xinhua"
            ? $"BEIJING, {Pools.Months[date.Month - 1]} {date.Day.ToString(CultureInfo.InvariantCulture)} (Xinhua) -- "
            : p.Chance(0.25) ? "Beijing: " : $"BEIJING, {Pools.Months[date.Month - 1]} {date.Day.ToString(CultureInfo.InvariantCulture)} ({outlet}) - ";
        w.Line($"{dateline}China said on {weekday} that {p.English(1, 1).TrimEnd('.').ToLowerInvariant()}.").Line();
        w.Line($"{Capitalise(p.English(1, 2))} {name}, a spokesperson for China's foreign ministry, said at a regular press conference on {weekday}.").Line();
        var footer = new DocumentWriter().Line().Line($"Reporting by {p.Pick(Pools.Reporters)}; Editing by {p.Pick(Pools.Reporters)}").Line().Line("Our Standards: The Trust Principles.");
        string[] verbs = ["said", "stated", "remarked", "added", "noted"];
        while (w.Bytes + footer.Bytes < target)
        {
            int form = p.Random.Next(5);
            string body = p.English(1, 2);
            string lower = char.ToLowerInvariant(body[0]) + body[1..];
            w.Line(form switch
            {
                0 => $"{surname} {p.Pick(verbs)} that {lower}",
                1 => $"\"{body.TrimEnd('.')},\" {surname} {p.Pick(verbs)}.",
                2 => $"{pronoun} {p.Pick(verbs)} that {lower}",
                3 => $"According to {p.Pick(["the Ministry of Commerce", "a statement by the partners", "state media", "the news agency"])}, {lower}",
                _ => $"Beijing {p.Pick(verbs)} that {lower}",
            }).Line();
        }
        w.Append(footer.ToString());
        return w.ToString();
    }

    // ------------------------------------------------------------------------------------------------ news, Chinese

    private static string NewsChinese(Prose p, int target)
    {
        var w = new DocumentWriter();
        var date = p.Date(2015, 2025);
        var (_, name, _) = MfaSpokesperson(p, date.Year);
        string day = date.Day.ToString(CultureInfo.InvariantCulture);
        string month = date.Month.ToString(CultureInfo.InvariantCulture);
        if (p.Chance(0.5))
        {
            w.Line($"外交部：{p.Pick(Pools.SubjectsZh)}{p.Pick(Pools.VerbsZh)}{p.Pick(Pools.ObjectsZh)}");
            w.Line($"发布时间：{Prose.Iso(date)} {p.Clock(15, 22)}\u3000来源：{p.Pick(["中国新闻网", "人民网", "新华网"])}\u3000字号：大 中 小").Line();
        }
        w.Line($"中新网北京{month}月{day}日电（记者 {p.Pick(Pools.ChineseReporters)}）外交部发言人{name}{day}日在例行记者会上表示，{p.Chinese(1, 2)}").Line();
        var footer = new DocumentWriter().Line().Line("（完）").Line($"责任编辑：{p.Pick(Pools.ChineseReporters)}").Line("分享到：微信 微博 QQ空间");
        if (p.Chance(0.5))
        {
            footer.Line("相关新闻");
            for (int i = 0; i < 3; i++) footer.Line(RelatedTitleZh(p));
        }
        string[] verbs = ["表示", "指出", "强调", "说"];
        while (w.Bytes + footer.Bytes < target)
        {
            int form = p.Random.Next(4);
            w.Line(form switch
            {
                0 => $"有记者问，{p.Chinese(1, 2, question: true)}",
                1 => $"{name}{p.Pick(verbs)}，{p.Chinese(1, 3)}",
                2 => $"{name}{p.Pick(verbs)}：“{p.Chinese(1, 2)}”",
                _ => $"另据报道，{p.Pick(Pools.SubjectsZh)}表示，{p.Chinese(1, 2)}",
            }).Line();
        }
        w.Append(footer.ToString());
        return w.ToString();
    }

    // ------------------------------------------------------------------------------------------------ unknown institutions

    private static string UnknownEnglish(Prose p, int target)
    {
        var w = new DocumentWriter();
        var date = p.Date(2015, 2025);
        string ministry = p.Pick(["Ministry of Foreign Affairs of the Republic of Norland", "Office of the Government Spokesperson", "Ministry of External Relations", "Cabinet Press Office"]);
        w.Line($"{ministry} — Press Briefing, {Prose.DayMonthYear(date)}").Line();
        w.Line($"Spokesperson {p.Pick(["Anna Lindqvist", "Tomas Berger", "Elena Ruiz", "Kofi Mensah"])} opened the briefing at {p.Clock(10, 15)}.").Line();
        w.Line(p.English(2, 4)).Line();
        var footer = new DocumentWriter().Line().Line("[End of transcript]");
        while (w.Bytes + footer.Bytes < target)
        {
            w.Line($"Q. {p.GenericQuestion(1, 3)}").Line();
            w.Line($"A. {p.English(1, 4)}").Line();
        }
        w.Append(footer.ToString());
        return w.ToString();
    }

    private static string UnknownGerman(Prose p, int target)
    {
        var w = new DocumentWriter();
        var date = p.Date(2015, 2025);
        w.Line($"Regierungspressekonferenz vom {date.Day.ToString(CultureInfo.InvariantCulture)}. {s_germanMonths[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}").Line();
        w.Line("Sprecher: StS Berger, Lind (AA), Hofmann (BMF), Roth (BMVg)").Line();
        w.Line("Vors. Keller eröffnet die Pressekonferenz und begrüßt StS Berger sowie die Sprecherinnen und Sprecher der Ministerien.").Line();
        w.Line($"StS Berger: {p.German(2, 4)}").Line();
        var footer = new DocumentWriter().Line().Line("(Ende der Pressekonferenz)");
        string[] speakers = ["StS Berger", "Lind", "Hofmann", "Roth"];
        while (w.Bytes + footer.Bytes < target)
        {
            w.Line($"Frage: {p.German(1, 3, question: true)}").Line();
            w.Line($"{p.Pick(speakers)}: {p.German(1, 4)}").Line();
            if (p.Chance(0.35))
            {
                w.Line($"Zusatzfrage: {p.German(1, 2, question: true)}").Line();
                w.Line($"{p.Pick(["Antwort", "Lind", "StS Berger"])}: {p.German(1, 3)}").Line();
            }
        }
        w.Append(footer.ToString());
        return w.ToString();
    }

    private static readonly string[] s_germanMonths =
    [
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
    ];
}
