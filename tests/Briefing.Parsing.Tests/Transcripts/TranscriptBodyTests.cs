namespace Briefing.Parsing.Tests.Transcripts;

/// <summary>
/// <see cref="TranscriptBody"/>: the body's pieces with their labels (a label glued into a line splits it, a label alone
/// on its line takes the next), breaks where chrome or a heading stands, a closing note cut off the last turn, and the
/// footer from the first share, related or copyright line after the last known turn.
/// </summary>
public sealed class TranscriptBodyTests
{
    private static string Body(string definition, string text)
    {
        using var lexed = Stages.Lexer.Lex(text);
        var def = Stages.Definition(definition);
        var title = TitleReader.Find(lexed, def);
        var resolver = new LabelResolver(lexed, def, title?.Official, title?.Name, title?.Date, def.Language ?? lexed.LanguageProfile);
        var zones = TranscriptZones.Read(lexed, def, title, resolver, []);
        var boilerplate = new List<BoilerplateBlock>();
        var body = TranscriptBody.Read(lexed, def, zones, resolver, boilerplate);
        var pieces = body.Pieces.Select(p => p is { } piece
            ? $"{(piece.Label is { } l ? text.Substring(l.Label.Start, l.Label.Length) : "-")}: {text[piece.Start..piece.End]}"
            : "|");
        return string.Join(" ; ", pieces) + $" | footer {body.FooterStart} | " + string.Join("; ", boilerplate.Select(b => $"{b.Kind} '{b.Text}'"));
    }

    [Theory]
    [InlineData("mfa-transcript", "Q: Why?\nA: Because.\n\nSuggest to a friend\nPrint\nCopyright © Ministry of Foreign Affairs. All rights reserved.",
        "Q: Why? ; A: Because. | footer 3 | Share 'Suggest to a friend'; Share 'Print'; Footer 'Copyright © Ministry of Foreign Affairs. All rights reserved.'")]
    [InlineData("mfa-transcript", "CCTV: Could you share more?Mao Ning: The two sides agreed.",
        "CCTV: Could you share more? ; Mao Ning: The two sides agreed. | footer 1 | ")]
    [InlineData("mfa-transcript", "Q: Why?\nA: Because.\nRelated News\nForeign Ministry Spokesperson Lin Jian's Regular Press Conference on March 1, 2024",
        "Q: Why? ; A: Because. | footer 2 | Related 'Related News'; Related 'Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on March 1, 2024'")]
    [InlineData("japan-mofa", "Question:\nI would like to ask about the meeting.\nMinister Hayashi:\nThe three ministers confirmed their cooperation.",
        "Question: I would like to ask about the meeting. ; Minister Hayashi: The three ministers confirmed their cooperation. | footer 4 | ")]
    [InlineData("japan-mofa", "Minister Hayashi: Good morning.\n\nFood security\n\nKato, Jiji Press: On food security, what will Japan do?\n\nMinister Hayashi: We will help.",
        "Minister Hayashi: Good morning. ; | ; Kato, Jiji Press: On food security, what will Japan do? ; Minister Hayashi: We will help. | footer 7 | Heading 'Food security'")]
    [InlineData("state-department", "QUESTION: Thank you.\nMR MILLER: Thank you, everyone. (The briefing was concluded at 1:39 p.m.)",
        "QUESTION: Thank you. ; MR MILLER: Thank you, everyone. ; | | footer 2 | Metadata '(The briefing was concluded at 1:39 p.m.)'")]
    [InlineData("mfa-transcript", "Q: Why?\n\nAdvertisement\n\nA: Because.",
        "Q: Why? ; | ; A: Because. | footer 5 | Advertisement 'Advertisement'")]
    [InlineData("mfa-transcript", "Q: Why is the meeting\nhappening now?\nA: Because.",
        "Q: Why is the meeting ; -: happening now? ; A: Because. | footer 3 | ")]
    public void The_body_is_read_into_pieces_breaks_and_a_footer(string definition, string text, string expected) =>
        Assert.Equal(expected, Body(definition, text));
}
