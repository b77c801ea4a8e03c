using System.Text;
using Briefing.Parsing.Html;

namespace Briefing.Parsing.Tests.Html;

public sealed class HtmlTextTests
{
    private static string TextOf(string html) => HtmlText.Extract(html).Text;

    private static string[] HintTexts(HtmlExtraction page) =>
        [.. page.LabelHints.Select(h => page.Text.Substring(h.Start, h.Length))];

    [Fact]
    public void Block_elements_become_paragraphs_separated_by_a_blank_line()
    {
        const string html = "<p>one</p><div>two</div><ul><li>three</li><li>four</li></ul><h2>five</h2>" +
            "<table><tr><td>six</td><td>seven</td></tr></table><blockquote>eight</blockquote><section><article>nine</article></section>" +
            "<header>ten</header><footer>eleven</footer>";
        Assert.Equal("one\n\ntwo\n\nthree\n\nfour\n\nfive\n\nsix\n\nseven\n\neight\n\nnine\n\nten\n\neleven", TextOf(html));
    }

    [Fact]
    public void Inline_elements_do_not_separate_words_and_empty_blocks_leave_no_trace()
    {
        Assert.Equal("WangWenbin said it", TextOf("<p>Wang<span>Wenbin</span> <em>said</em> <a href='#'>it</a></p>"));
        Assert.Equal("a\n\nb", TextOf("<div>a</div><div> </div><p></p><div><div>\n</div></div><div>b</div>"));
        Assert.Equal("text", TextOf("  \n text \n "));
    }

    [Fact]
    public void A_br_is_a_line_break_and_two_in_a_row_a_paragraph_break()
    {
        Assert.Equal("a\nb", TextOf("<p>a <br> b</p>"));
        Assert.Equal("a\n\nb", TextOf("<p>a<br><br>b</p>"));
        Assert.Equal("a\n\nb", TextOf("<p>a<br>\n <br/>\n<br>b</p>"));
        Assert.Equal("a\n\nb", TextOf("<p><br>a<br></p><p>b<br></p><br>"));
    }

    [Fact]
    public void Entities_are_decoded_and_whitespace_runs_fold_to_one_space()
    {
        Assert.Equal("A & B < C > D \" E ’ 中 — © x y", TextOf("<p>A &amp; B &lt; C &gt; D &quot; E &#8217; &#x4E2D; &mdash; &copy; x&nbsp;&nbsp;\t\n y</p>"));
        Assert.Equal("问：什么？ 答", TextOf("<p>\u3000\u3000问：什么？\u3000\u3000答\u3000</p>"));
        Assert.Equal("a b", TextOf("<p>a \r\n\t\u00A0\u2003 b</p>"));
    }

    [Fact]
    public void What_is_never_visible_text_is_dropped()
    {
        const string html = """
            <html><head><title>T</title><style>p { color: red }</style><script>var x = "<p>no</p>";</script></head>
            <body>
            <script>document.write("no")</script><noscript>Enable JavaScript</noscript><template><p>no</p></template>
            <svg><title>Logo</title><text>svg text</text></svg><iframe>frame fallback</iframe><video>Your browser cannot play</video>
            <object>plugin fallback</object><canvas>canvas fallback</canvas><input value="Search"><img alt="Logo image">
            <p>kept<ruby>中<rt>zhōng</rt><rp>(</rp></ruby></p>
            <p hidden>hidden attribute</p><p style="display: none">inline none</p><p style="visibility:hidden">inline hidden</p>
            <dialog>closed dialog</dialog><dialog open>open dialog</dialog><!-- a comment -->
            </body></html>
            """;
        Assert.Equal("kept中\n\nopen dialog", TextOf(html));
    }

    [Fact]
    public void Simple_rules_of_the_pages_own_style_sheets_hide_elements()
    {
        const string html = """
            <style>
              /* spam */ .spam, #stuffing { display: none !important }
              span.tiny.quiet { visibility: hidden }
              .later { display: none } .later { display: block }
              .mobile { display: none } @media (max-width: 600px) { .mobile { display: block } }
              @media print { .screen { display: none } }
              p { display: none } div > .deep { display: none } a:hover .hover { display: none }
            </style>
            <noscript><style>.lazy { display: none }</style></noscript>
            <div>a <span class="spam">cheap flights</span>b</div>
            <div id="stuffing">keywords keywords</div>
            <div><span class="tiny quiet">x</span><span class="tiny">y</span><span class="quiet tiny extra">z</span></div>
            <div class="later">later</div><div class="mobile">mobile</div><div class="screen">screen</div>
            <p>paragraph</p><div><span class="deep">deep</span></div><span class="hover">hover</span><div class="lazy">lazy</div>
            <div class="spam" style="display: block">shown inline</div>
            """;
        Assert.Equal("a b\n\ny\n\nlater\n\nmobile\n\nscreen\n\nparagraph\n\ndeep\n\nhover\n\nlazy\n\nshown inline", TextOf(html));
    }

