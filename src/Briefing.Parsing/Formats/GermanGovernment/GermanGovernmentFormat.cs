using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Formats.GermanGovernment;

/// <summary>
/// The German Federal Government's press conference (Regierungspressekonferenz, in German): "Regierungspressekonferenz vom
/// 15. April 2013", the topics (<c>Themen:</c>) and speakers (<c>Sprecher:</c>) at the top, <c>Frage:</c>/<c>Zusatzfrage:</c>,
/// the government spokesperson as <c>StS &lt;Name&gt;:</c>, deputies as <c>SRS &lt;Name&gt;:</c>, ministries' spokespersons as
/// <c>&lt;Name&gt; (AA):</c>. German dates and labels are lexicon data.
/// </summary>
public static class GermanGovernmentFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "german-government";

    /// <summary>The definition.</summary>
    public static TranscriptDefinition Definition { get; } = new()
    {
        Id = FormatId,
        Description = "German Federal Government press conference (Regierungspressekonferenz)",
        InstitutionId = "german-government",
        Language = "de",
        Titles = [TitleRule.Containing("Regierungspressekonferenz")],
        Labels = new() { Words = [new("Zusatzfrage", Lexing.LabelRole.FollowUp, Distinctive: true)], DistinctiveOffices = ["StS", "SRS"] },
        // Words of the German federation's own institutions (Austria and Switzerland have a Bundeskanzler and a Bundesrat too).
        Cues = ["Regierungspressekonferenz", "Bundespressekonferenz", "Bundespresseamt", "Bundestag", "Bundesrepublik", "Auswärtigen Amt", "Auswärtiges Amt"],
        Layout = TranscriptLayout.Ministry,
        Acceptance = LabelAcceptance.OfficialsLabelled,
        Dates = DatePolicy.Ministry,
    };
}
