using System.Globalization;

namespace Briefing.Parsing.Tests.Lexing;

/// <summary>
/// <see cref="DateReader"/> of the built-in lexicon: written dates in English, German and French, Chinese and ISO dates,
/// numeric day/month/year, a year glued to the time, date lines with weekday, time and zone, time lines, weekdays in
/// English, Chinese and German, and digits of other scripts. Every method is also fed odd inputs and must never throw.
/// </summary>
public sealed class DateReaderTests
{
    private static DateReader Dates => BriefingParser.Default.Lexer.Dates;

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("July 2, 2024", "2024-07-02")]
    [InlineData("on July 2nd, 2024, the spokesperson", "2024-07-02")]
    [InlineData("On 11 October 2007, the ministry", "2007-10-11")]
    [InlineData("the 3rd of March, 2015", "2015-03-03")]
    [InlineData("Sept. 5, 2023", "2023-09-05")]
    [InlineData("15. April 2013", "2013-04-15")]
    [InlineData("Regierungspressekonferenz vom 3. Mai 2023", "2023-05-03")]
    [InlineData("le 3 mars 2024", "2024-03-03")]
    [InlineData("Point de presse du 12 février 2025", "2025-02-12")]
    [InlineData("2019年12月26日外交部发言人", "2019-12-26")]
    [InlineData("2024-07-02", "2024-07-02")]
    [InlineData("2024/7/2", "2024-07-02")]
    [InlineData("2024.07.02", "2024-07-02")]
    [InlineData("Tuesday, July 2, 2024", "2024-07-02")]
    [InlineData("Mittwoch, 3. Mai 2023", "2023-05-03")]
    [InlineData("February 30, 2024", null)]
    [InlineData("2024-13-01", null)]
    [InlineData("in the 1990s", null)]
    [InlineData("On 20 January, the spokesperson", null)]
    [InlineData("２０２４年７月２日", "2024-07-02")]
    [InlineData("٢٠٢٤-٠٧-٠٢", "2024-07-02")]
    public void Finds_the_first_full_date(string text, string? expected)
    {
        bool found = Dates.TryFindDate(text, DateForms.All, out var date, out int index, out int length);
        Assert.Equal(expected, found ? Iso(date) : null);
        if (found) Assert.InRange(index + length, 1, text.Length);
    }

    [Theory]
    [InlineData("July 2, 2024", DateForms.Chinese, null)]
    [InlineData("2019年12月26日", DateForms.Written, null)]
    [InlineData("2024-07-02", DateForms.Written | DateForms.Chinese, null)]
    [InlineData("2024-07-02", DateForms.YearFirst, "2024-07-02")]
    public void Looks_only_for_the_forms_asked(string text, DateForms forms, string? expected) =>
        Assert.Equal(expected, Dates.TryFindDate(text, forms, out var d, out _, out _) ? Iso(d) : null);

    [Theory]
    [InlineData("11/07/2023", false, "2023-07-11")]
    [InlineData("11/07/2023", true, "2023-11-07")]
    [InlineData("10/27/2025", false, "2025-10-27")]
    [InlineData("27/10/2025", true, "2025-10-27")]
    [InlineData("23-04-2020", false, "2020-04-23")]
    [InlineData("11.07.2023", false, "2023-07-11")]
    [InlineData("31/02/2023", false, null)]
    [InlineData("1/2/23", false, null)]
    public void Numeric_day_month_year(string text, bool monthFirst, string? expected) =>
        Assert.Equal(expected, DateReader.TryFindNumericDate(text, monthFirst, out var d, out _) ? Iso(d) : null);

    [Theory]
    [InlineData("2024-07-02 19:45", "2024-07-02 19:45")]
    [InlineData("2024-07-02", "2024-07-02")]
    [InlineData("29 June 201717:54", "2017-06-29 17:54")]
    [InlineData("Tuesday, July 2, 2024 3:05 PM", "2024-07-02 15:05")]
    [InlineData("Tuesday, July 2, 2024", "2024-07-02")]
    [InlineData("10/11/2022 07:54 PM EDT", "2022-10-11 19:54")]
    [InlineData("11/10/2022 07:54", "2022-10-11 07:54")]
    [InlineData("Mittwoch, 3. Mai 2023", "2023-05-03")]
    [InlineData("2015年9月23日", "2015-09-23")]
    [InlineData("2015年9月23日 10:30", "2015-09-23 10:30")]
    [InlineData("July 2, 2024 (MSK)", "2024-07-02")]
    [InlineData("July 2, 2024 at the ministry", null)]
    [InlineData("Published on July 2, 2024", null)]
    [InlineData("2:03 p.m. EDT", null)]
    public void Reads_a_line_that_is_only_a_date_with_its_weekday_time_and_zone(string line, string? expected)
    {
        bool ok = Dates.TryReadDateLine(line, out var value, out bool hasTime);
        string? got = !ok ? null : hasTime ? value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(expected, got);
    }

    [Theory]
    [InlineData("2024-07-02 19:45 来源：外交部网站", "2024-07-02 19:45", 16)]
    [InlineData("2015年9月23日 10:30", "2015-09-23 10:30", 16)]
    [InlineData("2016-12-14", "2016-12-14", 10)]
    [InlineData("Date 2016-12-14", null, 0)]
    public void Reads_a_numeric_date_and_time_at_the_start_of_a_line(string line, string? expected, int length)
    {
        bool ok = Dates.TryReadNumericDateTime(line, out var value, out bool hasTime, out int used);
        string? got = !ok ? null : hasTime ? value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal((expected, length), (got, used));
    }

    [Theory]
    [InlineData("2:03 p.m. EDT", true)]
    [InlineData("1:19 p.m. EDT", true)]
    [InlineData("at 14:30", true)]
    [InlineData("10:30", true)]
    [InlineData("10:30 a.m.", true)]
    [InlineData("13:30 p.m.", false)]
    [InlineData("Between 00:00 and 06:00", false)]
    [InlineData("The briefing began at 2:03 p.m.", false)]
    [InlineData("Q: 10:30", false)]
    public void Recognises_a_line_that_is_only_a_time(string line, bool expected) => Assert.Equal(expected, Dates.IsTimeLine(line));

    [Theory]
    [InlineData("The spokesperson said on Tuesday that", DayOfWeek.Tuesday)]
    [InlineData("Monday's meeting", DayOfWeek.Monday)]
    [InlineData("Sunday", DayOfWeek.Sunday)]
    [InlineData("外交部发言人星期二表示", DayOfWeek.Tuesday)]
    [InlineData("发言人周二表示", DayOfWeek.Tuesday)]
    [InlineData("Regierungssprecher am Dienstag in Berlin", DayOfWeek.Tuesday)]
    [InlineData("Regierungspressekonferenz vom Mittwoch", DayOfWeek.Wednesday)]
    [InlineData("No weekday is named here.", null)]
    [InlineData("Sundays are quiet", null)]
    public void Finds_the_weekday_a_text_names(string text, DayOfWeek? expected) => Assert.Equal(expected, Dates.FindWeekday(text));

    [Theory]
    [InlineData("On 20 January, Foreign Ministry Spokesperson Kong Quan held a regular press conference.", 1, 20)]
    [InlineData("on July 15 the two sides met", 7, 15)]
    [InlineData("7月15日下午，双方举行会谈", 7, 15)]
    [InlineData("July 15, 2010", 0, 0)]
    [InlineData("No date here", 0, 0)]
    public void Finds_a_month_and_day_without_a_year(string text, int month, int day)
    {
        bool ok = Dates.TryFindMonthDay(text, out int m, out int d);
        Assert.Equal((month, day), ok ? (m, d) : (0, 0));
    }

    [Theory]
    [InlineData(DayOfWeek.Tuesday, "2024-03-14", "2024-03-12")]
    [InlineData(DayOfWeek.Thursday, "2024-03-14", "2024-03-14")]
    [InlineData(DayOfWeek.Sunday, "2024-03-14", "2024-03-10")]
    public void A_weekday_is_resolved_to_the_latest_such_day_on_or_before_the_anchor(DayOfWeek weekday, string anchor, string expected) =>
        Assert.Equal(expected, Iso(DateReader.OnOrBefore(weekday, DateOnly.ParseExact(anchor, "yyyy-MM-dd", CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData(12, 31, "2025-01-02", "2024-12-31")]
    [InlineData(1, 2, "2025-01-02", "2025-01-02")]
    [InlineData(2, 29, "2025-03-01", "2024-02-29")]
    [InlineData(2, 29, "2023-03-01", null)]
    [InlineData(2, 29, "2024-03-01", "2024-02-29")]
    [InlineData(13, 1, "2024-03-01", null)]
    public void A_month_and_day_take_the_year_of_the_anchor_or_the_one_before(int month, int day, string anchor, string? expected) =>
        Assert.Equal(expected, Iso(DateReader.WithYearBefore(month, day, DateOnly.ParseExact(anchor, "yyyy-MM-dd", CultureInfo.InvariantCulture))));

    public static TheoryData<string> OddInputs =>
    [
        "", " ", ":", "年月日", "2024年", "2024年13月40日", "0000-00-00", "9999-99-99 99:99", "99999999999999999999 January 2024",
        "１２:３０", "٢:٣٠ p.m.", "31 Feb 2024", "February 2024", "2024-", "-2024-07-02", "2024--07--02", "\uD83D\uDE00 July 2, 2024",
        "\uD83D", "July \u00A02,\u3000 2024", "Tuesday,", "p.m.", "a.m. EDT", "29 June 2017999:99", "1/1/1", new string('1', 500),
        string.Concat(Enumerable.Repeat("July 2, ", 200)), "Jan 1 1900 00:00", "Dec 31 2099 23:59", "\u0660\u0661/\u0660\u0662/\u0662\u0660\u0662\u0664",
    ];

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void Never_throws(string text)
    {
        _ = Dates.TryFindDate(text, DateForms.All, out _, out _, out _);
        _ = Dates.TryFindMonthDay(text, out _, out _);
        _ = Dates.TryReadDateLine(text, out _, out _);
        _ = Dates.IsTimeLine(text);
        _ = Dates.TryReadNumericDateTime(text, out _, out _, out _);
        _ = DateReader.TryFindNumericDate(text, monthFirst: true, out _, out _);
        _ = DateReader.TryFindNumericDate(text, monthFirst: false, out _, out _);
        _ = Dates.FindWeekday(text);
    }
}
