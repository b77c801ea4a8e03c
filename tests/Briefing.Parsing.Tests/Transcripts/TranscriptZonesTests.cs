using System.Globalization;

namespace Briefing.Parsing.Tests.Transcripts;

/// <summary>
/// <see cref="TranscriptZones"/>: where the body starts, what the header under the title says (the official's name line,
/// the date line, the publication time) and the kind of every header line kept as boilerplate.
/// </summary>
public sealed class TranscriptZonesTests
{
    private static string Zones(string definition, string text)
    {
        using var lexed = Stages.Lexer.Lex(text);
        var def = Stages.Definition(definition);
        var title = TitleReader.Find(lexed, def);
        var resolver = new LabelResolver(lexed, def, title?.Official, title?.Name, title?.Date, def.Language ?? lexed.LanguageProfile);
        var boilerplate = new List<BoilerplateBlock>();
        var zones = TranscriptZones.Read(lexed, def, title, resolver, boilerplate);
        string rest = zones.TitleRest is { } r ? " rest '" + text.Substring(r.Start, Math.Min(r.Length, 14)) + "'" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"body {zones.BodyStart} header {zones.HeaderLines} date {zones.HeaderDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"} name {zones.HeaderName?.Name ?? "-"}/{zones.HeaderName?.Office ?? "-"} published {zones.Published?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-"}{rest} | ")
            + string.Join("; ", boilerplate.OrderBy(b => b.Span.Start).Select(b => $"{b.Kind} '{b.Text}'"));
    }

    [Theory]
    [InlineData("state-department", "Department Press Briefing\nNed Price, Department Spokesperson\nWashington, D.C.\nFebruary 15, 2022\n2:14 p.m. EST\n\nMR PRICE: Good afternoon.",
        "body 6 header 4 date 2022-02-15 name Ned Price/department spokesperson published - | Metadata 'Ned Price, Department Spokesperson'; Metadata 'Washington, D.C.'; Metadata 'February 15, 2022'; Metadata '2:14 p.m. EST'")]
    [InlineData("state-department", "Jen Psaki\nSpokesperson\nDaily Press Briefing\nWashington, DC\nMay 6, 2014\n\nMS. PSAKI: Hi, everyone.",
        "body 6 header 4 date 2014-05-06 name Jen Psaki/- published - | Metadata 'Jen Psaki'; Metadata 'Spokesperson'; Metadata 'Washington, DC'; Metadata 'May 6, 2014'")]
    [InlineData("mfa-transcript", "English | Français\nHome > Spokesperson's Remarks\nForeign Ministry Spokesperson Mao Ning's Regular Press Conference on March 7, 2023\n2023-03-07 20:10\n\nCCTV: Could you share more?",
        "body 5 header 3 date 2023-03-07 name -/- published 2023-03-07 20:10 | Languages 'English | Français'; Breadcrumb 'Home > Spokesperson's Remarks'; Metadata '2023-03-07 20:10'")]
    [InlineData("japan-mofa", "Japanese\nPress Conference by Foreign Minister HAYASHI Yoshimasa\n\nDate: Tuesday, July 12, 2022, 10:45 a.m.\nPlace: Press Conference Room, Ministry of Foreign Affairs\nMain topics:\n1. Opening remarks\n2. Food security\n3. Trilateral meeting\n\nOpening remarks\n\nMinister Hayashi: Good morning.",
        "body 12 header 5 date 2022-07-12 name -/- published - | Languages 'Japanese'; Metadata 'Date: Tuesday, July 12, 2022, 10:45 a.m.'; Metadata 'Place: Press Conference Room, Ministry of Foreign Affairs'; Contents 'Main topics:'; Contents '1. Opening remarks'; Contents '2. Food security'; Contents '3. Trilateral meeting'; Heading 'Opening remarks'")]
    [InlineData("mfa-transcript", "Q: Why?\n\nA: Because.", "body 0 header 0 date - name -/- published - | ")]
    [InlineData("mfa-transcript", "Home > Spokesperson's Remarks\n\nQ: Why?\n\nA: Because.", "body 2 header 1 date - name -/- published - | Breadcrumb 'Home > Spokesperson's Remarks'")]
    // A ticker heading alone on its line: the headlines run together on the next line are the ticker's, not the body's.
    [InlineData("state-department", "Breaking News\n\nRail talks resume Storm warnings issued Markets close higher\n\nMR MILLER: Good afternoon.",
        "body 4 header 2 date - name -/- published - | Ticker 'Breaking News'; Ticker 'Rail talks resume Storm warnings issued Markets close higher'")]
    // A ticker line with its headline on it is the ticker alone: the paragraph after it is the body.
    [InlineData("state-department", "Breaking: Rail talks resume\n\nas I said, we will continue to press for that outcome.\n\nMR MILLER: Good afternoon.",
        "body 2 header 1 date - name -/- published - | Ticker 'Breaking: Rail talks resume'")]
    public void The_header_under_the_title_is_read_and_kept_apart(string definition, string text, string expected) =>
        Assert.Equal(expected, Zones(definition, text));

    [Fact]
    public void A_page_on_one_line_hands_what_follows_its_title_to_the_body()
    {
        string text = "Department Press Briefing – September 19, 2023 Matthew Miller, Department Spokesperson Washington, D.C. 1:17 p.m. EDT MR MILLER: Good afternoon, everyone. "
            + string.Concat(Enumerable.Repeat("I have one announcement to start with today, about the conference. ", 5));
        Assert.StartsWith("body 1 header 0 date - name -/- published - rest 'Matthew Miller' | ", Zones("state-department", text), StringComparison.Ordinal);
    }
}
