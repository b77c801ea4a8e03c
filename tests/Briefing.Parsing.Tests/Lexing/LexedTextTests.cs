using System.Collections.Immutable;

namespace Briefing.Parsing.Tests.Lexing;

/// <summary>
/// The one lexing pass (<see cref="LexedText"/>): the line table and its spans, each line's script, chrome, traits and
/// labels, the language profile, traditional characters, name mentions, cue phrases, label hints and the window.
/// </summary>
public sealed class LexedTextTests
{
    private static Lexer Lexer => BriefingParser.Default.Lexer;

    private static string Show(LexedText lexed, TextSpan span) => lexed.Text.Substring(span.Start, span.Length);

    [Theory]
    [InlineData("a\nb", new[] { "a", "b" })]
    [InlineData("a\r\nb\r\n\r\nc", new[] { "a", "b", "", "c" })]
    [InlineData("  indented  \n\n", new[] { "  indented  ", "" })]
    [InlineData("one line", new[] { "one line" })]
    [InlineData("a\u2028b", new[] { "a", "b" })]
    public void Lines_are_split_at_every_line_break_and_spans_exclude_the_break(string text, string[] lines)
    {
        using var lexed = Lexer.Lex(text);
        Assert.Equal(lines, Enumerable.Range(0, lexed.LineCount).Select(i => Show(lexed, lexed[i].Span)));
        for (int i = 0; i < lexed.LineCount; i++) Assert.Equal(i, lexed[i].Index);
    }

    [Theory]
    [InlineData("  Q: Why?  ", "Q: Why?")]
    [InlineData("\u3000\u3000据报道，会谈结束。", "据报道，会谈结束。")]
    [InlineData("<p><strong>CCTV:</strong> Could you share more?</p>", "CCTV:</strong> Could you share more?")]
    [InlineData("   ", "")]
    public void A_lines_content_is_without_surrounding_space_and_markup_tags(string line, string content)
    {
        using var lexed = Lexer.Lex(line);
        Assert.Equal(content, Show(lexed, lexed[0].Content));
        Assert.Equal(content.Length == 0, lexed[0].IsBlank);
    }

    [Theory]
    [InlineData("外交部发言人毛宁主持例行记者会。", "zh")]
    [InlineData("Foreign Ministry Spokesperson Mao Ning held a press conference.", "en")]
    [InlineData("Q: Why?", null)]
    [InlineData("毛宁", null)]
    [InlineData("毛宁 Mao Ning", "en")]
    public void Each_line_has_its_script(string line, string? script)
    {
        using var lexed = Lexer.Lex(line);
        Assert.Equal(script, lexed[0].Script);
    }

    [Theory]
    [InlineData("China firmly opposes the move.", LineTraits.EndsSentence)]
    [InlineData("Food security", LineTraits.Fragment)]
    [InlineData("<p>Some <b>bold</b> text</p>", LineTraits.Markup | LineTraits.Fragment)]
    [InlineData("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024", LineTraits.TitleCandidate)]
    [InlineData("外交部發言人華春瑩主持例行記者會", LineTraits.Traditional | LineTraits.TitleCandidate | LineTraits.Fragment)]
    public void Each_line_has_its_traits(string line, LineTraits traits)
    {
        using var lexed = Lexer.Lex(line);
        Assert.Equal(traits, lexed[0].Traits);
    }

    [Fact]
    public void Title_candidates_are_the_lines_whose_content_holds_a_briefing_or_statement_noun()
    {
        // Nouns in some lines and not others, two in one line, one past a long line and blank lines, one in a line's
        // markup only (outside its content), CRLF line ends, and a line past the first 200 (no longer searched).
        var lines = new List<string>
        {
            "Regular Press Conference", "no noun here", "", "   ", "a press conference and a briefing", new string('x', 700) + " briefing",
            "after the long line: Press Briefing", "<b>briefing</b>", "<p class=\"briefing\">Text</p>", "plain", "记者会", "Remarks",
        };
        while (lines.Count < 205) lines.Add(lines.Count % 7 == 0 ? "Daily Briefing" : "filler text");
        string text = string.Join("\r\n", lines);
        using var lexed = Lexer.Lex(text);
        var nouns = Lexer.TitleNouns;
        for (int i = 0; i < lexed.LineCount; i++)
        {
            var content = lexed[lexed[i].Content];
            bool expected = i < 200 && !content.IsEmpty && content.Length <= 600 && nouns.Occurs(content);
            Assert.True(expected == ((lexed[i].Traits & LineTraits.TitleCandidate) != 0), $"line {i} '{lines[i]}': expected {expected}");
        }
        Assert.True((lexed[0].Traits & LineTraits.TitleCandidate) != 0 && (lexed[1].Traits & LineTraits.TitleCandidate) == 0);
    }

