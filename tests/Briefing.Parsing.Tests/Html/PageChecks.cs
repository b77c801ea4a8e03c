using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefing.Parsing.Tests.Html;

/// <summary>One element of a parse the page must show, derived from the model here (not by the renderer's code).</summary>
internal sealed record ExpectedElement(string Id, string Kind, TextSpan Span, IReadOnlyDictionary<string, string?> Data);

/// <summary>Checks a rendered page's DOM (from AngleSharp or from a browser's <c>--dump-dom</c>) against a parse.</summary>
internal static class PageChecks
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Every element of the briefing with a span, with its page id, kind and facts.</summary>
    public static List<ExpectedElement> Expected(PressBriefing b)
    {
        var list = new List<ExpectedElement>();
        void Add(string id, string kind, TextSpan span, params (string, string?)[] data) =>
            list.Add(new ExpectedElement(id, kind, span, data.ToDictionary(d => d.Item1, d => d.Item2)));
        void Translation(string owner, Translation? t)
        {
            if (t is null) return;
            Add(owner + "-translation", "translation", t.Span, ("data-language", t.Language), ("data-label", t.Label));
            if (t.LabelSpan is { } ls) Add(owner + "-translation-label", "translation-label", ls, ("data-label", t.Label));
        }
        string N(int i) => i.ToString(CultureInfo.InvariantCulture);

        if (b.TitleSpan is { } ts) Add("title", "title", ts);
        Translation("title", b.TitleTranslation);
        if (b.Lead is { } lead) Add("lead", "lead", lead.Span);
        for (int i = 0; i < b.Announcements.Length; i++)
        {
            var a = b.Announcements[i];
            string id = "announcement-" + N(i);
            Add(id, "announcement", a.Span, ("data-label", a.Label), ("data-speaker", a.Speaker?.Name));
            if (a.LabelSpan is { } ls) Add(id + "-label", "announcement-label", ls, ("data-label", a.Label));
            Translation(id, a.Translation);
        }
        for (int i = 0; i < b.Exchanges.Length; i++)
        {
            var x = b.Exchanges[i];
            string id = "exchange-" + N(i);
            Add(id, "exchange", x.Span, ("data-index", N(i)));
            if (x.Question is { } q)
            {
                Add(id + "-question", "question", q.Span, ("data-label", q.Label), ("data-outlet", q.Outlet?.Name), ("data-exchange", N(i)),
                    ("data-follow-up", q.IsFollowUp ? "true" : null));
                if (q.LabelSpan is { } ls) Add(id + "-question-label", "question-label", ls, ("data-label", q.Label));
                Translation(id + "-question", q.Translation);
            }
            for (int j = 0; j < x.Answers.Length; j++)
            {
                var a = x.Answers[j];
                string aid = id + "-answer-" + N(j);
                Add(aid, "answer", a.Span, ("data-label", a.Label), ("data-speaker", a.Speaker?.Name), ("data-exchange", N(i)), ("data-index", N(j)));
                if (a.LabelSpan is { } ls) Add(aid + "-label", "answer-label", ls, ("data-label", a.Label));
                Translation(aid, a.Translation);
            }
        }
        for (int i = 0; i < b.Statements.Length; i++)
        {
            var s = b.Statements[i];
            Add("statement-" + N(i), "statement", s.Span, ("data-speaker", s.Speaker?.Name),
                ("data-mode", s.Mode == StatementMode.Quoted ? "quoted" : "reported"), ("data-via", s.Via?.Name));
        }
        for (int i = 0; i < b.Boilerplate.Length; i++)
        {
            var bp = b.Boilerplate[i];
            string kind = bp.Kind.ToString();
            Add("boilerplate-" + N(i), "boilerplate", bp.Span, ("data-boilerplate-kind", char.ToLowerInvariant(kind[0]) + kind[1..]));
        }
        return list;
    }

    /// <summary>The text a page's DOM holds for <paramref name="source"/>: HTML cannot carry lone surrogates or U+0000, which read as U+FFFD.</summary>
    public static string DomText(string source)
    {
        var sb = new StringBuilder(source.Length);
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                sb.Append(c).Append(source[++i]);
                continue;
            }
            sb.Append(c == '\0' || char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return sb.ToString();
    }

    /// <summary>The text of <paramref name="node"/> without interface text (elements marked <c>data-ui</c>).</summary>
    public static string ContentText(INode node)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is IText t)
            {
                sb.Append(t.Data);
                continue;
            }
            if (n is IElement e && e.HasAttribute("data-ui")) continue;
            for (int i = n.ChildNodes.Length - 1; i >= 0; i--) stack.Push(n.ChildNodes[i]);
        }
        return sb.ToString();
    }

    /// <summary>
    /// What is wrong with the page: every element of the parse must be on it once, with its kind, span and facts as data
    /// attributes and its text (all its parts) equal to the source slice; the source block must hold the source exactly.
    /// </summary>
    public static List<string> Problems(IDocument page, PressBriefing briefing, string source)
    {
        var problems = new List<string>();
        var container = page.GetElementById("source");
        if (container is null) return ["the page has no #source block"];
        string dom = DomText(source);
        if (ContentText(container) != dom) problems.Add("the source block's text differs from the source text");

        var expected = Expected(briefing);
        var withKind = container.QuerySelectorAll("[data-kind]").Where(e => e.GetAttribute("data-kind") != "diagnostic").ToList();
        if (withKind.Count != expected.Count) problems.Add($"{withKind.Count} elements carry data-kind, the parse has {expected.Count}");

        foreach (var x in expected)
        {
            var element = page.GetElementById(x.Id);
            if (element is null)
            {
                problems.Add($"{x.Id}: not on the page");
                continue;
            }
            if (!container.Contains(element)) problems.Add($"{x.Id}: not inside the source block");
            Check(x.Id, "data-kind", x.Kind, element, problems);
            Check(x.Id, "data-start", x.Span.Start.ToString(CultureInfo.InvariantCulture), element, problems);
            Check(x.Id, "data-length", x.Span.Length.ToString(CultureInfo.InvariantCulture), element, problems);
            foreach (var (name, value) in x.Data) Check(x.Id, name, value, element, problems);

            var parts = new StringBuilder(ContentText(element));
            foreach (var part in container.QuerySelectorAll("[data-part-of]").Where(p => p.GetAttribute("data-part-of") == x.Id))
                parts.Append(ContentText(part));
            string want = dom.Substring(x.Span.Start, x.Span.Length);
            if (parts.ToString() != want) problems.Add($"{x.Id}: text '{Clip(parts.ToString())}' is not the source slice '{Clip(want)}'");
        }
        return problems;
    }

    private static void Check(string id, string attribute, string? expected, IElement element, List<string> problems)
    {
        string? actual = element.GetAttribute(attribute);
        if (expected is not null) expected = DomText(expected);
        if (actual != expected) problems.Add($"{id}: {attribute} is '{actual}', expected '{expected}'");
    }

    private static string Clip(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
