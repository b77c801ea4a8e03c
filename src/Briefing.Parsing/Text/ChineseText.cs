using System.Collections.Frozen;
using System.Text;

namespace Briefing.Parsing;

/// <summary>
/// Chinese-text helpers: folding traditional characters to simplified ones (so labels, names and titles of
/// traditional-character copies resolve like simplified ones), and removing pinyin that content farms inject after
/// characters ("赵立坚(zhào lì jiān)"). Folding is one character to one character, so offsets never move.
/// </summary>
internal static class ChineseText
{
    // Traditional → simplified for the characters of names, outlets, titles and labels met in briefings.
    private const string Traditional = "問記發會報聯國際經濟時環網衛鳳廣東聞總團約韓趙堅華瑩陸寧劍剛馬劉為啟樂鄧張陳楊黃鄭謝羅葉蘇盧蔣龍萬許錢於亞歐澳門臺灣視電員論說請關對於與們這個來經過實現還進發將應該產業務區兩議議會談達護險變讓壓擊傳軍隊戰導彈邊圖書館藝術體育醫療藥歲數據點線當從並開門問題義務習總統書記長聽見觀點態度權勢頭條處領域種類協調組織機構標準設備計劃單獨車輛鐵運輸貿易價格銷售購買資訊軟體記錄屬於時間參與調查島孫璽氣歷屆";
    private const string Simplified  = "问记发会报联国际经济时环网卫凤广东闻总团约韩赵坚华莹陆宁剑刚马刘为启乐邓张陈杨黄郑谢罗叶苏卢蒋龙万许钱于亚欧澳门台湾视电员论说请关对于与们这个来经过实现还进发将应该产业务区两议议会谈达护险变让压击传军队战导弹边图书馆艺术体育医疗药岁数据点线当从并开门问题义务习总统书记长听见观点态度权势头条处领域种类协调组织机构标准设备计划单独车辆铁运输贸易价格销售购买资讯软体记录属于时间参与调查岛孙玺气历届";

    private static readonly FrozenDictionary<char, char> s_toSimplified = BuildMap();

    private static FrozenDictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>();
        for (int i = 0; i < Traditional.Length && i < Simplified.Length; i++)
        {
            if (Traditional[i] != Simplified[i]) map.TryAdd(Traditional[i], Simplified[i]);
        }
        return map.ToFrozenDictionary();
    }

    /// <summary>The simplified form of a traditional character, or the character itself.</summary>
    public static char ToSimplified(char c) => c >= '\u3400' && s_toSimplified.TryGetValue(c, out char s) ? s : c;

    /// <summary>A copy of <paramref name="text"/> with traditional characters folded to simplified ones (same length).</summary>
    public static string ToSimplified(ReadOnlySpan<char> text)
    {
        return string.Create(text.Length, text.ToString(), static (dest, src) =>
        {
            for (int i = 0; i < src.Length; i++) dest[i] = ToSimplified(src[i]);
        });
    }

    /// <summary>Whether <paramref name="c"/> is a Latin letter used in pinyin (with or without a tone mark).</summary>
    private static bool IsPinyinLetter(char c) =>
        char.IsAsciiLetterLower(c) || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ".Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// Removes pinyin injected after Chinese characters: parenthesised runs of pinyin ("赵立坚(zhào lì jiān)", "记（jì）者")
    /// and pinyin words after a character ("赵立坚 zhào lì jiān"). Returns the text unchanged when there is none.
    /// </summary>
    public static string StripPinyin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('a', 'z') && !text.AsSpan().ContainsAnyInRange('\u0100', '\u01DC')) return text;
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if ((c is '(' or '（') && i > 0 && CharClass.IsCjk(text[i - 1]))
            {
                int j = i + 1;
                while (j < text.Length && (IsPinyinLetter(text[j]) || text[j] == ' ')) j++;
                if (j < text.Length && j > i + 1 && text[j] is ')' or '）')
                {
                    i = j + 1;
                    continue;
                }
            }
            if (c == ' ' && i > 0 && CharClass.IsCjk(text[i - 1]) && i + 1 < text.Length && IsPinyinLetter(text[i + 1]))
            {
                int j = i;
                while (j < text.Length && (IsPinyinLetter(text[j]) || text[j] == ' ')) j++;
                // Only a run that is followed by Chinese, punctuation or the end is pinyin ("赵立坚 zhào lì jiān：").
                if (j >= text.Length || !char.IsAsciiLetter(text[j]))
                {
                    i = j;
                    continue;
                }
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }
}
