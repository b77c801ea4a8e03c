using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Briefing.Parsing.Tests.Text;

/// <summary>
/// The committed variant table against the data it serves (every Chinese name of the built-in directories) and
/// against its source (tools/opencc/generate.py run again over OpenCC's tables gives the same bytes).
/// </summary>
public sealed class ChineseVariantDataTests
{
    private const string DataFile = "src/Briefing.Parsing/Text/Data/chinese-variants.txt";

    /// <summary>Every string of the embedded spokesperson and outlet directories that holds a Han character.</summary>
    public static IReadOnlyList<string> DirectoryChineseNames()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var resource in (ReadOnlySpan<string>)["spokespersons.json", "outlets.json"])
        {
            using var stream = typeof(BriefingParser).Assembly.GetManifestResourceStream("Briefing.Parsing.Directories." + resource)
                ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
            using var document = JsonDocument.Parse(stream);
            Collect(document.RootElement, names);
        }
        return [.. names];

        static void Collect(JsonElement element, SortedSet<string> into)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject()) Collect(property.Value, into);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray()) Collect(item, into);
                    break;
                case JsonValueKind.String:
                    string value = element.GetString()!;
                    if (value.AsSpan().ContainsAnyInRange('\u3400', '\u9FFF')) into.Add(value);
                    break;
            }
        }
    }

    [Fact]
    public void The_directories_hold_many_Chinese_names()
    {
        var names = DirectoryChineseNames();
        Assert.True(names.Count >= 100, $"only {names.Count} Chinese names found in the directories");
        Assert.Contains("毛宁", names);
        Assert.Contains("华春莹", names);
        Assert.Contains("新华社", names);
    }

    [Fact]
    public void Every_Chinese_name_of_the_directories_is_simplified_and_its_traditional_form_folds_back_to_it()
    {
        var failures = new List<string>();
        int changed = 0;
        foreach (string name in DirectoryChineseNames())
        {
            string traditional = ChineseText.ToTraditional(name);
            if (traditional != name) changed++;
            if (traditional.Length != name.Length) failures.Add($"{name}: the traditional form {traditional} has another length");
            if (ChineseText.ToSimplified(name) != name) failures.Add($"{name}: folds to {ChineseText.ToSimplified(name)}, so it is not simplified");
            if (ChineseText.ToSimplified(traditional) != name) failures.Add($"{name} → {traditional} folds back to {ChineseText.ToSimplified(traditional)}");
            if (ChineseText.ToTraditional(ChineseText.ToSimplified(traditional)) != traditional) failures.Add($"{traditional} does not round-trip");
            if (ChineseText.CountTraditionalOnly(name) != 0) failures.Add($"{name}: counted as holding traditional-only characters");
            if (traditional != name && ChineseText.CountTraditionalOnly(traditional) == 0) failures.Add($"{traditional}: no traditional-only character counted");
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(changed >= 50, $"only {changed} names have a traditional form that differs");
    }

    /// <summary>Runs the generator over the installed OpenCC tables and compares its output with the committed file.</summary>
    [OpenCcFact]
    public void The_generator_gives_the_committed_file_byte_for_byte()
    {
        string output = Path.Combine(Path.GetTempPath(), $"chinese-variants-{Guid.NewGuid():N}.txt");
        try
        {
            var start = new ProcessStartInfo("python3")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = TestFiles.RepositoryRoot,
            };
            foreach (var arg in (ReadOnlySpan<string>)["tools/opencc/generate.py", "--source", OpenCcFactAttribute.SourceDirectory, "--output", output])
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), "the generator did not finish within 2 minutes");
            Assert.True(process.ExitCode == 0, $"generate.py exited with {process.ExitCode}: {stdout}{stderr.Result}");

            byte[] generated = File.ReadAllBytes(output);
            // A checkout with CRLF line ends (git autocrlf) holds the same data.
            byte[] committed = Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, DataFile)).Replace("\r\n", "\n", StringComparison.Ordinal));
            if (!generated.AsSpan().SequenceEqual(committed))
            {
                string[] a = Encoding.UTF8.GetString(committed).Split('\n'), b = Encoding.UTF8.GetString(generated).Split('\n');
                int line = 0;
                while (line < a.Length && line < b.Length && a[line] == b[line]) line++;
                Assert.Fail($"{DataFile} differs from a fresh run of tools/opencc/generate.py over {OpenCcFactAttribute.SourceDirectory} " +
                    $"(a different OpenCC version?) first at line {line + 1}: committed '{(line < a.Length ? a[line] : "<end>")}', " +
                    $"generated '{(line < b.Length ? b[line] : "<end>")}'. Regenerate it with python3 tools/opencc/generate.py.");
            }
        }
        finally
        {
            File.Delete(output);
        }
    }
}

/// <summary>
/// A fact that needs OpenCC's character tables (Debian: <c>apt-get install -y libopencc-data opencc</c>, which
/// <c>.ci/run</c> does) and python3; skipped, saying why, when they are absent.
/// </summary>
public sealed class OpenCcFactAttribute : FactAttribute
{
    /// <summary>Where Debian installs OpenCC's tables.</summary>
    public const string SourceDirectory = "/usr/share/opencc";

    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the generator cannot run here.</summary>
    public OpenCcFactAttribute()
    {
        if (SkipReason() is { } reason) Skip = reason;
    }

    private static string? SkipReason()
    {
        const string install = "install them with 'apt-get install -y libopencc-data opencc'";
        if (FindOnPath("python3") is null) return "python3 is not on PATH, so tools/opencc/generate.py cannot run";
        foreach (var table in (ReadOnlySpan<string>)["TSCharacters", "STCharacters"])
        {
            if (File.Exists(Path.Combine(SourceDirectory, table + ".txt"))) continue;
            if (!File.Exists(Path.Combine(SourceDirectory, table + ".ocd2")))
                return $"OpenCC's table {table} is not in {SourceDirectory}; {install}";
            if (FindOnPath("opencc_dict") is null)
                return $"{SourceDirectory}/{table}.ocd2 needs OpenCC's opencc_dict, which is not on PATH; {install}";
        }
        return null;
    }

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
}