    [Fact]
    public void Each_line_has_its_chrome_class_and_its_labels()
    {
        using var lexed = Lexer.Lex("HOME > Spokesperson's Remarks\nQ: Why?\nWe agree.Mao Ning: Yes.\nPrint");
        Assert.Equal([BoilerplateKind.Breadcrumb, null, null, BoilerplateKind.Share], Enumerable.Range(0, 4).Select(i => lexed[i].Chrome));
        Assert.True(lexed.TryGetLabel(1, out var q));
        Assert.Equal("Q", Show(lexed, q.Span));
        Assert.False(lexed.TryGetLabel(2, out _));
        Assert.Equal(["Mao Ning"], lexed.InlineLabels(2).ToArray().Select(l => Show(lexed, l.Span)));
        Assert.True(lexed.InlineLabels(1).IsEmpty);
    }

    [Theory]
    [InlineData("Foreign Ministry Spokesperson Mao Ning held a regular press conference today.\nCCTV: Could you share more?\nMao Ning: The two sides agreed.", "en")]
    [InlineData("外交部发言人毛宁主持例行记者会。\n总台央视记者：你能否介绍有关情况？\n毛宁：双方同意加强合作。", "zh")]
    [InlineData("应斐济政府邀请，外长将访问斐济。\nAt the invitation of the Government of Fiji, the minister will visit.\n总台央视记者：你能否介绍访问情况？\nCCTV: Could you share more about the visit?\n汪文斌：双方将就双边关系交换意见。\nWang Wenbin: The two sides will exchange views.", "mul")]
    public void The_language_profile_is_that_of_the_running_text(string text, string profile)
    {
        using var lexed = Lexer.Lex(text);
        Assert.Equal(profile, lexed.LanguageProfile);
    }

    [Theory]
    [InlineData("2019年3月12日外交部發言人華春瑩主持例行記者會", true)]
    [InlineData("2019年3月12日外交部发言人华春莹主持例行记者会", false)]
    [InlineData("Hua Chunying", false)]
    public void Traditional_characters_are_counted(string text, bool traditional)
    {
        using var lexed = Lexer.Lex(text);
        Assert.Equal(traditional, lexed.IsTraditionalChinese);
        Assert.Equal(traditional, lexed.TraditionalCount >= 3);
    }

    [Theory]
    [InlineData("Foreign Ministry Spokesperson Mao Ning said on Tuesday.", "Mao Ning", "Mao Ning")]
    [InlineData("外交部发言人毛宁表示", "毛宁", "Mao Ning")]
    [InlineData("外交部發言人毛寧表示", "毛寧", "Mao Ning")]
    [InlineData("Nobody of the directory is named here.", null, null)]
    public void Spokespersons_the_text_names_are_found(string text, string? printed, string? name)
    {
        using var lexed = Lexer.Lex(text);
        bool any = lexed.Mentions.Count > 0;
        Assert.Equal(printed, any ? Show(lexed, lexed.Mentions[0].Span) : null);
        Assert.Equal(name, any ? lexed.Mentions[0].Entries[0].Name : null);
    }

    [Fact]
    public void Cue_phrases_of_the_formats_are_found_with_their_format_tag()
    {
        using var lexed = Lexer.Lex("Department Press Briefing\nWashington, D.C.\n2:03 p.m. EDT\n");
        Assert.Contains(lexed.Cues, c => c.Entry.Text == "Washington, D.C." && c.Entry.HasTag("format:state-department") && Show(lexed, c.Span) == "Washington, D.C.");
        using var plain = Lexer.Default.Lex("Washington, D.C.");
        Assert.Empty(plain.Cues); // the built-in lexicon alone has no format's cues
    }

    [Fact]
    public void A_label_hint_makes_a_label_of_text_marked_bold_without_a_colon()
    {
        const string text = "Mao Ning We have noted the reports."; // the text a page gives, the name in bold
        int start = text.IndexOf("Mao", StringComparison.Ordinal);
        using var hinted = Lexer.Lex(text, text.Length, text.Length, ImmutableArray.Create(new TextSpan(start, "Mao Ning".Length)));
        Assert.True(hinted.TryGetLabel(0, out var label));
        Assert.Equal(("Mao Ning", LabelDelimiter.Hint), (Show(hinted, label.Span), label.Delimiter));
        Assert.StartsWith("We have noted", text[label.ContentStart..], StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_window_counts_for_detection()
    {
        string text = "Q: Why?\nA: Because.\n" + new string('x', 100) + "\nQ: And?";
        using var lexed = Lexer.Lex(text, text.Length, window: 12, []);
        Assert.Equal(12, lexed.WindowLength);
        Assert.Equal(2, lexed.WindowLineCount);
        Assert.Equal(4, lexed.LineCount);
        using var part = Lexer.Lex(text, 7, 7, []);
        Assert.Equal((7, 1), (part.Length, part.LineCount));
    }

    [Fact]
    public void Disposing_returns_the_tables()
    {
        var lexed = Lexer.Lex("Q: Why?\nA: Because.");
        Assert.Equal(2, lexed.LineCount);
        lexed.Dispose();
        Assert.Equal(0, lexed.LineCount);
        lexed.Dispose(); // twice is harmless
    }

    [Fact]
    public void Scripts_are_counted_over_the_text()
    {
        using var lexed = Lexer.Lex("毛宁 Mao Ning");
        Assert.Equal((2, 7), (lexed.CjkCount, lexed.LatinCount));
    }
}
