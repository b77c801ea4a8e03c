using System.Globalization;

namespace Briefing.Parsing;

/// <summary>
/// Scores a detection window for a <see cref="TranscriptStyle"/>: its title, its opening sentence, phrases typical of the
/// institution, labels typical of the style (counted only when they are the style's own, not the "Question:" every
/// transcript has) and the institution's officials named in the text. A Chinese MFA title or a text mostly in Chinese
/// characters rules the style out.
/// </summary>
internal static class LabelledTranscriptDetector
{
    private const double TitleWeight = 0.5;
    private const double LeadWeight = 0.25;
    private const double CueWeight = 0.07;
    private const int MaxCues = 3;
    private const double LabelWeight = 0.07;
    private const double MaxLabels = 0.45;
    private const double OfficialWeight = 0.1;

    public static FormatDetection Detect(TranscriptStyle style, DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // What belongs to other formats settles it at once (both checks are computed once per detection).
        if (MfaTitle.AnyIn(context)) return FormatDetection.None("a Chinese MFA transcript title");
        if (ScriptCounts.Of(context).MostlyChinese) return FormatDetection.None("mostly Chinese characters");
        var text = context.WindowText;
        var lines = context.Lines;
        double score = 0;
        var reasons = new List<string>();

        var title = LabelledTitle.Find(style, text, lines);
        if (title is not null)
        {
            score += TitleWeight;
            reasons.Add($"title '{Shorten(TextNormalizer.Normalize(context[title.Span]))}'");
        }
        if (style.Lead?.Match(text) is { Success: true } lead)
        {
            score += title is null ? LeadWeight : CueWeight;
            reasons.Add($"opening '{Shorten(TextNormalizer.Normalize(lead.Value))}'");
        }

        var cues = new List<string>();
        foreach (var cue in style.Cues)
        {
            if (cues.Count == MaxCues) break;
            if (cue.Match(text) is { Success: true } m) cues.Add(TextNormalizer.Normalize(m.Value));
        }
        if (cues.Count > 0)
        {
            score += CueWeight * cues.Count;
            reasons.Add("mentions " + string.Join(", ", cues.Select(c => $"'{Shorten(c)}'")));
        }

        var titleEntry = title?.Name is { } tn ? context.Directories.Spokespersons.FindByName(tn) : null;
        var reader = new StyleLabelReader(style, context.Directories, titleEntry, title?.Name, title?.Date);
        int typical = 0;
        foreach (var line in lines)
        {
            if (!line.IsBlank && reader.Read(text, line.Content, out bool distinctive) is not null && distinctive) typical++;
        }
        if (typical > 0)
        {
            score += Math.Min(MaxLabels, LabelWeight * typical);
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{typical} labels of this style"));
        }

        foreach (var entry in context.Directories.Spokespersons.Entries)
        {
            if (entry.Institution != style.Institution) continue;
            if (text.Contains(entry.Name, StringComparison.Ordinal) || entry.Aliases.Any(a => text.Contains(a, StringComparison.Ordinal)))
            {
                score += OfficialWeight;
                reasons.Add($"names {entry.Name}");
                break;
            }
        }

        if (reasons.Count == 0) return FormatDetection.None("no title, phrases or labels of this style");

        return new FormatDetection(Math.Min(0.98, score), string.Join("; ", reasons));
    }

    private static string Shorten(string s) => s.Length <= 70 ? s : string.Concat(s.AsSpan(0, 67), "...");
}
