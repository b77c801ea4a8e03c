namespace Briefing.Parsing.Cli;

/// <summary>
/// A file pattern relative to a folder given on the command line, confined to that folder. A pattern without '/'
/// (<c>*.txt</c>) matches file names at any depth; one with '/' (<c>2024/*.txt</c>, <c>**/mfa/*.txt</c>) matches the
/// path relative to the folder, where <c>**</c> stands for any number of folders. <c>*</c> matches any characters
/// but '/', <c>?</c> one character. Absolute patterns and patterns with a <c>..</c> segment are refused: a folder's
/// pattern never reaches outside it.
/// </summary>
internal sealed class Glob
{
    private static readonly StringComparison s_comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string[] _segments;
    private readonly bool _nameOnly;

    private Glob(string pattern, string[] segments, bool nameOnly) => (Pattern, _segments, _nameOnly) = (pattern, segments, nameOnly);

    /// <summary>The pattern as given.</summary>
    public string Pattern { get; }

    /// <inheritdoc />
    public override string ToString() => Pattern;

    /// <summary>Why <paramref name="pattern"/> is not a valid folder pattern, or <see langword="null"/> when it is.</summary>
    public static string? Validate(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern)) return "--pattern must not be empty.";
        if (pattern.StartsWith('/') || pattern.StartsWith('\\') || Path.IsPathRooted(pattern) || pattern.StartsWith('~'))
            return $"--pattern '{pattern}' is absolute; it must be relative to the folder being read (e.g. '*.txt' or 'sub/*.txt').";
        if (pattern.Split('/', '\\').Any(s => s == ".."))
            return $"--pattern '{pattern}' contains '..'; a pattern cannot reach outside the folder being read.";
        return null;
    }

    /// <summary>Creates a glob; <paramref name="pattern"/> must pass <see cref="Validate"/>.</summary>
    public static Glob Create(string pattern)
    {
        if (Validate(pattern) is { } error) throw new ArgumentException(error, nameof(pattern));
        var segments = pattern.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();
        return new Glob(pattern, segments, segments.Length == 1);
    }

    /// <summary>Whether the file at <paramref name="relativePath"/> (relative to the folder, '/' or the platform separator) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return false;
        if (_nameOnly) return MatchSegment(_segments[0], parts[^1]);
        return MatchPath(0, parts, 0);
    }

    private bool MatchPath(int p, string[] parts, int i)
    {
        if (p == _segments.Length) return i == parts.Length;
        if (_segments[p] == "**")
        {
            for (int skip = i; skip <= parts.Length; skip++)
                if (MatchPath(p + 1, parts, skip)) return true;
            return false;
        }
        return i < parts.Length && MatchSegment(_segments[p], parts[i]) && MatchPath(p + 1, parts, i + 1);
    }

    /// <summary>Wildcard match of one path segment: '*' any run, '?' one character (iterative, with backtracking to the last '*').</summary>
    internal static bool MatchSegment(ReadOnlySpan<char> pattern, ReadOnlySpan<char> name)
    {
        int p = 0, n = 0, star = -1, mark = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || Same(pattern[p], name[n])))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }

    private static bool Same(char a, char b) =>
        a == b || (s_comparison == StringComparison.OrdinalIgnoreCase && char.ToUpperInvariant(a) == char.ToUpperInvariant(b));
}
