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
        var scores = Score(lexed);
        var results = ImmutableArray.CreateBuilder<DetectionResult>(scores.Length);
        foreach (var s in scores) results.Add(new DetectionResult(Formats[s.Order].Id, s.Detection.Confidence, s.Detection.Reason));
        return results.MoveToImmutable();
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
            // Every format is ranked without building its reason; the winner is asked again for it.
            int bestOrder = Best(lexed, out double confidence);
            format = bestOrder < 0 ? null : Formats[bestOrder];
            string reason = format is null ? "" : Checked(format.Detect(new DetectionContext(lexed, includeReason: true))).Reason;
            if (format is null || confidence <= Options.DetectionThreshold)
            {
                string detail = format is null
                    ? "no format is registered"
                    : string.Create(CultureInfo.InvariantCulture, $"best was '{format.Id}' at {confidence:0.00} ({reason})");
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
            match = new FormatMatch(format.Id, Math.Round(confidence, 3), reason);
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

    /// <summary>Every format's detection with its reason, best first (see <see cref="Ranks"/>).</summary>
    private (FormatDetection Detection, int Order)[] Score(Lexing.LexedText lexed)
    {
        var context = new DetectionContext(lexed, includeReason: true);
        var scores = new (FormatDetection Detection, int Order)[Formats.Length];
        for (int i = 0; i < scores.Length; i++) scores[i] = (Checked(Formats[i].Detect(context)), i);
        // Ranks is a strict order on different formats, so only a format compared with itself is a tie.
        Array.Sort(scores, (a, b) => a.Order == b.Order ? 0 : Ranks(a.Detection.Confidence, a.Order, b.Detection.Confidence, b.Order) ? -1 : 1);
        return scores;
    }

    /// <summary>
    /// The registration index of the best format (see <see cref="Ranks"/>), scored without reasons; -1 when none is
    /// registered. The formats are scored in descending order of the confidence each can reach at most
    /// (<see cref="BriefingFormat.MaxConfidence"/>; registration order among equal bounds), and a format whose bound
    /// cannot beat the best so far (below it, or equal to it where the best ranks first at equal confidence) is not
    /// scored: it could not have won. The best format found is the one an order of registration would find.
    /// </summary>
    private int Best(Lexing.LexedText lexed, out double confidence)
    {
        var context = new DetectionContext(lexed, includeReason: false);
        int n = Formats.Length;
        Span<int> order = n <= 64 ? stackalloc int[n] : new int[n];
        Span<double> bounds = n <= 64 ? stackalloc double[n] : new double[n];
        for (int i = 0; i < n; i++)
        {
            bounds[i] = Formats[i].MaxConfidence(lexed);
            // Insertion in descending order of bound, after the formats registered before with the same bound.
            int k = i;
            while (k > 0 && bounds[order[k - 1]] < bounds[i])
            {
                order[k] = order[k - 1];
                k--;
            }
            order[k] = i;
        }
        int best = -1;
        confidence = 0;
        foreach (int i in order)
        {
            // Whether the best so far ranks first at equal confidence (the ranking's own rule: priority, then registration).
            bool tiesLose = best >= 0 && Ranks(confidence, best, confidence, i);
            if (best >= 0 && (bounds[i] < confidence || (tiesLose && bounds[i] <= confidence))) continue;
            // A format that can tell it will score below the best so far may stop early (DetectionContext.ConfidenceToBeat).
            context.ConfidenceToBeat = best < 0 ? 0 : confidence;
            context.TiesLose = tiesLose && confidence > 0;
            double c = Checked(Formats[i].Detect(context)).Confidence;
            if (best < 0 || Ranks(c, i, confidence, best))
            {
                best = i;
                confidence = c;
            }
        }
        return best;
    }

    /// <summary>Whether format <paramref name="a"/> at confidence <paramref name="ca"/> ranks before <paramref name="b"/>: higher confidence, then higher priority, then registered first.</summary>
    private bool Ranks(double ca, int a, double cb, int b)
    {
        if (ca != cb) return ca > cb;
        int pa = Formats[a].Priority, pb = Formats[b].Priority;
        return pa != pb ? pa > pb : a < b;
    }

    /// <summary>A detector's verdict with its confidence brought into [0, 1] (NaN is 0).</summary>
    private static FormatDetection Checked(FormatDetection d) => d with { Confidence = Math.Clamp(double.IsNaN(d.Confidence) ? 0 : d.Confidence, 0, 1) };

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
