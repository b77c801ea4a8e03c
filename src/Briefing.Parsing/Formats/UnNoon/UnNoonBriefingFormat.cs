using Briefing.Parsing.Lexing;
using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Formats.UnNoon;

/// <summary>
/// United Nations noon briefings by the Spokesperson for the Secretary-General (un.org press releases): a title naming
/// the Office of the Spokesperson or the spokesperson, a lead "The following is a near-verbatim transcript of today's noon
/// briefing by …", topic headings, mostly a monologue, then <c>Question:</c> / <c>Spokesman:</c> turns.
/// </summary>
public static class UnNoonBriefingFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "un-noon-briefing";

    /// <summary>The definition.</summary>
    public static TranscriptDefinition Definition { get; } = new()
    {
        Id = FormatId,
        Description = "United Nations noon briefing by the Spokesperson for the Secretary-General",
        InstitutionId = "un",
        Languages = ["en"],
        Language = "en",
        Titles =
        [
            TitleRule.Containing("Spokesperson for the Secretary-General", "Spokesman for the Secretary-General", "Spokeswoman for the Secretary-General",
                "Spokesperson for the UN Secretary-General", "Noon Briefing"),
        ],
        Labels = new()
        {
            Shapes = false,
            Words =
            [
                new("Correspondent", LabelRole.Question, Distinctive: true), new("Spokesman", LabelRole.Official), new("Spokeswoman", LabelRole.Official),
                new("Spokesperson", LabelRole.Official), new("Deputy Spokesman", LabelRole.Official, Distinctive: true),
                new("Deputy Spokesperson", LabelRole.Official, Distinctive: true), new("Associate Spokesperson", LabelRole.Official, Distinctive: true),
                new("Associate Spokesman", LabelRole.Official, Distinctive: true),
            ],
        },
        Cues =
        [
            "Spokesperson for the Secretary-General", "Spokesman for the Secretary-General", "noon briefing", "Secretary-General", "Security Council",
            "General Assembly", "OCHA", "UNICEF", "UNHCR", "UNRWA", "peacekeepers", "peacekeeping", "Resident Coordinator",
        ],
        Layout = TranscriptLayout.Ministry with { Headings = true },
        Acceptance = LabelAcceptance.OfficialsLabelled,
        Dates = DatePolicy.Ministry,
        OftenMonologue = true,
    };
}
