using Briefing.Parsing.Lexing;
using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Formats.IndiaMea;

/// <summary>
/// Media briefings of India's Ministry of External Affairs (mea.gov.in): "Transcript of Weekly Media Briefing by the
/// Official Spokesperson (April 06, 2023)", the spokesperson as "Official Spokesperson, Shri Arindam Bagchi:", journalists
/// by their first names, several questions before one answer, Hindi in Latin script; the date line under the title is the
/// posting date, often the day after the briefing.
/// </summary>
public static class IndiaMeaFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "india-mea";

    /// <summary>The definition.</summary>
    public static TranscriptDefinition Definition { get; } = new()
    {
        Id = FormatId,
        Description = "India Ministry of External Affairs media briefing transcript",
        InstitutionId = "mea-india",
        Languages = ["en"],
        Language = "en",
        Titles =
        [
            TitleRule.Containing("by Official Spokesperson", "by the Official Spokesperson", "by Foreign Secretary", "by the Foreign Secretary",
                "by External Affairs Minister", "by the External Affairs Minister"),
        ],
        Labels = new()
        {
            NamesAreJournalists = true,
            Shapes = false,
            Words =
            [
                new("Media", LabelRole.Question), new("Official Spokesperson", LabelRole.Official, Distinctive: true),
            ],
            Offices = ["Official Spokesperson"],
            DistinctiveOffices = ["Official Spokesperson", "Shri", "Smt"],
        },
        Cues = ["Official Spokesperson", "Shri", "Ministry of External Affairs", "MEA", "mea.gov.in", "Weekly Media Briefing", "Media Centre", "Media Center"],
        Layout = TranscriptLayout.Ministry,
        Acceptance = LabelAcceptance.OfficialsLabelled,
        Dates = DatePolicy.PostedLater,
    };
}
