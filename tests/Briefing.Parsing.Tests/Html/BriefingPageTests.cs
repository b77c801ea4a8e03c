using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Briefing.Parsing.Html;

namespace Briefing.Parsing.Tests.Html;

public sealed partial class BriefingPageTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var d in TestFiles.AllDocuments()) data.Add(d.RelativePath);
        foreach (var name in HtmlFixtures.All) data.Add("html:" + name);
        return data;
    }

    private static (PressBriefing Briefing, string Source) Load(string document)
    {
        if (document.StartsWith("html:", StringComparison.Ordinal))
        {
            var (page, briefing) = HtmlFixtures.ParseHtml(document[5..]);
            return (briefing, page.Text);
        }
        var doc = TestFiles.AllDocuments().Single(d => d.RelativePath == document);
        return (TestFiles.Parse(doc), doc.Text);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_element_of_the_parse_is_on_the_page_with_its_data_attributes(string document)
    {
        var (briefing, source) = Load(document);
        var page = PageChecks.Parse(BriefingPage.Render(briefing, source));
        var problems = PageChecks.Problems(page, briefing, source);
        Assert.True(problems.Count == 0, $"{document}: {problems.Count} problems:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Take(20)));
    }

    [Fact]
    public void The_format_and_its_confidence_are_on_top()
    {
        var doc = TestFiles.TranscriptSeed;
        var briefing = TestFiles.Parse(doc);
        var page = PageChecks.Parse(BriefingPage.Render(briefing, doc.Text));
        var format = page.GetElementById("format")!;
        Assert.Equal(briefing.Format!.Id, format.GetAttribute("data-format"));
        Assert.Equal(briefing.Format.Confidence, double.Parse(format.GetAttribute("data-confidence")!, CultureInfo.InvariantCulture));
        Assert.Contains(briefing.Format.Id, format.TextContent, StringComparison.Ordinal);
        Assert.Contains(briefing.Format.Confidence.ToString("0.000", CultureInfo.InvariantCulture), format.TextContent, StringComparison.Ordinal);
        Assert.True(format.CompareDocumentPosition(page.GetElementById("source")!).HasFlag(DocumentPositions.Following));
        Assert.Equal(briefing.Title, page.Title);
    }

    [Fact]
    public void A_text_no_format_matched_is_shown_plainly()
    {
        const string text = "Nothing here looks like a briefing <at all> & so on.";
        var briefing = BriefingParser.Default.Parse(text);
        Assert.Null(briefing.Format);
        var page = PageChecks.Parse(BriefingPage.Render(briefing, text));
        Assert.Equal("", page.GetElementById("format")!.GetAttribute("data-format"));
        Assert.Equal(text, PageChecks.ContentText(page.GetElementById("source")!));
        Assert.Equal(briefing.Diagnostics.Length, page.QuerySelectorAll("#diagnostics li").Length);
    }

    /// <summary>A source with markup, entities, quotes, controls and broken UTF-16, and facts with the same.</summary>
    private const string Nasty = "<script>alert(\"x\")</script> & &amp; \"q\" 'a' \0 \uD800 lone \uDC00 low \r\n CRLF \r CR \u0001\u001F\u007F\u0085\uFFFE </mark></span> 😀 end";

    private static PressBriefing NastyBriefing()
    {
        int Index(string s) => Nasty.IndexOf(s, StringComparison.Ordinal);
        return new PressBriefing
        {
            Title = "<script>",
            TitleSpan = new TextSpan(0, 8),
            Format = new FormatMatch("x\"><script>alert(1)</script>", 0.5, "reason with <b> & \"quotes\""),
            Source = "<img src=x onerror=alert(1)>",
            Exchanges =
            [
                new Exchange(
                    new Question("\"Q\" & <b>", new Outlet("</mark><script>") { Country = "'X'" }, "q", new TextSpan(Index("&"), 12)) { LabelSpan = new TextSpan(8, 9) },
                    [new Answer("A\0\uD800", new Speaker("O'Neil \"Jr\" <i>"), "a", new TextSpan(Index("\0"), 30)) { LabelSpan = new TextSpan(Index("'a'"), 3) }],
                    new TextSpan(8, Index("\0") + 30 - 8)),
            ],
            Boilerplate = [new BoilerplateBlock(BoilerplateKind.Other, "x", new TextSpan(Index("</mark>"), Nasty.Length - Index("</mark>")))],
            Diagnostics = [new Diagnostic("BP9999", DiagnosticSeverity.Warning, "message <with> & \"markup\"", new TextSpan(Index("\r\n"), 2))],
        };
    }

    [Fact]
    public void Source_text_and_facts_are_escaped_exactly()
    {
        var briefing = NastyBriefing();
        string html = BriefingPage.Render(briefing, Nasty);
        var page = PageChecks.Parse(html);

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.Empty(page.QuerySelectorAll("b, i"));
        var problems = PageChecks.Problems(page, briefing, Nasty);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

        string dom = PageChecks.ContentText(page.GetElementById("source")!);
        Assert.Equal(Nasty.Length, dom.Length);
        Assert.Contains("\r\n CRLF \r CR", dom, StringComparison.Ordinal);
        Assert.Contains("\uFFFD lone \uFFFD low", dom, StringComparison.Ordinal);
        Assert.Contains("\u0001\u001F\u007F\u0085\uFFFE", dom, StringComparison.Ordinal);
        Assert.Contains("😀", dom, StringComparison.Ordinal);

        Assert.Equal("\"Q\" & <b>", page.GetElementById("exchange-0-question")!.GetAttribute("data-label"));
        Assert.Equal("</mark><script>", page.GetElementById("exchange-0-question")!.GetAttribute("data-outlet"));
        Assert.Equal("A\uFFFD\uFFFD", page.GetElementById("exchange-0-answer-0")!.GetAttribute("data-label"));
        Assert.Equal("x\"><script>alert(1)</script>", page.GetElementById("format")!.GetAttribute("data-format"));
        Assert.Equal("<script>", page.Title);
        Assert.Contains("<img src=x onerror=alert(1)>", page.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("message <with> & \"markup\"", page.GetElementById("diagnostic-0")!.TextContent, StringComparison.Ordinal);
        // The markup is valid UTF-16 (no lone surrogate), so it can be written as UTF-8, and holds no U+0000.
        Assert.Equal(html, PageChecks.DomText(html));
    }

    [Fact]
    public void Diagnostics_are_listed_with_links_to_markers_at_their_positions()
    {
        const string text = "Line one\nLine two has a problem here\nLine three";
        int at = text.IndexOf("problem", StringComparison.Ordinal);
        var briefing = new PressBriefing
        {
            Diagnostics =
            [
                new Diagnostic("BP0108", DiagnosticSeverity.Warning, "With a span.", new TextSpan(at, 7)),
                new Diagnostic("BP0001", DiagnosticSeverity.Error, "Without a span."),
                new Diagnostic("BP0109", DiagnosticSeverity.Info, "At the end.", new TextSpan(text.Length, 0)),
            ],
        };
        var page = PageChecks.Parse(BriefingPage.Render(briefing, text));
        var items = page.QuerySelectorAll("#diagnostics li");
        Assert.Equal(3, items.Length);

        var first = page.GetElementById("diagnostic-0")!;
        Assert.Equal("BP0108", first.GetAttribute("data-code"));
        Assert.Equal("warning", first.GetAttribute("data-severity"));
        var link = first.QuerySelector("a")!;
        Assert.Equal("#at-diagnostic-0", link.GetAttribute("href"));
        Assert.Contains("line 2, column 16", link.TextContent, StringComparison.Ordinal);
        var marker = page.GetElementById("at-diagnostic-0")!;
        Assert.Equal("#diagnostic-0", marker.GetAttribute("href"));
        Assert.Equal(at.ToString(CultureInfo.InvariantCulture), marker.GetAttribute("data-start"));
        Assert.Equal(text[..at], TextBefore(page.GetElementById("source")!, marker));

        Assert.Empty(page.GetElementById("diagnostic-1")!.QuerySelectorAll("a"));
        Assert.Null(page.GetElementById("at-diagnostic-1"));
        Assert.Equal(text, TextBefore(page.GetElementById("source")!, page.GetElementById("at-diagnostic-2")!));
        Assert.Equal(text, PageChecks.ContentText(page.GetElementById("source")!));
    }

    /// <summary>The content text of <paramref name="container"/> before <paramref name="marker"/>.</summary>
    private static string TextBefore(IElement container, IElement marker)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var node in container.GetDescendants())
        {
            if (node == marker) return sb.ToString();
            if (node is IText t && !t.Ancestors<IElement>().Any(a => a.HasAttribute("data-ui") && container.Contains(a))) sb.Append(t.Data);
        }
        throw new InvalidOperationException("marker not in container");
    }

    [Fact]
    public void Overlapping_and_nested_spans_are_cut_deterministically_and_lose_no_character()
    {
        const string text = "0123456789abcdefghijKLMNOPQRSTUVWXYZ";
        var briefing = new PressBriefing
        {
            TitleSpan = new TextSpan(2, 2),
            Title = "23",
            Lead = new TextBlock("01234", new TextSpan(0, 10)),                      // same span as the boilerplate: outer
            Announcements = [new Announcement(null, "x", new TextSpan(5, 15))],       // crosses the end of the boilerplate
            Exchanges =
            [
                new Exchange(new Question("cd", null, "q", new TextSpan(14, 12)) { LabelSpan = new TextSpan(12, 2) },
                    [new Answer(null, null, "a", new TextSpan(26, 0))],               // empty answer: a point
                    new TextSpan(12, 18)),                                            // crosses the end of the announcement
            ],
            Boilerplate = [new BoilerplateBlock(BoilerplateKind.Navigation, "x", new TextSpan(0, 10))],
        };
        string html = BriefingPage.Render(briefing, text);
        Assert.Equal(html, BriefingPage.Render(briefing, text));

        var page = PageChecks.Parse(html);
        var problems = PageChecks.Problems(page, briefing, text);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

        // The boilerplate nests inside the lead (same span, the lead ranks outer); the announcement is cut at 10 (its
        // first part inside the boilerplate), the exchange and its question at 20.
        Assert.Equal("lead", page.GetElementById("boilerplate-0")!.ParentElement!.Id);
        Assert.Equal(["announcement-0"], Parts(page, "announcement-0"));
        Assert.Equal(["exchange-0"], Parts(page, "exchange-0"));
        Assert.Equal(["exchange-0-question"], Parts(page, "exchange-0-question"));
        Assert.Equal("boilerplate-0", page.GetElementById("announcement-0")!.ParentElement!.Id);
        Assert.Equal("exchange-0", page.GetElementById("exchange-0-question-label")!.ParentElement!.Id);
        Assert.Equal("", PageChecks.ContentText(page.GetElementById("exchange-0-answer-0")!));
    }

    private static string[] Parts(IDocument page, string id) =>
        [.. page.QuerySelectorAll("[data-part-of]").Where(p => p.GetAttribute("data-part-of") == id).Select(p => p.GetAttribute("data-part-of")!)];

    [Fact]
    public void Elements_are_focusable_with_details_and_links_to_the_previous_and_next_element()
    {
        var doc = TestFiles.TranscriptSeed;
        var briefing = TestFiles.Parse(doc);
        var page = PageChecks.Parse(BriefingPage.Render(briefing, doc.Text));
        var focusable = page.QuerySelectorAll("#source [tabindex='0']").ToList();

        int expected = (briefing.TitleSpan is null ? 0 : 1) + (briefing.Lead is null ? 0 : 1) + briefing.Announcements.Length +
            briefing.Exchanges.Sum(x => (x.Question is null ? 0 : 1) + x.Answers.Length) + briefing.Statements.Length + briefing.Boilerplate.Length;
        Assert.Equal(expected, focusable.Count);
        for (int i = 0; i < focusable.Count; i++)
        {
            var e = focusable[i];
            var details = e.Children.First();
            Assert.Equal("details", details.GetAttribute("data-ui"));
            Assert.Equal(e.GetAttribute("aria-describedby"), details.QuerySelector(".details-info")!.Id);
            Assert.False(string.IsNullOrEmpty(e.GetAttribute("title")));
            var previous = details.QuerySelector("a[rel='prev']");
            var next = details.QuerySelector("a[rel='next']");
            Assert.Equal(i == 0 ? null : "#" + focusable[i - 1].Id, previous?.GetAttribute("href"));
            Assert.Equal(i == focusable.Count - 1 ? null : "#" + focusable[i + 1].Id, next?.GetAttribute("href"));
        }

        // Hover and details name the label, outlet and speaker.
        var question = page.GetElementById("exchange-0-question")!;
        Assert.Contains("outlet: " + briefing.Exchanges[0].Question!.Outlet!.Name, question.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains(briefing.Exchanges[0].Question!.Label!, question.QuerySelector(".details-info")!.TextContent, StringComparison.Ordinal);
        var answer = page.GetElementById("exchange-0-answer-0")!;
        Assert.Contains("speaker: " + briefing.Exchanges[0].Answers[0].Speaker!.Name, answer.GetAttribute("title"), StringComparison.Ordinal);

        // Every in-page link has a target.
        foreach (var a in page.QuerySelectorAll("a[href]"))
        {
            string href = a.GetAttribute("href")!;
            Assert.StartsWith("#", href, StringComparison.Ordinal);
            Assert.True(page.GetElementById(href[1..]) is not null, $"link {href} has no target");
        }
        Assert.Contains(".el:focus", PageStyleCss(), StringComparison.Ordinal);
        Assert.Contains("outline: 3px solid var(--focus)", PageStyleCss(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_self_contained_and_needs_no_script()
    {
        var doc = TestFiles.NewsSeed;
        string html = BriefingPage.Render(TestFiles.Parse(doc), doc.Text);
        var page = PageChecks.Parse(html);
        Assert.Empty(page.QuerySelectorAll("script, link, img, iframe, object, embed"));
        Assert.All(page.QuerySelectorAll("[src]"), e => Assert.Fail($"external resource {e.GetAttribute("src")}"));
        Assert.All(page.QuerySelectorAll("[href]"), e => Assert.StartsWith("#", e.GetAttribute("href"), StringComparison.Ordinal));
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("<meta charset=\"utf-8\">", html);
        Assert.Single(page.QuerySelectorAll("style"));
    }

    [Theory]
    [InlineData(BriefingPageColorScheme.Auto, "auto", "light dark")]
    [InlineData(BriefingPageColorScheme.Light, "light", "light")]
    [InlineData(BriefingPageColorScheme.Dark, "dark", "dark")]
    public void The_colour_scheme_follows_the_reader_or_the_option(BriefingPageColorScheme scheme, string attribute, string meta)
    {
        var doc = TestFiles.TranscriptSeed;
        var page = PageChecks.Parse(BriefingPage.Render(TestFiles.Parse(doc), doc.Text, new BriefingPageOptions { ColorScheme = scheme, PageTitle = "Custom" }));
        Assert.Equal(attribute, page.DocumentElement.GetAttribute("data-scheme"));
        Assert.Equal(meta, page.QuerySelector("meta[name='color-scheme']")!.GetAttribute("content"));
        Assert.Equal("Custom", page.Title);
        Assert.Contains("@media (prefers-color-scheme: dark)", PageStyleCss(), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BriefingPageOptions { ColorScheme = (BriefingPageColorScheme)7 });
    }

    [Fact]
    public void The_outline_can_be_left_out()
    {
        var doc = TestFiles.TranscriptSeed;
        var briefing = TestFiles.Parse(doc);
        var with = PageChecks.Parse(BriefingPage.Render(briefing, doc.Text));
        var without = PageChecks.Parse(BriefingPage.Render(briefing, doc.Text, new BriefingPageOptions { IncludeOutline = false }));
        Assert.Equal(briefing.Exchanges.Length, with.QuerySelectorAll("nav.outline li.o-exchange").Length);
        Assert.Empty(without.QuerySelectorAll("nav.outline"));
        Assert.Empty(PageChecks.Problems(without, briefing, doc.Text));
    }

    /// <summary>WCAG contrast of the palettes: body text 7:1 (AAA) on every tint, other text 4.5:1, focus ring and rules 3:1.</summary>
    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public void Both_palettes_have_sufficient_contrast(string palette)
    {
        var colours = Palette(palette);
        string[] kinds = ["title", "lead", "announcement", "question", "answer", "statement", "translation"];
        var failures = new List<string>();
        void Need(string fg, string bg, double ratio)
        {
            double actual = Contrast(colours[fg], colours[bg]);
            if (actual < ratio) failures.Add($"{fg} on {bg}: {actual:0.00} < {ratio}");
        }
        foreach (var bg in (string[])["bg", "panel"])
        {
            Need("fg", bg, 7);
            Need("muted", bg, 4.5);
            Need("link", bg, 4.5);
            Need("focus", bg, 3);
            foreach (var k in kinds) Need(k + "-label", bg, 4.5);
            foreach (var k in (string[])["error", "warning", "info"]) Need(k, bg, 4.5);
        }
        foreach (var k in kinds)
        {
            Need("fg", k + "-bg", 7);
            Need(k + "-line", k + "-bg", 3);
            Need("focus", k + "-bg", 3);
        }
        Need("boilerplate-fg", "boilerplate-bg", 4.5);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static string PageStyleCss() => PageStyle.Css;

    private static Dictionary<string, string> Palette(string name)
    {
        string css = PageStyle.Css;
        int start = name == "light" ? css.IndexOf(":root {", StringComparison.Ordinal) : css.IndexOf(":root[data-scheme=\"dark\"] {", StringComparison.Ordinal);
        int end = css.IndexOf('}', start);
        return ColourVariable().Matches(css[start..end]).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
    }

    private static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            double Channel(int i)
            {
                double c = int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }
            return 0.2126 * Channel(0) + 0.7152 * Channel(1) + 0.0722 * Channel(2);
        }
        double la = Luminance(a), lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    [GeneratedRegex("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})")]
    private static partial Regex ColourVariable();

    [Fact]
    public void Caller_errors_are_reported_clearly()
    {
        var briefing = new PressBriefing { Lead = new TextBlock("x", new TextSpan(3, 10)) };
        var e = Assert.Throws<ArgumentException>(() => BriefingPage.Render(briefing, "short"));
        Assert.Contains("lead", e.Message, StringComparison.Ordinal);
        Assert.Contains("outside the source text", e.Message, StringComparison.Ordinal);

        var withSource = new PressBriefing { SourceText = "extracted" };
        Assert.Throws<ArgumentException>(() => BriefingPage.Render(withSource, "other"));
        Assert.NotEmpty(BriefingPage.Render(withSource, "extracted"));
        Assert.Throws<ArgumentNullException>(() => BriefingPage.Render(null!, ""));
        Assert.Throws<ArgumentNullException>(() => BriefingPage.Render(new PressBriefing(), null!));
    }
}
