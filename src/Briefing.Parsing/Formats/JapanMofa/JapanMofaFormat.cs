using Briefing.Parsing.Lexing;
using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Formats.JapanMofa;

/// <summary>
/// Press conferences of Japan's Minister for Foreign Affairs or the ministry's Press Secretary (mofa.go.jp): a date, time
/// and place line (or <c>Date:</c>/<c>Place:</c>/<c>Main topics:</c> headers), a provisional-translation notice, topic
/// headings between turns, the minister introduced once in full ("Mr. Fumio Kishida, Minister for Foreign Affairs:") and
/// then by office ("Minister Kishida:", "Minister:"), journalists as "Surname, Outlet:" or "Question:", labels alone on
/// their line.
/// </summary>
public static class JapanMofaFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "japan-mofa";

    /// <summary>The definition.</summary>
    public static TranscriptDefinition Definition { get; } = new()
    {
        Id = FormatId,
        Description = "Japan Ministry of Foreign Affairs press conference (Minister or Press Secretary)",
        InstitutionId = "mofa-japan",
        Languages = ["en"],
        Language = "en",
        Titles =
        [
            new TitleRule
            {
                Phrases =
                [
                    "Press Conference by Foreign Minister", "Press Conference by the Foreign Minister", "Press Conference by the Minister for Foreign Affairs",
                    "Press Conference by Minister for Foreign Affairs", "Press Conference by the Press Secretary", "Press Conference by Press Secretary",
                    "Press Conference by the Deputy Press Secretary", "Press Conference by Deputy Press Secretary", "Press Conference by the Foreign Press Secretary",
                    "Press Conference by State Minister for Foreign Affairs", "Press Conference by Parliamentary Vice-Minister for Foreign Affairs",
                ],
                PhraseOpens = true,
            },
            TitleRule.Opening("Extraordinary Press Conference by Foreign Minister", "Extraordinary Press Conference by the Foreign Minister"),
        ],
        Labels = new()
        {
            Shapes = false,
            SurnameOutlet = true,
            Words =
            [
                new("Minister", LabelRole.Official, Distinctive: true), new("Foreign Minister", LabelRole.Official, Distinctive: true),
                new("Press Secretary", LabelRole.Official, Distinctive: true), new("Deputy Press Secretary", LabelRole.Official, Distinctive: true),
            ],
            DistinctiveOffices = ["Minister", "Press Secretary"],
        },
        Cues = ["Minister for Foreign Affairs", "provisional translation", "Prime Minister's Office", "Prime Minister’s Office", "Press Conference Room", "Press Conference by Foreign Minister", "Press Conference by the Press Secretary"],
        Layout = TranscriptLayout.Ministry with { Headings = true },
        Acceptance = LabelAcceptance.OfficialsLabelled,
        Dates = DatePolicy.Ministry,
    };
}
