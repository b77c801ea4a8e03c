namespace Briefing.Parsing.Html;

/// <summary>The page's inline style sheet: light and dark palettes, one colour per kind of element.</summary>
internal static class PageStyle
{
    /// <summary>The kinds in the legend, in reading order, with their names.</summary>
    public static IReadOnlyList<(string Kind, string Name)> Kinds { get; } =
    [
        ("title", "Title"),
        ("lead", "Lead"),
        ("announcement", "Announcement"),
        ("announcement-label", "Announcement label"),
        ("exchange", "Exchange"),
        ("question", "Question"),
        ("question-label", "Question label"),
        ("answer", "Answer"),
        ("answer-label", "Answer label"),
        ("statement", "Statement"),
        ("translation", "Translation"),
        ("translation-label", "Translation label"),
        ("boilerplate", "Boilerplate"),
        ("diagnostic", "Diagnostic marker"),
    ];

    // Light: dark text (#1b1b1b) on pale tints, labels in deep hues (contrast above 7:1 on their tint).
    private const string Light = """
        --bg: #fbfbf8; --fg: #1b1b1b; --muted: #4d4d4d; --panel: #ffffff; --border: #c9c9c2; --link: #0b4fa8; --focus: #c2410c;
        --title-bg: #dce7fb; --title-line: #2c5aa0; --title-label: #173a73;
        --lead-bg: #e3f3e7; --lead-line: #2e7d4f; --lead-label: #1d5234;
        --announcement-bg: #efe7fb; --announcement-line: #6b46b0; --announcement-label: #4a2b84;
        --question-bg: #fdefc3; --question-line: #a36a00; --question-label: #6b4200;
        --answer-bg: #dcf1ee; --answer-line: #00796b; --answer-label: #004d44;
        --statement-bg: #fbe3ec; --statement-line: #ad1457; --statement-label: #7a0e3d;
        --translation-bg: #eeeedd; --translation-line: #6b6b00; --translation-label: #454500;
        --boilerplate-bg: #ececea; --boilerplate-fg: #474747; --boilerplate-line: #8a8a85;
        --error: #a51c1c; --warning: #8a5300; --info: #1f5f99;
""";

    // Dark: light text (#ececec) on deep tints, labels in light hues.
    private const string Dark = """
        --bg: #151515; --fg: #ececec; --muted: #b9b9b9; --panel: #202020; --border: #4a4a4a; --link: #8cb8ff; --focus: #ffb35c;
        --title-bg: #1c2c4a; --title-line: #6f9be0; --title-label: #b5cdf7;
        --lead-bg: #17352a; --lead-line: #5fb887; --lead-label: #a9e2c1;
        --announcement-bg: #2f2347; --announcement-line: #a685e6; --announcement-label: #d5c4f7;
        --question-bg: #3f3100; --question-line: #e0a93a; --question-label: #ffd98a;
        --answer-bg: #0f3833; --answer-line: #4fc3b1; --answer-label: #a3e8dc;
        --statement-bg: #46192b; --statement-line: #ec6f9f; --statement-label: #f9bdd3;
        --translation-bg: #32321a; --translation-line: #c4c45a; --translation-label: #e6e6a6;
        --boilerplate-bg: #262626; --boilerplate-fg: #b3b3b3; --boilerplate-line: #6d6d6d;
        --error: #ff8a8a; --warning: #ffc46b; --info: #8cc4ff;
""";

