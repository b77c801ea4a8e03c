namespace Briefing.Parsing.Benchmarks.Generation;

/// <summary>
/// The word, sentence and name pools the generator draws from. All written for this project: the prose is nonsense
/// with the statistics of a briefing (line lengths, label density, punctuation), not copied text.
/// </summary>
/// <remarks>
/// The English and Chinese pools of <see cref="Subjects"/>, <see cref="Verbs"/>, <see cref="Objects"/>,
/// <see cref="Tails"/>, <see cref="Questions"/> and <see cref="Openers"/> are parallel: entry <c>i</c> of the Chinese
/// pool says what entry <c>i</c> of the English pool says, so bilingual documents hold real translation pairs.
/// The first five English pools are those of the former <c>LargeTranscriptGenerator</c>, in the same order, so the
/// 1 MB document is unchanged.
/// </remarks>
internal static class Pools
{
    public static readonly string[] Subjects =
    [
        "the delegation", "the ministry", "the two sides", "the working group", "the committee", "the envoy",
        "the region", "the secretariat", "the partners", "the coastal provinces", "the joint commission",
        "the trade office", "the research institutes", "the port authority", "the summit organisers",
    ];

    public static readonly string[] SubjectsZh =
    [
        "代表团", "外交部", "双方", "工作组", "委员会", "特使",
        "本地区", "秘书处", "各合作伙伴", "沿海省份", "联合委员会",
        "贸易办公室", "各研究机构", "港务部门", "峰会主办方",
    ];

    public static readonly string[] Verbs =
    [
        "discussed", "reviewed", "welcomed", "supported", "announced", "postponed", "signed", "prepared",
        "proposed", "examined", "expanded", "renewed", "clarified", "outlined", "followed up on", "agreed on",
    ];

    public static readonly string[] VerbsZh =
    [
        "讨论了", "审议了", "欢迎", "支持", "宣布了", "推迟了", "签署了", "筹备了",
        "提出了", "研究了", "扩大了", "延续了", "澄清了", "介绍了", "跟进了", "商定了",
    ];

    public static readonly string[] Objects =
    [
        "a framework for cooperation", "the new shipping routes", "the exchange programme", "a draft agreement",
        "the grain corridor", "the climate roadmap", "a joint statement", "the visa arrangements",
        "the fisheries plan", "the satellite project", "a package of measures", "the rail link",
        "the customs procedures", "the health initiative", "the energy partnership", "the youth forum",
    ];

    public static readonly string[] ObjectsZh =
    [
        "合作框架", "新航线", "交流项目", "协议草案",
        "粮食走廊", "气候路线图", "联合声明", "签证安排",
        "渔业计划", "卫星项目", "一揽子措施", "铁路联通项目",
        "海关程序", "卫生倡议", "能源伙伴关系", "青年论坛",
    ];

    public static readonly string[] Tails =
    [
        "in the coming weeks", "on the basis of mutual respect", "after several rounds of talks",
        "through dialogue and consultation", "at the request of both parties", "as agreed last year",
        "in line with international practice", "despite some remaining differences", "for the benefit of all",
        "within the existing mechanisms", "ahead of the autumn meetings", "according to the published schedule",
    ];

    public static readonly string[] TailsZh =
    [
        "在未来几周内", "在相互尊重的基础上", "经过多轮会谈",
        "通过对话协商", "应双方要求", "按照去年商定的安排",
        "按照国际惯例", "尽管仍存在一些分歧", "本着互利共赢的精神",
        "在现有机制框架内", "在秋季会议之前", "按照公布的日程",
    ];

    public static readonly string[] Questions =
    [
        "What is your comment?", "Can you share more details?", "How does China view this?",
        "Do you have any response to that?", "Could you confirm the report?", "What are the expectations for the visit?",
        "Will China take part?", "When will the talks resume?",
    ];

    public static readonly string[] QuestionsZh =
    [
        "中方对此有何评论？", "能否介绍更多情况？", "中方如何看待？",
        "你对此有何回应？", "你能否证实有关报道？", "中方对此访有何期待？",
        "中方是否会参加？", "会谈何时恢复？",
    ];

    public static readonly string[] Openers =
    [
        "As far as I know,", "I would like to stress that", "We have noted the reports.", "I can confirm that",
        "Let me make it clear that", "On your first question,", "I have no information to release at the moment, but",
        "As we said before,",
    ];

    public static readonly string[] OpenersZh =
    [
        "据我了解，", "我想强调的是，", "我们注意到有关报道。", "我可以证实，",
        "我要明确指出，", "关于你的第一个问题，", "目前我没有可以发布的信息，但是", "正如我们此前所说，",
    ];

    /// <summary>Questions of other institutions (no "China" in them).</summary>
    public static readonly string[] GenericQuestions =
    [
        "What is the government's position on this?", "Can you give us an update on the talks?",
        "Has the minister spoken to his counterpart?", "Is there a timeline for the agreement?",
        "Could you comment on the reports from the border?", "Will there be a joint statement after the visit?",
        "What does the department expect from the meeting?", "Is the delegation still in the capital?",
    ];