    [Fact]
    public void Visible_site_chrome_is_kept_for_the_parser_to_classify()
    {
        const string html = """
            <header><nav role="navigation"><ul><li><a>Home</a></li><li><a>News</a></li></ul></nav></header>
            <div role="navigation">Home &gt; Press</div><main><p>Body</p></main><aside>Related</aside>
            <footer>Copyright</footer><form><button>Search</button><select><option>English</option><option>中文</option></select></form>
            """;
        Assert.Equal("Home\n\nNews\n\nHome > Press\n\nBody\n\nRelated\n\nCopyright\n\nSearch\n\nEnglish 中文", TextOf(html));
    }

    [Fact]
    public void Preformatted_text_keeps_its_line_breaks()
    {
        Assert.Equal("Q: one\nA: two\n\nQ: three", TextOf("<pre>\nQ: one\r\nA: \u00A0two\n\nQ:   three\n</pre>"));
        Assert.Equal("x\ny\n\nz", TextOf("<pre>x\ny</pre><p>z</p>"));
    }

    [Fact]
    public void Title_language_and_character_set_are_reported()
    {
        var page = HtmlText.Extract("<html lang=' zh-CN '><head><title>\n  Press\n  conference </title></head><body><h1>Heading</h1></body></html>");
        Assert.Equal("Press conference", page.Title);
        Assert.Equal("zh-CN", page.Language);
        Assert.Null(page.CharacterSet);
        Assert.Equal("Heading", page.Text);

        var bare = HtmlText.Extract("<p>x</p>");
        Assert.Null(bare.Title);
        Assert.Null(bare.Language);
        Assert.Empty(HtmlText.Extract("").Text);
        Assert.Empty(HtmlText.Extract("").LabelHints);
    }

    [Fact]
    public void Bold_text_opening_a_paragraph_is_a_label_hint_with_its_exact_span()
    {
        var page = HtmlText.Extract("<p><strong>CCTV:</strong> Can you share more?</p>\n<p><b>Mao Ning</b>: The forum is open.</p>");
        Assert.Equal("CCTV: Can you share more?\n\nMao Ning: The forum is open.", page.Text);
        Assert.Equal([new TextSpan(0, 5), new TextSpan(27, 8)], page.LabelHints.ToArray());
        Assert.Equal(["CCTV:", "Mao Ning"], HintTexts(page));
    }

