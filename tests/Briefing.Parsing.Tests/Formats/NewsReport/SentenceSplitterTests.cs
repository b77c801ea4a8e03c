namespace Briefing.Parsing.Tests.Formats.NewsReport;

/// <summary>
/// <see cref="SentenceSplitter"/>: paragraphs (parted by blank lines) into sentences, each written as its text in
/// brackets with its quotation flags: <c>&lt;</c> starts inside an open quotation, <c>&gt;</c> ends inside one,
/// <c>"</c> opens with a quotation mark, <c>=</c> is quotation from start to end.
/// </summary>
public sealed class SentenceSplitterTests
{
    private static string Split(string text)
    {
        using var stages = new NewsStages(text);
        return string.Join(" ", stages.Sentences().Select(s =>
            $"[{stages.Of(s.Span)}]{(s.StartsInQuote ? "<" : "")}{(s.EndsInQuote ? ">" : "")}{(s.OpensWithQuote ? "\"" : "")}{(s.QuotedToEnd ? "=" : "")}"));
    }

    [Theory]
    [InlineData("Lin said talks would go on. He gave no date.", "[Lin said talks would go on.] [He gave no date.]")]
    // Abbreviations and initials end no sentence.
    [InlineData("Mr. Lin met U.S. officials on Jan. 5 in Beijing. They agreed.", "[Mr. Lin met U.S. officials on Jan. 5 in Beijing.] [They agreed.]")]
    // A quotation is one sentence with the attribution around it, whatever stops it holds.
    [InlineData("\"We oppose it. We always have,\" Lin said. He left.", "[\"We oppose it. We always have,\" Lin said.]\" [He left.]")]
    [InlineData("“We oppose it. We always have,” Lin said.", "[“We oppose it. We always have,” Lin said.]\"")]
    // A quotation over paragraphs re-opens each and closes only in the last.
    [InlineData("\"China will respond.\n\n\"We urge restraint,\" Mao said.",
        "[\"China will respond.]>\"= [\"We urge restraint,\" Mao said.]<\"")]
    // Chinese stops and corner brackets; words glued to a closing quotation mark stay with it, as its attribution may
    // ("「……。」他说。"), and a stop after the mark ends the sentence.
    [InlineData("毛宁说：「我们欢迎。各方都应参与。」她还表示，会谈将继续。", "[毛宁说：「我们欢迎。各方都应参与。」她还表示，会谈将继续。]")]
    [InlineData("「我们欢迎各方参与。」毛宁说。会谈将继续。", "[「我们欢迎各方参与。」毛宁说。]\" [会谈将继续。]")]
    [InlineData("汪文斌表示，中方愿同各方共同努力。他说，合作不针对第三方！", "[汪文斌表示，中方愿同各方共同努力。] [他说，合作不针对第三方！]")]
    public void Paragraphs_split_into_sentences(string text, string expected) => Assert.Equal(expected, Split(text));
}
