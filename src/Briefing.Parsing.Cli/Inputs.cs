namespace Briefing.Parsing.Cli;

/// <summary>One document to read: a file, or standard input.</summary>
/// <param name="Source">The name written to the output's <c>source</c>: the path as given (files under a folder: the folder joined with the relative path), or "-".</param>
/// <param name="Path">The file path, or <see langword="null"/> for standard input.</param>
/// <param name="RelativeName">The name used for output files (relative to the folder it was found in).</param>
/// <param name="FromFolder">Whether it was found by reading a folder.</param>
internal sealed record Input(string Source, string? Path, string RelativeName, bool FromFolder)
{
    /// <summary>The file's size in bytes when it was listed, or -1 when unknown (standard input, a file named on the command line).</summary>
    public long Length { get; init; } = -1;

    /// <summary>Whether this is standard input.</summary>
    public bool IsStandardInput => Path is null;
}

/// <summary>The inputs a command line selects, and the folders or files that could not be listed.</summary>
internal sealed record InputSelection(List<Input> Inputs, List<(string Source, string Message)> Failures, List<string> EmptyFolders);

/// <summary>Expands the command line's files and folders into inputs, in order.</summary>
internal static class Inputs
{
    /// <summary>
    /// Files and '-' are taken as given (a missing file is reported when it is read, in its place in the batch);
    /// folders are walked recursively and their files matching any of <paramref name="patterns"/> are taken in ordinal
    /// order of their relative paths. A subfolder that cannot be listed is reported and the rest of the tree is still
    /// read. Symbolic links to folders are not followed (a link to a file is read like the file).
    /// </summary>
    public static InputSelection Expand(IReadOnlyList<string> args, IReadOnlyList<Glob> patterns, ToolConsole console)
    {
        var result = new InputSelection([], [], []);
        bool stdinUsed = false;
        foreach (var arg in args)
        {
            if (arg == "-")
            {
                if (!stdinUsed) result.Inputs.Add(new Input("-", null, "stdin", false));
                stdinUsed = true;
                continue;
            }
            if (Directory.Exists(arg))
            {
                var found = new List<(string Relative, string Full, long Length)>();
                Walk(new DirectoryInfo(arg), arg, "", patterns, console, found, result.Failures);
                if (found.Count == 0) result.EmptyFolders.Add(arg);
                found.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
                foreach (var (relative, full, length) in found)
                    result.Inputs.Add(new Input(System.IO.Path.Join(arg, relative), full, relative, true) { Length = length });
                continue;
            }
            result.Inputs.Add(new Input(arg, arg, System.IO.Path.GetFileName(arg), false));
        }
        return result;
    }

    private static void Walk(DirectoryInfo folder, string root, string relative, IReadOnlyList<Glob> patterns, ToolConsole console,
        List<(string, string, long)> found, List<(string, string)> failures)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. console.EnumerateFolder(folder)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            failures.Add((relative.Length == 0 ? root : System.IO.Path.Join(root, relative), $"cannot read folder: {e.Message}"));
            return;
        }
        foreach (var entry in entries)
        {
            string path = relative.Length == 0 ? entry.Name : System.IO.Path.Join(relative, entry.Name);
            if (entry is DirectoryInfo sub)
            {
                if ((sub.Attributes & FileAttributes.ReparsePoint) == 0) Walk(sub, root, path, patterns, console, found, failures);
                continue;
            }
            if (!patterns.Any(p => p.IsMatch(path))) continue;
            long length;
            try
            {
                length = entry is FileInfo file ? file.Length : -1;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                length = -1; // a broken link or a file that vanished: reported when it is read
            }
            found.Add((path, entry.FullName, length));
        }
    }
}
