using System.Text.Json;
using Briefing.Parsing.Cli;

namespace Briefing.Parsing.Tests.Cli;

/// <summary>The <c>briefing</c> tool end to end, in process: output shapes, batch behaviour and exit codes.</summary>
public sealed class BriefingCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("briefing-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static Task<CliResult> Run(params string[] args) => Tool.Run(args);

    private static string SeedPath(string name) => Tool.SeedPath(name);

    [Fact]
    public async Task Parse_one_file_writes_one_json_object_and_exits_0()
    {
        var (code, stdout, stderr, _) = await Run("parse", SeedPath("004_e628fec4aaf0b8d1"));

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(JsonValueKind.Object, doc.RootElement.ValueKind);
        Assert.EndsWith("004_e628fec4aaf0b8d1.txt", doc.RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("mfa-transcript", doc.RootElement.GetProperty("format").GetProperty("id").GetString());
        Assert.Equal(7, doc.RootElement.GetProperty("exchanges").GetArrayLength());
    }

    [Fact]
    public async Task Parse_folder_as_json_lines_keeps_input_order_and_exits_0()
    {
        var (code, stdout, stderr, _) = await Run("parse", TestFiles.SeedsDirectory, "--output", "jsonl");

        Assert.Equal(ExitCodes.Success, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var docs = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.EndsWith("000_298d1492106903bf.txt", docs[0].GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("004_e628fec4aaf0b8d1.txt", docs[1].GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("news-report", docs[0].GetProperty("format").GetProperty("id").GetString());
        Assert.Equal("mfa-transcript", docs[1].GetProperty("format").GetProperty("id").GetString());
        Assert.Contains("2 of 2 documents done, 0 failed", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_no_format_matches_is_written_reported_and_exits_1()
    {
        string recipe = Path.Combine(_temp, "recipe.txt");
        await File.WriteAllTextAsync(recipe, "Pancakes\n\nMix flour, eggs and milk. Fry in butter until golden.\n");

        var (code, stdout, stderr, _) = await Run("parse", recipe, SeedPath("004_e628fec4aaf0b8d1"), "--output", "jsonl");

        Assert.Equal(ExitCodes.SomeFailed, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(lines[0]).RootElement.GetProperty("format").ValueKind);
        Assert.Contains("recipe.txt: BP0001", stderr, StringComparison.Ordinal);
        Assert.Contains("1 of 2 documents done, 1 failed", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_or_binary_file_is_reported_and_the_batch_goes_on()
    {
        string binary = Path.Combine(_temp, "image.txt");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
        string missing = Path.Combine(_temp, "missing.txt");

        var (code, stdout, stderr, _) = await Run("parse", missing, binary, SeedPath("004_e628fec4aaf0b8d1"), "--output", "jsonl");

        Assert.Equal(ExitCodes.SomeFailed, code);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("missing.txt: no such file", stderr, StringComparison.Ordinal);
        Assert.Contains("image.txt: not a text file", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("convert x.txt")]
    [InlineData("parse")]
    [InlineData("parse x.txt --output xml")]
    [InlineData("parse x.txt --format no-such-format")]
    [InlineData("parse x.txt --bogus")]
    [InlineData("formats extra")]
    public async Task Usage_errors_exit_2_with_a_message(string commandLine)
    {
        string[] args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (code, _, stderr, _) = await Run(args);

        Assert.Equal(ExitCodes.UsageOrIoError, code);
        Assert.False(string.IsNullOrWhiteSpace(stderr));
    }

    [Fact]
    public async Task Standard_input_is_read_with_a_dash()
    {
        var (code, stdout, _, _) = await Tool.RunWithInput(File.ReadAllText(SeedPath("004_e628fec4aaf0b8d1")), "parse", "-");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("-", doc.RootElement.GetProperty("source").GetString());
        Assert.Equal("2024-07-02", doc.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Out_folder_gets_one_json_file_per_document_or_one_jsonl_file()
    {
        string json = Path.Combine(_temp, "json");
        string jsonl = Path.Combine(_temp, "jsonl");

        var (code1, stdout1, _, _) = await Run("parse", TestFiles.SeedsDirectory, "--out", json);
        var (code2, _, _, _) = await Run("parse", TestFiles.SeedsDirectory, "--out", jsonl, "--output", "jsonl");

        Assert.Equal(ExitCodes.Success, code1);
        Assert.Equal(ExitCodes.Success, code2);
        Assert.Equal("", stdout1);
        Assert.Equal(["000_298d1492106903bf.json", "004_e628fec4aaf0b8d1.json"],
            Directory.GetFiles(json).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(2, File.ReadAllLines(Path.Combine(jsonl, "briefings.jsonl")).Length);
    }

    [Fact]
    public async Task Explicit_format_is_used_instead_of_detection()
    {
        var (_, stdout, _, _) = await Run("parse", SeedPath("000_298d1492106903bf"), "--format", "mfa-transcript");

        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("mfa-transcript", doc.RootElement.GetProperty("format").GetProperty("id").GetString());
        Assert.Equal("chosen explicitly", doc.RootElement.GetProperty("format").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Detect_lists_every_format_with_its_score_and_the_winner()
    {
        string recipe = Path.Combine(_temp, "recipe.txt");
        await File.WriteAllTextAsync(recipe, "Pancakes\n\nMix flour, eggs and milk. Fry in butter until golden.\n");

        var (code, stdout, _, _) = await Run("detect", SeedPath("004_e628fec4aaf0b8d1"), SeedPath("000_298d1492106903bf"), recipe);

        Assert.Equal(0, code);
        // Ids are padded to the longest registered id, so the spacing depends on the formats.
        Assert.Matches(@"mfa-transcript +0\.95  title", stdout);
        Assert.Contains("=> mfa-transcript", stdout, StringComparison.Ordinal);
        Assert.Contains("=> news-report", stdout, StringComparison.Ordinal);
        Assert.Contains("=> no format matched", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detect_as_json_names_the_winner()
    {
        var (_, stdout, _, _) = await Run("detect", SeedPath("004_e628fec4aaf0b8d1"), "--output", "json");

        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("mfa-transcript", doc.RootElement[0].GetProperty("winner").GetString());
    }

    [Fact]
    public async Task Formats_lists_the_registered_formats()
    {
        var (code, stdout, _, _) = await Run("formats");

        Assert.Equal(0, code);
        Assert.Contains("mfa-transcript", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_is_shown_only_on_a_terminal()
    {
        var (_, _, quietErr, _) = await Tool.Run(new MemoryStream(), null, false, null, "parse", TestFiles.SeedsDirectory, "--output", "jsonl");
        var (_, _, terminalErr, _) = await Tool.Run(new MemoryStream(), null, true, null, "parse", TestFiles.SeedsDirectory, "--output", "jsonl");

        Assert.DoesNotContain("[1/2]", quietErr, StringComparison.Ordinal);
        Assert.Contains("[1/2]", terminalErr, StringComparison.Ordinal);
        Assert.Contains("[2/2]", terminalErr, StringComparison.Ordinal);
    }
}
