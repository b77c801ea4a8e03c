namespace Briefing.Parsing;

/// <summary>Signals of turn-taking that formats use to tell a transcript from running text.</summary>
internal static class TranscriptSignals
{
    /// <summary>
    /// Counts the window's lines that open with a speaker label: a label the MFA reader knows ("Q:", "CCTV:", "Mao Ning:"),
    /// one of a label's shape ("Macau Monthly:", "MR KIRBY:"), an upper-case role ("QUESTION:"), or a Chinese reporter's
    /// label ("澳门月刊记者："). Times and metadata keys do not count.
    /// </summary>
    public static int CountLabelLines(DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetOrAdd(typeof(TranscriptSignals), static c => new Count(Compute(c))).Value;
    }

    private sealed record Count(int Value);

    private static int Compute(DetectionContext context)
    {
        var reader = new MfaLabelReader(context.Directories, null, null, null);
        var text = context.WindowText;
        int count = 0;
        foreach (var line in context.Lines)
        {
            if (line.IsBlank) continue;
            if (reader.ReadAtLineStart(text, line.Content) is { Evidence: LabelEvidence.Known })
            {
                count++;
                continue;
            }
            var s = context[line.Content];
            int colon = s[..Math.Min(s.Length, 50)].IndexOfAny(CharClass.Colons);
            if (colon <= 0 || colon + 1 >= s.Length || char.IsDigit(s[colon + 1])) continue;
            var label = CharClass.TrimSpaces(s[..colon]);
            bool upperRole = label.Length is >= 2 and <= 30 && !label.ContainsAnyInRange('a', 'z') && label.ContainsAnyInRange('A', 'Z');
            bool chinese = label.Length is >= 3 and <= 16 && label.EndsWith("记者", StringComparison.Ordinal);
            if (upperRole || chinese || LabelShape.LooksLikeLabel(label)) count++;
        }
        return count;
    }
}
