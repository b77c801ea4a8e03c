using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Briefing.Parsing.Tests.Formats;

/// <summary>
/// Every fixture and seed scored by every format of <see cref="BriefingParser.Default"/>: the whole matrix as a snapshot,
/// and the verdict that must hold: each document is won by its own format (the <c>format</c> of its <c>.expected.json</c>,
/// else as <see cref="TestFiles.ExpectedFormat"/> says), above the threshold and by a clear margin. Excerpts (a name with
/// "excerpt") must win, but need no margin: a page cut out of a briefing has little of its format left.
/// </summary>
public sealed class DetectionMatrixTests
{
    /// <summary>How far the winner must score above the runner-up.</summary>
    private const double Margin = 0.2;
    private const double GenericMargin = 0.1;

    public static TheoryData<string> Documents => [.. TestFiles.AllDocuments().Select(d => d.Name)];

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
    [InlineData(GenericTranscriptFormat.FormatId)]
    public void Built_in_formats_are_registered(string id) => Assert.NotNull(Parser.FindFormat(id));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_document_is_won_by_its_own_format_by_a_clear_margin(string name)
    {
        var document = TestFiles.Named(name);
        string relativePath = document.RelativePath;
        string expected = TestFiles.ExpectedFormat(document);
        var scores = Parser.Detect(document.Text);
        string table = string.Join(", ", scores.Take(4).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.FormatId} {s.Confidence:0.00} ({s.Reason})")));
        Assert.True(Parser.FindFormat(expected) is not null,
            $"{relativePath}: its format '{expected}' is not registered (registered: {string.Join(", ", Parser.Formats.Select(f => f.Id))}); scores: {table}.");
        var best = scores[0];
        Assert.True(best.FormatId == expected, $"{relativePath}: won by {best.FormatId}, expected {expected}; scores: {table}.");
        Assert.True(best.Confidence > Threshold, $"{relativePath}: {best.FormatId} scored {best.Confidence:0.00} ({best.Reason}), threshold {Threshold:0.00}.");
        var second = scores.Length > 1 ? scores[1] : null;
        if (document.IsExcerpt) return;
        // The generic format scores at most 0.45 by design (any institution's briefing), so it needs a smaller lead.
        double margin = expected == GenericTranscriptFormat.FormatId ? GenericMargin : Margin;
        Assert.True(second is null || best.Confidence - second.Confidence >= margin,
            $"{relativePath}: {best.FormatId} {best.Confidence:0.00} vs {second?.FormatId} {second?.Confidence:0.00} ({second?.Reason}): the margin is below {margin:0.00}.");
    }

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
