using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Formats.Nato;

/// <summary>
/// NATO press conferences and press points (nato.int): "Press conference by NATO Secretary General &lt;Name&gt;" (often split
/// over two lines), a moderator (the NATO Spokesperson) who gives the floor, <c>Question [Outlet]:</c>, speakers with their
/// role in brackets or parentheses ("Mark Rutte [NATO Secretary General]:", "OANA LUNGESCU (NATO Spokesperson):"),
/// opening remarks as announcements, the dateline ("14 Feb. 2023") and a "Last updated" line that is not the date.
/// </summary>
public static class NatoFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "nato";

    /// <summary>The definition.</summary>
    public static TranscriptDefinition Definition { get; } = new()
    {
        Id = FormatId,
        Description = "NATO press conference (Secretary General, Spokesperson)",
        InstitutionId = "nato",
        Languages = ["en"],
        Language = "en",
        Titles =
        [
            TitleRule.Containing("by NATO Secretary General", "by the NATO Secretary General", "by NATO Deputy Secretary General", "with NATO Secretary General",
                "by the NATO Spokesperson", "NATO Secretary General"),
        ],
        Labels = new() { Words = [new("Moderator", Lexing.LabelRole.Official)] },
        Cues = ["NATO", "North Atlantic Council", "nato.int", "Allies", "Secretary General", "NATO Spokesperson"],
        Layout = TranscriptLayout.Ministry,
        Acceptance = LabelAcceptance.OfficialsLabelled,
        Dates = DatePolicy.Ministry,
    };
}
