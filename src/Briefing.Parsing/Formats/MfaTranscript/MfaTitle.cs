using System.Text.RegularExpressions;

namespace Briefing.Parsing;

/// <summary>The title line of a Chinese MFA English page and what it says.</summary>
/// <param name="Span">The title's span (may cover two lines when the title is split).</param>
/// <param name="Name">The spokesperson's name as printed, or <see langword="null"/> ("Foreign Ministry Spokesperson's Remarks").</param>
/// <param name="Kind">"Regular Press Conference", "Daily Briefing Online", "Remarks", ...</param>
/// <param name="Date">The date in the title, when it has one.</param>
internal sealed partial record MfaTitle(TextSpan Span, string? Name, string Kind, DateOnly? Date)
{
    // "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on July 2, 2024" and its variants:
    // "Spokesperon" (a real typo), "Spokesman", the possessive without a name, doubled spaces, curly apostrophes.
    // Also "Regular Press Conference of Foreign Ministry Spokesperson Mao Ning on ..." (name after the kind).
    [GeneratedRegex(@"^(?:(?:(?:Chinese\s+)?Foreign\s+Ministry\s+|MFA\s+)?Spokes(?:person|peron|persons|man|woman)\s*(?<name>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})?\s*['’]s\s+(?<kind>Regular\s+Press\s+Conference|Daily\s+Briefing\s+Online|Press\s+Conference|Regular\s+Briefing|Remarks|Comments?|Statement|Answers?\s+to\s+Journalists'?\s+Questions)\b|(?<kind>Regular\s+Press\s+Conference|Daily\s+Briefing\s+Online|Press\s+Conference)\s+(?:of|by|held\s+by)\s+(?:the\s+)?(?:(?:Chinese\s+)?Foreign\s+Ministry\s+)?Spokes(?:person|peron|man|woman)\s+(?<name>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})\s+on\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePattern();

    /// <summary>Reads a title from <paramref name="line"/> (and, when the line stops short, the next one).</summary>
    public static MfaTitle? TryRead(string text, SourceLine line, SourceLine? next)
    {
        var content = text.AsSpan(line.Content.Start, line.Content.Length);
        if (content.Length < 20 || content.Length > 400) return null;
        var span = line.Content;
        var candidate = content.ToString();
        var m = TitlePattern().Match(candidate);
        if (!m.Success && next is { IsBlank: false } n && n.Content.Length < 200)
        {
            // A title split across two lines ("... Wang Wenbin’s" / "Regular Press Conference on August 19, 2022").
            span = TextSpan.FromBounds(line.Content.Start, n.Content.End);
            candidate = TextNormalizer.Normalize(text.AsSpan(span.Start, span.Length)).Replace("\n\n", " ", StringComparison.Ordinal);
            m = TitlePattern().Match(candidate);
            if (!m.Success) return null;
        }
        else if (!m.Success)
        {
            return null;
        }
        else if (next is { IsBlank: false } n2 && !DateText.TryFindEnglishDate(candidate, out _, out _, out _)
                 && candidate.TrimEnd().EndsWith(" on", StringComparison.Ordinal) && DateText.TryFindEnglishDate(text.Substring(n2.Content.Start, n2.Content.Length), out _, out _, out _))
        {
            span = TextSpan.FromBounds(line.Content.Start, n2.Content.End);
            candidate = TextNormalizer.Normalize(text.AsSpan(span.Start, span.Length)).Replace("\n\n", " ", StringComparison.Ordinal);
        }

        DateOnly? date = null;
        if (DateText.TryFindEnglishDate(candidate[m.Index..], out var d, out int dateIndex, out int dateLength))
        {
            date = d;
            // A whole page on one line: the title ends with its date; what follows is the body.
            int dateEnd = m.Index + dateIndex + dateLength;
            if (span == line.Content && dateEnd < candidate.Length)
                span = new TextSpan(line.Content.Start, dateEnd);
        }
        string? name = m.Groups["name"].Success ? Regex.Replace(m.Groups["name"].Value, @"\s+", " ") : null;
        return new MfaTitle(span, name, Regex.Replace(m.Groups["kind"].Value, @"\s+", " "), date);
    }

    /// <summary>Whether a line reads like an MFA title (used to recognise related-news lists).</summary>
    public static bool LooksLikeTitle(ReadOnlySpan<char> line) => line.Length is >= 20 and <= 400 && TitlePattern().IsMatch(line);
}
