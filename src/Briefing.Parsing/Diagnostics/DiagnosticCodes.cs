namespace Briefing.Parsing;

/// <summary>
/// The stable diagnostic codes. Codes never change meaning; new ones are added at the end of their range.
/// <c>BP00xx</c> concern the pipeline (detection, input), <c>BP01xx</c> the content of a transcript.
/// The same list, with examples, is in docs/diagnostics.md.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>No registered format scored above the detection threshold; the result holds no briefing content.</summary>
    public const string NoFormatMatched = "BP0001";

    /// <summary>The input is empty or holds only whitespace.</summary>
    public const string EmptyInput = "BP0002";

    /// <summary>The chosen format was detected with low confidence; the result may be poor.</summary>
    public const string LowConfidence = "BP0003";

    /// <summary>
    /// The input was not valid UTF-8: invalid byte sequences were decoded as U+FFFD and the text parsed. Reported by
    /// the <c>briefing</c> tool, which reads bytes; the message gives the byte offset of the first invalid sequence and
    /// the span is the U+FFFD it became.
    /// </summary>
    public const string InvalidUtf8 = "BP0004";

    /// <summary>
    /// The input holds lone surrogates (UTF-16 halves without their other half, which no encoding can write): element
    /// text shows each as U+FFFD, while spans still index the exact input. Reported once per document by
    /// <see cref="BriefingParser.Parse"/>; the message gives the count and the span is the first lone surrogate.
    /// </summary>
    public const string LoneSurrogate = "BP0005";

    /// <summary>No title was found.</summary>
    public const string NoTitle = "BP0101";

    /// <summary>The briefing's date could not be determined from the text.</summary>
    public const string NoDate = "BP0102";

    /// <summary>No spokesperson could be identified.</summary>
    public const string NoSpokesperson = "BP0103";

    /// <summary>No question or answer turn was found.</summary>
    public const string NoTurns = "BP0104";

    /// <summary>An answer whose question is not in the text (e.g. on another page).</summary>
    public const string AnswerWithoutQuestion = "BP0105";

    /// <summary>A question with no answer in the text.</summary>
    public const string QuestionWithoutAnswer = "BP0106";

    /// <summary>A label that is neither a known outlet nor a known spokesperson was taken as a question label.</summary>
    public const string UnknownLabel = "BP0107";

    /// <summary>The text appears to be cut off in the middle of a sentence.</summary>
    public const string Truncated = "BP0108";

    /// <summary>Two dates in the text disagree (e.g. title and opening sentence); the title's is used.</summary>
    public const string ConflictingDates = "BP0109";

    /// <summary>The spokesperson named in the title is not in the spokesperson directory.</summary>
    public const string UnknownSpokesperson = "BP0110";

    /// <summary>A news report in which no statement is attributed to anyone.</summary>
    public const string NoStatements = "BP0111";

    /// <summary>
    /// BP0112 (info): the text was read by the generic transcript format because no format of its institution is registered;
    /// the institution is the one the title or the directory names, else unknown.
    /// </summary>
    public const string GenericTranscript = "BP0112";

    /// <summary>
    /// BP0113 (info): the text names no spokesperson (it is labelled by office only, or not at all); the spokesperson is the
    /// one the directory has as the institution's only spokesperson in office on the briefing's date.
    /// </summary>
    public const string SpokespersonFromDirectory = "BP0113";
}
