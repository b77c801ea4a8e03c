using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Formats.EuropeanCommission;

/// <summary>
/// The European Commission's midday briefing (the Audiovisual Service's transcripts): several spokespersons in one
/// briefing, each labelled by name, questions by a journalist's first name and outlet ("Jorge (Bloomberg):"), English and
/// French in one text, French typography ("Paula Pinho :").
/// </summary>
public static class EuropeanCommissionFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "european-commission";

    /// <summary>The definition.</summary>
    public static TranscriptDefinition Definition { get; } = new()
    {
        Id = FormatId,
        Description = "European Commission midday briefing",
        InstitutionId = "european-commission",
        Titles = [TitleRule.Containing("Midday briefing", "Midday press briefing", "Point de presse de midi", "Point de presse quotidien")],
        Labels = new() { SurnameOutlet = true },
        Cues = ["European Commission", "Commission européenne", "the Commission", "midday briefing", "point de presse", "the College", "Commissioner", "Berlaymont", "Audiovisual Service"],
        Layout = TranscriptLayout.Ministry,
        Acceptance = LabelAcceptance.OfficialsLabelled,
        Dates = DatePolicy.Ministry,
    };
}
