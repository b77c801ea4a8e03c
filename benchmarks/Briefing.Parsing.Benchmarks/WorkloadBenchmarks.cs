using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace Briefing.Parsing.Benchmarks;

/// <summary>
/// What users run: many small documents. One operation processes the WHOLE set (the generated set of every family, or
/// the corpus samples), so Mean is the time for the set and MB/s is throughput over many small documents, detection of
/// every document included. The Ratio column compares each benchmark with <see cref="NaiveRegexSplit"/> on the same set.
/// </summary>
public partial class WorkloadBenchmarks
{
    private string[] _texts = [];

    /// <summary>The set (see <see cref="Inputs"/>).</summary>
    [ParamsSource(nameof(Sets))]
    public string Input { get; set; } = Inputs.GeneratedSet;

    /// <summary>The values of <see cref="Input"/>: the generated set, and the corpus samples when they are beside the repository.</summary>
    public static IEnumerable<string> Sets => Inputs.WorkloadSets();

    /// <summary>Loads the set and checks that the parser really parses it (so the run cannot time only the "no format" path).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _texts = [.. Inputs.Texts(Input)];
        Console.WriteLine("// " + SetCheck.Describe(Input, _texts));
        // The steady state a long-running application sees: every document through each workload five times, then time for
        // the JIT's background compiler, before BenchmarkDotNet's own warm-ups. One operation over the generated set is a
        // pass of 300 documents, and ShortRun's three warm-ups of one operation each left the code in the JIT's first tiers
        // in some runs (the same build measured 53.6 ms and 159 ms a pass in two runs).
        for (int pass = 0; pass < 5; pass++)
        {
            NaiveRegexSplit();
            Parse();
            ParseAndSerialize();
            Detect();
        }
        Thread.Sleep(500);
    }

    /// <summary>The baseline: split each text into (label, text) records with one multiline regex, as a one-off script would.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveRegexSplit()
    {
        int turns = 0;
        foreach (string text in _texts) turns += Naive.Split(text).Count;
        return turns;
    }

    /// <summary>Detection, then the full parse into the typed model, of every document.</summary>
    [Benchmark]
    public int Parse()
    {
        int exchanges = 0;
        foreach (string text in _texts) exchanges += BriefingParser.Default.Parse(text).Exchanges.Length;
        return exchanges;
    }

    /// <summary>The full parse, then compact JSON (one line), of every document, as the tool's JSON Lines output does.</summary>
    [Benchmark]
    public long ParseAndSerialize()
    {
        long chars = 0;
        foreach (string text in _texts) chars += BriefingJson.Serialize(BriefingParser.Default.Parse(text), indented: false).Length;
        return chars;
    }

    /// <summary>Detection only, of every document: every registered format scores the bounded detection window.</summary>
    [Benchmark]
    public int Detect()
    {
        int results = 0;
        foreach (string text in _texts) results += BriefingParser.Default.Detect(text).Length;
        return results;
    }
}

/// <summary>
/// NOT the users' workload: one generated transcript of about 1 MB (users' documents are 1–10 KB). Kept to show the
/// cost per byte on a document far larger than any real page, and to compare with the figures of earlier releases.
/// </summary>
public class LargeDocumentBenchmarks
{
    private string _text = "";

    /// <summary>The document (only <see cref="Inputs.Large"/>).</summary>
    [Params(Inputs.Large)]
    public string Input { get; set; } = Inputs.Large;

    /// <summary>Builds the document and checks that it parses as a transcript.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = Inputs.Texts(Input)[0];
        Console.WriteLine("// " + SetCheck.Describe(Input, [_text]));
    }

    /// <summary>The baseline: the naive regex split of the document.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveRegexSplit() => Naive.Split(_text).Count;

    /// <summary>Detection, then the full parse.</summary>
    [Benchmark]
    public int Parse() => BriefingParser.Default.Parse(_text).Exchanges.Length;

    /// <summary>The full parse, then compact JSON.</summary>
    [Benchmark]
    public int ParseAndSerialize() => BriefingJson.Serialize(BriefingParser.Default.Parse(_text), indented: false).Length;
}

/// <summary>The naive script the parser is compared with: one multiline regex, one record per match.</summary>
public static partial class Naive
{
    /// <summary>Every line with a colon in its first 40 characters, as (label, rest of the line).</summary>
    public static List<NaiveTurn> Split(string text)
    {
        var turns = new List<NaiveTurn>();
        foreach (Match m in LabelPattern().Matches(text))
        {
            turns.Add(new NaiveTurn(m.Groups["label"].Value, m.Groups["text"].Value));
        }
        return turns;
    }

    // Source-generated, so the baseline is the fastest form of the naive script, not a strawman.
    [GeneratedRegex(@"^(?<label>[^:\n]{1,40}):\s*(?<text>.*)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();
}

/// <summary>One turn as the naive script sees it.</summary>
/// <param name="Label">Whatever precedes the first colon of the line.</param>
/// <param name="Text">The rest of the line.</param>
public sealed record NaiveTurn(string Label, string Text);