    [Theory]
    [InlineData("<p>\u3000\u3000<strong>总台央视记者：</strong>请问？</p>", "总台央视记者：")]
    [InlineData("<p>&nbsp;<b> Mao Ning </b> answer</p>", "Mao Ning")]
    [InlineData("<p><b>Mao</b><b> Ning</b>: answer</p>", "Mao Ning")]
    [InlineData("<p><span><strong><span>Follow</span>-up</strong></span>: And?</p>", "Follow-up")]
    [InlineData("<p><span style=\"font-weight: bold\">Reuters</span> Is it true?</p>", "Reuters")]
    [InlineData("<p><span style=\"font-weight:700\">AFP:</span> Why?</p>", "AFP:")]
    [InlineData("<p><b>Q</b><br>A question on its own line.</p>", "Q")]
    [InlineData("<div><strong>A:</strong> yes</div>", "A:")]
    public void Label_hint_shapes(string html, string expected)
    {
        var page = HtmlText.Extract(html);
        Assert.Equal([expected], HintTexts(page));
        Assert.StartsWith(expected, page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>The <b>spokesperson</b> said.</p>")]                              // bold inside a paragraph
    [InlineData("<p><strong>2021年7月16日外交部发言人赵立坚</strong></p><p>x</p>")] // a bold paragraph: a heading
    [InlineData("<p><b>Q: A whole bold question?</b></p><p>A: yes</p>")]            // a bold question, not a label
    [InlineData("<p><span style=\"font-weight: normal\">plain</span> text</p>")]
    [InlineData("<p><i>CCTV:</i> italic is not bold</p>")]
    public void Bold_text_that_is_not_a_label_gives_no_hint(string html) =>
        Assert.Empty(HtmlText.Extract(html).LabelHints);

    [Fact]
    public void Bold_text_opening_a_line_after_a_br_is_a_hint_and_breaks_end_a_hint()
    {
        var page = HtmlText.Extract("<p>Q: one?<br><b>A:</b> two.<br><b>Q:</b> three?</p><p><b>Line one<br>line two</b> rest</p>");
        Assert.Equal("Q: one?\nA: two.\nQ: three?\n\nLine one\nline two rest", page.Text);
        Assert.Equal(["A:", "Q:", "Line one", "line two"], HintTexts(page));
    }

    [Fact]
    public void Hints_of_every_fixture_are_exact_ordered_and_within_one_line()
    {
        foreach (var name in HtmlFixtures.All)
        {
            var page = HtmlText.Extract(HtmlFixtures.Html(name));
            int previousEnd = 0;
            foreach (var hint in page.LabelHints)
            {
                Assert.True(hint.Start >= previousEnd, $"{name}: hint {hint} overlaps or precedes the one before");
                Assert.True(hint.Length > 0 && hint.End <= page.Text.Length, $"{name}: hint {hint} is empty or outside the text");
                string text = page.Text.Substring(hint.Start, hint.Length);
                Assert.Equal(text.Trim(), text);
                Assert.DoesNotContain('\n', text);
                Assert.True(hint.Start == 0 || page.Text[hint.Start - 1] == '\n', $"{name}: hint '{text}' does not open a line");
                previousEnd = hint.End;
            }
        }
    }

    [Fact]
    public void Extracted_text_of_every_fixture_is_deterministic_and_normalised()
    {
        foreach (var name in HtmlFixtures.All)
        {
            string html = HtmlFixtures.Html(name);
            var first = HtmlText.Extract(html);
            var second = HtmlText.Extract(html);
            Assert.Equal(first.Text, second.Text);
            Assert.Equal(first.LabelHints.ToArray(), second.LabelHints.ToArray());

            string text = first.Text;
            Assert.False(text.Contains("\n\n\n", StringComparison.Ordinal), $"{name}: three line breaks in a row");
            Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
            foreach (var line in text.Split('\n'))
                Assert.True(line == line.Trim() && !line.Any(c => char.IsWhiteSpace(c) && c != ' '), $"{name}: line with edge or non-space whitespace: '{line}'");
            Assert.DoesNotContain("<", text, StringComparison.Ordinal); // no markup, script or style survives
            Assert.DoesNotContain("&amp;", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Deeply_nested_markup_keeps_its_document_order()
    {
        // 1,500 unclosed divs nest 1,500 levels deep; AngleSharp's default depth limit (512) would move the deeper text.
        var sb = new StringBuilder();
        for (int i = 0; i < 1500; i++) sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"<div>p{i} <b>s{i}</b> ");
        var page = HtmlText.Extract(sb.ToString());
        Assert.Equal(string.Join("\n\n", Enumerable.Range(0, 1500).Select(i => $"p{i} s{i}")), page.Text);
        Assert.Empty(page.LabelHints);
    }

    [Fact]
    public void A_stream_is_decoded_by_its_byte_order_mark_or_meta_charset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string body = "<p><b>问：</b>外交部发言人</p>";

        byte[] gbk = Encoding.GetEncoding("gbk").GetBytes("<html><head><meta charset=\"gbk\"><title>例行记者会</title></head><body>" + body + "</body></html>");
        var page = HtmlText.Extract(new MemoryStream(gbk));
        Assert.Equal("问：外交部发言人", page.Text);
        Assert.Equal("例行记者会", page.Title);
        Assert.Equal(["问："], HintTexts(page));
        Assert.NotNull(page.CharacterSet);

        byte[] gb2312 = Encoding.GetEncoding("gb2312").GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>" + body + "</body></html>");
        Assert.Equal("问：外交部发言人", HtmlText.Extract(new MemoryStream(gb2312)).Text);

        byte[] utf8 = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(body)];
        Assert.Equal("问：外交部发言人", HtmlText.Extract(new MemoryStream(utf8)).Text);

        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(body)];
        Assert.Equal("问：外交部发言人", HtmlText.Extract(new MemoryStream(utf16)).Text);

        byte[] plain = Encoding.UTF8.GetBytes("<p>Mao Ning’s remarks</p>");
        Assert.Equal("Mao Ning’s remarks", HtmlText.Extract(new MemoryStream(plain)).Text);
    }

    [Fact]
    public void Null_input_is_a_caller_error()
    {
        Assert.Throws<ArgumentNullException>(() => HtmlText.Extract((string)null!));
        Assert.Throws<ArgumentNullException>(() => HtmlText.Extract((Stream)null!));
    }

    [Fact]
    public void ToParseOptions_copies_the_options_and_sets_the_hints()
    {
        var page = HtmlText.Extract("<p><b>CCTV:</b> question</p>");
        var options = page.ToParseOptions(new ParseOptions { Format = "mfa-transcript", SourceName = "page.html", LabelHints = [new TextSpan(9, 1)] });
        Assert.Equal("mfa-transcript", options.Format);
        Assert.Equal("page.html", options.SourceName);
        Assert.Equal([new TextSpan(0, 5)], options.LabelHints.ToArray());
        Assert.Equal([new TextSpan(0, 5)], page.ToParseOptions().LabelHints.ToArray());
        Assert.Null(page.ToParseOptions().Format);
    }
}
