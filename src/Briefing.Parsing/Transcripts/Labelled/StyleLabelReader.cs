using System.Collections.Frozen;
using System.Globalization;

namespace Briefing.Parsing;

/// <summary>
/// Reads the turn label at the start of a line for a <see cref="TranscriptStyle"/>. Understands the label shapes that
/// foreign ministries and international organisations print, whatever the style: fixed words ("QUESTION", "Spokesman",
/// "Minister"), an office or honorific before a name ("MR KIRBY", "Minister Kishida", "Shri Arindam Bagchi"), a name and an
/// office around a comma or in brackets ("Mr. Fumio Kishida, Minister for Foreign Affairs", "Official Spokesperson, Shri
/// Gopal Baglay", "Official Spokesperson (Shri Raveesh Kumar)"), a journalist's surname and outlet ("Toba, Nippon TV"),
/// directory names and outlets, and, where the style says so, upper-case officials and journalists' own names.
/// </summary>
internal sealed class StyleLabelReader(TranscriptStyle style, BriefingDirectories directories, SpokespersonEntry? main, string? mainName, DateOnly? date)
{
    private const int MaxLabelLength = 110;
    private const int MaxLabelWords = 10;

    // Offices and courtesy titles that stand before a name, longest first. Offices become the speaker's role.
    private static readonly string[] Offices =
    [
        "Principal Deputy Spokesperson", "Deputy Press Secretary", "Foreign Press Secretary", "Official Spokesperson", "Deputy Spokesperson",
        "Deputy Spokesman", "Associate Spokesperson", "Associate Spokesman", "Chief Cabinet Secretary", "Press Secretary", "Foreign Secretary",
        "Foreign Minister", "Prime Minister", "Under Secretary", "Assistant Secretary", "Deputy Secretary", "Secretary-General", "Secretary",
        "Spokesperson", "Spokesman", "Spokeswoman", "Minister", "Ambassador", "Director",
    ];

    private static readonly string[] Courtesies = ["Mrs", "Miss", "Mr", "Ms", "Dr", "Shri", "Smt", "Sri", "Madam", "Dame"];

