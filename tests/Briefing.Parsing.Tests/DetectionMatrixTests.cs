using System.Text;
using System.Text.Json;

namespace Briefing.Parsing.Tests;

/// <summary>
/// Every fixture and seed scored by every format of <see cref="BriefingParser.Default"/>: the whole matrix as a snapshot,
/// and the verdict that must hold: each document is won by its own format, above the threshold and by a clear margin.
/// </summary>
public sealed class DetectionMatrixTests
{
    /// <summary>How far the winner must score above the runner-up.</summary>
    private const double Margin = 0.2;

    public static TheoryData<string> Documents => [.. TestFiles.AllDocuments().Select(d => d.RelativePath)];

    private static BriefingParser Parser => BriefingParser.Default;

    private static double Threshold => Parser.Options.DetectionThreshold;

    [Fact]
    public Task Matrix() => Snapshot.VerifyJson(BuildMatrixJson());

    [Theory]
    [InlineData(MfaTranscriptFormat.FormatId)]
    [InlineData(MfaTranscriptFormat.ChineseFormatId)]
    [InlineData(MfaTranscriptFormat.BilingualFormatId)]
    [InlineData(NewsReportFormat.FormatId)]
    [InlineData(StateDepartmentFormat.FormatId)]
    [InlineData(UnNoonBriefingFormat.FormatId)]
    [InlineData(JapanMofaFormat.FormatId)]
    [InlineData(IndiaMeaFormat.FormatId)]
    [InlineData(RussiaMfaFormat.FormatId)]
    [InlineData(PakistanMofaFormat.FormatId)]
    public void Built_in_formats_are_registered(string id) => Assert.NotNull(Parser.FindFormat(id));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_document_is_won_by_its_own_format_by_a_clear_margin(string relativePath)
    {
        var document = Find(relativePath);
        var scores = Parser.Detect(document.Text);
        var best = scores[0];
        Assert.Equal(ExpectedFormat(document), best.FormatId);
        Assert.True(best.Confidence > Threshold, $"{relativePath}: {best.FormatId} scored {best.Confidence:0.00} ({best.Reason}), threshold {Threshold:0.00}.");
        var second = scores.Length > 1 ? scores[1] : null;
        Assert.True(second is null || best.Confidence - second.Confidence >= Margin,
            $"{relativePath}: {best.FormatId} {best.Confidence:0.00} vs {second?.FormatId} {second?.Confidence:0.00} ({second?.Reason}).");
    }

    /// <summary>The format a document is written in, by its name: fixtures are named after their family.</summary>
    private static string ExpectedFormat(TestDocument document) => document.Name switch
    {
        var n when n.StartsWith("mfa-en-", StringComparison.Ordinal) || n == "004_e628fec4aaf0b8d1" => MfaTranscriptFormat.FormatId,
        // Machine-translated English reposts of the Chinese transcript are read by the English edition.
        var n when n.StartsWith("mfa-mt-", StringComparison.Ordinal) => MfaTranscriptFormat.FormatId,
        var n when n.StartsWith("mfa-zh-", StringComparison.Ordinal) => MfaTranscriptFormat.ChineseFormatId,
        var n when n.StartsWith("mfa-bi-", StringComparison.Ordinal) => MfaTranscriptFormat.BilingualFormatId,
        var n when n.StartsWith("news-", StringComparison.Ordinal) || n == "000_298d1492106903bf" => NewsReportFormat.FormatId,
        var n when n.StartsWith("state-", StringComparison.Ordinal) => StateDepartmentFormat.FormatId,
        var n when n.StartsWith("un-", StringComparison.Ordinal) => UnNoonBriefingFormat.FormatId,
        var n when n.StartsWith("japan-", StringComparison.Ordinal) => JapanMofaFormat.FormatId,
        var n when n.StartsWith("india-", StringComparison.Ordinal) => IndiaMeaFormat.FormatId,
        var n when n.StartsWith("russia-", StringComparison.Ordinal) => RussiaMfaFormat.FormatId,
        var n when n.StartsWith("pakistan-", StringComparison.Ordinal) => PakistanMofaFormat.FormatId,
        var n => throw new InvalidOperationException($"No expected format for '{n}': name fixtures after their family."),
    };

    private static TestDocument Find(string relativePath) =>
        TestFiles.AllDocuments().Single(d => d.RelativePath == relativePath);

    /// <summary>Rows are documents, columns format ids (confidence rounded to 2 decimals), plus the winner or "none".</summary>
    private static string BuildMatrixJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteNumber("threshold", Threshold);
            json.WriteStartArray("formats");
            foreach (var format in Parser.Formats) json.WriteStringValue(format.Id);
            json.WriteEndArray();
            json.WriteStartArray("documents");
            foreach (var document in TestFiles.AllDocuments())
            {
                var scores = Parser.Detect(document.Text);
                json.WriteStartObject();
                json.WriteString("document", document.RelativePath);
                json.WriteStartObject("scores");
                foreach (var format in Parser.Formats)
                {
                    var score = scores.Single(s => s.FormatId == format.Id);
                    json.WriteNumber(format.Id, Math.Round(score.Confidence, 2, MidpointRounding.AwayFromZero));
                }
                json.WriteEndObject();
                json.WriteString("winner", scores.Length > 0 && scores[0].Confidence > Threshold ? scores[0].FormatId : "none");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
