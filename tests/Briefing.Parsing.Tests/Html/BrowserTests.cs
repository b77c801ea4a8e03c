using System.Diagnostics;
using System.IO.Compression;
using Briefing.Parsing.Html;

namespace Briefing.Parsing.Tests.Html;

/// <summary>
/// The rendered page of each seed in headless Chromium (Debian package <c>chromium</c>, installed by <c>.ci/run</c>):
/// the DOM Chromium builds holds every element of the parse, and screenshots in the light and the dark scheme show the
/// matching background. Skipped, with the reason, when Chromium is not installed.
/// </summary>
public sealed class BrowserTests
{
    public static TheoryData<string> Seeds => [.. TestFiles.SeedNames];

    [ChromiumTheory]
    [MemberData(nameof(Seeds))]
    public void The_browsers_DOM_holds_every_element_of_the_parse(string seed)
    {
        var doc = TestFiles.Seed(seed);
        var briefing = TestFiles.Parse(doc);
        using var dir = new TempDirectory();
        string page = Path.Combine(dir.Path, seed + ".html");
        File.WriteAllText(page, BriefingPage.Render(briefing, doc.Text));

        var result = Chromium.Run(dir.Path, "--dump-dom", new Uri(page).AbsoluteUri);
        Assert.True(result.ExitCode == 0, $"chromium exited with {result.ExitCode}: {result.Stderr}");
        var dom = PageChecks.Parse(result.Stdout);
        Assert.NotNull(dom.GetElementById("source"));
        var problems = PageChecks.Problems(dom, briefing, doc.Text);
        Assert.True(problems.Count == 0, $"{seed}: {problems.Count} problems in Chromium's DOM:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Take(20)));
        Assert.NotEmpty(dom.QuerySelectorAll("#source [data-kind='answer'], #source [data-kind='statement']"));
    }

    [ChromiumTheory]
    [MemberData(nameof(Seeds))]
    public void Screenshots_show_the_light_and_the_dark_scheme(string seed)
    {
        var doc = TestFiles.Seed(seed);
        using var dir = new TempDirectory();
        string page = Path.Combine(dir.Path, seed + ".html");
        File.WriteAllText(page, BriefingPage.Render(TestFiles.Parse(doc), doc.Text));

        string light = Path.Combine(dir.Path, "light.png"), dark = Path.Combine(dir.Path, "dark.png");
        var l = Chromium.Run(dir.Path, "--screenshot=" + light, "--window-size=1280,1600", new Uri(page).AbsoluteUri);
        Assert.True(l.ExitCode == 0 && File.Exists(light), $"chromium exited with {l.ExitCode}: {l.Stderr}");
        var d = Chromium.Run(dir.Path, "--force-dark-mode", "--screenshot=" + dark, "--window-size=1280,1600", new Uri(page).AbsoluteUri);
        Assert.True(d.ExitCode == 0 && File.Exists(dark), $"chromium exited with {d.ExitCode}: {d.Stderr}");

        // The top-left pixel is the header's background: --panel, #ffffff in light, #202020 in dark.
        Assert.Equal((1280, 1600), Png.Size(light));
        Assert.Equal((255, 255, 255), Png.FirstPixel(light));
        Assert.Equal((0x20, 0x20, 0x20), Png.FirstPixel(dark));
        Keep(light, seed + "-light.png");
        Keep(dark, seed + "-dark.png");
    }

    /// <summary>Copies a screenshot to <c>$BRIEFING_SCREENSHOTS</c> when that variable names a folder, for a person to look at.</summary>
    private static void Keep(string file, string name)
    {
        if (Environment.GetEnvironmentVariable("BRIEFING_SCREENSHOTS") is not { Length: > 0 } target) return;
        Directory.CreateDirectory(target);
        File.Copy(file, Path.Combine(target, name), overwrite: true);
    }
}

/// <summary>Runs headless Chromium.</summary>
internal static class Chromium
{
    private static readonly Lazy<string?> s_path = new(Find);

    /// <summary>The chromium executable on PATH, or <see langword="null"/>.</summary>
    public static string? Path => s_path.Value;

    public static string? SkipReason => Path is null
        ? "chromium is not installed (no 'chromium' or 'chromium-browser' on PATH); install the Debian package 'chromium' (.ci/run does)"
        : null;

    public static (int ExitCode, string Stdout, string Stderr) Run(string workDirectory, params string[] arguments)
    {
        string profile = System.IO.Path.Combine(workDirectory, "profile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException(SkipReason))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workDirectory,
        };
        foreach (var a in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--user-data-dir=" + profile])
            start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException("chromium did not finish within 2 minutes: " + string.Join(' ', arguments));
        }
        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in (string[])["chromium", "chromium-browser"])
            {
                string candidate = System.IO.Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}

/// <summary>A theory skipped, with the reason, when Chromium is not installed (xunit 2 has no dynamic skip).</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when Chromium is missing.</summary>
    public ChromiumTheoryAttribute()
    {
        if (Chromium.SkipReason is { } reason) Skip = reason;
    }
}

/// <summary>Reads the size and the first pixel of an 8-bit RGB or RGBA PNG (enough to tell the page's background).</summary>
internal static class Png
{
    public static (int Width, int Height) Size(string file)
    {
        var (width, height, _, _) = Header(File.ReadAllBytes(file));
        return (width, height);
    }

    public static (int R, int G, int B) FirstPixel(string file)
    {
        byte[] png = File.ReadAllBytes(file);
        var (_, _, depth, colour) = Header(png);
        Assert.True(depth == 8 && colour is 2 or 6, $"unexpected PNG format: bit depth {depth}, colour type {colour}");
        using var idat = new MemoryStream();
        for (int i = 8; i < png.Length;)
        {
            int length = (png[i] << 24) | (png[i + 1] << 16) | (png[i + 2] << 8) | png[i + 3];
            if (png.AsSpan(i + 4, 4).SequenceEqual("IDAT"u8)) idat.Write(png, i + 8, length);
            i += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new ZLibStream(idat, CompressionMode.Decompress);
        var row = new byte[4];
        inflated.ReadExactly(row);
        // row[0] is the first scanline's filter: for its first pixel every filter adds zero, so the bytes are the pixel.
        return (row[1], row[2], row[3]);
    }

    private static (int Width, int Height, int Depth, int Colour) Header(byte[] png)
    {
        Assert.True(png.Length > 33 && png.AsSpan(0, 8).SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "not a PNG file");
        int Int(int at) => (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
        return (Int(16), Int(20), png[24], png[25]);
    }
}

/// <summary>A temporary folder deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "briefing-page-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A browser process still releasing its profile: the folder is in the temp directory and harmless.
        }
    }
}
