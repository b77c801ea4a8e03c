using System.Globalization;

namespace Briefing.Parsing.Html;

/// <summary>One element of a parse shown on the page: a span of the source text with its kind and facts.</summary>
internal sealed class PageElement
{
    public required string Kind { get; init; }

    /// <summary>The element's id on the page, derived from its place in the model ("exchange-2-answer-0").</summary>
    public required string Id { get; init; }

    /// <summary>A human name ("Answer 3.1").</summary>
    public required string Caption { get; init; }

    public required TextSpan Span { get; init; }

    /// <summary>Breaks ties between elements with the same span (outer kinds first).</summary>
    public required int Rank { get; init; }

    /// <summary>The order of collection, the last tie-breaker.</summary>
    public int Order { get; set; }

    /// <summary>Whether the element takes keyboard focus and has previous/next links (labels and exchanges do not).</summary>
    public bool Focusable { get; init; } = true;

    /// <summary>Diagnostic markers: zero-width points linking to the diagnostics list.</summary>
    public bool IsMarker { get; init; }

    /// <summary>Extra <c>data-*</c> attributes, in order.</summary>
    public List<(string Name, string Value)> Data { get; } = [];

    /// <summary>Facts shown on hover and in the details panel ("outlet" → "CCTV (CN)").</summary>
    public List<(string Name, string Value)> Facts { get; } = [];

    public PageElement With(string name, string? value)
    {
        if (value is not null) Data.Add((name, value));
        return this;
    }

    public PageElement Fact(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) Facts.Add((name, value));
        return this;
    }
}

/// <summary>Collects the elements of a <see cref="PressBriefing"/> in model order.</summary>
internal static class PageElements
{
    // Ranks: with equal spans, containers come first (they are rendered outside).
    private const int ExchangeRank = 0, TitleRank = 1, LeadRank = 2, AnnouncementRank = 3, QuestionRank = 4, AnswerRank = 5,
        StatementRank = 6, TranslationRank = 7, BoilerplateRank = 8, LabelRank = 9, MarkerRank = 10;

    public static List<PageElement> Collect(PressBriefing briefing)
    {
        var list = new List<PageElement>();
        void Add(PageElement e)
        {
            e.Order = list.Count;
            list.Add(e);
        }

        if (briefing.TitleSpan is { } titleSpan)
            Add(new PageElement { Kind = "title", Id = "title", Caption = "Title", Span = titleSpan, Rank = TitleRank });
        if (briefing.TitleTranslation is { } tt) AddTranslation(Add, tt, "title", "Title");
        if (briefing.Lead is { } lead)
            Add(new PageElement { Kind = "lead", Id = "lead", Caption = "Lead", Span = lead.Span, Rank = LeadRank });

        for (int i = 0; i < briefing.Announcements.Length; i++)
        {
            var a = briefing.Announcements[i];
            string id = Invariant($"announcement-{i}"), caption = Invariant($"Announcement {i + 1}");
            Add(new PageElement { Kind = "announcement", Id = id, Caption = caption, Span = a.Span, Rank = AnnouncementRank }
                .With("data-index", Number(i)).With("data-label", a.Label).With("data-speaker", a.Speaker?.Name)
                .Fact("label", a.Label).Fact("speaker", Describe(a.Speaker)));
            if (a.LabelSpan is { } ls) AddLabel(Add, "announcement-label", id, caption, ls, a.Label);
            if (a.Translation is { } t) AddTranslation(Add, t, id, caption);
        }

        for (int i = 0; i < briefing.Exchanges.Length; i++)
        {
            var x = briefing.Exchanges[i];
            string exchangeId = Invariant($"exchange-{i}");
            Add(new PageElement
            {
                Kind = "exchange", Id = exchangeId, Caption = Invariant($"Exchange {i + 1}"), Span = x.Span, Rank = ExchangeRank, Focusable = false,
            }.With("data-index", Number(i)).With("data-number", Number(i + 1)));

            if (x.Question is { } q)
            {
                string id = exchangeId + "-question", caption = Invariant($"Question {i + 1}");
                Add(new PageElement { Kind = "question", Id = id, Caption = caption, Span = q.Span, Rank = QuestionRank }
                    .With("data-exchange", Number(i)).With("data-label", q.Label).With("data-outlet", q.Outlet?.Name)
                    .With("data-follow-up", q.IsFollowUp ? "true" : null)
                    .Fact("label", q.Label).Fact("outlet", Describe(q.Outlet)).Fact("follow-up", q.IsFollowUp ? "yes" : null));
                if (q.LabelSpan is { } ls) AddLabel(Add, "question-label", id, caption, ls, q.Label, i);
                if (q.Translation is { } t) AddTranslation(Add, t, id, caption, i);
            }
            for (int j = 0; j < x.Answers.Length; j++)
            {
                var a = x.Answers[j];
                string id = Invariant($"{exchangeId}-answer-{j}"), caption = Invariant($"Answer {i + 1}.{j + 1}");
                Add(new PageElement { Kind = "answer", Id = id, Caption = caption, Span = a.Span, Rank = AnswerRank }
                    .With("data-exchange", Number(i)).With("data-index", Number(j)).With("data-label", a.Label)
                    .With("data-speaker", a.Speaker?.Name)
                    .Fact("label", a.Label).Fact("speaker", Describe(a.Speaker)));
                if (a.LabelSpan is { } ls) AddLabel(Add, "answer-label", id, caption, ls, a.Label, i);
                if (a.Translation is { } t) AddTranslation(Add, t, id, caption, i);
            }
        }

        for (int i = 0; i < briefing.Statements.Length; i++)
        {
            var s = briefing.Statements[i];
            string mode = s.Mode == StatementMode.Quoted ? "quoted" : "reported";
            Add(new PageElement { Kind = "statement", Id = Invariant($"statement-{i}"), Caption = Invariant($"Statement {i + 1}"), Span = s.Span, Rank = StatementRank }
                .With("data-index", Number(i)).With("data-speaker", s.Speaker?.Name).With("data-mode", mode).With("data-via", s.Via?.Name)
                .Fact("speaker", Describe(s.Speaker)).Fact("mode", mode).Fact("via", Describe(s.Via)));
        }

        for (int i = 0; i < briefing.Boilerplate.Length; i++)
        {
            var b = briefing.Boilerplate[i];
            string kind = BoilerplateKindName(b.Kind);
            Add(new PageElement { Kind = "boilerplate", Id = Invariant($"boilerplate-{i}"), Caption = Invariant($"Boilerplate {i + 1} ({kind})"), Span = b.Span, Rank = BoilerplateRank }
                .With("data-index", Number(i)).With("data-boilerplate-kind", kind).Fact("kind", kind));
        }

        for (int i = 0; i < briefing.Diagnostics.Length; i++)
        {
            var d = briefing.Diagnostics[i];
            if (d.Span is not { } span) continue;
            Add(new PageElement
            {
                Kind = "diagnostic", Id = Invariant($"at-diagnostic-{i}"), Caption = Invariant($"Diagnostic {i + 1} ({d.Code})"),
                Span = new TextSpan(span.Start, 0), Rank = MarkerRank, Focusable = false, IsMarker = true,
            }.With("data-index", Number(i)).With("data-code", d.Code).Fact("message", d.Message));
        }
        return list;
    }

