namespace Briefing.Parsing.Tests.Text;

/// <summary>
/// <see cref="ChineseText"/>: folding traditional characters to simplified ones and back through the table derived
/// from OpenCC (Text/Data/chinese-variants.txt), traditional-only characters, and pinyin removal.
/// </summary>
public sealed class ChineseTextTests
{
    /// <summary>Traditional → simplified pairs of names, outlets, titles and labels met in briefings.</summary>
    public static TheoryData<char, char> Pairs() => new()
    {
        { '問', '问' }, { '記', '记' }, { '發', '发' }, { '會', '会' }, { '寧', '宁' }, { '華', '华' }, { '瑩', '莹' },
        { '趙', '赵' }, { '堅', '坚' }, { '劉', '刘' }, { '陸', '陆' }, { '鄭', '郑' }, { '臺', '台' }, { '灣', '湾' },
        { '聯', '联' }, { '韓', '韩' }, { '衛', '卫' }, { '視', '视' }, { '報', '报' }, { '國', '国' }, { '際', '际' },
        { '經', '经' }, { '濟', '济' }, { '時', '时' }, { '環', '环' }, { '網', '网' }, { '鳳', '凤' }, { '廣', '广' },
        { '東', '东' }, { '聞', '闻' }, { '總', '总' }, { '團', '团' }, { '約', '约' }, { '劍', '剑' }, { '剛', '刚' },
        { '馬', '马' }, { '啟', '启' }, { '樂', '乐' }, { '鄧', '邓' }, { '張', '张' }, { '陳', '陈' }, { '楊', '杨' },
        { '黃', '黄' }, { '謝', '谢' }, { '羅', '罗' }, { '葉', '叶' }, { '蘇', '苏' }, { '盧', '卢' }, { '蔣', '蒋' },
        { '龍', '龙' }, { '萬', '万' }, { '許', '许' }, { '錢', '钱' }, { '亞', '亚' }, { '歐', '欧' }, { '門', '门' },
        { '電', '电' }, { '說', '说' }, { '請', '请' }, { '關', '关' }, { '對', '对' }, { '與', '与' }, { '於', '于' },
        { '孫', '孙' }, { '璽', '玺' }, { '賓', '宾' }, { '譯', '译' }, { '禮', '礼' }, { '鄰', '邻' }, { '繼', '继' },
        { '後', '后' }, { '裏', '里' }, { '乾', '干' }, { '薴', '苎' },
    };

