using System.Text;
using System.Text.Json;

namespace Briefing.Parsing.Tests;

/// <summary>
/// Every fixture and seed scored by every format of <see cref="BriefingParser.Default"/>: the whole matrix as a snapshot,
/// and the verdicts that must hold (MFA transcripts won by <c>mfa-transcript</c>, news reports not matched by it).
/// </summary>
public sealed class DetectionMatrixTests
{
    private const string MfaTranscript = MfaTranscriptFormat.FormatId;

    public static TheoryData<string> MfaDocuments =>
        [.. TestFiles.AllDocuments().Where(IsMfaTranscript).Select(d => d.RelativePath)];

    public static TheoryData<string> NewsDocuments =>
        [.. TestFiles.AllDocuments().Where(d => !IsMfaTranscript(d)).Select(d => d.RelativePath)];

    private static BriefingParser Parser => BriefingParser.Default;

    private static double Threshold => Parser.Options.DetectionThreshold;

    [Fact]
    public Task Matrix() => Snapshot.VerifyJson(BuildMatrixJson());

    [Fact]
    public void Mfa_transcript_is_registered() => Assert.NotNull(Parser.FindFormat(MfaTranscript));

    [Theory]
    [MemberData(nameof(MfaDocuments))]
    public void Mfa_transcripts_are_won_by_mfa_transcript(string relativePath)
    {
        var scores = Parser.Detect(Find(relativePath).Text);
        var best = scores[0];
        Assert.Equal(MfaTranscript, best.FormatId);
        Assert.True(best.Confidence > Threshold, $"{relativePath}: {best.FormatId} scored {best.Confidence:0.00} ({best.Reason}), threshold {Threshold:0.00}.");
    }

    [Theory]
    [MemberData(nameof(NewsDocuments))]
    public void News_reports_are_not_matched_by_mfa_transcript(string relativePath)
    {
        var score = Parser.Detect(Find(relativePath).Text).Single(s => s.FormatId == MfaTranscript);
        Assert.True(score.Confidence <= Threshold, $"{relativePath}: {MfaTranscript} scored {score.Confidence:0.00} ({score.Reason}), threshold {Threshold:0.00}.");
    }

    private static bool IsMfaTranscript(TestDocument document) =>
        document.Name.StartsWith("mfa-en-", StringComparison.Ordinal) || document.Name == "004_e628fec4aaf0b8d1";

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
