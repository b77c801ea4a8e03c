using System.Globalization;

namespace Briefing.Parsing.Tests.Invariants;

/// <summary>
/// The structural invariants every parse result must satisfy, whatever the input: spans inside the text, elements not
/// overlapping, children inside their exchange, texts derived from their spans, no empty element, document order.
/// </summary>
internal static class SpanInvariants
{
    /// <summary>Returns the violated invariants (empty when the result is consistent with <paramref name="text"/>).</summary>
    public static List<string> Check(string text, PressBriefing briefing)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(briefing);
        var v = new List<string>();
        var elements = new List<(string Name, TextSpan Span)>();

        bool InBounds(string what, TextSpan s)
        {
            if (s.Start >= 0 && s.Length >= 0 && s.End <= text.Length) return true;
            v.Add(F($"{what}: span {s} (start {s.Start}, length {s.Length}) is outside [0, {text.Length}]"));
            return false;
        }

        void Element(string what, string? elementText, TextSpan span, bool derived = true)
        {
            if (!InBounds(what, span)) return;
            elements.Add((what, span));
            if (elementText is null)
            {
                v.Add($"{what}: text is null");
                return;
            }
            if (elementText.Length == 0) v.Add(F($"{what}: text is empty (span {span})"));
            if (!derived) return;
            string expected = TextNormalizer.Normalize(text.AsSpan(span.Start, span.Length));
            if (!string.Equals(elementText, expected, StringComparison.Ordinal))
                v.Add(F($"{what}: text is not derived from its span {span}: text {Show(elementText)}, span gives {Show(expected)}"));
        }

        void Label(string what, string? label, TextSpan? labelSpan, TextSpan elementSpan)
        {
            if (labelSpan is not { } ls) return;
            if (!InBounds(what + " label", ls)) return;
            elements.Add((what + " label", ls));
            string expected = TextNormalizer.Normalize(text.AsSpan(ls.Start, ls.Length));
            if (!string.Equals(label, expected, StringComparison.Ordinal))
                v.Add(F($"{what}: label {Show(label)} is not the text of its label span {ls} ({Show(expected)})"));
            if (ls.End > elementSpan.Start)
                v.Add(F($"{what}: label span {ls} does not end before the element's span {elementSpan}"));
        }

        // Title and lead.
        if (briefing.TitleSpan is { } ts)
        {
            if (InBounds("title", ts))
            {
                elements.Add(("title", ts));
                string expected = TextNormalizer.Normalize(text.AsSpan(ts.Start, ts.Length)).Replace("\n\n", " ", StringComparison.Ordinal);
                if (!string.Equals(briefing.Title, expected, StringComparison.Ordinal))
                    v.Add(F($"title: {Show(briefing.Title)} is not the text of its span {ts} ({Show(expected)})"));
            }
        }
        else if (briefing.Title is not null)
        {
            v.Add($"title {Show(briefing.Title)} has no span");
        }
        if (briefing.TitleTranslation is { } tt && InBounds("title translation", tt.Span))
        {
            elements.Add(("title translation", tt.Span));
            string expected = TextNormalizer.Normalize(text.AsSpan(tt.Span.Start, tt.Span.Length)).Replace("\n\n", " ", StringComparison.Ordinal);
            if (!string.Equals(tt.Text, expected, StringComparison.Ordinal))
                v.Add(F($"title translation: {Show(tt.Text)} is not the text of its span {tt.Span} ({Show(expected)})"));
        }
        if (briefing.Lead is { } lead) Element("lead", lead.Text, lead.Span);

        // The other language's version of an element in a bilingual document obeys the same rules as the element.
        void Version(string what, Translation? t, TextSpan? outer)
        {
            if (t is null) return;
            Element(what + " translation", t.Text, t.Span);
            Label(what + " translation", t.Label, t.LabelSpan, t.Span);
            if (outer is { } o) Inside(what + " translation", t.Span, t.LabelSpan, o, v);
        }

        for (int i = 0; i < briefing.Announcements.Length; i++)
        {
            Element(F($"announcement #{i}"), briefing.Announcements[i].Text, briefing.Announcements[i].Span);
            Version(F($"announcement #{i}"), briefing.Announcements[i].Translation, null);
        }
        CheckOrder("announcements", briefing.Announcements.Select(a => a.Span), v);

        for (int i = 0; i < briefing.Statements.Length; i++)
            Element(F($"statement #{i}"), briefing.Statements[i].Text, briefing.Statements[i].Span);
        CheckOrder("statements", briefing.Statements.Select(s => s.Span), v);

