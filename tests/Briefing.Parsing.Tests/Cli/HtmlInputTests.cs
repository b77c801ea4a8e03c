using System.Text.Json;
using Briefing.Parsing.Cli;
using Briefing.Parsing.Html;

namespace Briefing.Parsing.Tests.Cli;

/// <summary>HTML input (.html/.htm, <c>--input-format</c>, <c>--emit-text</c>) and <c>briefing render</c>.</summary>
public sealed class HtmlInputTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("briefing-html-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string FixturesDirectory => Path.Combine(TestFiles.TestProjectDirectory, "Html", "Fixtures");

    private static string Fixture(string name, string extension) => Path.Combine(FixturesDirectory, name + extension);

    private const string BoldLabels = "mfa-en-boldlabels-2024";

    private const string ColonLabels = "mfa-en-2024";

    [Theory]
    [InlineData(BoldLabels)]
    [InlineData(ColonLabels)]
    public async Task An_html_file_is_parsed_as_the_library_parses_the_page_with_its_label_hints(string name)
    {
        string html = Fixture(name, ".html");
        var expected = BriefingParser.Default.ParseHtml(await File.ReadAllTextAsync(html), new ParseOptions { SourceName = html });

        var result = await Tool.Run("parse", html);

        Assert.Equal(BriefingJson.Serialize(expected) + "\n", result.Out);
        Assert.Equal(HtmlText.Extract(await File.ReadAllTextAsync(html)).Text, JsonDocument.Parse(result.Out).RootElement.GetProperty("sourceText").GetString());
    }

    [Fact]
    public async Task The_spans_of_an_html_page_index_its_extracted_text()
    {
        string html = Fixture(ColonLabels, ".html");

        var result = await Tool.Run("parse", html);

        Assert.Equal(ExitCodes.Success, result.Code);
        var root = JsonDocument.Parse(result.Out).RootElement;
        string text = root.GetProperty("sourceText").GetString()!;
        var exchanges = root.GetProperty("exchanges");
        Assert.True(exchanges.GetArrayLength() > 0);
        foreach (var exchange in exchanges.EnumerateArray())
        {
            var label = exchange.GetProperty("question").GetProperty("labelSpan");
            Assert.Equal(exchange.GetProperty("question").GetProperty("label").GetString(),
                text.Substring(label.GetProperty("start").GetInt32(), label.GetProperty("length").GetInt32()));
        }
    }

    [Fact]
    public async Task A_text_file_has_no_source_text()
    {
        var result = await Tool.Run("parse", Tool.SeedPath(Tool.TranscriptSeed));

        Assert.False(JsonDocument.Parse(result.Out).RootElement.TryGetProperty("sourceText", out _));
    }

    [Fact]
    public async Task Standard_input_is_html_with_input_format_html()
    {
        string html = await File.ReadAllTextAsync(Fixture(ColonLabels, ".html"));

        var asHtml = await Tool.RunWithInput(html, "parse", "-", "--input-format", "html");
        var asText = await Tool.RunWithInput(html, "parse", "-");

        var expected = BriefingParser.Default.ParseHtml(html, new ParseOptions { SourceName = "-" });
        Assert.Equal(BriefingJson.Serialize(expected) + "\n", asHtml.Out);
        Assert.False(JsonDocument.Parse(asText.Out).RootElement.TryGetProperty("sourceText", out _));
    }

    [Fact]
    public async Task Folders_are_read_for_txt_html_and_htm_by_default()
    {
        string folder = Path.Combine(_temp, "in");
        Directory.CreateDirectory(folder);
        File.Copy(Fixture(BoldLabels, ".html"), Path.Combine(folder, "a.html"));
        File.Copy(Fixture(BoldLabels, ".html"), Path.Combine(folder, "b.htm"));
        File.Copy(Tool.SeedPath(Tool.TranscriptSeed), Path.Combine(folder, "c.txt"));
        await File.WriteAllTextAsync(Path.Combine(folder, "d.md"), "# not read");

        var result = await Tool.Run("parse", folder, "--output", "jsonl");

        Assert.Equal(ExitCodes.Success, result.Code);
        var docs = result.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a.html", "b.htm", "c.txt"], docs.Select(d => Path.GetFileName(d.GetProperty("source").GetString())));
        Assert.True(docs[1].TryGetProperty("sourceText", out _));
        Assert.False(docs[2].TryGetProperty("sourceText", out _));
    }

    [Fact]
    public async Task Emit_text_writes_the_extracted_text_to_a_file_instead_of_the_json()
    {
        string texts = Path.Combine(_temp, "texts");
        string html = Fixture(BoldLabels, ".html");

        var result = await Tool.Run("parse", html, Tool.SeedPath(Tool.TranscriptSeed), "--emit-text", texts, "--output", "jsonl");

        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.All(result.OutLines, l => Assert.False(JsonDocument.Parse(l).RootElement.TryGetProperty("sourceText", out _)));
        Assert.Equal([BoldLabels + ".txt"], Directory.GetFiles(texts).Select(f => Path.GetFileName(f)!));
        Assert.Equal(HtmlText.Extract(await File.ReadAllTextAsync(html)).Text, await File.ReadAllTextAsync(Path.Combine(texts, BoldLabels + ".txt")));
    }

    [Fact]
    public async Task Detect_reads_html_pages_as_their_text()
    {
        var result = await Tool.Run("detect", Fixture(BoldLabels, ".html"), "--output", "json");

        Assert.Equal("mfa-transcript", JsonDocument.Parse(result.Out).RootElement[0].GetProperty("winner").GetString());
    }

    [Fact]
    public async Task Parse_help_says_which_files_folders_are_read_for()
    {
        var help = (await Tool.Run("parse", "--help")).Out;

        Assert.Contains("default *.txt, *.html and *.htm", help, StringComparison.Ordinal);
        Assert.Contains("--input-format", help, StringComparison.Ordinal);
        Assert.Contains("--emit-text", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_writes_one_self_contained_page_of_the_parse()
    {
        string page = Path.Combine(_temp, "out", "page.html");
        string seed = Tool.SeedPath(Tool.TranscriptSeed);

        var result = await Tool.Run("render", seed, "-o", page);

        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Equal("", result.Err);
        string html = await File.ReadAllTextAsync(page);
        var briefing = BriefingParser.Default.Parse(await File.ReadAllTextAsync(seed), new ParseOptions { SourceName = seed });
        Assert.Equal(BriefingPage.Render(briefing, await File.ReadAllTextAsync(seed)), html);
        Assert.Equal(7, CountOf(html, "data-kind=\"exchange\""));
        Assert.Equal(["page.html"], Directory.GetFiles(Path.GetDirectoryName(page)!).Select(f => Path.GetFileName(f)!));
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    [Fact]
    public async Task Render_of_an_html_page_shows_the_extracted_text_and_goes_to_stdout_without_o()
    {
        string html = Fixture(BoldLabels, ".html");

        var result = await Tool.Run("render", html);

        Assert.Equal(ExitCodes.Success, result.Code);
        var extraction = HtmlText.Extract(await File.ReadAllTextAsync(html));
        var briefing = BriefingParser.Default.ParseHtml(await File.ReadAllTextAsync(html), new ParseOptions { SourceName = html });
        Assert.Equal(BriefingPage.Render(briefing, extraction.Text), result.Out);
    }

    [Fact]
    public async Task Render_reports_a_document_no_format_matches_and_still_writes_the_page()
    {
        string recipe = Path.Combine(_temp, "recipe.txt");
        await File.WriteAllTextAsync(recipe, "Pancakes\n\nMix flour, eggs and milk. Fry in butter until golden.\n");

        var result = await Tool.Run("render", recipe, "-o", Path.Combine(_temp, "recipe.html"));

        Assert.Equal(ExitCodes.SomeFailed, result.Code);
        Assert.Contains("BP0001", result.Err, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_temp, "recipe.html")));
    }

    [Theory]
    [InlineData("render")]
    [InlineData("render a.txt b.txt")]
    public async Task Render_takes_exactly_one_input(string commandLine)
    {
        var result = await Tool.Run(commandLine.Split(' '));

        Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
    }

    [Fact]
    public async Task Render_of_a_folder_or_to_a_full_disk_is_exit_2()
    {
        var folder = await Tool.Run("render", TestFiles.SeedsDirectory);
        await using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
        var disk = await Tool.Run(new MemoryStream(), full, false, null, "render", Tool.SeedPath(Tool.TranscriptSeed));

        Assert.Equal(ExitCodes.UsageOrIoError, folder.Code);
        Assert.Equal(ExitCodes.UsageOrIoError, disk.Code);
        Assert.StartsWith("briefing: cannot write output: standard output:", Assert.Single(disk.ErrLines), StringComparison.Ordinal);
    }
}
