using System.Globalization;
using System.Text.Json;
using Briefing.Parsing.Tests.Invariants;

namespace Briefing.Parsing.Tests.Corpus;

/// <summary>
/// Parses the real copies in <c>&lt;repo&gt;/../shared/corpus/samples</c> when that folder exists (it is third-party
/// text, read at run time and never copied into the repository); skipped when it does not.
/// </summary>
public sealed class CorpusTests
{
    /// <summary>The sample ids (file names without extension), for the theory.</summary>
    public static TheoryData<string> SampleIds()
    {
        var data = new TheoryData<string>();
        foreach (var f in CorpusFolder.Samples()) data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(SampleIds))]
    public void Sample_parses_without_exception_and_keeps_span_invariants(string id)
    {
        string text = File.ReadAllText(Path.Combine(CorpusFolder.SamplesDirectory, id + ".txt"));
        var failures = new List<string>();
        // Detected, and every built-in format forced on it: a user may name any format for any text.
        foreach (var options in (ParseOptions?[])[null, .. BriefingParser.Default.Formats.Select(f => new ParseOptions { Format = f.Id })])
        {
            string pass = options?.Format ?? "detected";
            PressBriefing briefing;
            try
            {
                briefing = BriefingParser.Default.Parse(text, options);
                _ = BriefingJson.Serialize(briefing);
            }
            catch (Exception e)
            {
                failures.Add($"{pass}: threw {e.GetType().Name}: {e.Message}");
                continue;
            }
            failures.AddRange(SpanInvariants.Check(text, briefing).Select(v => $"{pass}: {v}"));
        }
        Assert.True(failures.Count == 0, $"{id}: {failures.Count} violations:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", failures.Take(15)));
    }

    /// <summary>The same conference in English and in Chinese gives the same outlets in the same order.</summary>
    [CorpusTheory]
    [InlineData("mfa-en-14-geng-20191226", "mfa-zh-05-geng-20191226")]
    [InlineData("mfa-en-17-zhao-20200602", "mfa-zh-06-zhao-20200602")]
    public void English_and_Chinese_copies_of_one_conference_give_the_same_outlets(string english, string chinese)
    {
        PressBriefing Parse(string id) => BriefingParser.Default.Parse(File.ReadAllText(Path.Combine(CorpusFolder.SamplesDirectory, id + ".txt")));
        var en = Parse(english);
        var zh = Parse(chinese);

        Assert.Equal(MfaTranscriptFormat.FormatId, en.Format?.Id);
        Assert.Equal(MfaTranscriptFormat.ChineseFormatId, zh.Format?.Id);
        Assert.Equal(en.Date, zh.Date);
        Assert.NotEmpty(en.Exchanges);
        Assert.Equal(en.Exchanges.Select(e => e.Question?.Outlet?.Name), zh.Exchanges.Select(e => e.Question?.Outlet?.Name));
        Assert.Equal(en.Spokespersons[0].Name, zh.Spokespersons[0].NameEn);
    }

    [CorpusFact(requireLabels: true)]
    public void Parsed_date_equals_the_label_date_for_every_mfa_en_sample()
    {
        string labels = CorpusFolder.LabelsDirectory;
        var mismatches = new List<string>();
        int compared = 0;
        foreach (var labelFile in Directory.GetFiles(labels, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(labelFile));
            var root = doc.RootElement;
            if (!root.TryGetProperty("kind", out var kind) || kind.GetString() != "mfa-en") continue;
            string id = root.TryGetProperty("id", out var idElement) && idElement.GetString() is { } s ? s : Path.GetFileNameWithoutExtension(labelFile);
            string sample = Path.Combine(CorpusFolder.SamplesDirectory, id + ".txt");
            if (!File.Exists(sample))
            {
                mismatches.Add($"{id}: label without sample");
                continue;
            }
            DateOnly? expected = root.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
            var actual = BriefingParser.Default.Parse(File.ReadAllText(sample)).Date;
            compared++;
            if (actual != expected)
                mismatches.Add($"{id}: parsed {Show(actual)}, label says {Show(expected)}");
        }
        Assert.True(compared > 0, $"No label of kind 'mfa-en' in {labels}.");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {compared} mfa-en samples have the wrong date:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", mismatches));
    }

    private static string Show(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null";
}

/// <summary>Where the shared corpus is, if anywhere.</summary>
internal static class CorpusFolder
{
    /// <summary><c>&lt;repo&gt;/../shared/corpus/samples</c>.</summary>
    public static string SamplesDirectory => Path.Combine(TestFiles.CorpusDirectory, "samples");

    /// <summary><c>&lt;repo&gt;/../shared/corpus/labels</c>.</summary>
    public static string LabelsDirectory => Path.Combine(TestFiles.CorpusDirectory, "labels");

    /// <summary>The sample files, sorted; empty when the folder does not exist.</summary>
    public static IReadOnlyList<string> Samples()
    {
        if (!Directory.Exists(SamplesDirectory)) return [];
        var files = Directory.GetFiles(SamplesDirectory, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>Why corpus tests cannot run, or <see langword="null"/> when they can.</summary>
    public static string? SkipReason(bool requireLabels = false) =>
        !Directory.Exists(SamplesDirectory)
            ? $"Skipped because the shared corpus is not beside the repository: {SamplesDirectory} does not exist. "
              + "The corpus is third-party text and is never copied into the repository; check out ../shared next to it to run these tests."
        : Samples().Count == 0 ? $"Skipped because {SamplesDirectory} holds no *.txt sample."
        : requireLabels && (!Directory.Exists(LabelsDirectory) || Directory.GetFiles(LabelsDirectory, "*.json").Length == 0)
            ? $"Skipped because the corpus labels are missing: {LabelsDirectory} does not exist or holds no *.json."
        : null;
}

/// <summary>A fact that is skipped when the shared corpus is not there (xunit 2 has no dynamic skip).</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the corpus samples (or, with <paramref name="requireLabels"/>, its labels) are missing.</summary>
    public CorpusFactAttribute(bool requireLabels = false)
    {
        if (CorpusFolder.SkipReason(requireLabels) is { } reason) Skip = reason;
    }
}

/// <summary>A theory that is skipped when the shared corpus is not there (its data would be empty).</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the corpus folder is missing.</summary>
    public CorpusTheoryAttribute()
    {
        if (CorpusFolder.SkipReason() is { } reason) Skip = reason;
    }
}
