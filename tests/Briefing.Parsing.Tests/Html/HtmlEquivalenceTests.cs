using Briefing.Parsing.Html;
using Briefing.Parsing.Tests.Invariants;

namespace Briefing.Parsing.Tests.Html;

/// <summary>A page and its plain-text twin give the same briefing.</summary>
public sealed class HtmlEquivalenceTests
{
    public static TheoryData<string> ColonLabelled => [.. HtmlFixtures.ColonLabelled];

    [Theory]
    [MemberData(nameof(ColonLabelled))]
    public void Page_and_plain_text_give_the_same_exchanges(string name)
    {
        var (page, fromHtml) = HtmlFixtures.ParseHtml(name);
        var fromText = BriefingParser.Default.Parse(HtmlFixtures.Twin(name));

        Assert.NotEmpty(fromHtml.Exchanges);
        Assert.Equal(HtmlFixtures.Projection(fromText), HtmlFixtures.Projection(fromHtml));
        var violations = SpanInvariants.Check(page.Text, fromHtml);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Theory]
    [InlineData("mfa-en-2024", "mfa-transcript", 4)]
    [InlineData("mfa-zh-2023", "mfa-transcript-zh", 4)]
    [InlineData("state-2023", "state-department", 5)]
    [InlineData("repost-farm-2023", "mfa-transcript", 3)]
    [InlineData("embassy-2016", "mfa-transcript", 3)]
    public void Pages_are_detected_as_their_family(string name, string format, int exchanges)
    {
        var (_, briefing) = HtmlFixtures.ParseHtml(name);
        Assert.Equal(format, briefing.Format?.Id);
        Assert.Equal(exchanges, briefing.Exchanges.Length);
    }

    [Theory]
    [MemberData(nameof(ColonLabelled))]
    public void Every_hint_starts_at_a_label_the_parser_found(string name)
    {
        var (page, briefing) = HtmlFixtures.ParseHtml(name);
        var labels = briefing.Exchanges
            .SelectMany(x => (IEnumerable<TextSpan?>)[x.Question?.LabelSpan, .. x.Answers.Select(a => a.LabelSpan)])
            .OfType<TextSpan>()
            .ToList();
        foreach (var hint in page.LabelHints)
        {
            string text = page.Text.Substring(hint.Start, hint.Length);
            Assert.True(labels.Exists(l => l.Start == hint.Start && hint.Contains(l)), $"{name}: hint '{text}' {hint} is not where a label is");
        }
    }

    [Fact]
    public void Pages_marking_labels_in_bold_give_hints_on_every_turn()
    {
        Assert.Equal(8, HtmlText.Extract(HtmlFixtures.Html("mfa-en-2024")).LabelHints.Length);
        Assert.Equal(8, HtmlText.Extract(HtmlFixtures.Html("mfa-zh-2023")).LabelHints.Length);
        Assert.Equal(6, HtmlText.Extract(HtmlFixtures.Html("repost-farm-2023")).LabelHints.Length);
        Assert.Empty(HtmlText.Extract(HtmlFixtures.Html("embassy-2016")).LabelHints); // whole-bold questions are no labels
        var bold = HtmlText.Extract(HtmlFixtures.Html("mfa-en-boldlabels-2024"));
        Assert.Equal(["Hainan International Media Center", "Mao Ning", "Xiamen Daily", "Mao Ning"], bold.LabelHints.Select(h => bold.Text.Substring(h.Start, h.Length)));
    }

    /// <summary>
    /// Labels marked only by bold, without a colon, and unknown to the directories: only the hints can find them.
    /// </summary>
    [Fact]
    public void Bold_only_labels_are_found_through_the_hints()
    {
        const string name = "mfa-en-boldlabels-2024";
        var (page, fromHtml) = HtmlFixtures.ParseHtml(name);
        var fromText = BriefingParser.Default.Parse(HtmlFixtures.Twin(name));
        Assert.Equal(HtmlFixtures.Projection(fromText), HtmlFixtures.Projection(fromHtml));
        Assert.Equal(2, fromHtml.Exchanges.Length);
        var violations = SpanInvariants.Check(page.Text, fromHtml);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void Every_html_fixture_is_listed_and_has_its_twin()
    {
        var onDisk = Directory.EnumerateFiles(HtmlFixtures.Directory, "*.html").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(HtmlFixtures.All.Order(StringComparer.Ordinal), onDisk);
        foreach (var name in HtmlFixtures.All) Assert.NotEmpty(HtmlFixtures.Twin(name));
        Assert.Equal(HtmlFixtures.All.Count(), Directory.EnumerateFiles(HtmlFixtures.Directory, "*.txt").Count());
    }

    [Fact]
    public void ParseHtml_parses_the_extracted_text_and_carries_it()
    {
        string html = HtmlFixtures.Html("mfa-en-2024");
        var briefing = BriefingParser.Default.ParseHtml(html, new ParseOptions { SourceName = "page.html" });
        var page = HtmlText.Extract(html);

        Assert.Equal(page.Text, briefing.SourceText);
        Assert.Equal("page.html", briefing.Source);
        Assert.Equal(HtmlFixtures.Projection(BriefingParser.Default.Parse(page.Text)), HtmlFixtures.Projection(briefing));
        var q = briefing.Exchanges[0].Question!;
        Assert.Equal(q.Label, page.Text.Substring(q.LabelSpan!.Value.Start, q.LabelSpan.Value.Length));

        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html));
        Assert.Equal(page.Text, BriefingParser.Default.ParseHtml(stream).SourceText);

        Assert.Throws<ArgumentException>(() => BriefingParser.Default.ParseHtml(html, new ParseOptions { LabelHints = [new TextSpan(0, 1)] }));
        Assert.Throws<ArgumentNullException>(() => BriefingParser.Default.ParseHtml((string)null!));
        Assert.Throws<ArgumentNullException>(() => ((BriefingParser)null!).ParseHtml(html));
    }
}
