namespace Briefing.Parsing.Tests.Transcripts;

/// <summary>
/// Runs a stage of the transcript pipeline inside a real parse, for the stage tables: the stages that report
/// diagnostics take a <see cref="ParseContext"/>, which only the parser creates, so a format registered for the tests
/// hands its context to the stage under test and returns what the stage built.
/// </summary>
internal static class Stages
{
    private static readonly AsyncLocal<Func<ParseContext, PressBriefing>?> s_current = new();

    private static readonly Lazy<BriefingParser> s_parser = new(() => new BriefingParserBuilder().AddFormat(new ProbeFormat()).Build());

    /// <summary>The lexer of the parser (the built-in formats' phrases included).</summary>
    public static Lexer Lexer => BriefingParser.Default.Lexer;

    /// <summary>A shipped transcript definition by id.</summary>
    public static TranscriptDefinition Definition(string id) =>
        BuiltInFormats.Transcripts.SingleOrDefault(d => d.Id == id) ?? throw new ArgumentException($"No built-in transcript definition '{id}'.", nameof(id));

    /// <summary>Parses <paramref name="text"/> with <paramref name="stage"/> as the format's parser; the diagnostics it reported come back with the result.</summary>
    public static PressBriefing Run(string text, Func<ParseContext, PressBriefing> stage)
    {
        s_current.Value = stage;
        try
        {
            return s_parser.Value.Parse(text, new ParseOptions { Format = ProbeFormat.FormatId });
        }
        finally
        {
            s_current.Value = null;
        }
    }

    /// <summary>The text of <paramref name="span"/>.</summary>
    public static string Of(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    private sealed class ProbeFormat : BriefingFormat
    {
        public const string FormatId = "stage-probe";

        public override string Id => FormatId;

        public override FormatDetection Detect(DetectionContext context) => FormatDetection.None("only chosen explicitly");

        public override PressBriefing Parse(ParseContext context) =>
            (s_current.Value ?? throw new InvalidOperationException("No stage to run.")).Invoke(context);
    }
}
