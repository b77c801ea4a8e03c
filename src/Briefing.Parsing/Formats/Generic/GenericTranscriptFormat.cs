using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Formats.Generic;

/// <summary>
/// Labelled briefings of any institution the library has no format for (a government's press secretary, another
/// ministry, a minister's press conference, in English or in its own language): the turns by their labels, the main
/// speaker from the title or the official who answers most, the institution only when the title or the directory names
/// it (diagnostic BP0112 says so). Lowest priority, and it scores below any format that knows the text.
/// </summary>
public static class GenericTranscriptFormat
{
    /// <summary>The format's id.</summary>
    public const string FormatId = "generic-transcript";

    /// <summary>The definition.</summary>
    public static TranscriptDefinition Definition { get; } = new()
    {
        Id = FormatId,
        Description = "Labelled briefing transcript of an institution with no format of its own",
        Priority = -100,
        Titles = [TitleRule.AnyBriefing],
        Labels = new() { Shapes = true },
        Layout = TranscriptLayout.Ministry with { Headings = true },
        Acceptance = LabelAcceptance.Inferred,
        Dates = DatePolicy.Ministry,
    };
}
