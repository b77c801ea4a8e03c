using System.Buffers;

namespace Briefing.Parsing.Lexing;

/// <summary>Which ways of writing a date <see cref="DateReader.TryFindDate"/> looks for.</summary>
[Flags]
public enum DateForms
{
    /// <summary>With a month name, in any order the lexicon's languages use: "July 2, 2024", "11 October 2007", "15. April 2013".</summary>
    Written = 1,
    /// <summary>Chinese: "2019年12月26日".</summary>
    Chinese = 2,
    /// <summary>Numeric, year first: "2024-07-02", "2024/7/2", "2024.07.02".</summary>
    YearFirst = 4,
    /// <summary>Every form above.</summary>
    All = Written | Chinese | YearFirst,
    /// <summary>Numeric, month first, with a four-digit year: "1/8/2016" (United States).</summary>
    MonthFirst = 8,
}

/// <summary>
/// Reads dates and times the way briefings print them, in every language of the lexicon (months, weekdays, a.m./p.m.
/// and zones are lexicon data), with digits of any script. A hand-written scanner: no regular expression, no
/// exception, no allocation for short texts. The one date reader of the library.
/// </summary>
public sealed class DateReader
{
    private readonly PhraseSet _months;
    private readonly PhraseSet _weekdays;
    private readonly PhraseSet _shortWeekdays;
    private readonly PhraseSet _ordinals;
    private readonly PhraseSet _meridiems;
    private readonly PhraseSet _zones;
    private readonly PhraseSet _persianMonths;
    private static readonly System.Globalization.PersianCalendar s_persian = new();

    internal DateReader(Lexicon lexicon)
    {
        _months = lexicon[LexiconCategories.Month];
        _weekdays = lexicon[LexiconCategories.Weekday];
        _shortWeekdays = lexicon["date.weekday.short"];
        _ordinals = lexicon[LexiconCategories.Ordinal];
        _meridiems = lexicon[LexiconCategories.Meridiem];
        _zones = lexicon[LexiconCategories.Zone];
        _persianMonths = lexicon[LexiconCategories.PersianMonth];
    }

    private enum Kind : byte { Number, Word, Cjk, Punct }

    private struct Token
    {
        public Kind Kind;
        public int Start;
        public int Length;
        public int Value;      // numbers: their value (-1 when too long); words: month or weekday value, else -1
        public bool SpaceBefore;
        public int End => Start + Length;
    }

    private const int StackTokens = 96;

    /// <summary>
    /// A token buffer for <paramref name="text"/>: <see cref="StackTokens"/> tokens for a short text, a pooled array for a
    /// longer one. Pooled rather than stack-allocated even when short, because a stack buffer would be zeroed on every call
    /// (and <see cref="Tokenize"/> writes every field of the tokens it returns).
    /// </summary>
    private static Token[] RentTokens(ReadOnlySpan<char> text, out Span<Token> tokens)
    {
        bool small = text.Length <= StackTokens * 2;
        var rented = ArrayPool<Token>.Shared.Rent(small ? StackTokens : text.Length / 2 + 8);
        tokens = small ? rented.AsSpan(0, StackTokens) : rented;
        return rented;
    }

    /// <summary>Finds the first date of the given forms in <paramref name="text"/>.</summary>
    /// <returns>Whether one was found; <paramref name="index"/> and <paramref name="length"/> say where.</returns>
    public bool TryFindDate(ReadOnlySpan<char> text, DateForms forms, out DateOnly date, out int index, out int length)
    {
        date = default;
        index = -1;
        length = 0;
        Token[] rented = RentTokens(text, out var tokens);
        try
        {
            int count = Tokenize(text, tokens);
            for (int i = 0; i < count; i++)
            {
                if (MatchDate(text, tokens[..count], i, forms, requireYear: true, out date, out int last))
                {
                    index = tokens[i].Start;
                    length = tokens[last].End - index;
                    return true;
                }
            }
            return false;
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(rented);
        }
    }

    /// <summary>Finds the first date with a month name ("July 2, 2024", "11 October 2007").</summary>
    public bool TryFindWrittenDate(ReadOnlySpan<char> text, out DateOnly date, out int index, out int length) =>
        TryFindDate(text, DateForms.Written, out date, out index, out length);

