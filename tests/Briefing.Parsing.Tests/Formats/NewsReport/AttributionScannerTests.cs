namespace Briefing.Parsing.Tests.Formats.NewsReport;

/// <summary>
/// <see cref="AttributionScanner"/>: one sentence of a news report → who it is attributed to, as the sentence words it.
/// Each row reads <c>Kind 'subject phrase' speaker Name via Carrier</c>, plus <c>quoted</c> when the attribution is a
/// quotation's own and <c>question 'text'</c> for a reported question; pronouns and descriptions are left to the chain
/// (speaker <c>-</c>). <c>none</c>: the sentence attributes nothing.
/// </summary>
public sealed class AttributionScannerTests
{
    private static string Attribute(string sentence, string? reportDate = null)
    {
        using var stages = new NewsStages(sentence);
        if (reportDate is not null) stages.Scanner.ReportDate = DateOnly.Parse(reportDate, System.Globalization.CultureInfo.InvariantCulture);
        var sentences = stages.Sentences();
        Assert.Single(sentences);
        if (stages.Scanner.Find(sentences[0]) is not { } a) return "none";
        var parts = new List<string>
        {
            a.IsQuestion ? "Question" : a.Claim ? "Claim" : a.Subject.Kind.ToString(),
            $"'{stages.Of(a.Subject.Span)}'",
            $"speaker {a.Subject.Speaker?.Name ?? "-"}",
            $"via {a.Via?.Name ?? a.Subject.Via?.Name ?? "-"}",
        };
        if (a.OfQuotation) parts.Add("quoted");
        if (a.Question is { } q) parts.Add($"question '{stages.Of(q)}'");
        return string.Join(' ', parts);
    }

    [Theory]
    // The subject before the verb, a time phrase between.
    [InlineData("China firmly opposes the move, Foreign Ministry spokesperson Guo Jiakun said on Tuesday.", "2025-01-14",
        "Person 'Foreign Ministry spokesperson Guo Jiakun' speaker Guo Jiakun via -")]
    [InlineData("Guo stated that the two sides would keep in close contact.", "2025-01-14",
        "Person 'Guo' speaker Guo Jiakun via -")]
    // A name before an apposition in commas.
    [InlineData("China is ready to help, Zhao Lijian, a spokesman from China's foreign ministry, said.", "2021-06-16",
        "Person 'Zhao Lijian' speaker Zhao Lijian via -")]
    // After the quotation, inverted.
    [InlineData("\"China will continue to do what it can to help,\" said Wang Wenbin.", "2022-11-24",
        "Person 'Wang Wenbin' speaker Wang Wenbin via - quoted")]
    [InlineData("\"Climate change is a common challenge,\" Zhao said.", "2020-06-16",
        "Person 'Zhao' speaker Zhao Lijian via - quoted")]
    // Pronouns and descriptions: the chain resolves them.
    [InlineData("He said the cooperation was open to other partners.", null, "Pronoun 'He' speaker - via -")]
    [InlineData("The spokesperson did not answer directly, but said talks should continue.", null, "Description 'The spokesperson' speaker - via -")]
    // Carriers are via, never speakers.
    [InlineData("According to Xinhua, Chinese Foreign Ministry spokesperson Lin Jian said on Thursday that China was ready to work with Pakistan.", "2025-06-12",
        "Person 'Chinese Foreign Ministry spokesperson Lin Jian' speaker Lin Jian via Xinhua")]
    [InlineData("According to Dawn, Pakistani officials said a joint security review would be held next week.", null,
        "Group 'Pakistani officials' speaker Pakistani officials via Dawn")]
    // Third parties keep their statements.
    [InlineData("The Pakistani Foreign Office said in a statement that the two sides maintained close contact.", null,
        "Institution 'The Pakistani Foreign Office' speaker Pakistani Foreign Office via -")]
    // A speaker in a subordinate clause does not take over the sentence.
    [InlineData("Prices rose after Japan and the Netherlands announced new export curbs, Lin said.", "2024-06-18",
        "Person 'Lin' speaker Lin Jian via -")]
    // Reported questions.
    [InlineData("A reporter asked whether China would send an envoy to the talks.", null,
        "Question 'A reporter' speaker - via - question 'whether China would send an envoy to the talks.'")]
    [InlineData("When asked about the new sanctions, Mao Ning said China would respond firmly.", "2023-09-14",
        "Person 'Mao Ning' speaker Mao Ning via - question 'the new sanctions'")]
    // Claims of earlier words.
    [InlineData("Geng Shuang made the comments at a regular press briefing in Beijing.", "2017-05-09",
        "Claim 'Geng Shuang' speaker Geng Shuang via -")]
    // No speech: a proper noun is no verb ("the United States"), a verb used as a noun, a negated verb.
    [InlineData("The United States has imposed new tariffs on Chinese goods.", null, "none")]
    [InlineData("The remarks came as tensions rose in the region.", null, "none")]
    // Chinese: subject, time, frame, verb.
    [InlineData("外交部发言人汪文斌12日在例行记者会上表示，中方愿同中亚国家一道推动合作。", "2023-05-12",
        "Person '外交部发言人汪文斌' speaker 汪文斌 via -")]
    [InlineData("他强调，有关做法严重违反国际贸易规则。", null, "Pronoun '他' speaker - via -")]
    [InlineData("据路透社报道，有关国家商务部官员表示，相关措施将于下月生效。", null,
        "Group '有关国家商务部官员' speaker 有关国家商务部官员 via Reuters")]
    [InlineData("毛宁说：「我们欢迎各方参与。」", "2023-12-12", "Person '毛宁' speaker 毛宁 via -")]
    // Traditional characters are read folded; the speaker is named as the text prints it.
    [InlineData("外交部發言人毛寧表示，中方歡迎各方參與。", "2023-12-12", "Person '外交部發言人毛寧' speaker 毛寧 via -")]
    // A question in a frame ("在回答…时"), without the frame's closing word; the speaker after it.
    [InlineData("在回答有关气候变化大会的提问时，毛宁表示，中方代表团正在积极参与谈判。", "2023-12-12",
        "Person '毛宁' speaker 毛宁 via - question '有关气候变化大会的提问'")]
    [InlineData("当被问及会谈是否取得进展时，汪文斌说，双方保持着沟通。", "2023-05-12",
        "Person '汪文斌' speaker 汪文斌 via - question '会谈是否取得进展'")]
    [InlineData("被问及美方是否参与其中，林剑表示，中方不掌握有关情况。", "2024-06-18",
        "Person '林剑' speaker 林剑 via - question '美方是否参与其中'")]
    // A journalist's question, to the end of the sentence.
    [InlineData("有记者提问，首届会议日前在西安举行，中方对此有何评价？", null,
        "Question '有记者' speaker - via - question '首届会议日前在西安举行，中方对此有何评价？'")]
    // A verb that modifies a noun ("美方宣布的措施") attributes nothing; an adverb of the lexicon ("对此") stays out of the subject.
    [InlineData("林剑还就美方宣布的措施回答提问。", "2024-06-18", "none")]
    [InlineData("中方对此表示欢迎。", null, "Institution '中方' speaker 中方 via -")]
    [InlineData("据报道，美国商务部宣布的措施将于下月生效。", null, "none")]
    public void A_sentence_is_attributed_as_it_words_it(string sentence, string? reportDate, string expected) =>
        Assert.Equal(expected, Attribute(sentence, reportDate));
}
