using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Formats.IranMfa;

/// <summary>
/// The weekly press conference of the spokesperson of Iran's Ministry of Foreign Affairs, in English (mfa.ir and the
/// agencies): "Foreign Ministry Spokesperson's Weekly Press Conference", dates in the Gregorian and Solar Hijri calendars
/// ("Monday, 13 January 2025 (24 Dey 1403)", "6 Shahrivar 1402"), the spokesperson as <c>Spokesman:</c> or by surname,
/// journalists by their agencies (IRNA, ISNA, Tasnim) in labels or in brackets.
/// </summary>
public static class IranMfaFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "iran-mfa";

    /// <summary>The definition.</summary>
    public static TranscriptDefinition Definition { get; } = new()
    {
        Id = FormatId,
        Description = "Iran Ministry of Foreign Affairs spokesperson's weekly press conference",
        InstitutionId = "iran-mfa",
        Languages = ["en"],
        Language = "en",
        Titles =
        [
            TitleRule.Containing("Weekly press conference of the Foreign Ministry Spokes", "Foreign Ministry Spokesperson's Weekly Press Conference",
                "Foreign Ministry Spokesperson’s Weekly Press Conference", "Foreign Ministry Spokesman's Weekly Press Conference",
                "Foreign Ministry Spokesman’s Weekly Press Conference", "Spokesperson's Weekly Press Conference", "Spokesman's Weekly Press Conference"),
        ],
        Labels = new() { OutletsAreTypical = true },
        Cues = ["Islamic Republic of Iran", "Tehran", "In the name of God", "JCPOA", "Iranian", "IRNA", "ISNA", "Tasnim", "mfa.ir"],
        Layout = TranscriptLayout.Ministry,
        Acceptance = LabelAcceptance.OfficialsLabelled,
        Dates = DatePolicy.Ministry,
    };
}
