using System.Globalization;
using Briefing.Parsing.Tests.Invariants;

namespace Briefing.Parsing.Tests.Robustness;

/// <summary>
/// Issue 10, "exceptions on content": a full-width or Arabic-Indic digit in a date (<c>2019年１２月２６日</c>, <c>٢٠٢٤</c>,
/// <c>2016-2-２</c>) threw <see cref="FormatException"/> from Parse and Detect. Every number reader accepts any Unicode
/// decimal digit (<see cref="Numbers"/>) and never throws: with any format forced, with detection, and with the digits of
/// every fixture written in another script, which must give the same dates and times as the ASCII digits.
/// </summary>
public sealed class ContentNeverThrowsTests
{
    private static readonly char[] s_zeros = ['\uFF10', '\u0660', '\u06F0', '\u0966', '\u09E6', '\u0E50', '\u1040'];

    /// <summary>The first digit (zero) of each script the fixtures are rewritten in.</summary>
    public static TheoryData<char> DigitScripts() => [.. s_zeros];

    /// <summary>Transcripts with digits of other scripts in their dates, times, numbers and lists, and mixed in one date.</summary>
    internal static readonly string[] HostileTranscripts =
    [
        "外交部发言人毛宁主持例行记者会\n2019年１２月２６日\n问：你好？\n答：好的。\n",
        "2019年１２月２６日外交部发言人耿爽主持例行记者会\n问：２０２４年的计划？\n答：１２月再说。\n",
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on ٢٠٢٤-٠٣-٠٤\nQ: Hello?\nA: Yes.\n",
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on 2016-2-２\nQ: Hello?\nA: Yes.\n",
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March ４, ２０２４\nUpdated: ２０２４-０３-０４ ２１:０５\n\nQ: At １０:３０ a.m.?\nA: Yes.\n",
        "Source: Ministry of Foreign Affairs  Updated: ٢٠٢٢-٠٨-١٩ ٢١:٠٥\nForeign Ministry Spokesperson Wang Wenbin's Regular Press Conference on August 19, 2022\nAFP: Why?\nWang Wenbin: Because.\n",
        "Press Conference by Foreign Minister HAYASHI Yoshimasa\nDate: Tuesday, July १२, २०२२, १०:४५ a.m.\nMain topics:\n１. Opening remarks\n２. Trilateral meeting\n٣. Food security\n\nReporter: What about it?\nMinister Hayashi: We will see.\n",
        "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, April ２６, 2018\n２６ April 2018１６:４０\nTable of contents\n  １. Talks\nQuestion: What?\nMaria Zakharova: That.\n",
        "Department Press Briefing – March ٢٨, ٢٠٢٢\nNed Price, Department Spokesperson\nWashington, D.C.\n٢:١٧ p.m. EDT\nMR PRICE: Good afternoon.\nQUESTION: Thank you.\n",
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General ๒๖ December ๒๐๑๙\nQuestion: Why?\nSpokesman: Because.\n",
        "Transcript of Weekly Media Briefing by the Official Spokesperson (၁၂ ၀၇ ၂၀၂၄)\nOfficial Spokesperson, Shri Randhir Jaiswal: Good evening.\n",
        "Press Briefing by the Spokesperson on ١٢ May ٢٠٢٣\nQuestion: Why?\nSpokesperson: Because.\n",
        // Digit runs far longer than any number: twenty full-width digits, then nine hundred Arabic-Indic ones.
        "外交部发言人毛宁主持例行记者会\n１２３４５６７８９０１２３４５６７８９０年１２月２６日\n问：" + new string('\u0663', 900) + "？\n答：好的。\n",
        // Mathematical digits outside the BMP (surrogate pairs) are no decimal digits of a char.
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March \U0001D7D2, \U0001D7D0\U0001D7CE\U0001D7D0\U0001D7D2\nQ: Hello?\nA: Yes.\n",
    ];

    /// <summary>News reports with mixed digits in their dates (the news format still reads dates with regular expressions).</summary>
    internal static readonly string[] HostileNewsReports =
    [
        "BEIJING, June 16 (Wire) - China urged restraint on 2016-2-２, Foreign Ministry spokesperson Lin Jian said at a regular press conference.\n",
        "新华社北京12月２６日电 外交部发言人毛宁２６日在例行记者会上表示，中方欢迎。\n2019年１２月２６日\n",
        "北京１２月２６日电 外交部发言人毛宁２６日表示，中方欢迎。2019-1-٢\n",
    ];

