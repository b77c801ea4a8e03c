using System.Text;

namespace Briefing.Parsing.Cli;

/// <summary>One document to read: a file, or standard input.</summary>
/// <param name="Source">The name written to the JSON's <c>source</c>: the path as given (files under a folder: the folder joined with the relative path), or "-".</param>
/// <param name="Path">The file path, or <see langword="null"/> for standard input.</param>
/// <param name="RelativeName">The name used for output files (relative to the folder it was found in).</param>
/// <param name="FromFolder">Whether it was found by reading a folder.</param>
internal sealed record Input(string Source, string? Path, string RelativeName, bool FromFolder)
{
    /// <summary>Reads the document; an unreadable, binary or over-long input comes back as an error message.</summary>
    public async Task<(string? Value, string? Error)> ReadAsync(TextReader stdin, int maxLength)
    {
        string text;
        try
        {
            if (Path is null)
            {
                text = await stdin.ReadToEndAsync().ConfigureAwait(false);
            }
            else
            {
                var info = new FileInfo(Path);
                if (!info.Exists) return (null, "no such file or folder.");
                // UTF-8 may take up to 3 bytes per UTF-16 code unit; anything larger than that bound is surely too long.
                if (info.Length > (long)maxLength * 3) return (null, $"the file is {info.Length:N0} bytes; the limit is {maxLength:N0} characters.");
                text = await File.ReadAllTextAsync(Path, Encoding.UTF8).ConfigureAwait(false);
            }
        }
        catch (IOException e)
        {
            return (null, $"cannot read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return (null, $"cannot read: {e.Message}");
        }
        if (text.Length > maxLength) return (null, $"the text is {text.Length:N0} characters; the limit is {maxLength:N0}.");
        if (text.Contains('\0', StringComparison.Ordinal)) return (null, "not a text file (it contains NUL characters).");
        return (text, null);
    }
}

/// <summary>Expands the command line's files and folders into inputs, in order.</summary>
internal static class Inputs
{
    public static List<Input> Expand(IReadOnlyList<string> args, string pattern, TextWriter stderr, out int failed)
    {
        failed = 0;
        var result = new List<Input>();
        bool stdinUsed = false;
        foreach (var arg in args)
        {
            if (arg == "-")
            {
                if (!stdinUsed) result.Add(new Input("-", null, "stdin", false));
                stdinUsed = true;
                continue;
            }
            if (Directory.Exists(arg))
            {
                string[] files;
                try
                {
                    files = Directory.GetFiles(arg, pattern, SearchOption.AllDirectories);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"briefing: {arg}: cannot read folder: {e.Message}");
                    failed++;
                    continue;
                }
                var relative = files.Select(f => (File: f, Rel: System.IO.Path.GetRelativePath(arg, f))).OrderBy(x => x.Rel, StringComparer.Ordinal);
                foreach (var (file, rel) in relative)
                    result.Add(new Input(System.IO.Path.Join(arg, rel), file, rel, true));
                continue;
            }
            // A missing file is reported when it is read, in its place in the batch.
            result.Add(new Input(arg, arg, System.IO.Path.GetFileName(arg), false));
        }
        return result;
    }
}
