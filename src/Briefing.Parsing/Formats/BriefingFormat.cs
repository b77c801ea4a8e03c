namespace Briefing.Parsing;

/// <summary>
/// A briefing format: one family of texts with its own detector and parser. Subclass it to add a format and register
/// it with <see cref="BriefingParserBuilder.AddFormat(BriefingFormat)"/> or
/// <c>services.AddBriefingParsing().AddFormat&lt;TFormat&gt;()</c>.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe and stateless: one instance serves every parse of a <see cref="BriefingParser"/>.
/// <see cref="Parse"/> must not throw for malformed content: report problems as diagnostics through the context.
/// </remarks>
public abstract class BriefingFormat
{
    /// <summary>A stable, lower-case identifier such as <c>mfa-transcript</c>; used by <see cref="ParseOptions.Format"/> and the JSON output.</summary>
    public abstract string Id { get; }

    /// <summary>A short human-readable description for listings (<c>briefing formats</c>).</summary>
    public virtual string Description => Id;

    /// <summary>Breaks ties between formats with equal detection scores: higher wins (then registration order).</summary>
    public virtual int Priority => 0;

    /// <summary>
    /// Phrases the format brings to the lexicon (its cue phrases, label words): the parser merges them into the lexicon it
    /// builds, so that the one lexing pass finds them for every format. Empty by default.
    /// </summary>
    public virtual IEnumerable<Lexing.LexiconEntry> LexiconEntries => [];

    /// <summary>Scores how likely the text is in this format, looking only at <see cref="DetectionContext.Window"/>.</summary>
    public abstract FormatDetection Detect(DetectionContext context);

    /// <summary>
    /// The highest confidence <see cref="Detect"/> can give <paramref name="lexed"/>, known before scoring it (1 unless a
    /// built-in format knows better). <see cref="BriefingParser.Parse(string, ParseOptions?)"/> scores the formats in
    /// descending order of it, and not at all a format whose bound cannot beat the best confidence found.
    /// </summary>
    internal virtual double MaxConfidence(Lexing.LexedText lexed) => 1.0;

    /// <summary>Parses the whole text into a briefing. The parser fills <see cref="PressBriefing.Format"/> and <see cref="PressBriefing.Source"/>.</summary>
    public abstract PressBriefing Parse(ParseContext context);

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>A detector's verdict: a confidence in [0, 1] and a human-readable reason.</summary>
/// <param name="Confidence">How likely the text is in the format, from 0 (not at all) to 1 (certain).</param>
/// <param name="Reason">Why, in words a user can check ("title 'Foreign Ministry Spokesperson ...'; 7 outlet labels").</param>
public readonly record struct FormatDetection(double Confidence, string Reason)
{
    /// <summary>A "no" with its reason.</summary>
    public static FormatDetection None(string reason) => new(0, reason);
}

/// <summary>One format's score for a text, as returned by <see cref="BriefingParser.Detect(string)"/>.</summary>
/// <param name="FormatId">The format's identifier.</param>
/// <param name="Confidence">Its detector's score in [0, 1].</param>
/// <param name="Reason">Its detector's reason.</param>
public sealed record DetectionResult(string FormatId, double Confidence, string Reason);