    public static string Css { get; } =
        ":root {\n" + Light + "}\n" +
        "@media (prefers-color-scheme: dark) {\n:root:not([data-scheme=\"light\"]) {\n" + Dark + "}\n}\n" +
        ":root[data-scheme=\"dark\"] {\n" + Dark + "}\n" +
        """
        :root { color-scheme: light dark; }
        :root[data-scheme="light"] { color-scheme: light; }
        :root[data-scheme="dark"] { color-scheme: dark; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; padding-bottom: 6rem; }
        a { color: var(--link); }
        a:focus-visible, .el:focus-visible, .source:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .el:focus { outline: 3px solid var(--focus); outline-offset: 1px; }
        .skip { position: absolute; left: 1rem; top: -3rem; background: var(--panel); padding: .5rem 1rem; border: 2px solid var(--focus); z-index: 10; }
        .skip:focus { top: 1rem; }
        .page-header { padding: 1.25rem 1.5rem 1rem; border-bottom: 1px solid var(--border); background: var(--panel); }
        .page-header h1 { margin: 0 0 .5rem; font-size: 1.45rem; line-height: 1.3; }
        .format { margin: 0 0 .75rem; font-size: 1.05rem; }
        .format code { font-size: 1rem; padding: .1rem .35rem; border: 1px solid var(--border); border-radius: 4px; }
        .reason, .detail, .count, .hint, .page-footer { color: var(--muted); }
        .facts { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: 0; }
        .facts div { display: flex; gap: .4rem; }
        .facts dt { font-weight: 600; }
        .facts dt::after { content: ":"; }
        .facts dd { margin: 0; }
        .layout { display: grid; grid-template-columns: minmax(15rem, 22rem) minmax(0, 1fr); gap: 1.5rem; padding: 1rem 1.5rem; }
        @media (max-width: 60rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
        .sidebar { font-size: .92rem; }
        @media (min-width: 60rem) { .sidebar { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; padding-bottom: 5rem; } }
        h2 { font-size: 1.1rem; margin: .75rem 0 .5rem; }
        .outline ol, .legend ul, .diagnostics ol { margin: 0; padding-left: 1.4rem; }
        .outline li { margin: .15rem 0; }
        .legend ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem .6rem; }
        .swatch { display: inline-block; width: .8em; height: .8em; margin-right: .35em; border-radius: 2px; vertical-align: -.05em; border: 1px solid var(--border); }
        .s-title { background: var(--title-bg); border-color: var(--title-line); }
        .s-lead { background: var(--lead-bg); border-color: var(--lead-line); }
        .s-announcement { background: var(--announcement-bg); border-color: var(--announcement-line); }
        .s-question { background: var(--question-bg); border-color: var(--question-line); }
        .s-answer { background: var(--answer-bg); border-color: var(--answer-line); }
        .s-statement { background: var(--statement-bg); border-color: var(--statement-line); }
        .s-translation { background: var(--translation-bg); border-color: var(--translation-line); }
        .s-boilerplate { background: var(--boilerplate-bg); border-color: var(--boilerplate-line); }
        .s-exchange { background: var(--question-line); }
        .diagnostics li { margin: .3rem 0; }
        .diagnostics code { font-weight: 700; }
        .severity { font-weight: 700; text-transform: uppercase; font-size: .8em; letter-spacing: .04em; }
        .sev-error .severity { color: var(--error); } .sev-warning .severity { color: var(--warning); } .sev-info .severity { color: var(--info); }
        .excerpt { color: var(--muted); }
        .source { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: 1rem 1.25rem; line-height: 1.75; max-width: 60rem; }
        mark { background: none; color: inherit; }
        .el { border-radius: 2px; padding: .1em 0; }
        .k-title { background: var(--title-bg); box-shadow: inset 0 -2px 0 var(--title-line); font-weight: 600; }
        .k-lead { background: var(--lead-bg); box-shadow: inset 0 -2px 0 var(--lead-line); }
        .k-announcement { background: var(--announcement-bg); border-left: 3px solid var(--announcement-line); padding-left: .2em; }
        .k-question { background: var(--question-bg); border-left: 3px solid var(--question-line); padding-left: .2em; }
        .k-answer { background: var(--answer-bg); border-left: 3px solid var(--answer-line); padding-left: .2em; }
        .k-statement { background: var(--statement-bg); box-shadow: inset 0 -2px 0 var(--statement-line); }
        .k-translation { background: var(--translation-bg); box-shadow: inset 0 -2px 0 var(--translation-line); font-style: italic; }
        .k-boilerplate { background: var(--boilerplate-bg); color: var(--boilerplate-fg); box-shadow: inset 0 -1px 0 var(--boilerplate-line); }
        .k-exchange { background: transparent; }
        .k-exchange::before { content: "#" attr(data-number); font-size: .72em; font-weight: 700; color: var(--question-label); border: 1px solid var(--question-line); border-radius: 1em; padding: 0 .45em; margin-right: .3em; vertical-align: .12em; }
        .k-announcement-label, .k-question-label, .k-answer-label, .k-translation-label { font-weight: 700; text-decoration: underline 2px; text-underline-offset: .18em; }
        .k-announcement-label { color: var(--announcement-label); text-decoration-color: var(--announcement-line); }
        .k-question-label { color: var(--question-label); text-decoration-color: var(--question-line); }
        .k-answer-label { color: var(--answer-label); text-decoration-color: var(--answer-line); }
        .k-translation-label { color: var(--translation-label); text-decoration-color: var(--translation-line); }
        .k-title-label { color: var(--title-label); }
        .k-diagnostic { color: var(--warning); font-weight: 700; }
        .sample { padding: 0 .3em; }
        .marker { text-decoration: none; font-size: .85em; padding: 0 .1em; -webkit-user-select: none; user-select: none; color: var(--warning); }
        .marker:target, .diagnostics li:target { outline: 3px solid var(--focus); }
        .el:target { outline: 3px dashed var(--focus); }
        .details { display: none; }
        .el:focus > .details, .el:has(> .details :focus) > .details {
          display: block; position: fixed; left: 0; right: 0; bottom: 0; z-index: 5; white-space: normal; font-style: normal; font-weight: 400;
          color: var(--fg); background: var(--panel); border-top: 3px solid var(--focus); padding: .6rem 1.5rem; line-height: 1.5; font-size: .95rem;
          box-shadow: 0 -4px 12px rgba(0, 0, 0, .25); -webkit-user-select: none; user-select: none;
        }
        .details-nav { display: block; margin-top: .25rem; }
        .details-nav a { margin-right: 1.5rem; }
        .value { font-weight: 600; }
        .page-footer { padding: 1rem 1.5rem; font-size: .85rem; }
        @media (forced-colors: active) { .el { border: 1px solid CanvasText; } .el:focus { outline: 3px solid Highlight; } }
        @media print { .details, .skip, .sidebar { display: none !important; } .layout { display: block; } body { padding-bottom: 0; } }

        """;
}
