using System.Globalization;
using System.Text;
using Briefing.Parsing.Html;

namespace Briefing.Parsing.Tests.Html;

/// <summary>
/// The HTML fixtures in <c>Html/Fixtures/</c>: pages written for these tests in the shapes of real briefing pages, each with
/// a plain-text twin (<c>name.txt</c>) written as a reader would copy the same page.
/// </summary>
internal static class HtmlFixtures
{
    /// <summary>Pages whose labels keep their colons: the text parses the same with or without the label hints.</summary>
    public static IReadOnlyList<string> ColonLabelled { get; } =
    [
        "mfa-en-2024",        // fmprc.gov.cn shape: language bar, menu, breadcrumb, <strong>CCTV:</strong> labels, share, related, footer
        "mfa-zh-2023",        // mfa.gov.cn shape: U+3000 indentation, <strong>总台央视记者：</strong>, 【打印】【关闭】
        "state-2023",         // state.gov shape: header, hidden banner, svg logo, plain MR PRICE: / QUESTION: labels, tags, related
        "repost-farm-2023",   // content farm: ads, scripts, cookie banner, class-hidden spam, <br><br> paragraphs, <b>Mao Ning</b>: answers
        "embassy-2016",       // embassy repost: table layout, <font>, a <br> menu, whole-bold Q: questions, A: answers
    ];

    /// <summary>Pages whose labels are marked only by bold (no colon): the parse needs the label hints.</summary>
    public static IReadOnlyList<string> HintOnly { get; } = ["mfa-en-boldlabels-2024"];

    /// <summary>Every HTML fixture.</summary>
    public static IEnumerable<string> All => ColonLabelled.Concat(HintOnly);

    public static string Directory => Path.Combine(TestFiles.TestProjectDirectory, "Html", "Fixtures");

    public static string Html(string name) => Read(Path.Combine(Directory, name + ".html"));

    public static string Twin(string name) => Read(Path.Combine(Directory, name + ".txt"));

    private static string Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"HTML fixture file '{Path.GetFileName(path)}' is missing.", path);
        return File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>
    /// What two parses of the same page must share, one line per fact, so that a difference shows as a readable diff:
    /// format, title, date, spokespersons, lead, announcements and exchanges (labels, outlets, speakers, texts). Spans and
    /// boilerplate differ between a page and its copy and are left out.
    /// </summary>
    public static string Projection(PressBriefing b)
    {
        var sb = new StringBuilder();
        void Line(FormattableString s) => sb.Append(s.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Line($"format {b.Format?.Id}");
        Line($"title {b.Title}");
        Line($"date {b.Date:yyyy-MM-dd}");
        Line($"language {b.Language}");
        Line($"spokespersons {string.Join(", ", b.Spokespersons.Select(s => s.Name))}");
        if (b.Lead is { } lead) Line($"lead {lead.Text}");
        foreach (var a in b.Announcements) Line($"announcement [{a.Label}|{a.Speaker?.Name}] {a.Text}");
        foreach (var x in b.Exchanges)
        {
            var q = x.Question;
            Line($"question [{q?.Label}|{q?.Outlet?.Name}|{(q?.IsFollowUp == true ? "follow-up" : "")}] {q?.Text}");
            foreach (var a in x.Answers) Line($"  answer [{a.Label}|{a.Speaker?.Name}] {a.Text}");
        }
        foreach (var s in b.Statements) Line($"statement [{s.Speaker?.Name}|{s.Mode}|{s.Via?.Name}] {s.Text}");
        return sb.ToString();
    }

    /// <summary>Parses the page's extracted text with its hints.</summary>
    public static (HtmlExtraction Page, PressBriefing Briefing) ParseHtml(string name)
    {
        var page = HtmlText.Extract(Html(name));
        return (page, BriefingParser.Default.Parse(page.Text, page.ToParseOptions(new ParseOptions { SourceName = name + ".html" })));
    }
}
