using System.Collections.Immutable;

namespace Briefing.Parsing.Transcripts;

/// <summary>
/// Stage "checks" of the pipeline: what every transcript is checked for once its elements are built, with the same codes
/// and messages: a missing date, spokesperson or turn, and a text that stops in the middle of a sentence. Also reads
/// publication timestamps.
/// </summary>
public static class TranscriptChecks
{
    /// <summary>Reports BP0102, BP0103, BP0104 and BP0108 as they apply.</summary>
    /// <param name="context">The parse.</param>
    /// <param name="titleSpan">Where the title is, for the date and spokesperson diagnostics.</param>
    /// <param name="date">The briefing's date, if found.</param>
    /// <param name="main">The main spokesperson, if found.</param>
    /// <param name="exchanges">The exchanges.</param>
    /// <param name="announcements">The announcements.</param>
    /// <param name="expectTurns">Whether a text without turns deserves BP0104 even when it has announcements (not for formats whose texts are often monologues).</param>
    public static void Report(ParseContext context, TextSpan? titleSpan, DateOnly? date, Speaker? main,
        ImmutableArray<Exchange> exchanges, ImmutableArray<Announcement> announcements, bool expectTurns = true)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (date is null)
            context.Report(DiagnosticCodes.NoDate, DiagnosticSeverity.Warning, "The briefing's date is not given by the title or the opening sentence.", titleSpan);
        if (main is null)
            context.Report(DiagnosticCodes.NoSpokesperson, DiagnosticSeverity.Warning, "No spokesperson could be identified.", titleSpan);
        if (exchanges.IsEmpty && (expectTurns || announcements.IsEmpty))
            context.Report(DiagnosticCodes.NoTurns, DiagnosticSeverity.Info, "No question or answer turn was found.");
        var lastSpan = exchanges.IsEmpty
            ? (announcements.IsEmpty ? (TextSpan?)null : announcements[^1].Span)
            : exchanges[^1].Answers.IsEmpty ? exchanges[^1].Question?.Span : exchanges[^1].Answers[^1].Span;
        if (lastSpan is { Length: > 0 } last && !EndsSentence(context.Text[last.End - 1]))
            context.Report(DiagnosticCodes.Truncated, DiagnosticSeverity.Info, "The text ends in the middle of a sentence; it may be cut off.", last);
    }

    /// <summary>
    /// A publication time printed on a metadata line: a line that is only a date with a time ("2024-07-02 19:45",
    /// "29 June 201717:54"), or a short line with a numeric date and time after a label ("发布时间：2021-06-08 21:10　来源：…").
    /// </summary>
    public static DateTime? ReadPublished(ParseContext context, TextSpan line)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dates = context.Lexed.Lexicon.Dates;
        var s = context[line];
        if (dates.TryReadDateLine(s, out var value, out bool hasTime)) return hasTime ? value : null;
        int digit = Numbers.IndexOfDigit(s);
        return digit >= 0 && s.Length <= 120 && dates.TryReadNumericDateTime(s[digit..], out value, out hasTime, out _) && hasTime ? value : null;
    }

    private static bool EndsSentence(char c) => CharClass.IsSentenceEnd(c) || c is ':' or '：' or '—' or '-' or '*';
}