        for (int i = 0; i < briefing.Boilerplate.Length; i++)
            Element(F($"boilerplate #{i} ({briefing.Boilerplate[i].Kind})"), briefing.Boilerplate[i].Text, briefing.Boilerplate[i].Span);
        CheckOrder("boilerplate", briefing.Boilerplate.Select(b => b.Span), v);

        for (int i = 0; i < briefing.Exchanges.Length; i++)
        {
            var ex = briefing.Exchanges[i];
            string name = F($"exchange #{i}");
            if (!InBounds(name, ex.Span)) continue;
            if (ex.Question is null && ex.Answers.IsEmpty) v.Add($"{name}: has neither a question nor an answer");
            int previousEnd = ex.Span.Start;
            if (ex.Question is { } q)
            {
                string qn = name + " question";
                Element(qn, q.Text, q.Span);
                Label(qn, q.Label, q.LabelSpan, q.Span);
                Inside(qn, q.Span, q.LabelSpan, ex.Span, v);
                Version(qn, q.Translation, ex.Span);
                previousEnd = Math.Max(q.Span.End, q.Translation?.Span.End ?? 0);
            }
            for (int j = 0; j < ex.Answers.Length; j++)
            {
                var a = ex.Answers[j];
                string an = F($"{name} answer #{j}");
                Element(an, a.Text, a.Span);
                Label(an, a.Label, a.LabelSpan, a.Span);
                Inside(an, a.Span, a.LabelSpan, ex.Span, v);
                Version(an, a.Translation, ex.Span);
                int start = a.LabelSpan?.Start ?? a.Span.Start;
                if (start < previousEnd) v.Add(F($"{an}: starts at {start}, before the end of the previous element of its exchange ({previousEnd})"));
                previousEnd = Math.Max(a.Span.End, a.Translation?.Span.End ?? 0);
            }
        }
        for (int i = 1; i < briefing.Exchanges.Length; i++)
        {
            TextSpan a = briefing.Exchanges[i - 1].Span, b = briefing.Exchanges[i].Span;
            if (b.Start <= a.Start || a.End > b.Start)
                v.Add(F($"exchanges out of document order or overlapping: #{i - 1} {a} then #{i} {b}"));
        }

        for (int i = 0; i < briefing.Diagnostics.Length; i++)
        {
            var d = briefing.Diagnostics[i];
            if (d.Span is { } ds) InBounds(F($"diagnostic #{i} {d.Code}"), ds);
            if (string.IsNullOrWhiteSpace(d.Message)) v.Add(F($"diagnostic #{i} {d.Code} has no message"));
            if (d.Code is not { Length: 6 } code || !code.StartsWith("BP", StringComparison.Ordinal) || !code.AsSpan(2).ContainsOnlyDigits())
                v.Add(F($"diagnostic #{i} has a malformed code {Show(d.Code)}"));
        }

        // No two elements (announcements, questions, answers, statements, boilerplate, lead, title, labels) overlap.
        elements.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        (string Name, TextSpan Span)? widest = null;
        foreach (var e in elements)
        {
            if (e.Span.IsEmpty) continue;
            if (widest is { } w && w.Span.OverlapsWith(e.Span))
                v.Add(F($"{w.Name} {w.Span} overlaps {e.Name} {e.Span}"));
            if (widest is null || e.Span.End > widest.Value.Span.End) widest = e;
        }
        return v;
    }

    private static void Inside(string what, TextSpan span, TextSpan? labelSpan, TextSpan exchange, List<string> v)
    {
        if (!exchange.Contains(span)) v.Add(F($"{what}: span {span} is not inside its exchange {exchange}"));
        if (labelSpan is { } ls && !exchange.Contains(ls)) v.Add(F($"{what}: label span {ls} is not inside its exchange {exchange}"));
    }

    private static void CheckOrder(string what, IEnumerable<TextSpan> spans, List<string> v)
    {
        TextSpan? previous = null;
        foreach (var s in spans)
        {
            if (previous is { } p && s.Start < p.Start) v.Add(F($"{what} out of document order: {p} then {s}"));
            previous = s;
        }
    }

    private static string Show(string? s)
    {
        if (s is null) return "null";
        var shown = s.Length <= 80 ? s : string.Concat(s.AsSpan(0, 60), "…", s.AsSpan(s.Length - 15));
        return "\"" + shown.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "\"";
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

file static class SpanExtensions
{
    public static bool ContainsOnlyDigits(this ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }
        return !s.IsEmpty;
    }
}
