using System.Collections.Frozen;

namespace Briefing.Parsing;

/// <summary>
/// Finds turn labels in an MFA transcript: anonymous <c>Q:</c>/<c>A:</c>, <c>Follow-up:</c>, spokespersons by full
/// name, surname or title, outlets in any label form, labels without a colon or glued to the previous sentence when
/// a directory knows them, and unknown labels of a label's shape (accepted later, in context).
/// </summary>
internal sealed class MfaLabelReader(BriefingDirectories directories, SpokespersonEntry? main, string? mainName, DateOnly? date, string language = "en")
{
    private const int MaxLabelLength = 90;
    private const int MaxLabelWords = 7;

    /// <summary>A fixed label word and what it makes of the turn.</summary>
    private sealed record FixedLabel(TurnRole Role, bool Anonymous);

    // One table (hashed, not scanned) of the label words that need no directory.
    private static readonly FrozenDictionary<string, FixedLabel> FixedLabels = Build(
        (new FixedLabel(TurnRole.Question, true), ["Q", "Question", "Questions", "Journalist", "Reporter", "Correspondent", "问", "记者"]),
        (new FixedLabel(TurnRole.Answer, true), ["A", "Answer", "答"]),
        (new FixedLabel(TurnRole.FollowUp, true), ["Follow-up", "Follow up", "Followup", "Follow-up question", "Follow-up Q", "追问"]),
        (new FixedLabel(TurnRole.Answer, false), ["Spokesperson", "Spokesman", "Spokeswoman", "Foreign Ministry Spokesperson", "MFA Spokesperson", "发言人"]));

    private static FrozenDictionary<string, FixedLabel> Build(params (FixedLabel Label, string[] Words)[] groups)
    {
        var table = new Dictionary<string, FixedLabel>(LabelKeyComparer.Instance);
        foreach (var (label, words) in groups)
        {
            foreach (var w in words) table[w] = label;
        }
        return table.ToFrozenDictionary(LabelKeyComparer.Instance);
    }

    private static readonly System.Buffers.SearchValues<char> NameBreaks = System.Buffers.SearchValues.Create(" \t\u00A0\u3000");

    private static readonly System.Buffers.SearchValues<char> CleanupMarks = System.Buffers.SearchValues.Create("(（<&");

    private static readonly string[] Honorifics = ["Mr ", "Ms ", "Mrs ", "Madam ", "Spokesperson ", "Spokesman ", "Spokeswoman ", "Foreign Ministry Spokesperson ", "Director General ", "Deputy Director General "];

    /// <summary>Reads a label at the start of a line's content, or returns <see langword="null"/>.</summary>
    public TurnLabel? ReadAtLineStart(string text, TextSpan content)
    {
        var s = text.AsSpan(content.Start, content.Length);
        int colon = s[..Math.Min(s.Length, MaxLabelLength)].IndexOfAny(CharClass.Colons);
        if (colon > 0)
        {
            int after = colon + 1;
            bool time = char.IsDigit(s[colon - 1]) && after < s.Length && char.IsDigit(s[after]);
            if (!time)
            {
                var labelSpan = CharClass.Trim(text, content.Start, content.Start + colon);
                int contentStart = CharClass.SkipSpaces(text, content.Start + after, content.End);
                var known = Classify(text, labelSpan, contentStart, LabelEvidence.Known);
                if (known is not null) return known;
                if (LabelShape.LooksLikeLabel(text.AsSpan(labelSpan.Start, labelSpan.Length)))
                    return new TurnLabel(labelSpan, contentStart, TurnRole.Question, LabelEvidence.Shape);
            }
        }
        return ReadWithoutColon(text, content);
    }

    /// <summary>Finds known labels glued into a line after a sentence ("...region.Mao Ning: The ..."), from <paramref name="from"/> on.</summary>
    public void ReadInline(string text, int from, int end, List<TurnLabel> found)
    {
        int pos = from;
        while (pos < end)
        {
            int rel = text.AsSpan(pos, end - pos).IndexOfAny(CharClass.Colons);
            if (rel < 0) return;
            int colon = pos + rel;
            pos = colon + 1;
            if (colon + 1 < end && !CharClass.IsSpace(text[colon + 1]) && !CharClass.CanOpenText(text[colon + 1])) continue;
            if (colon + 1 < end && char.IsDigit(text[colon + 1]) && colon > from && char.IsDigit(text[colon - 1])) continue;
            var label = ReadBackward(text, from, colon);
            if (label is not null) found.Add(label);
        }
    }

