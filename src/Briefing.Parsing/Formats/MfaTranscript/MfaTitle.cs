using System.Text.RegularExpressions;

namespace Briefing.Parsing;

/// <summary>The title of a Chinese MFA page (English or Chinese) and what it says.</summary>
/// <param name="Span">The title's span (may cover two lines when the title is split).</param>
/// <param name="Name">The spokesperson's name as printed, or <see langword="null"/> ("Foreign Ministry Spokesperson's Remarks").</param>
/// <param name="Kind">"Regular Press Conference", "Daily Briefing Online", "Remarks", "主持例行记者会", "答记者问", ...</param>
/// <param name="Date">The date in the title, when it has one.</param>
/// <param name="Language">"en" or "zh".</param>
internal sealed partial record MfaTitle(TextSpan Span, string? Name, string Kind, DateOnly? Date, string Language)
{
    // "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on July 2, 2024" and its variants:
    // "Spokesperon" (a real typo), "Spokesman", the possessive without a name or without its apostrophe ("Zhao Lijians"),
    // doubled spaces, curly apostrophes; and "Regular Press Conference of Foreign Ministry Spokesperson Mao Ning on ...".
    [GeneratedRegex(@"^(?:(?:(?:Chinese\s+)?Foreign\s+Ministry\s+|MFA\s+)?Spokes(?:person|peron|persons|man|woman)\s*(?<name>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})?\s*(?:['’]s|(?<=\p{L})s)\s+(?<kind>Regular\s+Press\s+Conference|Daily\s+Briefing\s+Online|Press\s+Conference|Regular\s+Briefing|Remarks|Comments?|Statement|Answers?\s+to\s+Journalists'?\s+Questions)\b|(?<kind>Regular\s+Press\s+Conference|Daily\s+Briefing\s+Online|Press\s+Conference)\s+(?:of|by|held\s+by)\s+(?:the\s+)?(?:(?:Chinese\s+)?Foreign\s+Ministry\s+)?Spokes(?:person|peron|man|woman)\s+(?<name>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})\s+on\b)", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishTitle();

    // "2019年12月26日外交部发言人耿爽主持例行记者会", "外交部发言人耿爽就朝鲜再次发射弹道导弹答记者问"
    // (matched on simplified characters with pinyin removed).
    [GeneratedRegex(@"^(?:(?<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*)?(?:中国)?外交部发言人\s*(?<name>\p{IsCJKUnifiedIdeographs}{2,3}?)\s*(?:(?<kind>主持(?:例行)?记者会|例行记者会|记者会)|就.{1,80}?(?<kind>答记者问|发表谈话|答问|表态))", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseTitle();

    /// <summary>Reads a title from <paramref name="line"/> (and, when the line stops short, the next one).</summary>
    public static MfaTitle? TryRead(string text, SourceLine line, SourceLine? next)
    {
        if (line.Content.Length < 10) return null;
        // A title opens its line; on a page stored as one line only the line's start can be the title.
        var raw = text.AsSpan(line.Content.Start, Math.Min(line.Content.Length, 400));
        if (!MayHoldTitle(raw)) return null;
        var span = line.Content;
        string candidate = Clean(raw);
        var (m, language) = Match(candidate);
        if (m is null && next is { IsBlank: false } n && n.Content.Length < 600)
        {
            // A title split across two lines ("... Wang Wenbin’s" / "Regular Press Conference on August 19, 2022",
            // "2022年8月19日外交部发言人汪文斌" / "主持例行记者会").
            var joined = TextSpan.FromBounds(line.Content.Start, n.Content.End);
            string second = Clean(text.AsSpan(n.Content.Start, n.Content.Length));
            var (m2, language2) = Match(candidate + (CharClass.IsCjk(second.Length > 0 ? second[0] : ' ') ? "" : " ") + second);
            if (m2 is null) return null;
            (m, language, span, candidate) = (m2, language2, joined, candidate + (CharClass.IsCjk(second.Length > 0 ? second[0] : ' ') ? "" : " ") + second);
        }
        if (m is null) return null;

        DateOnly? date = null;
        int titleEnd = m.Index + m.Length;
        if (language == "zh")
        {
            if (DateText.TryFindChineseDate(m.Value, out var zh)) date = zh;
        }
        else if (DateText.TryFindEnglishDate(candidate[m.Index..], out var d, out int dateIndex, out int dateLength))
        {
            date = d;
            titleEnd = m.Index + dateIndex + dateLength;
        }
        // A whole page on one line: the title ends with its date (English) or its kind (Chinese); the body follows.
        // (Cleaning that keeps the length, such as folding traditional characters, keeps the offsets too.)
        if (span == line.Content && titleEnd < line.Content.Length && candidate.Length == raw.Length)
            span = new TextSpan(line.Content.Start, titleEnd);
        string? name = m.Groups["name"].Success ? Regex.Replace(m.Groups["name"].Value, @"\s+", " ") : null;
        return new MfaTitle(span, name, Regex.Replace(m.Groups["kind"].Value, @"\s+", " "), date, language);
    }

    /// <summary>Whether a line reads like an MFA title, in English or Chinese (used to recognise related-news lists).</summary>
    public static bool LooksLikeTitle(ReadOnlySpan<char> line) =>
        line.Length is >= 10 and <= 400 && MayHoldTitle(line) && Match(Clean(line)).Match is not null;

    /// <summary>Whether any of the first 200 lines of the detection window is an MFA title (computed once per detection).</summary>
    public static bool AnyIn(DetectionContext context) =>
        context.GetOrAdd(typeof(MfaTitle), static c =>
        {
            var lines = c.Lines;
            for (int i = 0; i < lines.Count && i < 200; i++)
            {
                if (!lines[i].IsBlank && LooksLikeTitle(c[lines[i].Content])) return Boxed.True;
            }
            return Boxed.False;
        }) == Boxed.True;

    private static class Boxed
    {
        public static readonly object True = new(), False = new();
    }

    /// <summary>A cheap test before the patterns: every title names a spokes… or 外交部 (whose 外 survives injected pinyin).</summary>
    private static bool MayHoldTitle(ReadOnlySpan<char> s) =>
        s.Contains("Spokes", StringComparison.Ordinal) || s.Contains('外');

    private static (Match? Match, string Language) Match(string candidate)
    {
        var en = EnglishTitle().Match(candidate);
        if (en.Success) return (en, "en");
        var zh = ChineseTitle().Match(candidate);
        return zh.Success ? (zh, "zh") : (null, "en");
    }

    /// <summary>The line as text: markup removed, whitespace normalised, traditional characters folded, pinyin removed.</summary>
    private static string Clean(ReadOnlySpan<char> raw)
    {
        string text = Markup.Contains(raw) || raw.ContainsAny('&', '\u00A0') ? TextNormalizer.Normalize(raw) : raw.ToString();
        if (!text.AsSpan().ContainsAnyInRange('\u3400', '\u9FFF')) return text;
        return ChineseText.StripPinyin(ChineseText.ToSimplified(text));
    }
}