    /// <summary>Machine-translation turns of phrase, mixed into machine-translated reposts.</summary>
    public static readonly string[] MachineTranslated =
    [
        "The Chinese side has always been the relevant situation is closely concerned.",
        "We hope the relevant party can do more things that are conducive to the mutual trust.",
        "This is consistent and clear, I want to emphasize again.",
        "Regarding the specific situation, I suggest you to ask the competent department.",
        "The two sides exchanged views in depth on the bilateral relations and issues of common concern view.",
        "China is willing to work with all parties to push the relevant work to achieve positive progress.",
    ];

    /// <summary>Hindi in Latin script, as Indian briefings print it.</summary>
    public static readonly string[] Hinglish =
    [
        "Sir, kya aap bata sakte hain ki is mudde par sarkar ka kya rukh hai?",
        "Jaisa ki maine pehle bhi kaha hai, is vishay par hamari sthiti saaf hai.",
        "Kya videsh mantri ki yatra ke dauran is samjhaute par hastakshar honge?",
        "Hum is baare mein jab bhi soochna hogi, aapke saath zaroor share karenge.",
    ];

    public static readonly string[] GermanSubjects =
    [
        "Die Bundesregierung", "Das Ministerium", "Die Delegation", "Die Arbeitsgruppe", "Die Kommission",
        "Der Sonderbeauftragte", "Das Sekretariat", "Die Partner",
    ];

    public static readonly string[] GermanVerbs = ["prüft", "begrüßt", "unterstützt", "bereitet", "bespricht", "verlängert", "erläutert"];

    public static readonly string[] GermanObjects =
    [
        "den Entwurf des Abkommens", "das Austauschprogramm", "die neuen Schifffahrtsrouten", "den Klimafahrplan",
        "die Visaregelungen", "das Maßnahmenpaket", "die Energiepartnerschaft", "die gemeinsame Erklärung",
    ];

    public static readonly string[] GermanTails =
    [
        "in den kommenden Wochen", "auf der Grundlage gegenseitigen Respekts", "nach mehreren Gesprächsrunden",
        "im Rahmen der bestehenden Mechanismen", "vor den Herbsttreffen", "wie im vergangenen Jahr vereinbart",
    ];

    public static readonly string[] GermanQuestions =
    [
        "Wie bewertet die Bundesregierung das?", "Können Sie das bestätigen?", "Gibt es dazu schon einen Zeitplan?",
        "Was erwarten Sie von dem Treffen?", "Hat die Ministerin mit ihrem Amtskollegen gesprochen?",
    ];

    /// <summary>Chinese MFA spokespersons with the years they held briefings (approximately).</summary>
    public static readonly (string English, string Chinese, string Surname, int From, int To)[] MfaSpokespersons =
    [
        ("Kong Quan", "孔泉", "Kong", 2004, 2006), ("Liu Jianchao", "刘建超", "Liu", 2006, 2009),
        ("Qin Gang", "秦刚", "Qin", 2006, 2014), ("Jiang Yu", "姜瑜", "Jiang", 2006, 2012),
        ("Ma Zhaoxu", "马朝旭", "Ma", 2009, 2011), ("Hong Lei", "洪磊", "Hong", 2010, 2016),
        ("Hua Chunying", "华春莹", "Hua", 2012, 2022), ("Lu Kang", "陆慷", "Lu", 2015, 2019),
        ("Geng Shuang", "耿爽", "Geng", 2016, 2020), ("Zhao Lijian", "赵立坚", "Zhao", 2020, 2022),
        ("Wang Wenbin", "汪文斌", "Wang", 2020, 2024), ("Mao Ning", "毛宁", "Mao", 2022, 2025),
        ("Lin Jian", "林剑", "Lin", 2024, 2025), ("Guo Jiakun", "郭嘉昆", "Guo", 2025, 2025),
    ];

    /// <summary>Outlets as the English MFA pages label them, with their Chinese labels (parallel).</summary>
    public static readonly string[] MfaOutlets =
    [
        "CCTV", "Reuters", "AFP", "Bloomberg", "China Daily", "China News Service", "Global Times", "NHK",
        "Yonhap News Agency", "Phoenix TV", "The Paper", "AP", "Xinhua News Agency", "RIA Novosti", "Beijing Daily",
    ];

    public static readonly string[] MfaOutletsZh =
    [
        "总台央视记者", "路透社记者", "法新社记者", "彭博社记者", "《中国日报》记者", "中新社记者", "《环球时报》记者", "日本NHK电视台记者",
        "韩联社记者", "凤凰卫视记者", "澎湃新闻记者", "美联社记者", "新华社记者", "俄新社记者", "北京日报记者",
    ];