    private TurnLabel? ReadBackward(string text, int from, int colon)
    {
        int labelEnd = colon;
        while (labelEnd > from && CharClass.IsSpace(text[labelEnd - 1])) labelEnd--;
        int i = labelEnd;
        for (int words = 0; words < MaxLabelWords && i > from; words++)
        {
            // Move to the start of the current word; words end at spaces and at sentence punctuation.
            while (i > from && !CharClass.IsSpace(text[i - 1]) && !IsGlueBoundary(text[i - 1])) i--;
            int start = i;
            int before = start;
            while (before > from && CharClass.IsSpace(text[before - 1])) before--;
            bool boundary = before == from || IsGlueBoundary(text[before - 1]);
            if (boundary && start < labelEnd)
            {
                var labelSpan = TextSpan.FromBounds(start, labelEnd);
                int contentStart = CharClass.SkipSpaces(text, colon + 1, text.Length);
                var label = Classify(text, labelSpan, contentStart, LabelEvidence.Known);
                // Inside a line only labels that name someone count: "...他告诉记者：" is narration, not a turn.
                if (label is not null && (label.Anonymous || label.Outlet is not null || label.Speaker is not null)) return label;
            }
            if (before == from || IsGlueBoundary(text[before - 1])) return null;
            i = before;
        }
        return null;
    }

    private static bool IsGlueBoundary(char c) => CharClass.IsSentenceEnd(c) || c is '。' or '；';

    private TurnLabel? ReadWithoutColon(string text, TextSpan content)
    {
        var s = text.AsSpan(content.Start, content.Length);
        // "Q Iranian ..." — an anonymous question label without its colon.
        if (s.Length > 3 && (s[0] == 'Q') && CharClass.IsSpace(s[1]))
        {
            int cs = CharClass.SkipSpaces(text, content.Start + 1, content.End);
            if (cs < content.End && char.IsUpper(text[cs]))
                return new TurnLabel(new TextSpan(content.Start, 1), cs, TurnRole.Question, LabelEvidence.Shape) { Anonymous = true };
        }
        // "China News Service We have learned ..." — a known outlet or spokesperson, then the text. Only lines whose first
        // word opens some known name are tried.
        int firstWord = s.IndexOfAny(NameBreaks);
        if (firstWord <= 0 || !directories.OpensKnownName(s[..firstWord])) return null;
        TurnLabel? best = null;
        int wordEnd = 0;
        for (int words = 0; words < MaxLabelWords; words++)
        {
            while (wordEnd < s.Length && !CharClass.IsSpace(s[wordEnd])) wordEnd++;
            if (wordEnd >= s.Length) break;
            int next = wordEnd;
            while (next < s.Length && CharClass.IsSpace(s[next])) next++;
            if (next >= s.Length) break;
            if (CharClass.CanOpenText(s[next]))
            {
                var labelSpan = new TextSpan(content.Start, wordEnd);
                var label = ClassifyNamed(text.AsSpan(labelSpan.Start, labelSpan.Length), labelSpan, content.Start + next);
                if (label is not null) best = label with { Evidence = LabelEvidence.Shape };
            }
            wordEnd = next;
        }
        return best;
    }

    /// <summary>Classifies a label by the fixed label words and the directories; <see langword="null"/> when unknown.</summary>
    private TurnLabel? Classify(string text, TextSpan labelSpan, int contentStart, LabelEvidence evidence)
    {
        var label = text.AsSpan(labelSpan.Start, labelSpan.Length);
        if (label.IsEmpty) return null;
        // Pinyin injected by content farms ("赵立坚(zhào lì jiān)") and markup do not change who a label names.
        if (label.IndexOfAny(CleanupMarks) >= 0 || (label.ContainsAnyInRange('\u3400', '\u9FFF') && label.ContainsAnyInRange('a', 'z')))
        {
            string cleaned = ChineseText.StripPinyin(TextNormalizer.Normalize(label));
            if (cleaned.Length > 0 && !label.SequenceEqual(cleaned)) return ClassifyClean(cleaned, labelSpan, contentStart, evidence);
        }
        return ClassifyClean(label, labelSpan, contentStart, evidence);
    }

