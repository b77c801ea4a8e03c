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

    /// <summary>The longest title; a longer line holds a title only when it starts with one that ends with its date.</summary>
    private const int MaxLength = 300;

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
            if (line.Content.Length < 10) continue;
            var candidate = text.Substring(line.Content.Start, Math.Min(line.Content.Length, MaxLength + 1));
            var span = line.Content;
            if (line.Content.Length > MaxLength)
            {
                // A whole page on one line: the title ends with its date.
                if (!DateText.TryFindEnglishDate(candidate[..MaxLength], out _, out int at, out int length)) continue;
                candidate = candidate[..(at + length)];
                span = new TextSpan(line.Content.Start, candidate.Length);
            }
            foreach (var pattern in style.Titles)
            {
                var m = pattern.Match(candidate);
                if (!m.Success) continue;
                string? name = m.Groups["name"] is { Success: true } g ? WithoutDateWords(Clean(g.Value)) : null;
                string? office = m.Groups["office"] is { Success: true } o ? Clean(o.Value) : null;
                DateOnly? date = DateText.TryFindEnglishDate(candidate, out var d, out _, out _) ? d : null;
                return new LabelledTitle(i, span, name, office, date);
            }
        }
        return null;
    }

    /// <summary>"Fumio Kishida Friday" (a one-line page runs the date on) is "Fumio Kishida"; a weekday alone is no name.</summary>
    private static string? WithoutDateWords(string name)
    {
        var words = name.Split(' ').ToList();
        while (words.Count > 0 && Array.IndexOf(NotNames, words[^1]) >= 0) words.RemoveAt(words.Count - 1);
        return words.Count == 0 || Array.IndexOf(NotNames, words[0]) >= 0 ? null : string.Join(' ', words);
    }

    private static string Clean(string s) => Regex.Replace(s.Trim().TrimEnd(',', '.'), @"\s+", " ");
}