    // A part of a label that holds one of these words names an office ("Minister for Foreign Affairs", "Official Spokesperson").
    private static readonly FrozenSet<string> OfficeWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Spokesperson", "Spokesman", "Spokeswoman", "Minister", "Secretary", "Secretary-General", "Ambassador", "Director", "Director-General",
        "Envoy", "Representative", "Coordinator", "Adviser", "Advisor", "Official");

    // Words that open a sentence or a paragraph with a colon but never name a journalist.
    private static readonly FrozenSet<string> NotNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Firstly", "Secondly", "Thirdly", "Lastly", "Finally", "Sir", "Madam", "Ma'am", "Ma’am", "Yes", "No", "Well", "Look", "Okay", "OK", "Thanks",
        "Thank", "Note", "Correction", "Clarification", "Translation", "Interpretation", "Interpreter", "Hindi", "English", "Urdu", "Again", "So",
        "Now", "Please", "Sorry", "Actually", "Also", "Anyway", "Update", "Example", "Moderator", "Operator", "Participant", "Voice", "Audience");

    private static readonly FrozenSet<string> NameParticles = FrozenSet.Create(StringComparer.Ordinal,
        "de", "da", "del", "van", "von", "bin", "binti", "al", "el", "ul", "la", "le", "du", "di", "ibn");

    /// <summary>Reads a label at the start of a line's content, or returns <see langword="null"/>.</summary>
    /// <param name="text">The input.</param>
    /// <param name="content">The line's content span.</param>
    /// <param name="distinctive">Whether the label is typical of this style (for detection).</param>
    public TurnLabel? Read(string text, TextSpan content, out bool distinctive)
    {
        distinctive = false;
        var s = text.AsSpan(content.Start, content.Length);
        int colon = s[..Math.Min(s.Length, MaxLabelLength)].IndexOfAny(CharClass.Colons);
        if (colon <= 0) return null;
        int after = colon + 1;
        if (after < s.Length)
        {
            if (char.IsDigit(s[colon - 1]) && char.IsDigit(s[after])) return null; // a time
            if (!CharClass.IsSpace(s[after]) && !CharClass.CanOpenText(s[after])) return null; // "http://", "ratio:x"
        }
        var labelSpan = CharClass.Trim(text, content.Start, content.Start + colon);
        if (labelSpan.IsEmpty) return null;
        int contentStart = CharClass.SkipSpaces(text, content.Start + after, content.End);
        var label = text.AsSpan(labelSpan.Start, labelSpan.Length);
        if (CountWords(label) > MaxLabelWords) return null;
        if (style.UpperCaseLabels && label.ContainsAnyInRange('a', 'z')) return null;
        return Classify(text, labelSpan, contentStart, out distinctive);
    }

    /// <summary>
    /// Finds known labels glued into a line after a sentence ("... next week. Minister Kishida: First, ..."), as copies
    /// that lost their line breaks have them, from <paramref name="from"/> to <paramref name="end"/>. In upper-case styles
    /// a label that opens with a fixed word or a title ("QUESTION", "MR MILLER") needs no sentence before it
    /// ("... 1:17 p.m. EDT MR MILLER: Good afternoon").
    /// </summary>
    public void ReadInline(string text, int from, int end, List<TurnLabel> found)
    {
        int pos = from;
        while (pos < end)
        {
            int rel = text.AsSpan(pos, end - pos).IndexOfAny(CharClass.Colons);
            if (rel < 0) return;
            int colon = pos + rel;
            pos = colon + 1;
            if (colon + 1 < end && !CharClass.IsSpace(text[colon + 1])) continue;
            if (ReadBackward(text, from, colon, end) is { } label) found.Add(label);
        }
    }

    private TurnLabel? ReadBackward(string text, int from, int colon, int end)
    {
        // Word starts before the colon, nearest first.
        Span<int> starts = stackalloc int[MaxLabelWords];
        int count = 0;
        int i = colon;
        while (i > from && CharClass.IsSpace(text[i - 1])) i--;
        int labelEnd = i;
        while (count < MaxLabelWords && i > from)
        {
            while (i > from && !CharClass.IsSpace(text[i - 1])) i--;
            starts[count++] = i;
            while (i > from && CharClass.IsSpace(text[i - 1])) i--;
            if (i > from && (text[i - 1] is ':' or '：')) break;
        }
        if (labelEnd <= from) return null;
        // Upper case: the shortest label that opens with a fixed word or a title ("EDT MR MILLER" is "MR MILLER").
        if (style.UpperCaseLabels)
        {
            for (int k = 0; k < count; k++)
            {
                int start = starts[k];
                if (start <= from) continue;
                var first = text.AsSpan(start, labelEnd - start);
                if (!style.WordsByText.ContainsKey(first) && StripTitles(first, out _).Length == first.Length) continue;
                if (Read(text, TextSpan.FromBounds(start, end), out _) is { Evidence: LabelEvidence.Known } label && label.Label.End == labelEnd) return label;
            }
        }
        // The longest label that follows a sentence end (or interrupted speech). A courtesy title before a name belongs to
        // the label, and its full stop ends no sentence: "... Office Mr. Fumio Kishida, Minister for Foreign Affairs:".
        for (int k = count - 1; k >= 0; k--)
        {
            int start = starts[k];
            bool courtesy = k + 1 < count && IsCourtesy(text.AsSpan(starts[k + 1], start - starts[k + 1]));
            if (courtesy) start = starts[k + 1];
            int before = start;
            while (before > from && CharClass.IsSpace(text[before - 1])) before--;
            if (before <= from) continue;
            char c = text[before - 1];
            if (!courtesy && !CharClass.IsSentenceEnd(c) && c is not ('-' or '–' or '—')) continue;
            if (Read(text, TextSpan.FromBounds(start, end), out _) is { Evidence: LabelEvidence.Known } label && label.Label.End == labelEnd) return label;
        }
        return null;
    }

    private static bool IsCourtesy(ReadOnlySpan<char> word)
    {
        word = CharClass.TrimSpaces(word).TrimEnd('.');
        foreach (var c in Courtesies)
        {
            if (word.Equals(c, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private TurnLabel? Classify(string text, TextSpan labelSpan, int contentStart, out bool distinctive)
    {
        distinctive = false;
        var label = text.AsSpan(labelSpan.Start, labelSpan.Length);

        // 1. Fixed words: "QUESTION", "Correspondent", "Spokesman", "Minister", "Answer".
        if (style.WordsByText.TryGetValue(label, out var word))
        {
            distinctive = word.Distinctive;
            return word.Kind switch
            {
                LabelWordKind.Question => new TurnLabel(labelSpan, contentStart, TurnRole.Question, LabelEvidence.Known) { Anonymous = true },
                LabelWordKind.Answer => new TurnLabel(labelSpan, contentStart, TurnRole.Answer, LabelEvidence.Known) { Anonymous = true },
                // The main official by office: the assembler gives the turn to the briefing's spokesperson.
                _ => new TurnLabel(labelSpan, contentStart, TurnRole.Answer, LabelEvidence.Known),
            };
        }

        // 2. Brackets: "Official Spokesperson (Shri Raveesh Kumar)", "Question (Anwar Abbas, APP)", "Rishabh (Times Now)".
        int open = label.IndexOf('(');
        if (open > 0 && label[^1] == ')')
        {
            var head = CharClass.TrimSpaces(label[..open]);
            var inner = CharClass.TrimSpaces(label[(open + 1)..^1]);
            if (style.WordsByText.TryGetValue(head, out var headWord) && headWord.Kind == LabelWordKind.Question)
                return Journalist(labelSpan, contentStart, LastPart(inner), LabelEvidence.Known);
            if (IsOffice(head) && StripTitles(inner, out _) is var innerName && IsPersonName(innerName))
                return Official(labelSpan, contentStart, innerName, head, out distinctive);
            if (IsPersonName(head) && !inner.IsEmpty)
                return Journalist(labelSpan, contentStart, LastPart(inner), LabelEvidence.Shape);
            return null;
        }

        // 3. A comma: "Mr. Fumio Kishida, Minister for Foreign Affairs", "Official Spokesperson, Shri Gopal Baglay", "Toba, Nippon TV".
        int comma = label.IndexOf(',');
        if (comma > 0)
        {
            var a = CharClass.TrimSpaces(label[..comma]);
            var b = CharClass.TrimSpaces(label[(comma + 1)..]);
            if (b.IsEmpty) return null;
            if (IsOffice(b) && StripTitles(a, out var officeA) is var nameA && IsPersonName(nameA))
                return Official(labelSpan, contentStart, nameA, officeA.IsEmpty ? b : officeA, out distinctive, b);
            if (IsOffice(a) && StripTitles(b, out _) is var nameB && IsPersonName(nameB))
                return Official(labelSpan, contentStart, nameB, a, out distinctive);
            // "NHK, Kato": the outlet first.
            if (IsPersonName(b) && b.IndexOf(' ') < 0 && directories.Outlets.FindByLabel(a) is { } first)
            {
                distinctive = style.SurnameOutletLabels;
                return new TurnLabel(labelSpan, contentStart, TurnRole.Question, LabelEvidence.Known) { Outlet = first.ToOutlet() };
            }
            if (IsPersonName(a) && a.IndexOf(' ') < 0)
            {
                bool known = directories.Outlets.FindByLabel(b) is not null;
                if (known || LabelShape.LooksLikeLabel(b))
                {
                    distinctive = style.SurnameOutletLabels;
                    return Journalist(labelSpan, contentStart, b, known ? LabelEvidence.Known : LabelEvidence.Shape);
                }
            }
            return null;
        }

        // 4. An office or courtesy title before a name: "MR KIRBY", "Minister Kishida", "Press Secretary Ono", "Shri Arindam Bagchi".
        var rest = StripTitles(label, out var office);
        if (rest.Length < label.Length && IsPersonName(rest))
            return Official(labelSpan, contentStart, rest, office, out distinctive, label[..(label.Length - rest.Length)]);

        // 5. A directory name: "Maria Zakharova".
        if (directories.Spokespersons.FindByName(label) is { } entry)
        {
            distinctive = entry.Institution == style.Institution;
            return new TurnLabel(labelSpan, contentStart, TurnRole.Answer, LabelEvidence.Known) { Speaker = entry.ToSpeaker() };
        }

        // 6. An outlet: "Kyodo News".
        if (directories.Outlets.FindByLabel(label) is { } outlet)
            return new TurnLabel(labelSpan, contentStart, TurnRole.Question, LabelEvidence.Known) { Outlet = outlet.ToOutlet() };

        // 7. Upper-case styles: any other upper-case name or office is an official ("MODERATOR", "SENIOR STATE DEPARTMENT OFFICIAL").
        if (style.UpperCaseLabels && IsUpperCaseName(label))
            return Official(labelSpan, contentStart, label, default, out distinctive);

        // 8. Journalists by their own names ("Rishabh", "Sudhi Ranjan"): only a shape, accepted by the parser in context.
        if (style.NameLabelsAreJournalists && IsPersonName(label) && LabelShape.LooksLikeLabel(label) && label.Count(' ') < 3 && OpensText(text, contentStart))
            return new TurnLabel(labelSpan, contentStart, TurnRole.Question, LabelEvidence.Shape);
        return null;
    }

    /// <summary>
    /// Reads a line that only names an official, as pages print under or over a title: "John Kirby", "Ned Price, Department
    /// Spokesperson", "Stéphane Dujarric, Spokesman for the Secretary-General". A bare name must be in the directory; a name
    /// with an office need not be.
    /// </summary>
    /// <returns>The official's entry (when known) and name, or <see langword="null"/>.</returns>
    public (SpokespersonEntry? Entry, string Name, string? Office)? ReadNameLine(ReadOnlySpan<char> line)
    {
        line = CharClass.TrimSpaces(line);
        if (line.Length is < 4 or > 100 || (CharClass.IsSentenceEnd(line[^1]) && line[^1] != '.')) return null;
        line = line.TrimEnd('.');
        if (line.IndexOfAny(CharClass.Colons) >= 0) return null;
        var bare = StripTitles(line, out var office);
        if (directories.Spokespersons.FindByName(bare) is { } entry) return (entry, entry.Name, office.IsEmpty ? null : Display(office).ToLowerInvariant());
        int comma = line.IndexOf(',');
        if (comma <= 0) return null;
        var a = CharClass.TrimSpaces(line[..comma]);
        var b = CharClass.TrimSpaces(line[(comma + 1)..]);
        ReadOnlySpan<char> name;
        if (IsOffice(b))
        {
            name = StripTitles(a, out _);
            office = b;
        }
        else if (IsOffice(a))
        {
            name = StripTitles(b, out _);
            office = a;
        }
        else
        {
            return null;
        }
        if (directories.Spokespersons.FindByName(name) is { } known) return (known, known.Name, Display(office).ToLowerInvariant());
        return IsPersonName(name) ? (null, Display(name), Display(office).ToLowerInvariant()) : null;
    }

    /// <summary>Whether a line is only an office, as printed under an official's name ("Spokesperson", "Department Spokesperson").</summary>
    public static bool IsOfficeLine(ReadOnlySpan<char> line)
    {
        line = CharClass.TrimSpaces(line);
        return line.Length <= 60 && !CharClass.IsSentenceEnd(line[^1]) && line.IndexOfAny(CharClass.Colons) < 0 && CountWords(line) <= 6 && IsOffice(line)
            && char.IsUpper(line[0]);
    }

    /// <summary>The official a label names: from the directory, the briefing's main official by surname, or as printed.</summary>
    private TurnLabel Official(TextSpan labelSpan, int contentStart, ReadOnlySpan<char> name, ReadOnlySpan<char> office, out bool distinctive, ReadOnlySpan<char> titles = default)
    {
        var entry = FindOfficial(name);
        Speaker speaker;
        if (entry is not null) speaker = entry.ToSpeaker();
        else if (IsMainBySurname(name)) speaker = main?.ToSpeaker() ?? new Speaker(mainName!) { Role = "spokesperson" };
        else speaker = new Speaker(Display(name)) { Role = office.IsEmpty ? null : Display(office).ToLowerInvariant() };
        distinctive = style.UpperCaseLabels
            || (entry is not null && entry.Institution == style.Institution)
            || IsDistinctiveOffice(office) || IsDistinctiveOffice(titles);
        return new TurnLabel(labelSpan, contentStart, TurnRole.Answer, LabelEvidence.Known) { Speaker = speaker };
    }

    /// <summary>A journalist's label with the outlet it names, if a directory knows it (then the label is known, not only shaped).</summary>
    private TurnLabel Journalist(TextSpan labelSpan, int contentStart, ReadOnlySpan<char> outletLabel, LabelEvidence evidence)
    {
        var outlet = outletLabel.IsEmpty ? null : directories.Outlets.FindByLabel(outletLabel);
        if (outlet is not null) evidence = LabelEvidence.Known;
        return new TurnLabel(labelSpan, contentStart, TurnRole.Question, evidence) { Outlet = outlet?.ToOutlet() };
    }

    private SpokespersonEntry? FindOfficial(ReadOnlySpan<char> name)
    {
        var spokespersons = directories.Spokespersons;
        if (spokespersons.FindByName(name) is { } byName) return byName;
        int space = name.LastIndexOf(' ');
        var surname = space < 0 ? name : name[(space + 1)..];
        // "HAYASHI Yoshimasa": Japanese names may come surname first, in capitals.
        var first = space < 0 ? name : name[..name.IndexOf(' ')];
        return spokespersons.FindBySurname(surname, date, main, style.Institution)
            ?? (space > 0 && IsAllUpper(first) ? spokespersons.FindBySurname(first, date, main, style.Institution) : null)
            ?? (space < 0 ? spokespersons.FindBySurname(surname, date, main) : null);
    }

    private bool IsMainBySurname(ReadOnlySpan<char> name)
    {
        if (mainName is null) return false;
        var mainSurname = main?.Surname ?? LastWord(mainName);
        return LabelKeyComparer.Instance.Equals(LastWord(name), mainSurname.ToString()) || LabelKeyComparer.Instance.Equals(name, mainName);
    }

    private bool IsDistinctiveOffice(ReadOnlySpan<char> office)
    {
        if (office.IsEmpty) return false;
        foreach (var d in style.DistinctiveOffices)
        {
            if (office.Contains(d, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Removes offices and courtesy titles from the start of <paramref name="label"/>; <paramref name="office"/> is the first office found.</summary>
    private static ReadOnlySpan<char> StripTitles(ReadOnlySpan<char> label, out ReadOnlySpan<char> office)
    {
        office = default;
        bool stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var list in (ReadOnlySpan<string[]>)[Offices, Courtesies])
            {
                foreach (var t in list)
                {
                    if (!label.StartsWith(t, StringComparison.OrdinalIgnoreCase) || label.Length <= t.Length) continue;
                    int next = t.Length;
                    if (label[next] == '.') next++;
                    if (next >= label.Length || !CharClass.IsSpace(label[next])) continue;
                    if (office.IsEmpty && ReferenceEquals(list, Offices)) office = label[..t.Length];
                    label = CharClass.TrimSpaces(label[next..]);
                    stripped = true;
                    break;
                }
                if (stripped) break;
            }
        }
        return label;
    }

    /// <summary>Whether a part of a label names an office ("Minister for Foreign Affairs", "Official Spokesperson").</summary>
    private static bool IsOffice(ReadOnlySpan<char> part)
    {
        if (part.IsEmpty || CountWords(part) > 8) return false;
        foreach (var range in part.SplitAny(" \u00A0"))
        {
            if (OfficeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part[range].TrimEnd(".,"))) return true;
        }
        return false;
    }

    /// <summary>One to four capitalised words of letters (name particles allowed): "Sudhi Ranjan", "KIRBY", "P.J. Crowley".</summary>
    private static bool IsPersonName(ReadOnlySpan<char> name)
    {
        name = CharClass.TrimSpaces(name);
        if (name.Length is < 2 or > 60) return false;
        int words = 0, letters = 0;
        foreach (var range in name.SplitAny(" \u00A0"))
        {
            var w = name[range];
            if (w.IsEmpty) continue;
            if (NameParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)) continue;
            if (++words > 4 || !char.IsUpper(w[0])) return false;
            foreach (char c in w)
            {
                if (char.IsLetter(c)) letters++;
                else if (c is not ('.' or '-' or '\'' or '’')) return false;
            }
        }
        if (words == 0 || letters < 2) return false;
        if (words == 1 && NotNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)) return false;
        return true;
    }

    private static bool IsUpperCaseName(ReadOnlySpan<char> label)
    {
        if (label.Length < 2 || CountWords(label) > 6) return false;
        int letters = 0;
        foreach (char c in label)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            else if (c is not (' ' or '.' or '-' or '\'' or '’' or '\u00A0')) return false;
        }
        return letters >= 2;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        }
        return word.Length > 1;
    }

    private static bool OpensText(string text, int pos) => pos >= text.Length || CharClass.LineBreaks.Contains(text[pos]) || CharClass.CanOpenText(text[pos]);

    /// <summary>"Anwar Abbas, APP" → "APP".</summary>
    private static ReadOnlySpan<char> LastPart(ReadOnlySpan<char> s)
    {
        int comma = s.LastIndexOfAny(",-–");
        return CharClass.TrimSpaces(comma < 0 ? s : s[(comma + 1)..]);
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> s)
    {
        s = CharClass.TrimSpaces(s);
        int space = s.LastIndexOf(' ');
        return space < 0 ? s : s[(space + 1)..];
    }

    /// <summary>A name as printed, whitespace folded; upper-case names in title case ("KIRBY" → "Kirby").</summary>
    private static string Display(ReadOnlySpan<char> name)
    {
        var folded = TextNormalizer.Normalize(name);
        return IsAllUpper(name) ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(folded.ToLowerInvariant()) : folded;
    }

    private static int CountWords(ReadOnlySpan<char> s)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool space = CharClass.IsSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
