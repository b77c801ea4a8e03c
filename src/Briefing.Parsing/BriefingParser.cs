using System.Collections.Immutable;
using System.Globalization;

namespace Briefing.Parsing;

/// <summary>
/// Parses press-briefing text into a <see cref="PressBriefing"/>. Built once by <see cref="BriefingParserBuilder"/>
/// (or dependency injection), then immutable and safe to use from many threads.
/// </summary>
/// <example>
/// <code>
/// PressBriefing briefing = BriefingParser.Default.Parse(text);
/// foreach (Exchange exchange in briefing.Exchanges)
///     Console.WriteLine($"{exchange.Question?.Label}: {exchange.Question?.Text}");
/// </code>
/// </example>
public sealed class BriefingParser
{
    private static readonly Lazy<BriefingParser> s_default = new(() => new BriefingParserBuilder().Build());

    internal BriefingParser(ImmutableArray<BriefingFormat> formats, Lexing.Lexer lexer, BriefingParserOptions options)
    {
        Formats = formats;
        Lexer = lexer;
        Options = options;
    }

    /// <summary>A parser with the built-in formats and directories and default options.</summary>
    public static BriefingParser Default => s_default.Value;

    /// <summary>The registered formats, in registration order.</summary>
    public ImmutableArray<BriefingFormat> Formats { get; }

    /// <summary>The spokesperson, outlet and institution directories names are resolved against.</summary>
    public BriefingDirectories Directories => Lexer.Directories;

    /// <summary>The lexicon: every phrase the parser knows, the formats' own included.</summary>
    public Lexing.Lexicon Lexicon => Lexer.Lexicon;

    /// <summary>The lexer that builds the one lexing pass every detector and parser reads.</summary>
    public Lexing.Lexer Lexer { get; }

    /// <summary>The parser's options.</summary>
    public BriefingParserOptions Options { get; }

