using Briefing.Parsing.Lexing;
using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Formats.StateDepartment;

/// <summary>
/// U.S. Department of State press briefings (state.gov and its archives): "Department Press Briefing" or "Daily Press
/// Briefing" titles with the spokesperson's name, the place and the date under them, a start time ("2:03 p.m. EDT"),
/// upper-case labels (<c>MR KIRBY:</c>, <c>MS. PSAKI:</c>, <c>QUESTION:</c>), banter before the first topic, stage notes
/// ("(Laughter.)"), interrupted speech ("--", "–") and a closing note with the time.
/// </summary>
public static class StateDepartmentFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "state-department";

    /// <summary>The definition.</summary>
    public static TranscriptDefinition Definition { get; } = new()
    {
        Id = FormatId,
        Description = "U.S. Department of State press briefing transcript",
        InstitutionId = "us-state",
        Languages = ["en"],
        Language = "en",
        Titles = [new TitleRule { Phrases = ["Daily Press Briefing", "Department Press Briefing"], PhraseOpens = true, Excludes = ["Secretary-General", "Noon Briefing"] }],
        Labels = new()
        {
            UpperCase = true,
            Shapes = false,
            Words = [new("QUESTION", LabelRole.Question, Distinctive: true), new("QUESTIONS", LabelRole.Question, Distinctive: true)],
        },
        Cues = ["p.m. EDT", "a.m. EDT", "p.m. EST", "a.m. EST", "Washington, D.C.", "Washington, DC", "Department Press Briefing", "Department Spokesperson", "state.gov"],
        Layout = TranscriptLayout.Ministry,
        Acceptance = LabelAcceptance.OfficialsLabelled,
        Dates = DatePolicy.Ministry,
    };
}
