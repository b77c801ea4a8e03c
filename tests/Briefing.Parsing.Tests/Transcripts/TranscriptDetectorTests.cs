namespace Briefing.Parsing.Tests.Transcripts;

/// <summary>
/// <see cref="TranscriptDetector"/>: turns by a definition's own officials and no question are an excerpt of its briefing
/// (the copy dropped the reporters' turns); one quoted line, a headline, or another institution's official is not.
/// </summary>
public sealed class TranscriptDetectorTests
{
    private const string OfficialsOnly = "officials and no question";

    private static FormatDetection Score(string definition, string text)
    {
        using var lexed = Stages.Lexer.Lex(text);
        return TranscriptDetector.Score(lexed, Stages.Definition(definition));
    }

    [Theory]
    [InlineData("state-department", "MR MILLER: Well, good afternoon.\n\nMR MILLER: I will take that as a yes. A few things at the top.")]
    [InlineData("white-house", "MS. JEAN-PIERRE: Good afternoon, everybody.\n\nMS. JEAN-PIERRE: Go ahead, Zeke.")]
    [InlineData("mfa-transcript", "Mao Ning: We have noted the reports.\n\nMao Ning: China's position is consistent and clear.")]
    public void Turns_by_the_definitions_officials_alone_are_an_excerpt_of_its_briefing(string definition, string text)
    {
        var detection = Score(definition, text);
        Assert.InRange(detection.Confidence, 0.31, 0.49);
        Assert.Contains(OfficialsOnly, detection.Reason, StringComparison.Ordinal);
    }

    [Theory]
    // One quoted turn is no excerpt.
    [InlineData("state-department", "The spokesman was asked about the talks.\n\nMR MILLER: We will continue to press for a ceasefire.")]
    // A headline "Name: words" quotes the official; with one turn after it, still one turn.
    [InlineData("mfa-transcript", "Mao Ning: China opposes the new tariffs\n\nBeijing, May 5 - The spokesperson said so on Monday.\n\nMao Ning: We have noted the reports.")]
    // Another institution's official.
    [InlineData("white-house", "MR MILLER: Well, good afternoon.\n\nMR MILLER: I will take that as a yes.")]
    // Questions too: the turns are scored as a transcript's, not as an excerpt's.
    [InlineData("state-department", "MR MILLER: Good afternoon.\n\nQUESTION: Thank you.\n\nMR MILLER: Sure.")]
    public void Other_texts_are_no_such_excerpt(string definition, string text) =>
        Assert.DoesNotContain(OfficialsOnly, Score(definition, text).Reason, StringComparison.Ordinal);

    [Fact]
    public void MaxConfidence_bounds_the_score_of_every_definition_on_every_document()
    {
        int below = 0;
        foreach (var document in TestFiles.AllDocuments())
        {
            using var lexed = Stages.Lexer.Lex(document.Text);
            foreach (var definition in BuiltInFormats.Transcripts)
            {
                double bound = TranscriptDetector.MaxConfidence(lexed, definition);
                var score = TranscriptDetector.Score(lexed, definition);
                Assert.True(score.Confidence <= bound, $"{document.RelativePath}, {definition.Id}: scored {score.Confidence} ({score.Reason}), bound {bound}");
                if (bound < 0.95) below++;
            }
        }
        // The bound says something: the generic format's everywhere, other languages' formats on Chinese texts.
        Assert.True(below > TestFiles.AllDocuments().Count(), $"{below} bounds below the ceiling");
    }

    [Theory]
    // An English-only format on a Chinese text; the generic format anywhere.
    [InlineData("state-department", "问：外交部发言人毛宁主持例行记者会。\n\n答：中方的立场是一贯的、明确的。", 0.285)]
    [InlineData("generic-transcript", "Q: Anything?\n\nA: Nothing.", 0.45)]
    // The Chinese MFA's bilingual edition may read a title with its translation, which makes any text bilingual.
    [InlineData("mfa-bilingual", "Q: Anything?\n\nA: Nothing.", 0.95)]
    [InlineData("mfa-transcript", "Q: Anything?\n\nA: Nothing.", 0.95)]
    public void MaxConfidence_is_known_before_scoring(string definition, string text, double expected)
    {
        using var lexed = Stages.Lexer.Lex(text);
        Assert.Equal(expected, TranscriptDetector.MaxConfidence(lexed, Stages.Definition(definition)), 6);
    }
}
