using Briefing.Parsing.Tests.Invariants;

namespace Briefing.Parsing.Tests.Robustness;

/// <summary>
/// Issue 10, "broken invariants": a line that is only <c>&amp;nbsp;</c>, <c>&amp;#160;</c> or <c>&amp;#x3000;</c> became an
/// element with empty text; a title was also emitted as a <c>contents</c> boilerplate entry with the same span (Japan,
/// Russia); an unpaired surrogate was written to JSON as U+FFFD with no diagnostic. No element has empty text, no two
/// spans of a document overlap (boilerplate included), and a lone surrogate becomes U+FFFD in element text, reported
/// once per document with its position while every span still indexes the exact input.
/// </summary>
public sealed class InvariantTests
{
    /// <summary>Built-in formats and detection (<c>detect</c>).</summary>
    public static TheoryData<string> Modes() => ["detect", .. BriefingParser.Default.Formats.Select(f => f.Id)];

    /// <summary>Lines that print nothing: entities of white space (and of a line break), alone or with tags and spaces.</summary>
    private static readonly string[] s_emptyLines =
        ["&nbsp;", "&#160;", "&#x3000;", "&#xA0;", "&nbsp;&nbsp; &#160;", "<p>&nbsp;</p>", "\u3000&#x3000;\u00A0", "&#10;", "&#x2028;", "&#8203;", "<span>&#32;</span>"];