    /// <summary>Every built-in format, and detection.</summary>
    public static TheoryData<string> Modes()
    {
        var data = new TheoryData<string> { "detect" };
        foreach (var f in BriefingParser.Default.Formats)
        {
            data.Add(f.Id);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Non_ascii_digits_in_dates_never_throw_and_keep_the_invariants(string mode)
    {
        string? format = mode == "detect" ? null : mode;
        var failures = new List<string>();
        var inputs = HostileTranscripts.Select((t, i) => ($"hostile #{i}", t))
            .Concat(TestFiles.AllDocuments().SelectMany(d => s_zeros.Take(3).Select(z => ($"{d.Name} in digits from U+{(int)z:X4}", InScript(d.Text, z)))));
        int cases = 0;
        foreach (var (name, text) in inputs)
        {
            cases++;
            try
            {
                FuzzChecks.Check(BriefingParser.Default, text, format);
            }
            catch (Exception e)
            {
                failures.Add($"{name}: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
            }
        }
        Assert.True(cases > 100, $"only {cases} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} inputs failed with {mode}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", failures.Take(15)));
    }

    [Theory]
    [MemberData(nameof(DigitScripts))]
    public void Dates_and_times_read_the_same_in_every_digit_script(char zero)
    {
        var differences = new List<string>();
        foreach (var d in TestFiles.AllDocuments())
        {
            var ascii = BriefingParser.Default.Parse(d.Text);
            if (ascii.Format?.Id == NewsReportFormat.FormatId) continue; // the news format is being rewritten (see below)
            var other = BriefingParser.Default.Parse(InScript(d.Text, zero));
            if (other.Format?.Id != ascii.Format?.Id || other.Date != ascii.Date || other.Published != ascii.Published
                || other.Exchanges.Length != ascii.Exchanges.Length || other.Boilerplate.Length != ascii.Boilerplate.Length)
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{d.Name}: format {ascii.Format?.Id} → {other.Format?.Id}, date {ascii.Date:O} → {other.Date:O}, published {ascii.Published:O} → {other.Published:O}, exchanges {ascii.Exchanges.Length} → {other.Exchanges.Length}, boilerplate {ascii.Boilerplate.Length} → {other.Boilerplate.Length}"));
            }
        }
        Assert.True(differences.Count == 0, $"digits from U+{(int)zero:X4} read differently:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", differences));
    }

    [Fact]
    public void Hostile_transcripts_get_their_dates()
    {
        var p = BriefingParser.Default;
        Assert.Equal(new DateOnly(2019, 12, 26), p.Parse(HostileTranscripts[1]).Date);
        Assert.Equal(new DateOnly(2024, 3, 4), p.Parse(HostileTranscripts[2]).Date);
        Assert.Equal(new DateOnly(2016, 2, 2), p.Parse(HostileTranscripts[3]).Date);
        var b = p.Parse(HostileTranscripts[4]);
        Assert.Equal(new DateOnly(2024, 3, 4), b.Date);
        Assert.Equal(new DateTime(2024, 3, 4, 21, 5, 0), b.Published);
    }

    [Fact]
    public void News_report_reads_non_ascii_digits_without_throwing()
    {
        var failures = new List<string>();
        var inputs = HostileNewsReports.Concat(HostileTranscripts);
        foreach (var text in inputs)
        {
            foreach (var format in new string?[] { null, NewsReportFormat.FormatId })
            {
                try
                {
                    FuzzChecks.Check(BriefingParser.Default, text, format);
                }
                catch (Exception e)
                {
                    failures.Add($"{format ?? "detected"} on {text[..Math.Min(40, text.Length)].Replace('\n', ' ')}: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Every_unicode_decimal_digit_has_its_value()
    {
        int digits = 0;
        for (int c = 0; c <= 0xFFFF; c++)
        {
            char ch = (char)c;
            int value = Numbers.DigitValue(ch);
            if (char.IsDigit(ch))
            {
                digits++;
                Assert.True(Numbers.IsDigit(ch), $"U+{c:X4}");
                Assert.Equal((int)char.GetNumericValue(ch), value);
            }
            else
            {
                Assert.False(Numbers.IsDigit(ch), $"U+{c:X4}");
                Assert.Equal(-1, value);
            }
        }
        Assert.True(digits > 300, $"only {digits} decimal digits in the BMP");
    }

    [Theory]
    [InlineData("２０２４年", 0, 4, 2024)]
    [InlineData("٢٠٢٤-٠٣", 0, 4, 2024)]
    [InlineData("on २०२२", 3, 4, 2022)]
    [InlineData("1２3", 0, 3, 123)]
    [InlineData("abc", 0, 0, -1)]
    [InlineData("", 0, 0, -1)]
    [InlineData("１２３４５６７８９", 0, 9, 123456789)]
    [InlineData("１２３４５６７８９０", 0, 10, -1)]
    [InlineData("99999999999999999999999999", 0, 26, -1)]
    public void A_digit_run_is_read_whatever_its_script_and_length(string text, int start, int count, int value)
    {
        Assert.Equal(count, Numbers.ReadRun(text, start, out int v));
        Assert.Equal(value, v);
    }

    [Theory]
    [InlineData("Updated: 2022-08-19", 9)]
    [InlineData("Updated: ２０２２-０８-１９", 9)]
    [InlineData("发布时间：٢٠٢٢", 5)]
    [InlineData("no digits", -1)]
    [InlineData("", -1)]
    [InlineData("日期 2022", 3)]
    [InlineData("é ٣ then 5", 2)]
    [InlineData("10 ٣", 0)]
    [InlineData("外交部", -1)]
    public void The_first_digit_of_a_line_is_found_in_any_script(string text, int index) =>
        Assert.Equal(index, Numbers.IndexOfDigit(text));

    /// <summary><paramref name="text"/> with its ASCII digits replaced by the digits of the script whose zero is <paramref name="zero"/>.</summary>
    internal static string InScript(string text, char zero) =>
        string.Create(text.Length, (text, zero), static (dst, s) =>
        {
            for (int i = 0; i < s.text.Length; i++)
            {
                char c = s.text[i];
                dst[i] = c is >= '0' and <= '9' ? (char)(s.zero + (c - '0')) : c;
            }
        });
}
