using System.Text;
using CsCheck;

namespace Briefing.Parsing.Tests.Invariants;

/// <summary>
/// Documents generated from the parts briefing texts are made of (site chrome, titles of every family, label shapes of
/// every family, sentences in English, Chinese and German, time and metadata lines that look like labels, line breaks of
/// every kind), in any order and number: CsCheck generates them and shrinks a failing one to its fewest, simplest parts.
/// Invented text; no third-party content.
/// </summary>
public static class GeneratedDocuments
{
    private static readonly string[] Chrome =
    [
        "English | Français | Español | Русский | 中文", "HOME > Press and Media Service > Spokesperson's Remarks", "2024-03-04 18:30", "Suggest to a friend",
        "Print", "Related News", "Copyright © Ministry of Foreign Affairs. All rights reserved.", "首页 > 外交动态 > 发言人表态", "Advertisement",
        "(The briefing was concluded at 1:39 p.m.)", "来源： 2016-12-14", "Date: Tuesday, July 12, 2022, 10:45 a.m.", "Table of contents", "1. The new sanctions package",
        "BEIJING, June 16 (Wire) -", "Photo: Xinhua", "1:19 p.m. EDT", "(End)",
    ];

    private static readonly string[] Titles =
    [
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024", "Department Press Briefing – June 11, 2024",
        "2019年12月26日外交部发言人耿爽主持例行记者会", "Press Conference by Foreign Minister HAYASHI Yoshimasa", "Regierungspressekonferenz vom 3. Mai 2023",
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General", "Foreign Ministry Spokesperson Wang Wenbin’s\nRegular Press Conference on August 19, 2022",
        "Transcript of Weekly Media Briefing by the Official Spokesperson (May 16, 2024)", "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, April 26, 2018",
    ];

    private static readonly string[] QuestionLabels =
    [
        "", "Q: ", "Q:", "Q. ", "Q   ", "CCTV: ", "CCTV：", "QUESTION: ", "Question: ", "Reuters follow-up: ", "Follow-up: ", "问：", "路透社记者：", "Toba, Nippon TV: ",
        "Question [Reuters]: ", "Frage: ", "Zusatzfrage: ", "Matt (01:49): ", "China News Service ", "REPORTER:", "Sidhant: ", "Radio Kiribati: ", "Q:\n",
    ];

    private static readonly string[] AnswerLabels =
    [
        "", "A: ", "A. ", "Mao Ning: ", "MR MILLER: ", "MS. PSAKI: ", "答：", "毛宁：", "Minister Hayashi:\n", "StS Hebestreit: ", "Burger (AA): ",
        "Official Spokesperson, Shri Randhir Jaiswal: ", "Spokesperson: ", "Kong: ", "Maria Zakharova: ", "PRATT: ", "Mao Ning:",
    ];

    private static readonly string[] Sentences =
    [
        "What is China's comment?", "We have noted the reports.", "The two sides will exchange views on bilateral relations.", "中方对此有何评论？",
        "我们注意到有关报道。", "Between 00:00 and 06:00, the talks went on.", "Date: 12 March 2024", "Could you share more?", "(Laughter.)",
        "-- meaning later this week.", "Dekhiye, is vishay par hum baat kar chuke hain.", "Wann reist der Kanzler?", "Das kann ich nicht sagen.",
        "Foreign Ministry Spokesperson Zhao Lijian said at a regular press conference on Tuesday that China opposes it.", "Secondly: on your question, yes.",
        "Good afternoon, ladies and gentlemen.", "Thank you.", "Mao Ning said on Tuesday that the visit will go ahead.", "\u3000\u3000据报道，会谈结束。",
    ];

    private static readonly string[] Breaks = ["\n\n", "\n", " ", "\r\n", "\r\n\r\n", "\u2028", "\n\u00A0\n"];

    private static Gen<string> Pick(string[] parts) => CsCheck.Gen.Int[0, parts.Length - 1].Select(i => parts[i]);

    private static Gen<string> Paragraph(string[] labels) =>
        CsCheck.Gen.Select(Pick(labels), Pick(Sentences).Array[1, 3], (label, sentences) => label + string.Join(" ", sentences));

    /// <summary>A turn: a question and an answer, or one of them, or a chrome line between turns.</summary>
    private static readonly Gen<string> Turn = CsCheck.Gen.Frequency(
        (4, CsCheck.Gen.Select(Paragraph(QuestionLabels), Pick(Breaks), Paragraph(AnswerLabels), (q, b, a) => q + b + a)),
        (1, Paragraph(QuestionLabels)),
        (1, Paragraph(AnswerLabels)),
        (1, Pick(Chrome)));

    /// <summary>Chrome before, a title (or none), paragraphs and turns, chrome after, joined by line breaks of every kind.</summary>
    public static readonly Gen<string> Document = CsCheck.Gen.Select(
        Pick(Chrome).Array[0, 3], CsCheck.Gen.Int[-1, Titles.Length - 1], Turn.Array[0, 8], Pick(Chrome).Array[0, 3], Pick(Breaks),
        (header, title, turns, footer, sep) =>
        {
            var sb = new StringBuilder();
            foreach (var part in header.Append(title >= 0 ? Titles[title] : null).Concat(turns).Concat(footer))
            {
                if (part is null) continue;
                if (sb.Length > 0) sb.Append(sep);
                sb.Append(part);
            }
            return sb.ToString();
        });
}
