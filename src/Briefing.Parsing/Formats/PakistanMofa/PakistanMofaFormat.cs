using Briefing.Parsing.Lexing;
using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Formats.PakistanMofa;

/// <summary>
/// Weekly press briefings of Pakistan's Foreign Office spokesperson (mofa.gov.pk): "Transcript of the Press Briefing by the
/// Spokesperson on Thursday, 15th February 2024", often an unlabelled monologue, "rush transcript" notices, then
/// <c>Question:</c> turns.
/// </summary>
public static class PakistanMofaFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "pakistan-mofa";

    /// <summary>The definition.</summary>
    public static TranscriptDefinition Definition { get; } = new()
    {
        Id = FormatId,
        Description = "Pakistan Ministry of Foreign Affairs weekly press briefing",
        InstitutionId = "mofa-pakistan",
        Languages = ["en"],
        Language = "en",
        Titles =
        [
            new TitleRule
            {
                Phrases = ["Press Briefing by the Spokesperson", "Press Briefing by Spokesperson", "Press Briefing by the Foreign Office Spokesperson"],
                Excludes = ["Secretary-General", "Spokesperson for"],
            },
        ],
        Labels = new() { Shapes = false },
        Cues = ["Pakistan", "Pakistan's", "Foreign Office", "mofa.gov.pk", "rush transcript", "Assalam-o-Alaikum", "Assalamo Alaikum", "Bismillah", "Islamabad", "IIOJK"],
        Layout = TranscriptLayout.Ministry with { Headings = true },
        Acceptance = LabelAcceptance.OfficialsLabelled,
        Dates = DatePolicy.PostedLater,
        OftenMonologue = true,
    };
}
