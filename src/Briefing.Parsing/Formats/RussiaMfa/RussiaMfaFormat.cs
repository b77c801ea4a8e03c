using Briefing.Parsing.Lexing;
using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Formats.RussiaMfa;

/// <summary>
/// Briefings of the Russian Foreign Ministry's spokesperson (mid.ru): "Briefing by Foreign Ministry Spokesperson Maria
/// Zakharova, Moscow, June 29, 2017", a table of contents of the topics, topic headings, mostly a monologue, then
/// "Answers to media questions" with <c>Question:</c> turns.
/// </summary>
public static class RussiaMfaFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "russia-mfa";

    /// <summary>The definition.</summary>
    public static TranscriptDefinition Definition { get; } = new()
    {
        Id = FormatId,
        Description = "Russian Foreign Ministry spokesperson's briefing",
        InstitutionId = "mfa-russia",
        Languages = ["en"],
        Language = "en",
        Titles =
        [
            TitleRule.Opening("Briefing by Foreign Ministry Spokes", "Briefing by the Foreign Ministry Spokes", "Briefing by Russian Foreign Ministry Spokes",
                "Weekly Briefing by Foreign Ministry Spokes", "Briefing by Director of the Information and Press Department",
                "Briefing by Deputy Director of the Information and Press Department", "Briefing by the Director of the Information and Press Department"),
        ],
        Labels = new() { Shapes = false },
        Cues = ["Zakharova", "Lukashevich", "Lavrov", "Russian Federation", "mid.ru", "Information and Press Department", "Answers to media questions", "Answer to a media question"],
        Layout = TranscriptLayout.Ministry with { Headings = true },
        Acceptance = LabelAcceptance.OfficialsLabelled,
        Dates = DatePolicy.PostedLater,
        OftenMonologue = true,
    };
}
