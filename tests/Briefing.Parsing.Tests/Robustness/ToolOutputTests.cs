using System.Diagnostics;
using Briefing.Parsing.Cli;
using Briefing.Parsing.Tests.Cli;

namespace Briefing.Parsing.Tests.Robustness;

/// <summary>
/// Issue 10, "the tool crashes": every failing output target is exit 2 with one clear line, and no half-written file is
/// left. The cases the <c>cli</c> branch fixed (stdout and <c>--out … --output jsonl</c> on a full disk, patterns outside
/// the folder, stdin over the limit, unreadable folders, empty selections, invalid UTF-8) are
/// <see cref="Cli.RobustnessTests"/>; these are the targets found failing after it: standard error on a full disk (the
/// tool's own error message crashed it, exit 134), <c>--out</c> naming a file, an output name that is a folder, and a
/// folder that refuses new files.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ToolOutputTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("briefing-targets-").FullName;

    public void Dispose()
    {
        foreach (var dir in Directory.GetDirectories(_temp, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(_temp, recursive: true);
    }

    /// <summary>Runs the real tool through <c>/bin/sh</c> with the given redirections; returns its exit code and standard error.</summary>
    private static async Task<(int Code, string Err)> Shell(string arguments, string redirections)
    {
        string tool = Path.Combine(AppContext.BaseDirectory, "briefing.dll");
        // Standard error goes to a file when it is not itself the target, so that the test can read it.
        string errFile = Path.GetTempFileName();
        string command = redirections.Contains("2>", StringComparison.Ordinal)
            ? $"exec dotnet \"{tool}\" {arguments} {redirections}"
            : $"exec dotnet \"{tool}\" {arguments} {redirections} 2>\"{errFile}\"";
        var start = new ProcessStartInfo("/bin/sh", ["-c", command]) { UseShellExecute = false, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        string shellErr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        string err = shellErr + await File.ReadAllTextAsync(errFile);
        File.Delete(errFile);
        return (process.ExitCode, err);
    }

    [Theory]
    [InlineData("parse {seeds}", ">/dev/full 2>/dev/full", ExitCodes.UsageOrIoError)]
    [InlineData("parse {seeds} --output jsonl", ">/dev/full 2>&-", ExitCodes.UsageOrIoError)]
    [InlineData("detect {seeds}", ">/dev/full 2>/dev/full", ExitCodes.UsageOrIoError)]
    [InlineData("parse /no/such/file.txt {seeds}", ">/dev/null 2>/dev/full", ExitCodes.SomeFailed)]
    [InlineData("parse --no-such-option", ">/dev/null 2>/dev/full", ExitCodes.UsageOrIoError)]
    [InlineData("parse {seeds}", ">/dev/null 2>/dev/full", ExitCodes.Success)]
    public async Task Standard_error_on_a_full_disk_or_closed_never_crashes_the_tool(string arguments, string redirections, int expected)
    {
        var (code, err) = await Shell(arguments.Replace("{seeds}", $"\"{TestFiles.SeedsDirectory}\"", StringComparison.Ordinal), redirections);

        Assert.True(code == expected, $"exit {code}, expected {expected}; the shell said: {err}");
    }

    [Fact]
    public void The_best_effort_writer_drops_what_it_cannot_write_and_never_throws()
    {
        using var writer = new BestEffortWriter(new StreamWriter(new FileStream("/dev/full", FileMode.Open, FileAccess.Write)) { AutoFlush = true });

        writer.WriteLine("briefing: cannot write output: standard output: No space left on device");
        writer.Write('x');
        writer.Write("y");
        writer.Flush();

        Assert.True(writer.IsBroken);
        writer.Dispose(); // the inner writer's last flush fails too, and is dropped
    }

    [Fact]
    public async Task An_out_folder_that_is_a_file_is_exit_2_with_one_line_and_the_file_is_untouched()
    {
        string file = Path.Combine(_temp, "results");
        await File.WriteAllTextAsync(file, "keep me\n");

        foreach (var output in new[] { "json", "jsonl", "csv" })
        {
            var result = await Tool.Run("parse", TestFiles.SeedsDirectory, "--out", file, "--output", output);

            Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
            Assert.Equal($"briefing: cannot write output: {file}: is a file, not a folder (--out names the folder the files are written to).", Assert.Single(result.ErrLines));
            Assert.Equal("", result.Out);
        }
        Assert.Equal("keep me\n", await File.ReadAllTextAsync(file));
    }

    [Theory]
    [InlineData("jsonl", "briefings.jsonl")]
    [InlineData("csv", "briefings.csv")]
    [InlineData("json", Tool.NewsSeed + ".json")]
    public async Task An_output_file_name_taken_by_a_folder_is_exit_2_and_leaves_no_temporary_file(string output, string taken)
    {
        string outDir = Path.Combine(_temp, "out");
        Directory.CreateDirectory(Path.Combine(outDir, taken));

        var result = await Tool.Run("parse", TestFiles.SeedsDirectory, "--out", outDir, "--output", output);

        Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
        Assert.StartsWith($"briefing: cannot write output: {Path.Join(outDir, taken)}: ", Assert.Single(result.ErrLines), StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(outDir), e => Path.GetFileName(e).EndsWith(".tmp", StringComparison.Ordinal));
        Assert.True(Directory.Exists(Path.Combine(outDir, taken)));
    }

    [Fact]
    public async Task A_folder_that_refuses_new_files_is_exit_2_with_one_line()
    {
        // What a read-only folder does to the tool, for any user (root writes into a folder of mode 0555).
        string outDir = Path.Combine(_temp, "readonly");
        Directory.CreateDirectory(outDir);

        foreach (var output in new[] { "json", "jsonl", "csv" })
        {
            var result = await Tool.RunWith(
                (i, o, e) => new TestConsole(i, o, e, false) { CreateFileHook = path => throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.") },
                "parse", TestFiles.SeedsDirectory, "--out", outDir, "--output", output);

            Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
            Assert.Matches(@"^briefing: cannot write output: .*: Access to the path '.*' is denied\.$", Assert.Single(result.ErrLines));
            Assert.Empty(Directory.GetFileSystemEntries(outDir));
        }
    }

    [NotRootFact]
    public async Task A_read_only_folder_is_exit_2_with_one_line()
    {
        string outDir = Path.Combine(_temp, "mode0555");
        Directory.CreateDirectory(outDir);
        File.SetUnixFileMode(outDir, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var result = await Tool.Run("parse", TestFiles.SeedsDirectory, "--out", outDir, "--output", "jsonl");

        Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
        Assert.StartsWith("briefing: cannot write output:", Assert.Single(result.ErrLines), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(outDir));
    }
}
