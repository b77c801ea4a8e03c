namespace Briefing.Parsing.Formats.NewsReport;

/// <summary>What the subject of an attribution is.</summary>
internal enum SubjectKind
{
    /// <summary>A named person ("Guo Jiakun", "Guo", "汪文斌", "Helen Park"), or an office-holder named by office alone.</summary>
    Person,
    /// <summary>An institution, body or country ("China's Foreign Ministry", "Beijing", "The Dutch government", "中国外交部").</summary>
    Institution,
    /// <summary>An unnamed group that speaks for itself ("Pakistani officials", "Three European diplomats", "有关国家商务部官员").</summary>
    Group,
    /// <summary>A pronoun ("He", "she", "他"): the last person named.</summary>
    Pronoun,
    /// <summary>A description ("the spokesperson", "the diplomat", "该发言人"): the briefing's spokesperson named before or after.</summary>
    Description,
    /// <summary>A news outlet that carries a report ("According to Namibia Press Agency", "据路透社报道").</summary>
    Carrier,
    /// <summary>A document-like source that is not a speaker ("the official website", "public information", "据报道").</summary>
    Document,
    /// <summary>A journalist at the briefing ("A reporter", "Another journalist", "有记者"): what they say is a question.</summary>
    Reporter,
}

/// <summary>A subject phrase and what it resolves to.</summary>
internal sealed class Subject(SubjectKind kind, TextSpan span)
{
    /// <summary>What the subject is.</summary>
    public SubjectKind Kind { get; set; } = kind;

    /// <summary>Where the subject phrase stands.</summary>
    public TextSpan Span { get; } = span;

    /// <summary>The speaker, for persons, institutions and groups (pronouns and descriptions are resolved later).</summary>
    public Speaker? Speaker { get; set; }

    /// <summary>The directory entry of a person the directory knows.</summary>
    public SpokespersonEntry? Entry { get; set; }

    /// <summary>The directory institution the phrase names or belongs to ("China" and "the Chinese Foreign Ministry": mfa-china).</summary>
    public string? InstitutionId { get; set; }

    /// <summary>
    /// A description or a role that belongs to a body the report names and the directory does not tie to the briefing
    /// ("the spokesman of the Philippine Coast Guard", "商务部新闻发言人何亚东"): a third party's official.
    /// </summary>
    public bool OtherBody { get; set; }

    /// <summary>Whether the person is described as a spokesperson ("spokesperson Zhang Xiaoming", "新闻发言人").</summary>
    public bool IsSpokesperson { get; set; }

    /// <summary>Whether a person is named (a name, not only an office: "Helen Park" but not "Japan's chief cabinet secretary").</summary>
    public bool Named { get; set; }

    /// <summary>The carrier, for outlets.</summary>
    public Outlet? Via { get; set; }
}

/// <summary>Who a sentence is attributed to, as the sentence words it.</summary>
internal sealed class Attribution(Subject subject)
{
    /// <summary>The subject.</summary>
    public Subject Subject { get; } = subject;

    /// <summary>The carrier the sentence cites ("According to Xinhua, ...").</summary>
    public Outlet? Via { get; set; }

    /// <summary>"Geng Shuang made the comments ...", "That was Mao's response": the subject said what came before.</summary>
    public bool Claim { get; set; }

    /// <summary>The sentence is a journalist's question ("A reporter asked whether ...", "有记者问：...").</summary>
    public bool IsQuestion { get; set; }

    /// <summary>The question itself: what was asked, inside the sentence ("When asked about X, he said", "A reporter asked whether X").</summary>
    public TextSpan? Question { get; set; }

    /// <summary>A question that runs to the end of the paragraph ("Some reporters asked: ...?").</summary>
    public bool QuestionToParagraphEnd { get; set; }

    /// <summary>The attribution is a quotation's own ("...," Guo said; 毛宁说：「...」).</summary>
    public bool OfQuotation { get; set; }

    /// <summary>Where the statement starts, when the sentence opens with text that is not part of it (a Chinese carrier clause, page text).</summary>
    public int? StatementStart { get; set; }
}
