using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Formats.Kremlin;

/// <summary>
/// The Kremlin press secretary's conference calls with journalists, in English translation: "Dmitry Peskov's conference
/// call with journalists, &lt;date&gt;", a lead, reported paragraphs ("Peskov said that …") read as announcements, then
/// <c>Question:</c> and <c>Dmitry Peskov:</c> or <c>Peskov:</c> turns.
/// </summary>
public static class KremlinFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "kremlin";

    /// <summary>The definition.</summary>
    public static TranscriptDefinition Definition { get; } = new()
    {
        Id = FormatId,
        Description = "Kremlin press secretary's conference call with journalists (English translation)",
        InstitutionId = "kremlin",
        Languages = ["en"],
        Language = "en",
        Titles = [TitleRule.Containing("conference call with journalists", "conference call with the media", "briefing for journalists", "Press Secretary Dmitry Peskov")],
        Labels = new(),
        Cues = ["Kremlin", "Peskov", "Presidential Press Secretary", "kremlin.ru", "Vladimir Putin", "President Putin", "Moscow time", "Dmitry Sergeyevich"],
        Layout = TranscriptLayout.Ministry,
        Acceptance = LabelAcceptance.OfficialsLabelled,
        Dates = DatePolicy.Ministry,
    };
}
