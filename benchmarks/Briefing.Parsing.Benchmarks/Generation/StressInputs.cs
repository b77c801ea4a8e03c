using System.Globalization;
using System.Text;

namespace Briefing.Parsing.Benchmarks.Generation;

/// <summary>
/// Inputs that are not the users' workload: one very large transcript, and the series of normal and pathological
/// inputs at sizes n, 4n and 16n that show whether parse time grows linearly with the input.
/// </summary>
public static class StressInputs
{
    /// <summary>
    /// A single transcript at least <paramref name="targetUtf16Length"/> UTF-16 code units long, in the shape of a
    /// Chinese MFA English page: breadcrumb, title, publication time, an announcement paragraph, then question-and-answer
    /// turns labelled with outlets ("CCTV:", "Reuters:", ...) and "Mao Ning:", every eighth exchange "Q:"/"A:", answers
    /// of one to four paragraphs, and a share-widget footer. (The former <c>LargeTranscriptGenerator</c>: the same
    /// arguments give the same text as it did.)
    /// </summary>
    public static string LargeMfaTranscript(int targetUtf16Length, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetUtf16Length);
        var p = new Prose(seed);
        var sb = new StringBuilder(targetUtf16Length + 4096);
        sb.Append("HOME > Foreign Ministry Spokesperson's Remarks\n");
        sb.Append("Foreign Ministry Spokesperson Mao Ning\u2019s Regular Press Conference on March 14, 2024\n");
        sb.Append("2024-03-14 19:30\n\n");
        sb.Append(p.English(3, 5)).Append('\n');
        int turn = 0;
        while (sb.Length < targetUtf16Length)
        {
            bool anonymous = turn % 8 == 7;
            sb.Append('\n').Append(anonymous ? "Q" : Pools.MfaOutlets[p.Random.Next(5)]).Append(": ");
            sb.Append(p.English(1, 3, question: true)).Append('\n');
            sb.Append('\n').Append(anonymous ? "A" : "Mao Ning").Append(": ");
            sb.Append(p.English(2, 6)).Append('\n');
            int extraParagraphs = p.Random.Next(4);
            for (int i = 0; i < extraParagraphs; i++) sb.Append('\n').Append(p.English(2, 6)).Append('\n');
            turn++;
        }
        sb.Append("\nSuggest to a friend:\n");
        return sb.ToString();
    }

    /// <summary>The series the scaling run measures, in the order it runs them.</summary>
    public static IReadOnlyList<ScalingSeries> Series { get; } =
    [
        new("normal-concat", "generated transcripts of every transcript family concatenated (a dump of many pages)", 64 * 1024, Concatenated),
        new("normal-long", "one long MFA English transcript (the 1 MB document's generator)", 64 * 1024, (n, seed) => LargeMfaTranscript(n, seed)),
        new("glued-zh", "labels glued on one line: 问：答：问：答：…", 4 * 1024, (n, _) => Repeat("问：答：", n)),
        new("glued-en", "labels glued on one line: Q:A:Q:A:…", 4 * 1024, (n, _) => Repeat("Q:A:", n)),
        new("qa-lines", "lines of 'Q: …' / 'A: …' with a few words each (up to 16 MB)", 1024 * 1024, QaLines),
        new("long-line", "a real-shaped transcript with one very long line (no breaks) appended", 64 * 1024, LongLineAppended),
        new("one-line", "a whole transcript on one line (every line break lost)", 64 * 1024, OneLine),
    ];

    /// <summary>The scale factors of each series: n, 4n, 16n.</summary>
    public static IReadOnlyList<int> Factors { get; } = [1, 4, 16];

    /// <summary>The input of <paramref name="series"/> at <paramref name="factor"/> times its base size.</summary>
    public static string Build(string series, int factor, int seed = DocumentGenerator.DefaultSeed)
    {
        var s = Series.FirstOrDefault(x => x.Name == series) ?? throw new ArgumentException($"Unknown series '{series}'. Known: {string.Join(", ", Series.Select(x => x.Name))}.", nameof(series));
        return s.Build(s.BaseUtf16Length * factor, seed);
    }

    private static readonly DocumentFamily[] s_transcriptFamilies =
    [
        DocumentFamily.MfaEnglish, DocumentFamily.MfaChinese, DocumentFamily.Bilingual, DocumentFamily.MachineTranslated,
        DocumentFamily.StateDepartment, DocumentFamily.UnNoon, DocumentFamily.JapanMofa, DocumentFamily.IndiaMea,
        DocumentFamily.RussiaMfa, DocumentFamily.Pakistan,
    ];

    private static string Concatenated(int targetUtf16Length, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(targetUtf16Length + 12_000);
        int i = 0;
        while (sb.Length < targetUtf16Length)
        {
            var family = s_transcriptFamilies[i++ % s_transcriptFamilies.Length];
            sb.Append(DocumentGenerator.Generate(family, random.Next(2_000, 6_000), random.Next())).Append("\n\n");
        }
        return sb.ToString();
    }

    private static string Repeat(string unit, int targetUtf16Length)
    {
        var sb = new StringBuilder(targetUtf16Length + unit.Length);
        while (sb.Length < targetUtf16Length) sb.Append(unit);
        return sb.ToString();
    }

    private static string QaLines(int targetUtf16Length, int seed)
    {
        var p = new Prose(seed);
        var sb = new StringBuilder(targetUtf16Length + 200);
        string[] words = ["Why", "When", "Yes", "No", "Noted", "Thanks", "Next", "Again", "Really", "Sure"];
        // Stops at or below the target, so 16 MB stays within the parser's default input limit (16 Mi UTF-16 code units).
        while (true)
        {
            string pair = $"Q: {p.Pick(words)} {p.Pick(words).ToLowerInvariant()}?\nA: {p.Pick(words)} {p.Pick(words).ToLowerInvariant()}.\n";
            if (sb.Length + pair.Length > targetUtf16Length) break;
            sb.Append(pair);
        }
        return sb.ToString();
    }

    private static string LongLineAppended(int targetUtf16Length, int seed)
    {
        var p = new Prose(seed);
        var sb = new StringBuilder(targetUtf16Length + 12_000);
        sb.Append(DocumentGenerator.Generate(DocumentFamily.MfaEnglish, 4_000, seed)).Append('\n');
        int lineStart = sb.Length;
        while (sb.Length - lineStart < targetUtf16Length)
        {
            sb.Append(p.English(2, 6)).Append(' ');
        }
        sb.Append('\n');
        return sb.ToString();
    }

    private static string OneLine(int targetUtf16Length, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(targetUtf16Length + 12_000);
        while (sb.Length < targetUtf16Length)
        {
            string page = DocumentGenerator.Generate(DocumentFamily.MfaEnglish, random.Next(2_000, 6_000), random.Next());
            sb.Append(page.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ')).Append(' ');
        }
        return sb.ToString();
    }

    /// <summary>A size in UTF-16 code units as "64K", "1M".</summary>
    public static string SizeLabel(int utf16Length) =>
        utf16Length >= 1024 * 1024 && utf16Length % (1024 * 1024) == 0
            ? (utf16Length / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + "M"
            : (utf16Length / 1024).ToString(CultureInfo.InvariantCulture) + "K";
}

/// <summary>A series of inputs of growing size.</summary>
/// <param name="Name">Its name in the scaling table.</param>
/// <param name="Description">What the inputs are.</param>
/// <param name="BaseUtf16Length">The length n (UTF-16 code units) of the smallest input.</param>
/// <param name="Build">Builds the input of the given length from a seed.</param>
public sealed record ScalingSeries(string Name, string Description, int BaseUtf16Length, Func<int, int, string> Build);
