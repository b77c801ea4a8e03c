using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Formats.NewsReport;

/// <summary>A day the report gives for the briefing: a weekday, a day of the month, a month and day, today or yesterday.</summary>
internal readonly record struct DayCue(DayOfWeek? Weekday, int Month, int Day, int DaysBefore)
{
    /// <summary>Whether the cue says anything.</summary>
    public bool IsEmpty => Weekday is null && Day == 0 && DaysBefore < 0;

    /// <summary>The cue resolved on or before <paramref name="anchor"/> (a report is published on or after the day of its briefing).</summary>
    public DateOnly? Resolve(DateOnly anchor)
    {
        if (Weekday is { } w) return DateReader.OnOrBefore(w, anchor);
        if (DaysBefore >= 0) return anchor.AddDays(-DaysBefore);
        if (Month > 0) return DateReader.WithYearBefore(Month, Day, anchor);
        if (Day > 0)
        {
            for (var month = new DateOnly(anchor.Year, anchor.Month, 1); month >= new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(-1); month = month.AddMonths(-1))
            {
                if (Day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, Day) <= anchor) return new DateOnly(month.Year, month.Month, Day);
            }
        }
        return null;
    }
}

/// <summary>
/// The dates of a news report: the report's own date from its header (a timestamp or byline; never a caption, nor a
/// date line in another language than the text, such as a crawler's), and the day the report gives for the briefing
/// ("on Tuesday", "Monday's news conference", "on the 3rd", "周二", "12日", "今天"), resolved against it. Dates are read
/// by the lexicon's <see cref="DateReader"/>; the day cues by a scanner over the lexicon's weekdays and words for today
/// and yesterday.
/// </summary>
internal static class NewsDates
{
    /// <summary>The report's own date: the first date of the header's lines (captions and lines in another language aside), or of the start of a one-line page.</summary>
    public static DateOnly? ReportDate(LexedText lexed, NewsLexicon lex, NewsLayout layout, string language)
    {
        foreach (int i in layout.HeaderLines)
        {
            ref readonly var line = ref lexed[i];
            if (line.Chrome is BoilerplateKind.Caption) continue;
            if (Read(lexed, lex, line.Content, language) is { } d) return d;
        }
        // A page stored on one line holds its header in its first paragraph.
        if (layout.HeaderLines.Count == 0 && layout.Body.Count > 0 && layout.Body[0].Prose)
        {
            var first = layout.Body[0].Span;
            if (Read(lexed, lex, new TextSpan(first.Start, Math.Min(first.Length, 400)), language) is { } d) return d;
        }
        return null;
    }

    private static DateOnly? Read(LexedText lexed, NewsLexicon lex, TextSpan span, string language)
    {
        var s = lexed[span];
        if (s.IsEmpty) return null;
        // A crawler's date in another language ("jeudi, avril 25, 2024" above an English report) is not the report's.
        if (lex.Months.IndexOfWord(s, out _, out var month) >= 0 && month?.Language is { } ml && ml != language && ml != "en" && ml != "zh") return null;
        var dates = lex.Lexicon.Dates;
        var candidates = new List<(int Index, DateOnly Date)>(3);
        if (dates.TryFindDate(s, DateForms.All, out var written, out int at, out _)) candidates.Add((at, written));
        bool monthFirst = false;
        foreach (var zone in lex.Lexicon[LexiconCategories.Zone].Entries)
        {
            if (zone.HasTag("month-first") && s.IndexOf(zone.Text, StringComparison.Ordinal) >= 0) monthFirst = true;
        }
        if (DateReader.TryFindNumericDate(s, monthFirst, out var numeric, out int numericAt)) candidates.Add((numericAt, numeric));
        if (candidates.Count == 0 && dates.TryFindMonthDay(s, out int m, out int d) && GluedYear(s) is int year && d <= DateTime.DaysInMonth(year, m))
            candidates.Add((0, new DateOnly(year, m, d)));
        return candidates.Count == 0 ? null : candidates.MinBy(c => c.Index).Date;
    }

