using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefing.Parsing.Tests.Corpus;
using Xunit.Abstractions;

namespace Briefing.Parsing.Tests.Scoring;

/// <summary>
/// Every fixture with an <c>.expected.json</c>, parsed with its format detected, scored by the port of the corpus scorer
/// (<see cref="CorpusScorer"/>): the expected format wins detection, every exchange (statement) is found with every
/// field right and nothing extra is predicted (exact F1 1.0), the date is the expected one, every expected spokesperson
/// is found, and no boilerplate line leaks into the content. One case per fixture; its message lists everything wrong.
/// </summary>
public sealed class FixtureScoreTests
{
    /// <summary>The fixtures that have an expectation file, by name.</summary>
    public static TheoryData<string> Fixtures => [.. TestFiles.FixturesWithExpectations().Select(d => d.Name)];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_scores_exactly_as_its_expectation_says(string fixture)
    {
        var document = TestFiles.Fixture(fixture);
        var briefing = TestFiles.Parse(document);
        using var label = JsonDocument.Parse(File.ReadAllText(document.ExpectationPath!));
        using var output = JsonDocument.Parse(BriefingJson.Serialize(briefing));

        var problems = new List<string>();
        string expectedFormat = TestFiles.ExpectedFormat(document);
        if (briefing.Format?.Id != expectedFormat)
        {
            problems.Add(briefing.Format is { } f
                ? string.Create(CultureInfo.InvariantCulture, $"format: detected {f.Id} ({f.Confidence:0.00}: {f.Reason}), wanted {expectedFormat}")
                : $"format: none detected ({string.Join("; ", briefing.Diagnostics.Select(d => d.Message))}), wanted {expectedFormat}");
        }
        var score = CorpusScorer.Score(label.RootElement, output.RootElement);
        problems.AddRange(score.Problems);

        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture,
            $"{document.Name}: {problems.Count} problems; exchanges {score.Found}/{score.Wanted} found, {score.Strict} exact, {score.Predicted} predicted (exact F1 {score.F1:0.000}), date {(score.DateOk ? "ok" : "wrong")}, spokespersons {(score.SpokespersonsOk ? "ok" : "missing")}, leaks {score.Leaks.Count}");
        foreach (var p in problems) message.AppendLine().Append("  - ").Append(p);
        Assert.True(problems.Count == 0, message.ToString());
        // The problems list is the scorer's verdict in words; it must agree with the figures.
        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void Every_expectation_file_is_a_case()
    {
        int expected = TestFiles.Folders.Sum(f => f.Expectations);
        Assert.Equal(expected, Fixtures.Count);
    }
}

/// <summary>
/// The port of the corpus scorer run over <c>../shared/corpus</c> (skipped, saying why, when it is not there): prints one
/// line per sample, the per-kind table and the <c>score:</c> line to the test output, so that <c>dotnet test</c> shows the
/// figures <c>score.py</c> would. It asserts only that scoring ran.
/// </summary>
public sealed class CorpusScoreTests(ITestOutputHelper output)
{
    [CorpusFact(requireLabels: true)]
    public void Corpus_is_scored_and_the_table_printed()
    {
        var rows = new List<(string Id, DocumentScore? Score, string Kind)>();
        var lines = new StringBuilder();
        foreach (var file in Directory.GetFiles(CorpusFolder.LabelsDirectory, "*.json").OrderBy(Path.GetFileName, StringComparer.Ordinal))
        {
            using var label = JsonDocument.Parse(File.ReadAllText(file));
            var root = label.RootElement;
            string id = root.GetProperty("id").GetString()!;
            string kind = root.GetProperty("kind").GetString()!;
            string sample = Path.Combine(CorpusFolder.SamplesDirectory, id + ".txt");
            if (!File.Exists(sample))
            {
                rows.Add((id, null, kind));
                lines.AppendLine(CorpusScorer.Line(id, null, null, null, []));
                continue;
            }
            var briefing = BriefingParser.Default.Parse(File.ReadAllText(sample), new ParseOptions { SourceName = sample });
            using var json = JsonDocument.Parse(BriefingJson.Serialize(briefing));
            var score = CorpusScorer.Score(root, json.RootElement);
            rows.Add((id, score, kind));
            string? wantedDate = root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            var wantedSpeakers = root.GetProperty("spokespersons").EnumerateArray().Select(x => x.GetString());
            lines.AppendLine(CorpusScorer.Line(id, score, briefing.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), wantedDate, wantedSpeakers));
        }
        string table = CorpusScorer.Table(rows);
        output.WriteLine(lines.ToString() + table);
        Assert.NotEmpty(rows);
        Assert.Contains("score: exact F1 ", table, StringComparison.Ordinal);
    }
}
