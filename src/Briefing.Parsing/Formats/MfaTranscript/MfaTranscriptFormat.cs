using Briefing.Parsing.Lexing;
using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Formats.MfaTranscript;

/// <summary>
/// The Chinese Foreign Ministry's press conference transcripts, every era, as three definitions of the one pipeline that
/// differ only in language: English (the official fmprc.gov.cn pages, their reposts and machine translations), Chinese
/// (mfa.gov.cn and reposts: <c>问：</c>/<c>答：</c>, <c>&lt;outlet&gt;记者：</c>, traditional characters, injected pinyin) and
/// bilingual learning-site copies (each turn in Chinese then English, paired into one element with its
/// <see cref="Translation"/>). Outlet-labelled turns (2020 on), anonymous <c>Q:</c>/<c>A:</c> (before), surname labels,
/// <c>Follow-up:</c>, unlabelled opening announcements, "Daily Briefing Online", "Spokesperson's Remarks" and 答记者问 pages.
/// </summary>
public static class MfaTranscriptFormat
{
    /// <summary>The id of the English edition.</summary>
    public const string FormatId = "mfa-transcript";

    /// <summary>The id of the Chinese edition.</summary>
    public const string ChineseFormatId = "mfa-transcript-zh";

    /// <summary>The id of the bilingual edition.</summary>
    public const string BilingualFormatId = "mfa-bilingual";

    // Titles name the ministry's spokesperson ("Foreign Ministry Spokesperson Mao Ning’s Regular Press Conference on
    // July 2, 2024", "Spokesperson's Remarks on …", "2019年12月26日外交部发言人耿爽主持例行记者会", "外交部发言人耿爽就…答记者问").
    // A conference's title names its spokesperson (a new one the directory does not hold yet counts too); a statement's
    // ("Spokesperson's Remarks on …") and the online briefings of early 2020 need not.
    private static readonly TitleRule Conferences = new()
    {
        Phrases = ["Foreign Ministry Spokes", "MFA Spokes", "'s Regular Press Conference", "’s Regular Press Conference", "s Regular Press Conference", "外交部发言人"],
        RequireName = true,
    };

    private static readonly TitleRule Statements = TitleRule.Containing(
        "Spokesperson's Remarks", "Spokesperson’s Remarks", "Spokesman's Remarks", "Spokesman’s Remarks", "Spokesperson's Comments", "Spokesperson’s Comments",
        "Spokesperson's Answer", "Spokesperson’s Answer", "Daily Briefing Online",
        // The early pages' titles named no one: "Foreign Ministry Spokesperson's Press Conference On 20 January, 2004".
        "Foreign Ministry Spokesperson's", "Foreign Ministry Spokesperson’s", "Foreign Ministry Spokesman's", "Foreign Ministry Spokesman’s");

    private static readonly LabelVocabulary Labels = new()
    {
        Words =
        [
            new("Q", LabelRole.Question, Distinctive: true), new("A", LabelRole.Answer, Distinctive: true),
            new("Follow-up", LabelRole.FollowUp, Distinctive: true), new("问", LabelRole.Question, Distinctive: true),
            new("答", LabelRole.Answer, Distinctive: true), new("追问", LabelRole.FollowUp, Distinctive: true),
        ],
        OutletsAreTypical = true,
    };

    private static TranscriptDefinition Edition(string id, string language, string description) => new()
    {
        Id = id,
        Description = description,
        InstitutionId = "mfa-china",
        Languages = [language],
        Language = language,
        Titles = [Conferences, Statements],
        Labels = Labels,
        Cues = ["fmprc.gov.cn", "mfa.gov.cn", "the Chinese side", "Foreign Ministry Spokesperson", "外交部", "中方"],
        Layout = TranscriptLayout.ChineseMfa,
        Acceptance = LabelAcceptance.InContext,
        Dates = DatePolicy.ChineseMfa,
        Bilingual = language == "mul",
    };

    /// <summary>The English edition.</summary>
    public static TranscriptDefinition English { get; } = Edition(FormatId, "en",
        "Chinese Foreign Ministry press conference transcript in English (fmprc.gov.cn, reposts, machine translations)");

    /// <summary>The Chinese edition.</summary>
    public static TranscriptDefinition Chinese { get; } = Edition(ChineseFormatId, "zh",
        "Chinese Foreign Ministry press conference transcript in Chinese (mfa.gov.cn and reposts)");

    /// <summary>The bilingual edition.</summary>
    public static TranscriptDefinition Bilingual { get; } = Edition(BilingualFormatId, "mul",
        "Chinese Foreign Ministry press conference, bilingual Chinese/English copy (learning sites)");
}