    /// <summary>"April 16, 20247:41 PM": a year glued to the hour that follows it (five or six digits, then a colon).</summary>
    private static int? GluedYear(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (!Numbers.IsDigit(s[i]) || (i > 0 && Numbers.IsDigit(s[i - 1]))) continue;
            int n = Numbers.ReadRun(s, i, out _);
            if (n is 5 or 6 && i + n < s.Length && s[i + n] == ':')
            {
                int year = Numbers.ValueOf(s, i, 4);
                if (year is >= 1990 and <= 2099) return year;
            }
            i += n;
        }
        return null;
    }

    /// <summary>The day cue of a sentence nearest to <paramref name="near"/> (a briefing noun), or the first.</summary>
    public static DayCue Cue(string folded, NewsLexicon lex, TextSpan sentence, int near = -1)
    {
        var s = folded.AsSpan(sentence.Start, sentence.Length);
        var best = default(DayCue) with { DaysBefore = -1 };
        int bestDistance = int.MaxValue;
        void Consider(DayCue cue, int at)
        {
            int distance = near < 0 ? at : Math.Abs(sentence.Start + at - near);
            if (distance < bestDistance)
            {
                best = cue;
                bestDistance = distance;
            }
        }
        int offset = 0;
        while (offset < s.Length)
        {
            int w = lex.Weekdays.IndexOfWord(s[offset..], out int len, out var weekday);
            if (w < 0 || weekday is null) break;
            Consider(new DayCue((DayOfWeek)weekday.Value, 0, 0, -1), offset + w);
            offset += w + Math.Max(1, len);
        }
        int today = lex.Today.IndexOfWord(s, out _, out _);
        if (today >= 0) Consider(new DayCue(null, 0, 0, 0), today);
        int yesterday = lex.Yesterday.IndexOfWord(s, out _, out _);
        if (yesterday >= 0) Consider(new DayCue(null, 0, 0, 1), yesterday);
        // "12日", "6月18日" (Chinese), "on the 3rd", "the 17th" (English).
        for (int i = 0; i < s.Length; i++)
        {
            if (!Numbers.IsDigit(s[i]) || (i > 0 && Numbers.IsDigit(s[i - 1]))) continue;
            int n = Numbers.ReadRun(s, i, out int value);
            if (n is 0 or > 2 || value is < 1 or > 31)
            {
                i += Math.Max(0, n - 1);
                continue;
            }
            int after = i + n;
            if (after < s.Length && s[after] == '日')
            {
                int month = 0;
                if (i > 0 && s[i - 1] == '月')
                {
                    int m = i - 1;
                    while (m > 0 && Numbers.IsDigit(s[m - 1])) m--;
                    if (m < i - 1) month = Numbers.ValueOf(s, m, i - 1 - m);
                    // "2019年12月26日": a full date is no day cue.
                    if (m > 0 && s[m - 1] == '年') month = -1;
                }
                if (month >= 0) Consider(new DayCue(null, month, value, -1), i);
            }
            else if (lex.Ordinals.MatchPrefix(s[after..]) is int o and > 0 && (after + o >= s.Length || !char.IsLetter(s[after + o])) && PrecededByDeterminer(lex, s, i))
            {
                Consider(new DayCue(null, 0, value, -1), i);
            }
            i += n - 1;
        }
        return best;
    }

    private static bool PrecededByDeterminer(NewsLexicon lex, ReadOnlySpan<char> s, int i)
    {
        int e = i;
        while (e > 0 && CharClass.IsSpace(s[e - 1])) e--;
        int b = e;
        while (b > 0 && char.IsLetter(s[b - 1])) b--;
        return e > b && lex.Determiners.Contains(s[b..e]);
    }

    /// <summary>
    /// Without a report date: the year of a dateline's month and day that falls on the weekday the report gives, within the
    /// term of office of the briefing's spokesperson (open terms end two years after the directory's latest date).
    /// </summary>
    public static DateOnly? FromTerm(int month, int day, DayOfWeek weekday, SpokespersonEntry entry, DateOnly horizon)
    {
        if (month is < 1 or > 12 || day < 1 || entry.From is not { } from) return null;
        var to = entry.To ?? horizon;
        DateOnly? found = null;
        for (int year = from.Year; year <= to.Year; year++)
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            var date = new DateOnly(year, month, day);
            if (date < from || date > to || date.DayOfWeek != weekday) continue;
            if (found is not null) return null;
            found = date;
        }
        return found;
    }
}
