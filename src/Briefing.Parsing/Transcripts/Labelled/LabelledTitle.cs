using System.Text.RegularExpressions;

namespace Briefing.Parsing;

/// <summary>The title of a labelled transcript, as a <see cref="TranscriptStyle"/> reads it.</summary>
/// <param name="Line">The index of the title's line.</param>
/// <param name="Span">The title's span (the line's content).</param>
/// <param name="Name">The official the title names, if any.</param>
/// <param name="Office">The official's office as the title prints it ("Foreign Minister"), if any.</param>
/// <param name="Date">The first full date in the title, if any.</param>
internal sealed record LabelledTitle(int Line, TextSpan Span, string? Name, string? Office, DateOnly? Date)
{
    /// <summary>How many non-blank lines from the top a title may stand at (menus and breadcrumbs come first).</summary>
    public const int MaxLinesBefore = 40;

    private static readonly string[] NotNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Finds the first line that one of the style's title patterns matches.</summary>
    public static LabelledTitle? Find(TranscriptStyle style, string text, IReadOnlyList<SourceLine> lines)
    {
        int seen = 0;
        for (int i = 0; i < lines.Count && seen < MaxLinesBefore; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            seen++;
            if (line.Content.Length is < 10 or > 300) continue;
            var candidate = text.Substring(line.Content.Start, line.Content.Length);
            foreach (var pattern in style.Titles)
            {
                var m = pattern.Match(candidate);
                if (!m.Success) continue;
                string? name = m.Groups["name"] is { Success: true } g ? Clean(g.Value) : null;
                if (name is not null && Array.Exists(NotNames, n => name.StartsWith(n, StringComparison.Ordinal))) name = null;
                string? office = m.Groups["office"] is { Success: true } o ? Clean(o.Value) : null;
                DateOnly? date = DateText.TryFindEnglishDate(candidate, out var d, out _, out _) ? d : null;
                return new LabelledTitle(i, line.Content, name, office, date);
            }
        }
        return null;
    }

    private static string Clean(string s) => Regex.Replace(s.Trim().TrimEnd(',', '.'), @"\s+", " ");
}