    private static void AddLabel(Action<PageElement> add, string kind, string ownerId, string ownerCaption, TextSpan span, string? label, int? exchange = null) =>
        add(new PageElement { Kind = kind, Id = ownerId + "-label", Caption = ownerCaption + " label", Span = span, Rank = LabelRank, Focusable = false }
            .With("data-exchange", exchange is { } x ? Number(x) : null).With("data-of", ownerId).With("data-label", label).Fact("label", label));

    private static void AddTranslation(Action<PageElement> add, Translation t, string ownerId, string ownerCaption, int? exchange = null)
    {
        string id = ownerId + "-translation", caption = ownerCaption + " translation";
        add(new PageElement { Kind = "translation", Id = id, Caption = caption, Span = t.Span, Rank = TranslationRank }
            .With("data-exchange", exchange is { } x ? Number(x) : null).With("data-of", ownerId).With("data-language", t.Language)
            .With("data-label", t.Label).Fact("language", t.Language).Fact("label", t.Label));
        if (t.LabelSpan is { } ls)
        {
            add(new PageElement { Kind = "translation-label", Id = id + "-label", Caption = caption + " label", Span = ls, Rank = LabelRank, Focusable = false }
                .With("data-exchange", exchange is { } y ? Number(y) : null).With("data-of", id).With("data-label", t.Label).Fact("label", t.Label));
        }
    }

    public static string? Describe(Speaker? s)
    {
        if (s is null) return null;
        var parts = new List<string> { s.Name };
        if (s.NameEn is { } en && en != s.Name) parts.Add(en);
        if (s.NameZh is { } zh && zh != s.Name) parts.Add(zh);
        string name = string.Join(" / ", parts);
        string? detail = s.Role ?? (s.Kind == SpeakerKind.Institution ? "institution" : null);
        return detail is null ? name : $"{name} ({detail})";
    }

    public static string? Describe(Outlet? o)
    {
        if (o is null) return null;
        string name = o.NameZh is { } zh && zh != o.Name ? $"{o.Name} / {zh}" : o.Name;
        return o.Country is { } c ? $"{name} ({c})" : name;
    }

    public static string BoilerplateKindName(BoilerplateKind kind)
    {
        string name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