    /// <summary>Finds a registered format by id (ordinal, case-insensitive), or <see langword="null"/>.</summary>
    public BriefingFormat? FindFormat(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var f in Formats)
        {
            if (string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase)) return f;
        }
        return null;
    }

    /// <summary>
    /// Scores <paramref name="text"/> with every registered format: best first (by confidence, then
    /// <see cref="BriefingFormat.Priority"/>, then registration order).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="BriefingParserOptions.MaxInputLength"/>.</exception>
    public ImmutableArray<DetectionResult> Detect(string text)
    {
        CheckInput(text);
        // Detection alone lexes only the window.
        using var lexed = Lexer.Lex(text, Math.Min(text.Length, Options.DetectionWindow), Options.DetectionWindow, []);
        return [.. Score(lexed).Select(s => new DetectionResult(s.Format.Id, s.Detection.Confidence, s.Detection.Reason))];
    }

    /// <summary>Parses <paramref name="text"/>. Never throws for bad content: problems come back as <see cref="PressBriefing.Diagnostics"/>.</summary>
    /// <param name="text">The exact input; every span of the result refers to it.</param>
    /// <param name="options">Per-parse options (explicit format, source name); <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is longer than <see cref="BriefingParserOptions.MaxInputLength"/>,
    /// or <see cref="ParseOptions.Format"/> names no registered format.</exception>
    public PressBriefing Parse(string text, ParseOptions? options = null)
    {
        CheckInput(text);
        options ??= ParseOptions.Default;

        BriefingFormat? format = null;
        if (options.Format is { } id)
        {
            format = FindFormat(id) ?? throw new ArgumentException(
                $"No registered format has the id '{id}'. Registered: {string.Join(", ", Formats.Select(f => f.Id))}.", nameof(options));
        }
        if (IsBlank(text))
        {
            return new PressBriefing
            {
                Source = options.SourceName,
                Diagnostics = [new Diagnostic(DiagnosticCodes.EmptyInput, DiagnosticSeverity.Error, "The input is empty or holds only whitespace.")],
            };
        }

        // One lexing pass, read by every detector and by the parser.
        using var lexed = Lexer.Lex(text, text.Length, Options.DetectionWindow, options.LabelHints);
        FormatMatch match;
        if (format is not null)
        {
            match = new FormatMatch(format.Id, 1.0, "chosen explicitly");
        }
        else
        {
            var scores = Score(lexed);
            var best = scores.Count > 0 ? scores[0] : default;
            if (best.Format is null || best.Detection.Confidence <= Options.DetectionThreshold)
            {
                string detail = best.Format is null
                    ? "no format is registered"
                    : string.Create(CultureInfo.InvariantCulture, $"best was '{best.Format.Id}' at {best.Detection.Confidence:0.00} ({best.Detection.Reason})");
                return WithLoneSurrogates(text, new PressBriefing
                {
                    Source = options.SourceName,
                    Diagnostics =
                    [
                        new Diagnostic(DiagnosticCodes.NoFormatMatched, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture,
                            $"No format matched: no detector scored above {Options.DetectionThreshold:0.00}; {detail}.")),
                    ],
                });
            }
            format = best.Format;
            match = new FormatMatch(format.Id, Math.Round(best.Detection.Confidence, 3), best.Detection.Reason);
        }

        var context = new ParseContext(lexed, options, match);
        if (match.Confidence < 0.5)
        {
            context.Report(DiagnosticCodes.LowConfidence, DiagnosticSeverity.Warning, string.Create(CultureInfo.InvariantCulture,
                $"Format '{match.Id}' was detected with low confidence ({match.Confidence:0.00}): {match.Reason}."));
        }
        var result = format.Parse(context);
        return WithLoneSurrogates(text, result with
        {
            Source = options.SourceName,
            Format = match,
            Diagnostics = context.Diagnostics.AddRange(result.Diagnostics),
        });
    }

    /// <summary>Puts <see cref="DiagnosticCodes.LoneSurrogate"/> first among the diagnostics when <paramref name="text"/> holds lone surrogates.</summary>
    private static PressBriefing WithLoneSurrogates(string text, PressBriefing briefing)
    {
        int count = TextNormalizer.CountLoneSurrogates(text, out int first);
        if (count == 0) return briefing;
        var diagnostic = new Diagnostic(DiagnosticCodes.LoneSurrogate, DiagnosticSeverity.Warning, string.Create(CultureInfo.InvariantCulture,
            $"The input holds {count} lone surrogate{(count == 1 ? "" : "s")} (UTF-16 halves without their pair), the first at {first}; element text shows each as U+FFFD."),
            new TextSpan(first, 1));
        return briefing with { Diagnostics = briefing.Diagnostics.Insert(0, diagnostic) };
    }

    private List<(BriefingFormat Format, FormatDetection Detection)> Score(Lexing.LexedText lexed)
    {
        var context = new DetectionContext(lexed);
        var scores = new List<(BriefingFormat Format, FormatDetection Detection, int Order)>(Formats.Length);
        for (int i = 0; i < Formats.Length; i++)
        {
            var d = Formats[i].Detect(context);
            scores.Add((Formats[i], d with { Confidence = Math.Clamp(double.IsNaN(d.Confidence) ? 0 : d.Confidence, 0, 1) }, i));
        }
        scores.Sort((a, b) =>
        {
            int c = b.Detection.Confidence.CompareTo(a.Detection.Confidence);
            if (c != 0) return c;
            c = b.Format.Priority.CompareTo(a.Format.Priority);
            return c != 0 ? c : a.Order.CompareTo(b.Order);
        });
        return [.. scores.Select(s => (s.Format, s.Detection))];
    }

    private static bool IsBlank(string text)
    {
        foreach (char c in text)
        {
            if (!CharClass.IsSpace(c) && !CharClass.LineBreaks.Contains(c)) return false;
        }
        return true;
    }

    private void CheckInput(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxInputLength)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The input is {text.Length:N0} UTF-16 code units long; the limit is {Options.MaxInputLength:N0} (BriefingParserOptions.MaxInputLength)."), nameof(text));
        }
    }
}
