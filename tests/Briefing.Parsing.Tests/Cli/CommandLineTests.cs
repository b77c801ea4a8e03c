using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.Parsing.Cli;

namespace Briefing.Parsing.Tests.Cli;

/// <summary>The command line itself (System.CommandLine): help, suggestions, completions, response files, usage errors.</summary>
public sealed partial class CommandLineTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("briefing-cl-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData("--help")]
    [InlineData("parse --help")]
    [InlineData("parse -h")]
    [InlineData("detect --help")]
    [InlineData("formats --help")]
    [InlineData("completion --help")]
    public async Task Help_of_every_command_goes_to_stdout_and_exits_0(string commandLine)
    {
        var result = await Tool.Run(commandLine.Split(' '));

        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Err);
    }

    [Fact]
    public async Task Parse_help_documents_every_option_the_limit_and_its_default_and_the_exit_codes()
    {
        var help = (await Tool.Run("parse", "--help")).Out;

        foreach (var option in (string[])["--format", "--output", "--out", "--pattern", "--max-chars", "--no-progress", "--quiet"])
            Assert.Contains(option, help, StringComparison.Ordinal);
        Assert.Contains("default 16,777,216", help, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", help, StringComparison.Ordinal);
        Assert.Contains("0  all documents parsed", help, StringComparison.Ordinal);
        Assert.Contains("2  usage error, no input selected, or the output could not be written", help, StringComparison.Ordinal);
        Assert.Contains("csv", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_document_the_help_points_to_exists_in_the_repository()
    {
        var docs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var args in (string[][])[["--help"], ["parse", "--help"], ["detect", "--help"]])
            foreach (Match m in DocReference().Matches((await Tool.Run(args)).Out)) docs.Add(m.Value);

        Assert.Contains(BriefingCommand.JsonContractDoc, docs);
        foreach (var doc in docs)
            Assert.True(File.Exists(Path.Combine(TestFiles.RepositoryRoot, doc)), $"--help points to {doc}, which does not exist.");
    }

    [GeneratedRegex(@"docs/[\w.-]+\.md")]
    private static partial Regex DocReference();

    [Fact]
    public async Task A_mistyped_command_is_a_usage_error_with_a_suggestion()
    {
        var result = await Tool.Run("parze", TestFiles.SeedsDirectory);

        Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
        Assert.Equal("", result.Out);
        Assert.Contains("'parze'", result.Err, StringComparison.Ordinal);
        Assert.Contains("parse", result.Err.Replace("'parze'", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_option_is_a_usage_error_with_a_suggestion()
    {
        var result = await Tool.Run("parse", Tool.SeedPath(Tool.TranscriptSeed), "--outptu", "jsonl");

        Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
        Assert.Contains("Did you mean '--output'?", result.Err, StringComparison.Ordinal);
        Assert.Contains("briefing parse --help", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_and_inputs_can_come_from_a_response_file()
    {
        string rsp = Path.Combine(_temp, "args.rsp");
        await File.WriteAllLinesAsync(rsp, ["parse", "--output", "jsonl", Tool.SeedPath(Tool.TranscriptSeed)]);

        var result = await Tool.Run("@" + rsp);

        Assert.Equal(ExitCodes.Success, result.Code);
        var line = Assert.Single(result.OutLines);
        Assert.Equal(7, JsonDocument.Parse(line).RootElement.GetProperty("exchanges").GetArrayLength());
    }

    [Fact]
    public async Task A_missing_response_file_is_a_usage_error()
    {
        var result = await Tool.Run("@" + Path.Combine(_temp, "missing.rsp"));

        Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
        Assert.Contains("missing.rsp", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completions_offer_commands_options_and_format_ids()
    {
        var commands = await Tool.Run("[suggest:3]", "par");
        var options = await Tool.Run("[suggest:12]", "parse --outp x");
        var formats = await Tool.Run("[suggest:21]", "parse x.txt --format ");

        Assert.Equal(ExitCodes.Success, commands.Code);
        Assert.Contains("parse", commands.OutLines);
        Assert.Contains("--output", options.OutLines);
        Assert.Contains("mfa-transcript", formats.OutLines);
        Assert.Contains("news-report", formats.OutLines);
    }

    [Theory]
    [InlineData("bash", "complete -o default")]
    [InlineData("zsh", "compdef _briefing briefing")]
    public async Task Completion_prints_a_script_that_asks_the_tool(string shell, string expected)
    {
        var result = await Tool.Run("completion", shell);

        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
        Assert.Contains("[suggest:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_is_printed()
    {
        var result = await Tool.Run("--version");

        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }

    [Theory]
    [InlineData("parse x.txt --max-chars 0")]
    [InlineData("parse x.txt --max-chars lots")]
    [InlineData("detect x.txt --output csv")]
    [InlineData("parse x.txt --output")]
    [InlineData("formats extra")]
    public async Task Bad_option_values_are_usage_errors(string commandLine)
    {
        var result = await Tool.Run(commandLine.Split(' '));

        Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
        Assert.NotEqual("", result.Err);
    }

    [Fact]
    public async Task Options_may_follow_or_precede_the_inputs_and_double_dash_ends_options()
    {
        string dashed = Path.Combine(_temp, "--odd.txt");
        File.Copy(Tool.SeedPath(Tool.TranscriptSeed), dashed);

        var before = await Tool.Run("parse", "--output", "jsonl", Tool.SeedPath(Tool.TranscriptSeed));
        var after = await Tool.Run("parse", Tool.SeedPath(Tool.TranscriptSeed), "-o", "jsonl");
        var odd = await Tool.Run("parse", "-o", "jsonl", "--", dashed);

        Assert.Equal(before.Out, after.Out);
        Assert.Equal(ExitCodes.Success, odd.Code);
        Assert.Single(odd.OutLines);
    }
}