    private TurnLabel? ClassifyClean(ReadOnlySpan<char> label, TextSpan labelSpan, int contentStart, LabelEvidence evidence)
    {
        if (label.Length <= 30 && FixedLabels.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(label, out var fixedLabel))
        {
            return fixedLabel.Anonymous
                ? new TurnLabel(labelSpan, contentStart, fixedLabel.Role, evidence) { Anonymous = true }
                : new TurnLabel(labelSpan, contentStart, fixedLabel.Role, evidence) { Speaker = MainSpeaker };
        }
        var named = ClassifyNamed(label, labelSpan, contentStart);
        if (named is not null) return named with { Evidence = evidence };
        // "Reuters follow-up", "Follow-up from Reuters"
        foreach (var suffix in (ReadOnlySpan<string>)[" follow-up", " follow up", " followup"])
        {
            if (label.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && directories.Outlets.FindByLabel(label[..^suffix.Length]) is { } o)
                return new TurnLabel(labelSpan, contentStart, TurnRole.FollowUp, evidence) { Outlet = o.ToOutlet() };
        }
        // "Kong", "Hua": a spokesperson's surname alone.
        if (label.IndexOf(' ') < 0 && !label.ContainsAnyInRange('\u3400', '\u9FFF') && directories.Spokespersons.FindBySurname(label, date, main) is { } bySurname)
            return new TurnLabel(labelSpan, contentStart, TurnRole.Answer, evidence) { Speaker = bySurname.ToSpeaker(language) };
        // "CCTV reporter at the Central Radio and Television Station" (machine translation): a known label form, then a qualifier.
        foreach (var joiner in (ReadOnlySpan<string>)[" at ", " of ", " from ", " with ", " for ", " ("])
        {
            int at = label.IndexOf(joiner, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && directories.Outlets.FindByLabel(label[..at]) is { } qualified)
                return new TurnLabel(labelSpan, contentStart, TurnRole.Question, evidence) { Outlet = qualified.ToOutlet() };
        }
        // "澳门月刊记者", "Rossiya Segodnya reporter": a reporter of an outlet the directory does not know.
        if (label.Length is > 2 and <= 20 && ChineseText.ToSimplified(label).EndsWith("记者", StringComparison.Ordinal))
            return new TurnLabel(labelSpan, contentStart, TurnRole.Question, evidence);
        return null;
    }

    /// <summary>A spokesperson's full name (with or without honorific) or a known outlet label.</summary>
    private TurnLabel? ClassifyNamed(ReadOnlySpan<char> label, TextSpan labelSpan, int contentStart)
    {
        if (FindSpokesperson(label) is { } speaker)
            return new TurnLabel(labelSpan, contentStart, TurnRole.Answer, LabelEvidence.Known) { Speaker = speaker };
        if (directories.Outlets.FindByLabel(label) is { } outlet)
            return new TurnLabel(labelSpan, contentStart, TurnRole.Question, LabelEvidence.Known) { Outlet = outlet.ToOutlet() };
        return null;
    }

    private Speaker? FindSpokesperson(ReadOnlySpan<char> label)
    {
        if (directories.Spokespersons.FindByName(label) is { } entry) return entry.ToSpeaker(language);
        if (mainName is not null && LabelKeyComparer.Instance.Equals(label, mainName)) return MainSpeaker;
        foreach (var h in Honorifics)
        {
            var folded = label;
            if (folded.StartsWith(h.AsSpan(0, h.Length - 1), StringComparison.OrdinalIgnoreCase) && folded.Length > h.Length)
            {
                var rest = CharClass.TrimSpaces(folded[(h.Length - 1)..].TrimStart('.'));
                if (directories.Spokespersons.FindByName(rest) is { } e) return e.ToSpeaker(language);
                if (mainName is not null && LabelKeyComparer.Instance.Equals(rest, mainName)) return MainSpeaker;
            }
        }
        return null;
    }

    /// <summary>The spokesperson named in the title, as a speaker.</summary>
    public Speaker? MainSpeaker => main?.ToSpeaker(language) ?? (mainName is null ? null : new Speaker(mainName) { Role = "spokesperson" });
}
