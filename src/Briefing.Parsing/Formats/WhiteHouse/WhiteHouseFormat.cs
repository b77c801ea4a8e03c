using Briefing.Parsing.Lexing;
using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Formats.WhiteHouse;

/// <summary>
/// White House press briefings (whitehouse.gov and its archives): "Press Briefing by Press Secretary &lt;Name&gt;" titles
/// with the date and place (the James S. Brady Press Briefing Room), upper-case labels (<c>MS. JEAN-PIERRE:</c>,
/// <c>MR. SULLIVAN:</c>, <c>ADMIRAL KIRBY:</c>), <c>Q</c> with or without a colon, guests who brief first, the posting date
/// ("For Immediate Release") that is not the briefing's, "END" and time lines.
/// </summary>
public static class WhiteHouseFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "white-house";

    /// <summary>The definition.</summary>
    public static TranscriptDefinition Definition { get; } = new()
    {
        Id = FormatId,
        Description = "White House press briefing by the Press Secretary",
        InstitutionId = "white-house",
        Languages = ["en"],
        Language = "en",
        Titles =
        [
            TitleRule.Opening("Press Briefing by Press Secretary", "Press Briefing by the Press Secretary", "Press Briefing by White House Press Secretary",
                "Press Briefing by Principal Deputy Press Secretary", "Press Gaggle by Press Secretary", "Press Gaggle by Principal Deputy Press Secretary",
                "On-the-Record Press Gaggle by", "Press Briefing by Deputy Press Secretary"),
        ],
        Labels = new()
        {
            UpperCase = true,
            Shapes = false,
            Words = [new("Q", LabelRole.Question, Distinctive: true)],
        },
        Cues = ["James S. Brady Press Briefing Room", "Brady Press Briefing Room", "Office of the Press Secretary", "For Immediate Release", "The White House", "whitehouse.gov"],
        Layout = TranscriptLayout.Ministry,
        Acceptance = LabelAcceptance.OfficialsLabelled,
        // The date under "For Immediate Release" is the posting date; the title's date wins.
        Dates = DatePolicy.Ministry with { NumericMonthFirst = true },
    };
}
