using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace Briefing.Parsing.Benchmarks;

/// <summary>
/// The parser against the kind of one-off regex script researchers write, on a real transcript and on a large
/// generated one. The ratio column compares every benchmark with <see cref="NaiveRegexSplit"/> on the same document.
/// </summary>
public partial class ParseBenchmarks
{
    private string _text = "";

    /// <summary>The document's name (see <see cref="Documents"/>).</summary>
    [ParamsSource(nameof(DocumentNames))]
    public string Document { get; set; } = Documents.Seed;

    /// <summary>The values of <see cref="Document"/>.</summary>
    public static IEnumerable<string> DocumentNames => Documents.Names;

    /// <summary>Loads (or generates) the document, and checks that the parser really parses it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = Documents.Text(Document);
        var briefing = BriefingParser.Default.Parse(_text);
        if (briefing.Format is null || briefing.Exchanges.IsEmpty)
        {
            throw new InvalidOperationException(
                $"'{Document}' did not parse as a transcript: {string.Join("; ", briefing.Diagnostics.Select(d => d.Message))}");
        }
        Console.WriteLine($"// {Document}: {_text.Length:N0} UTF-16 code units, {Documents.Utf8Bytes(Document):N0} UTF-8 bytes, "
            + $"format {briefing.Format.Id}, {briefing.Exchanges.Length:N0} exchanges, {NaiveRegexSplit().Count:N0} naive regex turns");
    }

    /// <summary>The baseline: split the text into (label, text) records with one multiline regex.</summary>
    [Benchmark(Baseline = true)]
    public List<NaiveTurn> NaiveRegexSplit()
    {
        var turns = new List<NaiveTurn>();
        foreach (Match m in NaiveLabelPattern().Matches(_text))
        {
            turns.Add(new NaiveTurn(m.Groups["label"].Value, m.Groups["text"].Value));
        }
        return turns;
    }

    /// <summary>Detection, then the full parse into the typed model.</summary>
    [Benchmark]
    public PressBriefing Parse() => BriefingParser.Default.Parse(_text);

    /// <summary>The full parse, then compact JSON (one line), as the CLI's JSON Lines output does.</summary>
    [Benchmark]
    public string ParseAndSerialize() => BriefingJson.Serialize(BriefingParser.Default.Parse(_text), indented: false);

    /// <summary>Detection only: every registered format scores the bounded detection window.</summary>
    [Benchmark]
    public ImmutableArray<DetectionResult> Detect() => BriefingParser.Default.Detect(_text);

    // Source-generated, so the baseline is the fastest form of the naive script, not a strawman.
    [GeneratedRegex(@"^(?<label>[^:\n]{1,40}):\s*(?<text>.*)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NaiveLabelPattern();
}

/// <summary>One turn as the naive script sees it.</summary>
/// <param name="Label">Whatever precedes the first colon of the line.</param>
/// <param name="Text">The rest of the line.</param>
public sealed record NaiveTurn(string Label, string Text);