    /// <summary>Transcripts of every shape with the empty line in every position: after the title, between and inside turns, after labels.</summary>
    private static IEnumerable<(string Name, string Text)> EmptyLineTexts()
    {
        foreach (var e in s_emptyLines)
        {
            yield return ($"en '{e}'", $"{e}\nForeign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024\n{e}\nI will start with an announcement.\n{e}\nMao Ning: Good afternoon.\n{e}\nQ: Hello there?\n{e}\nA: Yes indeed.\n{e}\nQ:\n{e}\nA: {e}\nQ: {e}\nA: No.\n{e}\n");
            yield return ($"anonymous '{e}'", $"Q: Hello there?\n{e}\nA: Yes indeed.\n{e}\nQ:{e}A: Glued.\n");
            yield return ($"zh '{e}'", $"外交部发言人毛宁主持例行记者会\n{e}\n问：{e}\n答：{e}\n问：你好？\n{e}\n答：好的。\n{e}\n");
            yield return ($"japan '{e}'", $"Press Conference by Foreign Minister HAYASHI Yoshimasa\n{e}\nMain topics\n{e}\nOpening remarks\n{e}\nMinister Hayashi: {e}\n{e}\nReporter: {e}\nMinister Hayashi: We will see.\n");
            yield return ($"news '{e}'", $"BEIJING, June 16 (Wire) - China urged restraint on Tuesday, Foreign Ministry spokesperson Lin Jian said.\n{e}\nLin stated that all parties should avoid escalating tensions.\n{e}\n");
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Lines_of_only_white_space_entities_make_no_element(string mode)
    {
        string? format = mode == "detect" ? null : mode;
        var failures = new List<string>();
        foreach (var (name, text) in EmptyLineTexts())
        {
            var b = BriefingParser.Default.Parse(text, new ParseOptions { Format = format });
            foreach (var v in SpanInvariants.Check(text, b)) failures.Add($"{name}: {v}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} violations with {mode}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", failures.Take(15)));
    }

    /// <summary>A page whose table of contents heading stands before the title (Japan), and one whose title follows "Table of contents" (Russia).</summary>
    internal const string JapanHeadingBeforeTitle = """
        Press Conferences
        Main topics
        Press Conference by Foreign Minister HAYASHI Yoshimasa
        Date: Tuesday, July 12, 2022, 10:45 a.m.
        Opening remarks
        Mr. Hayashi Yoshimasa, Minister for Foreign Affairs: I have two announcements today.
        Questions and Answers
        Reporter: What about the visit?
        Minister Hayashi: We will see.
        """;

    internal const string RussiaTitleUnderContents = """
        Table of contents
        Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, April 26, 2018
        1. Talks with Portugal
        Talks with Portugal
        On April 30, Foreign Minister Sergey Lavrov will hold talks.
        Question: What about it?
        Maria Zakharova: We will see.
        """;

    [Theory]
    [InlineData(JapanHeadingBeforeTitle, "japan-mofa")]
    [InlineData(RussiaTitleUnderContents, "russia-mfa")]
    public void A_title_is_no_contents_entry(string text, string expectedFormat)
    {
        foreach (var format in new string?[] { null, expectedFormat, GenericTranscriptFormat.FormatId })
        {
            var b = BriefingParser.Default.Parse(text, new ParseOptions { Format = format });
            if (format is null) Assert.Equal(expectedFormat, b.Format?.Id);
            var title = Assert.NotNull(b.TitleSpan);
            Assert.DoesNotContain(b.Boilerplate, x => x.Span.OverlapsWith(title));
            Assert.Empty(SpanInvariants.Check(text, b));
        }
    }

    /// <summary>Lone surrogates in the title, a question and an answer: a high one at the end of a word, a low one alone, a reversed pair.</summary>
    private const string WithLoneSurrogates =
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024\uDC00\n" +
        "Q: Hello \uD800 there?\n" +
        "A: Yes \uDC01\uD801 indeed, and a pair \U0001F600 stays.\n";

    [Fact]
    public void Lone_surrogates_become_replacement_characters_and_one_diagnostic()
    {
        string text = WithLoneSurrogates;
        Assert.Equal(4, ParseChecks.CountLoneSurrogates(text, out int first));
        var b = BriefingParser.Default.Parse(text);

        var q = b.Exchanges[0].Question!;
        var a = b.Exchanges[0].Answers[0];
        Assert.Equal("Hello \uFFFD there?", q.Text);
        Assert.Equal("Yes \uFFFD\uFFFD indeed, and a pair \U0001F600 stays.", a.Text);
        Assert.EndsWith("2024\uFFFD", b.Title, StringComparison.Ordinal);
        // The spans index the exact input: the lone surrogates are still there.
        Assert.Equal("Hello \uD800 there?", text.Substring(q.Span.Start, q.Span.Length));

        var d = Assert.Single(b.Diagnostics, x => x.Code == DiagnosticCodes.LoneSurrogate);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(new TextSpan(first, 1), d.Span);
        Assert.Contains("4 ", d.Message, StringComparison.Ordinal);
        Assert.Empty(SpanInvariants.Check(text, b));

        // The JSON reads back exactly: nothing was changed on the way out.
        var back = BriefingJson.Deserialize(BriefingJson.Serialize(b));
        Assert.Equal(q.Text, back.Exchanges[0].Question!.Text);
        Assert.Equal(b.Title, back.Title);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Lone_surrogates_are_reported_in_every_format(string mode)
    {
        FuzzChecks.Check(BriefingParser.Default, WithLoneSurrogates, mode == "detect" ? null : mode);
        FuzzChecks.Check(BriefingParser.Default, "\uDFFF", mode == "detect" ? null : mode);
        FuzzChecks.Check(BriefingParser.Default, "外交部发言人毛宁主持例行记者会\n问：\uD83D？\n答：\uDE00好的。\n", mode == "detect" ? null : mode);
    }

    [Fact]
    public void Valid_surrogate_pairs_are_kept_and_not_reported()
    {
        const string text = "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024\nQ: Is \U0001F600 a smile?\nA: Yes, \U00020000 is a character too.\n";
        var b = BriefingParser.Default.Parse(text);
        Assert.Equal("Is \U0001F600 a smile?", b.Exchanges[0].Question!.Text);
        Assert.DoesNotContain(b.Diagnostics, x => x.Code == DiagnosticCodes.LoneSurrogate);
    }
}