    /// <summary>Simplified → traditional: the form a traditional-character document prints (OpenCC's first candidate).</summary>
    public static TheoryData<string, string> TraditionalNames() => new()
    {
        { "毛宁", "毛寧" }, { "华春莹", "華春瑩" }, { "赵立坚", "趙立堅" }, { "汪文斌", "汪文斌" }, { "刘建超", "劉建超" },
        { "陆慷", "陸慷" }, { "郑泽光", "鄭澤光" }, { "新华社", "新華社" }, { "记者", "記者" }, { "问", "問" },
        { "台湾", "臺灣" }, { "韩国", "韓國" }, { "外交部发言人", "外交部發言人" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Folds_a_traditional_character_to_its_simplified_form(char traditional, char simplified)
    {
        Assert.Equal(simplified, ChineseText.ToSimplified(traditional));
        Assert.Equal(simplified.ToString(), ChineseText.ToSimplified(traditional.ToString()));
        // A simplified character stays as it is.
        Assert.Equal(simplified, ChineseText.ToSimplified(simplified));
    }

    [Theory]
    [MemberData(nameof(TraditionalNames))]
    public void Prints_a_simplified_name_in_traditional_characters_and_folds_it_back(string simplified, string traditional)
    {
        Assert.Equal(traditional, ChineseText.ToTraditional(simplified));
        Assert.Equal(simplified, ChineseText.ToSimplified(traditional));
        Assert.Equal(traditional, ChineseText.ToTraditional(ChineseText.ToSimplified(traditional)));
    }

    [Fact]
    public void The_spokespersons_of_traditional_copies_fold_to_the_directory_names()
    {
        Assert.Equal("毛宁", ChineseText.ToSimplified("毛寧"));
        Assert.Equal("华春莹", ChineseText.ToSimplified("華春瑩"));
        Assert.Equal("赵立坚", ChineseText.ToSimplified("趙立堅"));
        Assert.Equal("汪文斌", ChineseText.ToSimplified("汪文斌"));
        Assert.Equal("外交部发言人毛宁主持例行记者会", ChineseText.ToSimplified("外交部發言人毛寧主持例行記者會"));
    }

    /// <summary>
    /// Every pair of the 197-character table that ChineseText held before the OpenCC data still folds the same way:
    /// labels, names and titles that resolved before resolve now.
    /// </summary>
    [Fact]
    public void Every_pair_of_the_former_hand_made_table_folds_as_before()
    {
        const string traditional = "問記發會報聯國際經濟時環網衛鳳廣東聞總團約韓趙堅華瑩陸寧劍剛馬劉為啟樂鄧張陳楊黃鄭謝羅葉蘇盧蔣龍萬許錢於亞歐澳門臺灣視電員論說請關對於與們這個來經過實現還進發將應該產業務區兩議議會談達護險變讓壓擊傳軍隊戰導彈邊圖書館藝術體育醫療藥歲數據點線當從並開門問題義務習總統書記長聽見觀點態度權勢頭條處領域種類協調組織機構標準設備計劃單獨車輛鐵運輸貿易價格銷售購買資訊軟體記錄屬於時間參與調查島孫璽氣歷屆";
        const string simplified = "问记发会报联国际经济时环网卫凤广东闻总团约韩赵坚华莹陆宁剑刚马刘为启乐邓张陈杨黄郑谢罗叶苏卢蒋龙万许钱于亚欧澳门台湾视电员论说请关对于与们这个来经过实现还进发将应该产业务区两议议会谈达护险变让压击传军队战导弹边图书馆艺术体育医疗药岁数据点线当从并开门问题义务习总统书记长听见观点态度权势头条处领域种类协调组织机构标准设备计划单独车辆铁运输贸易价格销售购买资讯软体记录属于时间参与调查岛孙玺气历届";
        Assert.Equal(traditional.Length, simplified.Length);
        Assert.Equal(simplified, ChineseText.ToSimplified(traditional));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Press conference, Q: What about 1997?")]
    [InlineData("外交部發言人毛寧主持例行記者會（2024年7月2日）")]
    [InlineData("記者：請問，華春瑩表示 — 𠀀𪚥 (two characters outside the BMP)")]
    [InlineData("\u3400\u9FFF\uFFFD")]
    public void Keeps_the_length_and_everything_that_is_no_Chinese_variant(string text)
    {
        string simplified = ChineseText.ToSimplified(text);
        string traditional = ChineseText.ToTraditional(text);
        Assert.Equal(text.Length, simplified.Length);
        Assert.Equal(text.Length, traditional.Length);
        for (int i = 0; i < text.Length; i++)
        {
            // Surrogates, Latin, digits and punctuation never change.
            if (text[i] < '\u3400' || char.IsSurrogate(text[i]) || text[i] >= '\uFF00')
            {
                Assert.Equal(text[i], simplified[i]);
                Assert.Equal(text[i], traditional[i]);
            }
        }
    }

    [Fact]
    public void Folding_every_code_unit_is_one_to_one_idempotent_and_never_makes_a_surrogate()
    {
        int folded = 0, printed = 0;
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            char s = ChineseText.ToSimplified(ch);
            char t = ChineseText.ToTraditional(ch);
            if (s != ch) folded++;
            if (t != ch) printed++;
            if (char.IsSurrogate(ch) || c < 0x3400)
            {
                Assert.Equal(ch, s);
                Assert.Equal(ch, t);
            }
            else
            {
                Assert.False(char.IsSurrogate(s), $"U+{c:X4} folds to a surrogate");
                Assert.False(char.IsSurrogate(t), $"U+{c:X4} prints as a surrogate");
            }
            Assert.True(ChineseText.ToSimplified(s) == s, $"U+{c:X4} folds to U+{(int)s:X4}, which folds again");
            if (ChineseText.IsTraditionalOnly(ch)) Assert.NotEqual(ch, s);
        }
        // OpenCC 1.1.6's tables, after the one-code-unit rule (see the data file's header).
        Assert.InRange(folded, 2500, 4000);
        Assert.InRange(printed, 2500, 4000);
    }

    [Fact]
    public void Span_overloads_write_the_same_as_the_string_ones_and_work_in_place()
    {
        const string text = "Q: 外交部發言人毛寧說，記者會 (2024)";
        var destination = new char[text.Length + 3];
        ChineseText.ToSimplified(text, destination);
        Assert.Equal(ChineseText.ToSimplified(text), new string(destination, 0, text.Length));
        Assert.Equal('\0', destination[text.Length]);

        char[] inPlace = ChineseText.ToSimplified(text).ToCharArray();
        ChineseText.ToTraditional(inPlace, inPlace);
        Assert.Equal(ChineseText.ToTraditional(ChineseText.ToSimplified(text)), new string(inPlace));

        var error = Assert.Throws<ArgumentException>(() => ChineseText.ToSimplified(text, new char[text.Length - 1]));
        Assert.Equal("destination", error.ParamName);
        Assert.Throws<ArgumentException>(() => ChineseText.ToTraditional(text, Span<char>.Empty));
    }

    [Theory]
    [InlineData('寧', true)]
    [InlineData('華', true)]
    [InlineData('記', true)]
    [InlineData('說', true)]
    [InlineData('臺', true)]
    [InlineData('宁', false)]
    [InlineData('华', false)]
    [InlineData('台', false)]
    [InlineData('汪', false)]
    [InlineData('乾', false)] // 乾隆, 乾坤: simplified text writes it too.
    [InlineData('於', false)] // a surname in simplified text
    [InlineData('徵', false)]
    [InlineData('A', false)]
    [InlineData('：', false)]
    public void Tells_traditional_only_characters(char c, bool expected) =>
        Assert.Equal(expected, ChineseText.IsTraditionalOnly(c));

    [Theory]
    [InlineData("", 0)]
    [InlineData("Foreign Ministry Spokesperson Mao Ning", 0)]
    [InlineData("外交部发言人毛宁主持例行记者会", 0)]
    [InlineData("外交部發言人毛寧主持例行記者會", 4)] // 發 寧 記 會
    [InlineData("記者：請問，華春瑩 said (ABC)", 5)] // 記 請 問 華 瑩
    [InlineData("乾隆於徵", 0)]
    public void Counts_traditional_only_characters(string text, int expected) =>
        Assert.Equal(expected, ChineseText.CountTraditionalOnly(text));

    [Fact]
    public void The_count_tells_a_traditional_copy_from_a_simplified_one()
    {
        const string simplified = "外交部发言人华春莹主持例行记者会。问：据报道，美国国务院发表声明。答：我们注意到有关报道。";
        string traditional = ChineseText.ToTraditional(simplified);
        Assert.Equal(0, ChineseText.CountTraditionalOnly(simplified));
        Assert.True(ChineseText.CountTraditionalOnly(traditional) >= 15, traditional);
        Assert.Equal(simplified, ChineseText.ToSimplified(traditional));
    }

    [Theory]
    [InlineData("赵立坚(zhào lì jiān)：", "赵立坚：")]
    [InlineData("记（jì）者：", "记者：")]
    [InlineData("赵立坚 zhào lì jiān：问题", "赵立坚：问题")]
    [InlineData("毛宁 said the Chinese side", "毛宁 said the Chinese side")]
    [InlineData("CCTV (China Central Television)", "CCTV (China Central Television)")]
    [InlineData("没有拼音的文本", "没有拼音的文本")]
    public void Strips_injected_pinyin_as_before(string text, string expected) =>
        Assert.Equal(expected, ChineseText.StripPinyin(text));

    [Fact]
    public void The_embedded_table_loads_with_its_declared_sections()
    {
        var tables = ChineseText.VariantTables.Load();
        Assert.True(tables.Low <= '寧' && tables.High >= '寧');
        Assert.Equal(tables.High - tables.Low + 1, tables.Simplified.Length);
        Assert.Equal(tables.Simplified.Length, tables.Traditional.Length);
        Assert.InRange(tables.FoldCount, 2500, 4000);
        Assert.InRange(tables.TraditionalCount, 2500, 4000);
        Assert.InRange(tables.TraditionalOnlyCount, tables.FoldCount - 50, tables.FoldCount - 1);
    }

    [Theory]
    [InlineData("@ts 1\n問问\n@st 1\n问問\n", "section @shared is missing")]
    [InlineData("@ts 2\n問问\n@st 1\n问問\n@shared 0\n", "section @ts declares 2 lines but holds 1")]
    [InlineData("@ts 1\n問\n@st 0\n@shared 0\n", "at line 2: expected a character and a different form in @ts, got '問'")]
    [InlineData("@ts 1\n問問\n@st 0\n@shared 0\n", "expected a character and a different form")]
    [InlineData("@ts 2\n問问\n問记\n@st 0\n@shared 0\n", "'問' appears twice in @ts")]
    [InlineData("@ts 1\n問问\n@st 0\n@shared 1\n记\n", "@shared lists '记', which is no @ts key")]
    [InlineData("問问\n", "a table line before the first section")]
    [InlineData("@xx 0\n", "unknown section @xx")]
    [InlineData("@ts\n", "expected '@name count'")]
    [InlineData("@ts 0\n@st 0\n@shared 0\n", "no entries")]
    public void A_malformed_table_fails_with_a_message_that_says_what_and_where(string data, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ChineseText.VariantTables.Parse(data, "test.txt"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("test.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_with_CRLF_line_ends_and_comments_parses_like_one_with_LF()
    {
        var tables = ChineseText.VariantTables.Parse("# comment\r\n@ts 2\r\n問问\r\n乾干\r\n@st 1\r\n问問\r\n@shared 1\r\n乾\r\n", "crlf.txt");
        Assert.Equal(2, tables.FoldCount);
        Assert.Equal(1, tables.TraditionalCount);
        Assert.Equal(1, tables.TraditionalOnlyCount);
        Assert.Equal('问', tables.Simplified['問' - tables.Low]);
        Assert.Equal('問', tables.Traditional['问' - tables.Low]);
    }
}
