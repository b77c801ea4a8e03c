namespace Briefing.Parsing.Tests.Formats.NewsReport;

/// <summary>
/// The news pipeline's stages on a short text, as <see cref="NewsParser"/> sets them up: the lexing pass, the news lexicon,
/// the text folded to simplified characters, the sentence splitter and the attribution scanner.
/// </summary>
internal sealed class NewsStages : IDisposable
{
    public NewsStages(string text)
    {
        Lexed = Transcripts.Stages.Lexer.Lex(text);
        Lexicon = NewsLexicon.Of(Lexed.Lexicon);
        Language = Lexed.MostlyChinese ? "zh" : "en";
        Folded = Lexed.CjkCount > 0 ? ChineseText.ToSimplified(text) : text;
        Scanner = new AttributionScanner(Lexicon, Lexed, Folded, Language);
    }

    public LexedText Lexed { get; }

    public NewsLexicon Lexicon { get; }

    public string Language { get; }

    public string Folded { get; }

    public AttributionScanner Scanner { get; }

    public string Text => Lexed.Text;

    /// <summary>The sentences of the text's paragraphs (blank lines part them), a quotation followed across them.</summary>
    public List<Sentence> Sentences()
    {
        var splitter = new SentenceSplitter(Lexicon.Abbreviations);
        var sentences = new List<Sentence>();
        int start = 0;
        while (start < Text.Length)
        {
            int end = Text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0) end = Text.Length;
            splitter.Split(Text, TextSpan.FromBounds(start, end), sentences);
            start = end + 2;
        }
        return sentences;
    }

    public string Of(TextSpan span) => Text.Substring(span.Start, span.Length);

    public void Dispose() => Lexed.Dispose();
}
