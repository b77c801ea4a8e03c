namespace Briefing.Parsing.Tests.Robustness;

/// <summary>
/// The fuzzing harness (fuzz/Briefing.Parsing.Fuzz, run by fuzz/run.sh) as a normal test: a short smoke run of its checks
/// on the inputs it is seeded with, and every crash or hang AFL++ found, kept in <c>Robustness/Fixtures/</c> as the exact
/// bytes it fed the harness (how bytes become a parse: <see cref="FuzzChecks"/>).
/// </summary>
public sealed class FuzzRegressionTests
{
    /// <summary>The folder of the inputs the fuzzer found.</summary>
    public static string FixturesDirectory => Path.Combine(TestFiles.TestProjectDirectory, "Robustness", "Fixtures");

    /// <summary>Every input the fuzzer found (file names relative to <see cref="FixturesDirectory"/>).</summary>
    public static TheoryData<string> FoundInputs()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(FixturesDirectory).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(FoundInputs))]
    public void An_input_the_fuzzer_found_passes_every_check(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(FixturesDirectory, name));
        FuzzChecks.CheckInput(bytes);
        // The same text detected and with every format, whatever the input chose; the news format's known crash on mixed
        // digits is ContentNeverThrowsTests.News_report_reads_non_ascii_digits_without_throwing.
        var (text, _) = FuzzChecks.Decode(bytes, BriefingParser.Default);
        FuzzChecks.Check(BriefingParser.Default, text, null);
        foreach (var f in BriefingParser.Default.Formats) FuzzChecks.Check(BriefingParser.Default, text, f.Id);
    }

    [Fact]
    public void The_found_inputs_are_documented()
    {
        string readme = File.ReadAllText(Path.Combine(FixturesDirectory, "README.md"));
        foreach (var f in Directory.GetFiles(FixturesDirectory).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
            Assert.Contains(Path.GetFileName(f), readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Smoke_run_of_the_harness_on_its_seeds()
    {
        var parser = BriefingParser.Default;
        int runs = 0;
        foreach (var (d, i) in TestFiles.AllDocuments().Select((d, i) => (d, i)))
        {
            // As fuzz/run.sh seeds: the file as it is, and with a byte forcing a format.
            FuzzChecks.CheckInput(FuzzChecks.Encode(d.Text, null, parser));
            var format = parser.Formats[i % parser.Formats.Length].Id;
            FuzzChecks.CheckInput(FuzzChecks.Encode(d.Text, format, parser));
            runs += 2;
        }
        Assert.True(runs >= 60, $"{runs} runs");
    }

    [Theory]
    [InlineData("Q: Why?\nA: Because.", null)]
    [InlineData("\u0001Q: starts with a mode byte", null)]
    [InlineData("\u000FQ: starts with the other mode byte", null)]
    [InlineData("\u000FQ: \uD800 lone", null)]
    [InlineData("问：为什么？\n答：因为。", "mfa-transcript-zh")]
    [InlineData("", "generic-transcript")]
    [InlineData("Q: the last format?", "india-mea")]
    public void Inputs_decode_to_the_text_and_format_they_encode(string text, string? format)
    {
        var parser = BriefingParser.Default;
        var bytes = FuzzChecks.Encode(text, format, parser);
        var (decoded, f) = FuzzChecks.Decode(bytes, parser);
        Assert.Equal(text, decoded);
        Assert.Equal(format, f);
    }

    [Fact]
    public void Any_second_byte_picks_a_format_and_the_hand_written_inputs_pick_theirs()
    {
        var parser = BriefingParser.Default;
        for (int b = 0; b <= byte.MaxValue; b++)
        {
            var (text, format) = FuzzChecks.Decode([FuzzChecks.FormatMode, (byte)b, (byte)'Q', (byte)':'], parser);
            Assert.Equal("Q:", text);
            Assert.Equal(parser.Formats[b % parser.Formats.Length].Id, format);
        }
        Assert.Equal(("", (string?)null), FuzzChecks.Decode([FuzzChecks.FormatMode], parser));
        var mixed = File.ReadAllBytes(Path.Combine(FixturesDirectory, "issue10-mixed-digits.txt"));
        Assert.Equal(MfaTranscriptFormat.ChineseFormatId, FuzzChecks.Decode(mixed, parser).Format);
    }

    [Fact]
    public void Utf16_inputs_carry_lone_surrogates()
    {
        byte[] input = [FuzzChecks.Utf16Mode, (byte)'Q', 0, (byte)':', 0, 0x00, 0xD8];
        var (text, format) = FuzzChecks.Decode(input, BriefingParser.Default);
        Assert.Equal("Q:\uD800", text);
        Assert.Null(format);
    }
}
