using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Parsing;

/// <summary>Finds dates in text the way briefings print them. Shared by every format.</summary>
internal static partial class DateText
{
    private const string Month = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    [GeneratedRegex(@"\b" + Month + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(?<year>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\.?\s*,?\s+(?<year>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})\s*[-/.年]\s*(?<month>\d{1,2})\s*[-/.月]\s*(?<day>\d{1,2})\s*日?(?:\s*(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    // A line that is only a date, perhaps with a weekday and a time, the time sometimes glued to the year
    // ("29 June 201717:54", "Tuesday, July 2, 2024 3:05 PM", "June 16, 2025 10:41 AM EDT").
    [GeneratedRegex(@"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @"\.?,?\s+(?<year>(?:19|20)\d{2})|" + Month + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2}))\s*(?:,\s*)?(?:(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?\s*(?<ampm>[ap]\.?m\.?)?)?\s*(?:\(?[A-Z]{2,5}\)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDateLine();

    /// <summary>
    /// Reads a line that holds only a date, optionally with a time: numeric ("2024-07-02 19:45") or English
    /// ("29 June 201717:54", "July 2, 2024 3:05 p.m."). Used for publication timestamps and dateline metadata.
    /// </summary>
    public static bool TryReadDateLine(ReadOnlySpan<char> line, out DateTime value, out bool hasTime)
    {
        line = CharClass.TrimSpaces(line);
        value = default;
        hasTime = false;
        if (line.IsEmpty || line.Length > 60) return false;
        if (char.IsAsciiDigit(line[0]) && TryReadNumericDateTime(line, out value, out hasTime, out int length) && CharClass.TrimSpaces(line[length..]).IsEmpty)
            return true;
        var m = EnglishDateLine().Match(line.ToString());
        if (!m.Success || MonthNumber(m.Groups["month"].ValueSpan) is not int month) return false;
        int year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        int h = 0, mi = 0, sec = 0;
        if (m.Groups["hour"].Success)
        {
            h = int.Parse(m.Groups["hour"].ValueSpan, CultureInfo.InvariantCulture);
            mi = int.Parse(m.Groups["minute"].ValueSpan, CultureInfo.InvariantCulture);
            if (m.Groups["second"].Success) sec = int.Parse(m.Groups["second"].ValueSpan, CultureInfo.InvariantCulture);
            if (m.Groups["ampm"].Success)
            {
                bool pm = char.ToLowerInvariant(m.Groups["ampm"].ValueSpan[0]) == 'p';
                if (h is < 1 or > 12) return false;
                h = h % 12 + (pm ? 12 : 0);
            }
            if (h > 23 || mi > 59 || sec > 59) return false;
            hasTime = true;
        }
        value = new DateTime(year, month, day, h, mi, sec, DateTimeKind.Unspecified);
        return true;
    }

    // "2:03 p.m. EDT", "14:30", "10:05 a.m. (local time)"
    [GeneratedRegex(@"^(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*(?:\(?(?:[A-Z]{2,5}|GMT[+-]\d{1,2}|local\s+time)\)?)?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeLine();

    /// <summary>Whether a line holds only a clock time, perhaps with a.m./p.m. and a zone ("2:03 p.m. EDT").</summary>
    public static bool IsTimeLine(ReadOnlySpan<char> line)
    {
        line = CharClass.TrimSpaces(line);
        return line.Length is >= 4 and <= 40 && (char.IsAsciiDigit(line[0]) || line.StartsWith("at ", StringComparison.OrdinalIgnoreCase)) && TimeLine().IsMatch(line);
    }

    [GeneratedRegex(@"(?<![\d/.-])(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<year>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthNumeric();

    [GeneratedRegex(@"\b(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?<zh>星期[一二三四五六日天]|周[一二三四五六日])", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    /// <summary>
    /// Finds the first numeric date written day-and-month ("11/07/2023", "23-04-2020" or, US style, "10/27/2025").
    /// A part above 12 settles which is the day; otherwise <paramref name="monthFirst"/> decides.
    /// </summary>
    public static bool TryFindNumericDate(string text, bool monthFirst, out DateOnly date, out int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in DayMonthNumeric().Matches(text))
        {
            int a = int.Parse(m.Groups["a"].ValueSpan, CultureInfo.InvariantCulture);
            int b = int.Parse(m.Groups["b"].ValueSpan, CultureInfo.InvariantCulture);
            int year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            bool aFirst = a <= 12 && (b > 12 || monthFirst);
            int month = aFirst ? a : b, day = aFirst ? b : a;
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) continue;
            date = new DateOnly(year, month, day);
            index = m.Index;
            return true;
        }
        date = default;
        index = -1;
        return false;
    }

    /// <summary>The first weekday named in <paramref name="text"/> ("on Tuesday", "Monday's", "星期二"), if any.</summary>
    public static DayOfWeek? FindWeekday(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Weekday().Match(text);
        if (!m.Success) return null;
        if (m.Groups["weekday"].Success) return Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value);
        return m.Groups["zh"].Value[^1] switch
        {
            '一' => DayOfWeek.Monday, '二' => DayOfWeek.Tuesday, '三' => DayOfWeek.Wednesday, '四' => DayOfWeek.Thursday,
            '五' => DayOfWeek.Friday, '六' => DayOfWeek.Saturday, _ => DayOfWeek.Sunday,
        };
    }

    /// <summary>The latest date on or before <paramref name="anchor"/> that falls on <paramref name="weekday"/>.</summary>
    public static DateOnly OnOrBefore(DayOfWeek weekday, DateOnly anchor) =>
        anchor.AddDays(-(((int)anchor.DayOfWeek - (int)weekday + 7) % 7));

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDate();

    /// <summary>Finds the first Chinese date ("2019年12月26日") in <paramref name="text"/>.</summary>
    public static bool TryFindChineseDate(string text, out DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        date = default;
        var m = ChineseDate().Match(text);
        if (!m.Success) return false;
        int y = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        int mo = int.Parse(m.Groups["month"].ValueSpan, CultureInfo.InvariantCulture);
        int d = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        date = new DateOnly(y, mo, d);
        return true;
    }

    /// <summary>Finds the first full English date ("July 2, 2024", "11 October 2007") in <paramref name="text"/>.</summary>
    public static bool TryFindEnglishDate(string text, out DateOnly date, out int index, out int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        Match best = Match.Empty;
        foreach (var regex in (ReadOnlySpan<Regex>)[MonthDayYear(), DayMonthYear()])
        {
            var m = regex.Match(text);
            if (m.Success && (!best.Success || m.Index < best.Index) && TryMake(m, out _)) best = m;
        }
        index = best.Index;
        length = best.Length;
        return TryMake(best, out date);
    }

    /// <summary>Finds the first English month and day without a year ("On 20 January", "On July 15") in <paramref name="text"/>.</summary>
    public static bool TryFindEnglishMonthDay(string text, out int month, out int day)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var regex in (ReadOnlySpan<Regex>)[MonthDay(), DayMonth()])
        {
            var m = regex.Match(text);
            if (m.Success && MonthNumber(m.Groups["month"].ValueSpan) is int mo && int.TryParse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture, out int d) && d is >= 1 and <= 31)
            {
                month = mo;
                day = d;
                return true;
            }
        }
        month = day = 0;
        return false;
    }

    /// <summary>Reads a line that starts with a numeric date, optionally with a time ("2024-07-02 19:45", "2015年9月23日").</summary>
    public static bool TryReadNumericDateTime(ReadOnlySpan<char> line, out DateTime value, out bool hasTime, out int length)
    {
        var m = IsoDateTime().Match(line.ToString());
        value = default;
        hasTime = false;
        length = 0;
        if (!m.Success) return false;
        int y = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        int mo = int.Parse(m.Groups["month"].ValueSpan, CultureInfo.InvariantCulture);
        int d = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        int h = 0, mi = 0, s = 0;
        if (m.Groups["hour"].Success)
        {
            h = int.Parse(m.Groups["hour"].ValueSpan, CultureInfo.InvariantCulture);
            mi = int.Parse(m.Groups["minute"].ValueSpan, CultureInfo.InvariantCulture);
            if (m.Groups["second"].Success) s = int.Parse(m.Groups["second"].ValueSpan, CultureInfo.InvariantCulture);
            if (h > 23 || mi > 59 || s > 59) return false;
            hasTime = true;
        }
        value = new DateTime(y, mo, d, h, mi, s, DateTimeKind.Unspecified);
        length = m.Length;
        return true;
    }

    /// <summary>
    /// Completes a month and day with the year of <paramref name="anchor"/> (e.g. a publication date): the latest such
    /// date on or before the anchor, since a briefing is published on or after the day it is held.
    /// </summary>
    public static DateOnly? WithYearBefore(int month, int day, DateOnly anchor)
    {
        for (int year = anchor.Year; year >= anchor.Year - 1; year--)
        {
            if (day <= DateTime.DaysInMonth(year, month))
            {
                var candidate = new DateOnly(year, month, day);
                if (candidate <= anchor) return candidate;
            }
        }
        return null;
    }

    private static bool TryMake(Match m, out DateOnly date)
    {
        date = default;
        if (!m.Success || MonthNumber(m.Groups["month"].ValueSpan) is not int month) return false;
        int year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static int? MonthNumber(ReadOnlySpan<char> name)
    {
        if (name.Length < 3) return null;
        Span<char> key = stackalloc char[3];
        name[..3].ToLowerInvariant(key);
        return key switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
            _ => null,
        };
    }
}