    public static readonly string[] MachineTranslatedOutlets =
    [
        "CCTV reporter", "Reuters reporter", "Macau Monthly Reporter", "CCTV reporter at the Central Radio and Television Station",
        "Bloomberg reporter", "AFP reporter", "Phoenix TV reporter", "China News Agency reporter", "Global Times reporter",
    ];

    public static readonly string[] StateSpokespersons = ["MR PRICE", "MR KIRBY", "MS PSAKI", "MR MILLER", "MR PATEL", "MS. NAUERT", "MR TONER"];

    public static readonly string[] StateFullNames = ["Ned Price", "John Kirby", "Jen Psaki", "Matthew Miller", "Vedant Patel", "Heather Nauert", "Mark Toner"];

    public static readonly string[] UnSpokespersons = ["Stéphane Dujarric", "Farhan Haq", "Florencia Soto Niño"];

    public static readonly string[] UnTopics = ["Syria", "Sudan", "Haiti", "Climate", "Ukraine", "Central African Republic", "Yemen", "Sahel", "Guest Tomorrow", "Financial Contribution"];

    public static readonly string[] JapanMinisters = ["Hayashi", "Kamikawa", "Motegi", "Kishida", "Koumura", "Iwaya"];

    public static readonly string[] JapanJournalists =
    [
        "Toba, Nippon TV", "Sato, Kyodo News", "Ito, Asahi Shimbun", "Yamada, NHK", "Kato, Jiji Press", "Suzuki, Fuji TV",
        "Watanabe, Yomiuri Shimbun", "Kobayashi, TV Asahi",
    ];

    public static readonly string[] IndiaSpokespersons = ["Randhir Jaiswal", "Arindam Bagchi", "Anurag Srivastava", "Raveesh Kumar", "Gopal Baglay"];

    public static readonly string[] IndiaJournalists = ["Sidhant", "Rishabh", "Raza", "Maha", "Yeshi", "Suhasini", "Pranay", "Question"];

    public static readonly string[] PakistanSpokespersons = ["Mumtaz Zahra Baloch", "Asim Iftikhar Ahmad", "Shafqat Ali Khan", "Zahid Hafeez Chaudhri"];

    public static readonly string[] RussiaTopics =
    [
        "Sergey Lavrov's talks with his counterpart", "The situation in Syria", "Upcoming events", "The grain corridor",
        "Developments in the Balkans", "Russian diplomatic property abroad", "Anniversary of diplomatic relations",
        "The humanitarian situation in the region", "Visa issues", "Cooperation within BRICS",
    ];

    public static readonly string[] NewsOutlets = ["Reuters", "AFP", "Xinhua", "AP", "Bloomberg"];

    public static readonly string[] Reporters = ["Yew Lun", "Liz Lee", "Martin Quin", "Ryan Woo", "Laurie Chen", "Ethan Wang"];

    public static readonly string[] ChineseReporters = ["李明", "王华", "张颖", "刘洋", "陈静", "赵磊"];

    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    /// <summary>Simplified → traditional for the characters the Chinese pools and templates use most.</summary>
    public static readonly (char Simplified, char Traditional)[] Traditional =
    [
        ('发', '發'), ('记', '記'), ('会', '會'), ('问', '問'), ('国', '國'), ('对', '對'), ('关', '關'), ('双', '雙'),
        ('议', '議'), ('这', '這'), ('们', '們'), ('时', '時'), ('与', '與'), ('为', '為'), ('经', '經'), ('过', '過'),
        ('进', '進'), ('动', '動'), ('长', '長'), ('开', '開'), ('协', '協'), ('谈', '談'), ('说', '說'), ('员', '員'),
        ('华', '華'), ('欢', '歡'), ('报', '報'), ('务', '務'), ('区', '區'), ('际', '際'), ('将', '將'), ('应', '應'),
        ('现', '現'), ('实', '實'), ('团', '團'), ('组', '組'), ('线', '線'), ('项', '項'), ('签', '簽'), ('气', '氣'),
        ('论', '論'), ('评', '評'), ('诚', '誠'), ('从', '從'), ('总', '總'), ('台', '臺'), ('视', '視'), ('宁', '寧'),
        ('们', '們'), ('联', '聯'), ('韩', '韓'), ('机', '機'), ('构', '構'), ('贸', '貿'), ('处', '處'), ('渔', '漁'),
    ];

    /// <summary>Pinyin that content farms inject after some characters, even inside labels.</summary>
    public static readonly (char Character, string Pinyin)[] InjectedPinyin =
    [
        ('动', "(dòng)"), ('動', "(dòng)"), ('发', "(fā)"), ('發', "(fā)"), ('会', "(huì)"), ('會', "(huì)"), ('进', "(jìn)"),
        ('進', "(jìn)"), ('联', "(lián)"), ('聯', "(lián)"), ('实', "(shí)"), ('實', "(shí)"),
    ];
}
