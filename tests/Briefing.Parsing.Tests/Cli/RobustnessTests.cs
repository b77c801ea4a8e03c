using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Briefing.Parsing.Cli;

namespace Briefing.Parsing.Tests.Cli;

/// <summary>Output errors, atomic files, confined patterns, bounded reading, unreadable inputs, invalid UTF-8, empty selections.</summary>
/// <remarks>Unix only: they use /dev/full, /dev/zero, symbolic links and file modes.</remarks>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class RobustnessTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("briefing-robust-").FullName;

    public void Dispose()
    {
        foreach (var dir in Directory.GetDirectories(_temp, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(_temp, recursive: true);
    }

    private string Folder(string name, params (string Name, string Text)[] files)
    {
        string folder = Path.Combine(_temp, name);
        Directory.CreateDirectory(folder);
        foreach (var (file, text) in files)
        {
            string path = Path.Combine(folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        return folder;
    }

    private static string Transcript => File.ReadAllText(Tool.SeedPath(Tool.TranscriptSeed));

    // ---- output errors -------------------------------------------------------------------------------------------

    [Fact]
    public async Task Standard_output_on_a_full_disk_is_exit_2_with_one_line()
    {
        await using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);

        var result = await Tool.Run(new MemoryStream(), full, false, null, "parse", TestFiles.SeedsDirectory);

        Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
        var line = Assert.Single(result.ErrLines);
        Assert.StartsWith("briefing: cannot write output: standard output: No space left on device", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public async Task Every_output_shape_on_a_full_standard_output_is_exit_2(string output)
    {
        await using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);

        var result = await Tool.Run(new MemoryStream(), full, false, null, "parse", TestFiles.SeedsDirectory, "--output", output);

        Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
        Assert.StartsWith("briefing: cannot write output:", Assert.Single(result.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_process_on_dev_full_exits_2_and_does_not_crash()
    {
        string tool = Path.Combine(AppContext.BaseDirectory, "briefing.dll");
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"exec dotnet \"{tool}\" parse \"{TestFiles.SeedsDirectory}\" > /dev/full"])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        string stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(ExitCodes.UsageOrIoError, process.ExitCode);
        Assert.Equal("briefing: cannot write output: standard output: No space left on device", stderr.Trim());
    }

    [Fact]
    public async Task Out_folder_as_json_lines_on_a_full_disk_is_exit_2_and_leaves_no_file()
    {
        string outDir = Path.Combine(_temp, "out");

        var result = await Tool.RunWith(
            (i, o, e) => new TestConsole(i, o, e, false) { CreateFileHook = path => new FullDiskStream(new FileStream(path, FileMode.CreateNew), 1000) },
            "parse", TestFiles.SeedsDirectory, "--out", outDir, "--output", "jsonl");

        Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
        var line = Assert.Single(result.ErrLines);
        Assert.Matches(@"^briefing: cannot write output: .*briefings\.jsonl: No space left on device$", line);
        Assert.Empty(Directory.GetFileSystemEntries(outDir));
    }

    [Fact]
    public async Task Out_folder_as_json_lines_on_dev_full_is_exit_2()
    {
        string outDir = Path.Combine(_temp, "out");

        var result = await Tool.RunWith(
            (i, o, e) => new TestConsole(i, o, e, false) { CreateFileHook = _ => new FileStream("/dev/full", FileMode.Open, FileAccess.Write) },
            "parse", TestFiles.SeedsDirectory, "--out", outDir, "--output", "jsonl");

        Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
        Assert.Single(result.ErrLines);
        Assert.False(File.Exists(Path.Combine(outDir, "briefings.jsonl")));
    }

    [Fact]
    public async Task Out_folder_never_holds_a_half_written_file()
    {
        string outDir = Path.Combine(_temp, "out");
        Directory.CreateDirectory(outDir);
        string previous = Path.Combine(outDir, $"{Tool.TranscriptSeed}.json");
        await File.WriteAllTextAsync(previous, "{\"previous\": true}\n");
        int created = 0;

        // The first file fits, the second runs out of space half-way.
        var result = await Tool.RunWith(
            (i, o, e) => new TestConsole(i, o, e, false)
            {
                CreateFileHook = path => new FullDiskStream(new FileStream(path, FileMode.CreateNew), ++created == 1 ? long.MaxValue : 2000),
            },
            "parse", TestFiles.SeedsDirectory, "--out", outDir);

        Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
        Assert.Single(result.ErrLines);
        var files = Directory.GetFileSystemEntries(outDir).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal([$"{Tool.NewsSeed}.json", $"{Tool.TranscriptSeed}.json"], files);
        using (JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, $"{Tool.NewsSeed}.json")))) { }
        Assert.Equal("{\"previous\": true}\n", await File.ReadAllTextAsync(previous));
    }

    [Fact]
    public async Task Out_folder_files_replace_previous_ones_only_when_complete()
    {
        string outDir = Path.Combine(_temp, "out");
        Directory.CreateDirectory(outDir);
        await File.WriteAllTextAsync(Path.Combine(outDir, "briefings.jsonl"), "old\n");

        var result = await Tool.Run("parse", TestFiles.SeedsDirectory, "--out", outDir, "--output", "jsonl");

        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Equal(["briefings.jsonl"], Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName));
        Assert.Equal(2, (await File.ReadAllLinesAsync(Path.Combine(outDir, "briefings.jsonl"))).Length);
    }

    [Fact]
    public async Task An_out_folder_that_cannot_be_created_is_exit_2()
    {
        string file = Path.Combine(_temp, "file");
        await File.WriteAllTextAsync(file, "x");

        var result = await Tool.Run("parse", TestFiles.SeedsDirectory, "--out", Path.Combine(file, "sub"));

        Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
        Assert.StartsWith("briefing: cannot write output:", Assert.Single(result.ErrLines), StringComparison.Ordinal);
    }

    // ---- patterns ------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("/etc/*.txt")]
    [InlineData("../*.txt")]
    [InlineData("sub/../../*.txt")]
    [InlineData("..")]
    public async Task Patterns_reaching_outside_the_folder_are_usage_errors(string pattern)
    {
        var result = await Tool.Run("parse", TestFiles.SeedsDirectory, "--pattern", pattern);

        Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
        Assert.Equal("", result.Out);
        Assert.Contains("--pattern", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patterns_match_names_at_any_depth_or_relative_paths()
    {
        string folder = Folder("tree", ("a.txt", Transcript), ("2024/b.txt", Transcript), ("2024/deep/c.txt", Transcript), ("2023/d.md", Transcript));

        async Task<string[]> Sources(params string[] patterns)
        {
            var args = new List<string> { "parse", folder, "--output", "jsonl" };
            foreach (var p in patterns) args.AddRange(["--pattern", p]);
            var result = await Tool.Run([.. args]);
            return [.. result.OutLines.Select(l => Path.GetRelativePath(folder, JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!).Replace('\\', '/'))];
        }

        Assert.Equal(["2024/b.txt", "2024/deep/c.txt", "a.txt"], await Sources());
        Assert.Equal(["2024/b.txt"], await Sources("2024/*.txt"));
        Assert.Equal(["2024/b.txt", "2024/deep/c.txt"], await Sources("2024/**/*.txt"));
        Assert.Equal(["2023/d.md", "2024/b.txt", "2024/deep/c.txt", "a.txt"], await Sources("*.txt", "*.md"));
        Assert.Equal(["2024/deep/c.txt"], await Sources("**/deep/?.txt"));
    }

    [Theory]
    [InlineData("*.txt", "a.txt", true)]
    [InlineData("*.txt", "x/y/a.txt", true)]
    [InlineData("*.txt", "a.txt.bak", false)]
    [InlineData("a*b*c", "abbbc", true)]
    [InlineData("a*b*c", "abbbd", false)]
    [InlineData("x/*.txt", "x/a.txt", true)]
    [InlineData("x/*.txt", "x/y/a.txt", false)]
    [InlineData("**/a.txt", "a.txt", true)]
    [InlineData("**/a.txt", "p/q/a.txt", true)]
    [InlineData("./x/?.txt", "x/a.txt", true)]
    public void Glob_matches_as_documented(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Glob.Create(pattern).IsMatch(path));

    // ---- selection -----------------------------------------------------------------------------------------------

    [Fact]
    public async Task An_empty_folder_is_exit_2_with_a_message()
    {
        string empty = Folder("empty");

        var result = await Tool.Run("parse", empty);

        Assert.Equal(ExitCodes.UsageOrIoError, result.Code);
        Assert.Equal("", result.Out);
        Assert.Contains("no input", result.Err, StringComparison.Ordinal);
        Assert.Contains("*.txt", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_with_no_matching_file_beside_other_inputs_is_a_warning()
    {
        string empty = Folder("nothing", ("notes.md", "x"));

        var result = await Tool.Run("parse", empty, Tool.SeedPath(Tool.TranscriptSeed), "--output", "jsonl");

        Assert.Equal(ExitCodes.Success, result.Code);
        Assert.Single(result.OutLines);
        Assert.Contains("no file matches *.txt", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_subfolder_is_reported_and_the_rest_of_the_tree_is_read()
    {
        string folder = Folder("tree", ("a.txt", Transcript), ("locked/b.txt", Transcript), ("z/c.txt", Transcript));

        var result = await Tool.RunWith(
            (i, o, e) => new TestConsole(i, o, e, false)
            {
                EnumerateHook = dir => dir.Name == "locked" ? throw new UnauthorizedAccessException($"Access to the path '{dir.FullName}' is denied.") : null,
            },
            "parse", folder, "--output", "jsonl");

        Assert.Equal(ExitCodes.SomeFailed, result.Code);
        Assert.Equal(2, result.OutLines.Length);
        Assert.Contains(result.ErrLines, l => l.StartsWith($"briefing: {Path.Join(folder, "locked")}: cannot read folder:", StringComparison.Ordinal));
        Assert.Contains("2 of 2 documents done, 0 failed, 1 folder could not be read", result.Err, StringComparison.Ordinal);
    }

    [NotRootFact]
    public async Task A_subfolder_without_permissions_is_reported_and_the_rest_of_the_tree_is_read()
    {
        string folder = Folder("tree", ("a.txt", Transcript), ("locked/b.txt", Transcript));
        File.SetUnixFileMode(Path.Combine(folder, "locked"), UnixFileMode.None);

        var result = await Tool.Run("parse", folder, "--output", "jsonl");

        Assert.Equal(ExitCodes.SomeFailed, result.Code);
        Assert.Single(result.OutLines);
        Assert.Contains("cannot read folder", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_file_is_reported_and_the_batch_goes_on()
    {
        string folder = Folder("files", ("a.txt", Transcript), ("c.txt", Transcript));
        File.CreateSymbolicLink(Path.Combine(folder, "b.txt"), "b.txt"); // a link to itself: reading it fails, even as root

        var result = await Tool.Run("parse", folder, "--output", "jsonl");

        Assert.Equal(ExitCodes.SomeFailed, result.Code);
        Assert.Equal(2, result.OutLines.Length);
        Assert.Contains(result.ErrLines, l => l.StartsWith($"briefing: {Path.Join(folder, "b.txt")}: cannot read", StringComparison.Ordinal));
    }

    // ---- size limit ----------------------------------------------------------------------------------------------

    [Fact]
    public async Task Standard_input_larger_than_the_limit_is_not_read_whole()
    {
        var endless = new EndlessStream((byte)'a');

        var result = await Tool.Run(endless, null, false, null, "parse", "-", "--max-chars", "100000");

        Assert.Equal(ExitCodes.SomeFailed, result.Code);
        Assert.Contains("-: the text is longer than the limit of 100,000 characters", result.Err, StringComparison.Ordinal);
        Assert.InRange(endless.BytesRead, 100_000, 2_000_000);
    }

    [Fact]
    public async Task A_device_without_end_is_read_only_up_to_the_limit()
    {
        var result = await Tool.Run("parse", "/dev/zero", Tool.SeedPath(Tool.TranscriptSeed), "--output", "jsonl", "--max-chars", "100000");

        Assert.Equal(ExitCodes.SomeFailed, result.Code);
        Assert.Contains("/dev/zero: the text is longer than the limit of 100,000 characters", result.Err, StringComparison.Ordinal);
        Assert.Single(result.OutLines);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_reported_and_the_others_are_parsed()
    {
        string folder = Folder("big", ("a.txt", Transcript), ("b.txt", new string('x', 50_000) + "\n"));

        var result = await Tool.Run("parse", folder, "--output", "jsonl", "--max-chars", "40000");
        var surely = await Tool.Run("parse", folder, "--output", "jsonl", "--max-chars", "15000");
        var within = await Tool.Run("parse", Path.Combine(folder, "b.txt"), "--max-chars", "60000");

        Assert.Equal(ExitCodes.SomeFailed, result.Code);
        Assert.Single(result.OutLines);
        Assert.Contains("b.txt: the text is longer than the limit of 40,000 characters (--max-chars)", result.Err, StringComparison.Ordinal);
        // More than three bytes per allowed character: refused before reading.
        Assert.Contains("b.txt: the file is 50,001 bytes, over the limit of 15,000 characters", surely.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("limit", within.Err, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(within.Out).RootElement.ValueKind);
    }

    [Fact]
    public async Task The_limit_counts_characters_not_bytes()
    {
        // 3,000 CJK characters are 9,000 bytes of UTF-8: within a 4,000-character limit.
        string folder = Folder("cjk", ("zh.txt", new string('中', 3000) + "\n"));

        var result = await Tool.Run("parse", Path.Combine(folder, "zh.txt"), "--max-chars", "4000");

        Assert.DoesNotContain("limit", result.Err, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(result.Out).RootElement.ValueKind);
    }

    // ---- encoding ------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Invalid_utf8_gets_a_diagnostic_with_the_byte_offset_and_is_still_parsed()
    {
        byte[] good = Encoding.UTF8.GetBytes(Transcript);
        int cut = Encoding.UTF8.GetByteCount(Transcript.AsSpan(0, 200));
        byte[] bad = [.. good.AsSpan(0, cut), 0xC3, 0x28, .. good.AsSpan(cut)];
        string path = Path.Combine(_temp, "latin1.txt");
        await File.WriteAllBytesAsync(path, bad);

        var result = await Tool.Run("parse", path);

        Assert.Equal(ExitCodes.Success, result.Code);
        var root = JsonDocument.Parse(result.Out).RootElement;
        var diagnostic = root.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == DiagnosticCodes.InvalidUtf8);
        Assert.Equal("BP0004", DiagnosticCodes.InvalidUtf8);
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Contains($"byte offset {cut}", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(200, diagnostic.GetProperty("span").GetProperty("start").GetInt32());
        Assert.Equal(7, root.GetProperty("exchanges").GetArrayLength());
    }

    [Fact]
    public async Task Valid_utf8_with_a_byte_order_mark_has_no_encoding_diagnostic()
    {
        string path = Path.Combine(_temp, "bom.txt");
        await File.WriteAllBytesAsync(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Transcript)]);

        var result = await Tool.Run("parse", path);
        var fromText = await Tool.Run("parse", Tool.SeedPath(Tool.TranscriptSeed));

        var root = JsonDocument.Parse(result.Out).RootElement;
        Assert.DoesNotContain(root.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == DiagnosticCodes.InvalidUtf8);
        Assert.Equal(JsonDocument.Parse(fromText.Out).RootElement.GetProperty("exchanges").ToString(), root.GetProperty("exchanges").ToString());
    }

    [Fact]
    public async Task Invalid_utf8_on_standard_input_is_reported_too()
    {
        byte[] prefix = Encoding.UTF8.GetBytes("Q: Hello?\nA: Fine. — ok");
        byte[] bytes = [.. prefix, 0xFF, .. "\n"u8];

        var result = await Tool.Run(new MemoryStream(bytes), null, false, null, "parse", "-");

        var root = JsonDocument.Parse(result.Out).RootElement;
        var diagnostic = root.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal(DiagnosticCodes.InvalidUtf8, diagnostic.GetProperty("code").GetString());
        Assert.Contains($"byte offset {prefix.Length}", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    // ---- order ---------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Many_documents_parsed_in_parallel_come_out_in_input_order()
    {
        var files = Enumerable.Range(0, 60).Select(i => ($"{i:D3}.txt", i % 7 == 3 ? "not a briefing at all\n" : Transcript)).ToArray();
        string folder = Folder("many", files);

        var result = await Tool.Run("parse", folder, "--output", "jsonl");

        Assert.Equal(ExitCodes.SomeFailed, result.Code);
        Assert.Equal(files.Select(f => Path.Join(folder, f.Item1)), result.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()));
        Assert.Contains("51 of 60 documents done, 9 failed", result.Err, StringComparison.Ordinal);
    }
}

/// <summary>A fact that only runs when the process cannot read a folder without permissions (root can).</summary>
public sealed class NotRootFactAttribute : FactAttribute
{
    /// <summary>Skips, saying why, when running as root.</summary>
    public NotRootFactAttribute()
    {
        if (Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root")
            Skip = "Runs only as a user who is denied a folder with mode 000; root reads it anyway (the in-process test with an unreadable folder covers this case).";
    }
}