    /// <summary>Finds the first Chinese date ("2019年12月26日").</summary>
    public bool TryFindChineseDate(ReadOnlySpan<char> text, out DateOnly date) =>
        TryFindDate(text, DateForms.Chinese, out date, out _, out _);

    /// <summary>
    /// Finds the first month and day written without a year ("On 20 January", "on July 15", "7月15日" without a year);
    /// a day followed by a year is a full date and does not count.
    /// </summary>
    public bool TryFindMonthDay(ReadOnlySpan<char> text, out int month, out int day)
    {
        month = day = 0;
        Token[] rented = RentTokens(text, out var tokens);
        try
        {
            int count = Tokenize(text, tokens);
            var t = tokens[..count];
            for (int i = 0; i < count; i++)
            {
                if (MatchDate(text, t, i, DateForms.Written, requireYear: true, out _, out _)) return false;
                if (MatchMonthDay(text, t, i, out month, out day, out _)) return true;
            }
            return false;
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Reads a line that holds only a date, perhaps with a weekday, a time and a zone: numeric ("2024-07-02 19:45",
    /// "10/11/2022 07:54 PM EDT", "2015年9月23日") or written ("29 June 201717:54", "Tuesday, July 2, 2024 3:05 PM",
    /// "Mittwoch, 3. Mai 2023"). Used for publication timestamps and date lines.
    /// </summary>
    public bool TryReadDateLine(ReadOnlySpan<char> line, out DateTime value, out bool hasTime)
    {
        value = default;
        hasTime = false;
        line = CharClass.TrimSpaces(line);
        // Every date this reads has a number (a year, a day, a clock): a line without a digit is none.
        if (line.IsEmpty || line.Length > 64 || Numbers.IndexOfDigit(line) < 0) return false;
        Span<Token> tokens = stackalloc Token[48];
        int count = Tokenize(line, tokens);
        if (count == 0 || count > 40) return false;
        var t = tokens[..count];
        int i = 0;
        // A weekday first: "Tuesday, …", "Tue, …", "星期二".
        if (t[i].Kind == Kind.Word && (Weekday(line, t[i]) >= 0))
        {
            i++;
            if (i < count && t[i].Kind == Kind.Punct && line[t[i].Start] == ',') i++;
        }
        if (i >= count) return false;
        DateOnly date;
        int last;
        bool monthFirst = ZoneIsAmerican(line, t);
        if (MatchDate(line, t, i, DateForms.All, requireYear: true, out date, out last)) { }
        else if (MatchNumeric(line, t, i, monthFirst, out date, out last)) { }
        else if (MatchGluedYear(line, t, i, out date, out int hour, out int minute, out int glued))
        {
            // "29 June 201717:54": the year and the hour run together.
            int rest = ReadTimeTail(line, t, glued + 1, ref hour, out _);
            if (rest < 0 || !OnlyTrailer(line, t, rest)) return false;
            value = new DateTime(date.Year, date.Month, date.Day, hour, minute, 0, DateTimeKind.Unspecified);
            hasTime = true;
            return true;
        }
        else return false;
        int next = last + 1;
        if (next < count && t[next].Kind == Kind.Punct && line[t[next].Start] == ',') next++;
        if (next < count && t[next].Kind == Kind.Cjk && line[t[next].Start] == '日') next++;
        if (next < count && TryReadTime(line, t, next, out int h, out int m, out int s, out int after))
        {
            if (!OnlyTrailer(line, t, after)) return false;
            value = new DateTime(date.Year, date.Month, date.Day, h, m, s, DateTimeKind.Unspecified);
            hasTime = true;
            return true;
        }
        if (!OnlyTrailer(line, t, next)) return false;
        value = date.ToDateTime(TimeOnly.MinValue);
        return true;
    }

    /// <summary>Whether a line holds only a clock time, perhaps with a.m./p.m. and a zone ("2:03 p.m. EDT", "at 14:30").</summary>
    public bool IsTimeLine(ReadOnlySpan<char> line)
    {
        line = CharClass.TrimSpaces(line);
        // A time is a clock: digits.
        if (line.Length is < 4 or > 40 || Numbers.IndexOfDigit(line) < 0) return false;
        Span<Token> tokens = stackalloc Token[24];
        int count = Tokenize(line, tokens);
        if (count == 0 || count > 20) return false;
        var t = tokens[..count];
        int i = 0;
        if (t[0].Kind == Kind.Word && line.Slice(t[0].Start, t[0].Length).Equals("at", StringComparison.OrdinalIgnoreCase)) i = 1;
        return i < count && TryReadTime(line, t, i, out _, out _, out _, out int after) && OnlyTrailer(line, t, after, allowFullStop: true);
    }

    /// <summary>
    /// Reads a line that starts with a year-first numeric or Chinese date, perhaps with a time ("2024-07-02 19:45",
    /// "2015年9月23日 10:30"); <paramref name="length"/> is how much of the line the date and time take.
    /// </summary>
    public bool TryReadNumericDateTime(ReadOnlySpan<char> line, out DateTime value, out bool hasTime, out int length)
    {
        value = default;
        hasTime = false;
        length = 0;
        var head = line[..Math.Min(line.Length, 64)];
        Span<Token> tokens = stackalloc Token[48];
        int count = Tokenize(head, tokens);
        var t = tokens[..count];
        if (count == 0 || t[0].Kind != Kind.Number || t[0].Start != 0) return false;
        if (!MatchDate(head, t, 0, DateForms.Chinese | DateForms.YearFirst, requireYear: true, out var date, out int last)) return false;
        int next = last + 1;
        if (next < count && t[next].Kind == Kind.Cjk && head[t[next].Start] == '日') last = next++;
        length = t[last].End;
        value = date.ToDateTime(TimeOnly.MinValue);
        if (next < count && t[next].Kind == Kind.Number && TryReadClock(head, t, next, out int h, out int m, out int s, out int clockLast))
        {
            value = new DateTime(date.Year, date.Month, date.Day, h, m, s, DateTimeKind.Unspecified);
            hasTime = true;
            length = t[clockLast].End;
        }
        return true;
    }

    /// <summary>
    /// Finds the first numeric date written day-and-month with a four-digit year ("11/07/2023", "23-04-2020", US style
    /// "10/27/2025"). A part above 12 settles which is the day; otherwise <paramref name="monthFirst"/> decides.
    /// </summary>
    public static bool TryFindNumericDate(ReadOnlySpan<char> text, bool monthFirst, out DateOnly date, out int index)
    {
        date = default;
        index = -1;
        int i = 0;
        while (i < text.Length)
        {
            if (!Numbers.IsDigit(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            int aDigits = Numbers.ReadRun(text, i, out int a);
            i += aDigits;
            bool precededOk = start == 0 || text[start - 1] is not ('/' or '.' or '-') && !Numbers.IsDigit(text[start - 1]);
            if (!precededOk || aDigits > 2 || i >= text.Length || text[i] is not ('/' or '.' or '-')) continue;
            char sep = text[i];
            int j = i + 1;
            int bDigits = Numbers.ReadRun(text, j, out int b);
            if (bDigits is 0 or > 2) continue;
            j += bDigits;
            if (j >= text.Length || text[j] != sep) continue;
            j++;
            int yDigits = Numbers.ReadRun(text, j, out int year);
            if (yDigits != 4 || year is < 1900 or > 2099) continue;
            bool aFirst = a <= 12 && (b > 12 || monthFirst);
            int month = aFirst ? a : b, day = aFirst ? b : a;
            if (!Valid(year, month, day)) continue;
            date = new DateOnly(year, month, day);
            index = start;
            return true;
        }
        return false;
    }

    /// <summary>The first weekday named in <paramref name="text"/> ("on Tuesday", "Monday's", "星期二", "周二", "Dienstag"), if any.</summary>
    public DayOfWeek? FindWeekday(ReadOnlySpan<char> text)
    {
        int at = _weekdays.IndexOfWord(text, out _, out var entry);
        return at >= 0 && entry is not null ? (DayOfWeek)entry.Value : null;
    }

    /// <summary>The latest date on or before <paramref name="anchor"/> that falls on <paramref name="weekday"/>.</summary>
    public static DateOnly OnOrBefore(DayOfWeek weekday, DateOnly anchor) =>
        anchor.AddDays(-(((int)anchor.DayOfWeek - (int)weekday + 7) % 7));

    /// <summary>
    /// Completes a month and day with the year of <paramref name="anchor"/> (e.g. a publication date): the latest such
    /// date on or before the anchor, since a briefing is published on or after the day it is held.
    /// </summary>
    public static DateOnly? WithYearBefore(int month, int day, DateOnly anchor)
    {
        if (month is < 1 or > 12 || day < 1) return null;
        for (int year = anchor.Year; year >= anchor.Year - 1 && year >= 1; year--)
        {
            if (day <= DateTime.DaysInMonth(year, month))
            {
                var candidate = new DateOnly(year, month, day);
                if (candidate <= anchor) return candidate;
            }
        }
        return null;
    }

    // ---- scanning ----

    private static int Tokenize(ReadOnlySpan<char> s, Span<Token> tokens)
    {
        int count = 0;
        int i = 0;
        bool space = false;
        while (i < s.Length && count < tokens.Length)
        {
            char c = s[i];
            if (CharClass.IsSpace(c) || c is '\n' or '\r')
            {
                space = true;
                i++;
                continue;
            }
            ref var t = ref tokens[count++];
            t.Start = i;
            t.SpaceBefore = space;
            space = false;
            if (Numbers.IsDigit(c))
            {
                t.Kind = Kind.Number;
                t.Length = Numbers.ReadRun(s, i, out t.Value);
            }
            else if (CharClass.IsCjk(c))
            {
                t.Kind = Kind.Cjk;
                t.Length = 1;
                t.Value = -1;
            }
            else if (char.IsLetter(c))
            {
                int j = i + 1;
                while (j < s.Length && char.IsLetter(s[j]) && !CharClass.IsCjk(s[j])) j++;
                t.Kind = Kind.Word;
                t.Length = j - i;
                t.Value = -1;
            }
            else
            {
                t.Kind = Kind.Punct;
                t.Length = 1;
                t.Value = -1;
            }
            i += t.Length;
        }
        return count;
    }

    private int MonthOf(ReadOnlySpan<char> s, in Token t) =>
        t.Kind == Kind.Word && t.Length >= 3 && _months.Find(s.Slice(t.Start, t.Length)) is { } e ? e.Value : -1;

    private int PersianMonthOf(ReadOnlySpan<char> s, in Token t) =>
        t.Kind == Kind.Word && t.Length >= 3 && _persianMonths.Find(s.Slice(t.Start, t.Length)) is { } e ? e.Value : -1;

    /// <summary>A Solar Hijri date ("6 Shahrivar 1402"), as a Gregorian date.</summary>
    private static bool TryPersian(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1300 or > 1499 || month is < 1 or > 12 || day < 1 || day > s_persian.GetDaysInMonth(year, month)) return false;
        date = DateOnly.FromDateTime(s_persian.ToDateTime(year, month, day, 0, 0, 0, 0));
        return true;
    }

    private int Weekday(ReadOnlySpan<char> s, in Token t)
    {
        if (t.Kind != Kind.Word) return -1;
        var w = s.Slice(t.Start, t.Length);
        return (_weekdays.Find(w) ?? _shortWeekdays.Find(w)) is { } e ? e.Value : -1;
    }

    private static bool IsPunct(ReadOnlySpan<char> s, in Token t, char c) => t.Kind == Kind.Punct && s[t.Start] == c;

    private static bool IsCjk(ReadOnlySpan<char> s, in Token t, char c) => t.Kind == Kind.Cjk && s[t.Start] == c;

    private static bool IsYear(in Token t) => t.Kind == Kind.Number && t.Length == 4 && t.Value is >= 1900 and <= 2099;

    private static bool IsDay(in Token t) => t.Kind == Kind.Number && t.Length <= 2 && t.Value is >= 1 and <= 31;

    private static bool Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>Skips an ordinal suffix glued to a day ("2nd", "15th") at token <paramref name="i"/>.</summary>
    private int SkipOrdinal(ReadOnlySpan<char> s, ReadOnlySpan<Token> t, int i) =>
        i < t.Length && t[i].Kind == Kind.Word && !t[i].SpaceBefore && _ordinals.Contains(s.Slice(t[i].Start, t[i].Length)) ? i + 1 : i;

    private bool MatchDate(ReadOnlySpan<char> s, ReadOnlySpan<Token> t, int i, DateForms forms, bool requireYear, out DateOnly date, out int last)
    {
        date = default;
        last = i;
        ref readonly var first = ref t[i];
        if (first.Kind == Kind.Word && (forms & DateForms.Written) != 0)
        {
            // Month [.] Day[th] [,] Year
            int month = MonthOf(s, first);
            if (month < 0) return false;
            int j = i + 1;
            if (j < t.Length && IsPunct(s, t[j], '.')) j++;
            if (j >= t.Length || !IsDay(t[j]) || !t[j].SpaceBefore) return false;
            int day = t[j].Value;
            j = SkipOrdinal(s, t, j + 1);
            if (j < t.Length && IsPunct(s, t[j], ',')) j++;
            if (j >= t.Length || !IsYear(t[j]) || !Valid(t[j].Value, month, day)) return false;
            date = new DateOnly(t[j].Value, month, day);
            last = j;
            return true;
        }
        if (first.Kind != Kind.Number) return false;
        if ((forms & DateForms.MonthFirst) != 0 && MatchNumeric(s, t, i, monthFirst: true, out date, out last) && (i == 0 || !IsPunct(s, t[i - 1], '/')))
            return true;
        if (IsDay(first) && (forms & DateForms.Written) != 0 && i + 2 < t.Length && PersianMonthOf(s, t[i + 1]) is int pm and > 0
            && t[i + 2].Kind == Kind.Number && t[i + 2].Length == 4 && TryPersian(t[i + 2].Value, pm, first.Value, out date))
        {
            // "6 Shahrivar 1402": the Solar Hijri calendar of Iranian pages.
            last = i + 2;
            return true;
        }
        if (IsDay(first) && (forms & DateForms.Written) != 0 && (i == 0 || !IsPunct(s, t[i - 1], '/') && !IsPunct(s, t[i - 1], '-')))
        {
            // Day[th][.] [of] Month[.] [,] Year
            int j = SkipOrdinal(s, t, i + 1);
            if (j < t.Length && IsPunct(s, t[j], '.') && !t[j].SpaceBefore) j++;
            if (j < t.Length && t[j].Kind == Kind.Word && s.Slice(t[j].Start, t[j].Length).Equals("of", StringComparison.OrdinalIgnoreCase)) j++;
            if (j < t.Length && MonthOf(s, t[j]) is int month and > 0)
            {
                j++;
                if (j < t.Length && IsPunct(s, t[j], '.')) j++;
                if (j < t.Length && IsPunct(s, t[j], ',')) j++;
                if (j < t.Length && IsYear(t[j]) && Valid(t[j].Value, month, first.Value))
                {
                    date = new DateOnly(t[j].Value, month, first.Value);
                    last = j;
                    return true;
                }
            }
        }
        if (IsYear(first))
        {
            int j = i + 1;
            // Year 年 Month 月 Day 日
            if ((forms & DateForms.Chinese) != 0 && j + 3 < t.Length && IsCjk(s, t[j], '年') && t[j + 1].Kind == Kind.Number && IsCjk(s, t[j + 2], '月') && IsDay(t[j + 3]))
            {
                if (j + 4 < t.Length && IsCjk(s, t[j + 4], '日') && Valid(first.Value, t[j + 1].Value, t[j + 3].Value))
                {
                    date = new DateOnly(first.Value, t[j + 1].Value, t[j + 3].Value);
                    last = j + 4;
                    return true;
                }
            }
            // Year-Month-Day with one separator
            if ((forms & DateForms.YearFirst) != 0 && j + 3 < t.Length && t[j].Kind == Kind.Punct && s[t[j].Start] is '-' or '/' or '.'
                && t[j + 1].Kind == Kind.Number && t[j + 1].Length <= 2 && IsPunct(s, t[j + 2], s[t[j].Start]) && IsDay(t[j + 3])
                && !t[j].SpaceBefore && !t[j + 1].SpaceBefore && !t[j + 2].SpaceBefore && !t[j + 3].SpaceBefore
                && (i == 0 || !IsPunct(s, t[i - 1], '/')))
            {
                if (Valid(first.Value, t[j + 1].Value, t[j + 3].Value) && (j + 4 >= t.Length || t[j + 4].Kind != Kind.Number || t[j + 4].SpaceBefore))
                {
                    date = new DateOnly(first.Value, t[j + 1].Value, t[j + 3].Value);
                    last = j + 3;
                    return true;
                }
            }
        }
        _ = requireYear;
        return false;
    }

    private bool MatchMonthDay(ReadOnlySpan<char> s, ReadOnlySpan<Token> t, int i, out int month, out int day, out int last)
    {
        month = day = 0;
        last = i;
        ref readonly var first = ref t[i];
        if (first.Kind == Kind.Word && MonthOf(s, first) is int m and > 0)
        {
            int j = i + 1;
            if (j < t.Length && IsPunct(s, t[j], '.')) j++;
            if (j < t.Length && IsDay(t[j]) && t[j].SpaceBefore && (j + 1 >= t.Length || t[j + 1].Kind != Kind.Number || t[j + 1].SpaceBefore))
            {
                if (j + 1 < t.Length && t[j + 1].Kind == Kind.Number) return false;
                (month, day, last) = (m, t[j].Value, j);
                return true;
            }
            return false;
        }
        // "7月15日": a month and a day in Chinese, no year before them.
        if (first.Kind == Kind.Number && first.Value is >= 1 and <= 12 && i + 3 < t.Length && IsCjk(s, t[i + 1], '月') && IsDay(t[i + 2])
            && IsCjk(s, t[i + 3], '日') && (i == 0 || !IsCjk(s, t[i - 1], '年')))
        {
            (month, day, last) = (first.Value, t[i + 2].Value, i + 3);
            return true;
        }
        if (IsDay(first) && (i == 0 || t[i - 1].Kind != Kind.Number))
        {
            int j = SkipOrdinal(s, t, i + 1);
            if (j < t.Length && IsPunct(s, t[j], '.') && !t[j].SpaceBefore) j++;
            if (j < t.Length && t[j].Kind == Kind.Word && s.Slice(t[j].Start, t[j].Length).Equals("of", StringComparison.OrdinalIgnoreCase)) j++;
            if (j < t.Length && MonthOf(s, t[j]) is int m2 and > 0)
            {
                (month, day, last) = (m2, first.Value, j);
                return true;
            }
        }
        return false;
    }

    /// <summary>"10/11/2022", "11.07.2023" at token <paramref name="i"/> (day-and-month order settled as in <see cref="TryFindNumericDate"/>).</summary>
    private static bool MatchNumeric(ReadOnlySpan<char> s, ReadOnlySpan<Token> t, int i, bool monthFirst, out DateOnly date, out int last)
    {
        date = default;
        last = i;
        if (i + 4 >= t.Length) return false;
        var a = t[i];
        if (a.Kind != Kind.Number || a.Length > 2 || t[i + 1].Kind != Kind.Punct || s[t[i + 1].Start] is not ('/' or '.' or '-')) return false;
        char sep = s[t[i + 1].Start];
        var b = t[i + 2];
        if (b.Kind != Kind.Number || b.Length > 2 || !IsPunct(s, t[i + 3], sep) || !IsYear(t[i + 4])) return false;
        bool aFirst = a.Value <= 12 && (b.Value > 12 || monthFirst);
        int month = aFirst ? a.Value : b.Value, day = aFirst ? b.Value : a.Value;
        if (!Valid(t[i + 4].Value, month, day)) return false;
        date = new DateOnly(t[i + 4].Value, month, day);
        last = i + 4;
        return true;
    }

    /// <summary>"29 June 201717:54": a written date whose year runs into the hour.</summary>
    private bool MatchGluedYear(ReadOnlySpan<char> s, ReadOnlySpan<Token> t, int i, out DateOnly date, out int hour, out int minute, out int last)
    {
        date = default;
        hour = minute = 0;
        last = i;
        if (!IsDay(t[i])) return false;
        int j = SkipOrdinal(s, t, i + 1);
        if (j >= t.Length || MonthOf(s, t[j]) is not (int month and > 0)) return false;
        j++;
        if (j < t.Length && IsPunct(s, t[j], ',')) j++;
        if (j + 2 >= t.Length || t[j].Kind != Kind.Number || t[j].Length != 6 || !IsPunct(s, t[j + 1], ':') || t[j + 2].Kind != Kind.Number || t[j + 2].Length != 2) return false;
        int year = Numbers.ValueOf(s, t[j].Start, 4);
        hour = Numbers.ValueOf(s, t[j].Start + 4, 2);
        minute = t[j + 2].Value;
        if (year is < 1900 or > 2099 || hour > 23 || minute > 59 || !Valid(year, month, t[i].Value)) return false;
        date = new DateOnly(year, month, t[i].Value);
        last = j + 2;
        return true;
    }

    /// <summary>H:MM[:SS] at token <paramref name="i"/>.</summary>
    private static bool TryReadClock(ReadOnlySpan<char> s, ReadOnlySpan<Token> t, int i, out int h, out int m, out int sec, out int last)
    {
        h = m = sec = 0;
        last = i;
        if (i + 2 >= t.Length || t[i].Kind != Kind.Number || t[i].Length > 2 || t[i + 1].Kind != Kind.Punct || s[t[i + 1].Start] is not (':' or '.' or '：')
            || t[i + 2].Kind != Kind.Number || t[i + 2].Length != 2 || t[i + 1].SpaceBefore || t[i + 2].SpaceBefore) return false;
        h = t[i].Value;
        m = t[i + 2].Value;
        last = i + 2;
        if (i + 4 < t.Length && IsPunct(s, t[i + 3], ':') && t[i + 4].Kind == Kind.Number && t[i + 4].Length == 2 && !t[i + 3].SpaceBefore)
        {
            sec = t[i + 4].Value;
            last = i + 4;
        }
        return h <= 23 && m <= 59 && sec <= 59;
    }

    /// <summary>A clock time with an optional a.m./p.m. at token <paramref name="i"/>; <paramref name="after"/> is the next token.</summary>
    private bool TryReadTime(ReadOnlySpan<char> s, ReadOnlySpan<Token> t, int i, out int h, out int m, out int sec, out int after)
    {
        after = i;
        if (!TryReadClock(s, t, i, out h, out m, out sec, out int last)) return false;
        int next = ReadTimeTail(s, t, last + 1, ref h, out bool ok);
        if (!ok) return false;
        after = next;
        return true;
    }

    /// <summary>Reads "a.m."/"p.m." after a clock; adjusts the hour; returns the index after it (or -1 when the hour does not fit).</summary>
    private int ReadTimeTail(ReadOnlySpan<char> s, ReadOnlySpan<Token> t, int i, ref int hour, out bool ok)
    {
        ok = true;
        if (i >= t.Length || t[i].Kind != Kind.Word) return i;
        // "a.m." is tokenised as a . m . — read the letters and dots of the marker as one run.
        int start = t[i].Start;
        int j = i;
        int end = start;
        while (j < t.Length && (t[j].Kind == Kind.Word && t[j].Length <= 2 || IsPunct(s, t[j], '.')) && (j == i || !t[j].SpaceBefore))
        {
            end = t[j].End;
            j++;
        }
        var marker = s[start..end];
        if (_meridiems.Find(marker) is not { } entry)
        {
            // "P.M" without the final full stop, or a longer run that is a marker followed by a full stop.
            return i;
        }
        if (hour is < 1 or > 12)
        {
            ok = false;
            return -1;
        }
        hour = hour % 12 + entry.Value;
        return j;
    }

    /// <summary>Whether only a time zone (perhaps in brackets) or nothing follows token <paramref name="i"/>.</summary>
    private bool OnlyTrailer(ReadOnlySpan<char> s, ReadOnlySpan<Token> t, int i, bool allowFullStop = false)
    {
        if (i < 0) return false;
        if (i >= t.Length) return true;
        int start = t[i].Start;
        var rest = CharClass.TrimSpaces(s[start..]);
        if (allowFullStop) rest = rest.TrimEnd('.');
        if (rest.IsEmpty) return true;
        if (rest[0] == '(' && rest[^1] == ')') rest = CharClass.TrimSpaces(rest[1..^1]);
        if (_zones.Contains(rest)) return true;
        // An upper-case abbreviation of two to five letters ("EDT", "MSK") is a zone too.
        if (rest.Length is >= 2 and <= 5)
        {
            foreach (char c in rest)
            {
                if (!char.IsAsciiLetterUpper(c)) return false;
            }
            return true;
        }
        return false;
    }

    /// <summary>Whether a zone of a country that writes the month first (lexicon tag <c>month-first</c>) follows the date.</summary>
    private bool ZoneIsAmerican(ReadOnlySpan<char> s, ReadOnlySpan<Token> t)
    {
        foreach (var token in t)
        {
            if (token.Kind == Kind.Word && token.Length <= 5 && _zones.Find(s.Slice(token.Start, token.Length)) is { } zone && zone.HasTag("month-first")) return true;
        }
        return false;
    }
}
