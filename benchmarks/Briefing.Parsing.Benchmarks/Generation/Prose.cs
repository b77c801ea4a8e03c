using System.Globalization;
using System.Text;

namespace Briefing.Parsing.Benchmarks.Generation;

/// <summary>One generated sentence, as indexes into the parallel pools, so it can be written in English or Chinese.</summary>
internal readonly record struct Sentence(int Subject, int Verb, int Obj, int Tail, int Subject2, int Verb2, int Obj2, int Year);

/// <summary>One piece of a paragraph: an opener followed by a sentence, a sentence, or a closing question.</summary>
internal readonly record struct ParagraphPart(int Opener, Sentence Sentence, bool Capitalise, int Question);

/// <summary>
/// A seeded source of prose and choices. Every draw goes through the one <see cref="Random"/>, so the same seed
/// gives the same document, byte for byte, on every machine and run.
/// </summary>
internal sealed class Prose(int seed)
{
    public Random Random { get; } = new(seed);

    public T Pick<T>(T[] items) => items[Random.Next(items.Length)];

    public bool Chance(double probability) => Random.NextDouble() < probability;

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>], both included.</summary>
    public int Between(int min, int max) => Random.Next(min, max + 1);

    /// <summary>A weekday between 1 January of <paramref name="fromYear"/> and 31 December of <paramref name="toYear"/>.</summary>
    public DateOnly Date(int fromYear, int toYear)
    {
        var start = new DateOnly(fromYear, 1, 1);
        int days = new DateOnly(toYear, 12, 31).DayNumber - start.DayNumber;
        var date = start.AddDays(Random.Next(days + 1));
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) date = date.AddDays(1);
        return date;
    }

    /// <summary>Draws a sentence; the order of the draws is that of the former LargeTranscriptGenerator.</summary>
    public Sentence DrawSentence()
    {
        int s = Random.Next(Pools.Subjects.Length), v = Random.Next(Pools.Verbs.Length), o = Random.Next(Pools.Objects.Length);
        int tail = Random.Next(2) == 0 ? Random.Next(Pools.Tails.Length) : -1;
        int s2 = -1, v2 = -1, o2 = -1;
        if (Random.Next(4) == 0)
        {
            s2 = Random.Next(Pools.Subjects.Length);
            v2 = Random.Next(Pools.Verbs.Length);
            o2 = Random.Next(Pools.Objects.Length);
        }
        int year = Random.Next(10) == 0 ? 2000 + Random.Next(30) : -1;
        return new Sentence(s, v, o, tail, s2, v2, o2, year);
    }

    /// <summary>Draws a paragraph of sentences; a question paragraph ends with a question.</summary>
    public ParagraphPart[] DrawParagraph(int minSentences, int maxSentences, bool question)
    {
        int sentences = Random.Next(minSentences, maxSentences + 1);
        var parts = new List<ParagraphPart>(sentences);
        for (int s = 0; s < sentences; s++)
        {
            if (question && s == sentences - 1)
            {
                parts.Add(new ParagraphPart(-1, default, false, Random.Next(Pools.Questions.Length)));
                break;
            }
            if (!question && s == 0 && Random.Next(3) == 0)
            {
                int opener = Random.Next(Pools.Openers.Length);
                bool capitalise = Pools.Openers[opener].EndsWith('.');
                parts.Add(new ParagraphPart(opener, DrawSentence(), capitalise, -1));
                continue;
            }
            parts.Add(new ParagraphPart(-1, DrawSentence(), true, -1));
        }
        return [.. parts];
    }

    public string English(int minSentences, int maxSentences, bool question = false) => English(DrawParagraph(minSentences, maxSentences, question));

    public string Chinese(int minSentences, int maxSentences, bool question = false) => Chinese(DrawParagraph(minSentences, maxSentences, question));

    public static string English(ParagraphPart[] paragraph)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < paragraph.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            var part = paragraph[i];
            if (part.Question >= 0)
            {
                sb.Append(Pools.Questions[part.Question]);
                continue;
            }
            if (part.Opener >= 0) sb.Append(Pools.Openers[part.Opener]).Append(' ');
            AppendEnglish(sb, part.Sentence, part.Capitalise);
        }
        return sb.ToString();
    }

    public static string Chinese(ParagraphPart[] paragraph)
    {
        var sb = new StringBuilder();
        foreach (var part in paragraph)
        {
            if (part.Question >= 0)
            {
                sb.Append(Pools.QuestionsZh[part.Question]);
                continue;
            }
            if (part.Opener >= 0) sb.Append(Pools.OpenersZh[part.Opener]);
            AppendChinese(sb, part.Sentence);
        }
        return sb.ToString();
    }

    public static void AppendEnglish(StringBuilder sb, Sentence s, bool capitalise)
    {
        int start = sb.Length;
        sb.Append(Pools.Subjects[s.Subject]).Append(' ').Append(Pools.Verbs[s.Verb]).Append(' ').Append(Pools.Objects[s.Obj]);
        if (s.Tail >= 0) sb.Append(' ').Append(Pools.Tails[s.Tail]);
        if (s.Subject2 >= 0)
        {
            sb.Append(", and ").Append(Pools.Subjects[s.Subject2]).Append(' ').Append(Pools.Verbs[s.Verb2]).Append(' ').Append(Pools.Objects[s.Obj2]);
        }
        if (s.Year >= 0) sb.Append(" by ").Append(s.Year.ToString(CultureInfo.InvariantCulture));
        sb.Append('.');
        if (capitalise) sb[start] = char.ToUpperInvariant(sb[start]);
    }

    public static void AppendChinese(StringBuilder sb, Sentence s)
    {
        if (s.Year >= 0) sb.Append("到").Append(s.Year.ToString(CultureInfo.InvariantCulture)).Append("年，");
        sb.Append(Pools.SubjectsZh[s.Subject]);
        if (s.Tail >= 0) sb.Append(Pools.TailsZh[s.Tail]);
        sb.Append(Pools.VerbsZh[s.Verb]).Append(Pools.ObjectsZh[s.Obj]);
        if (s.Subject2 >= 0) sb.Append('，').Append(Pools.SubjectsZh[s.Subject2]).Append('也').Append(Pools.VerbsZh[s.Verb2]).Append(Pools.ObjectsZh[s.Obj2]);
        sb.Append('。');
    }

    /// <summary>A sentence of another institution's English (the same pools, with a generic question at the end).</summary>
    public string GenericQuestion(int minSentences, int maxSentences)
    {
        var sb = new StringBuilder(English(DrawParagraph(Math.Max(1, minSentences - 1), Math.Max(1, maxSentences - 1), question: false)));
        sb.Append(' ').Append(Pick(Pools.GenericQuestions));
        return sb.ToString();
    }

    public string German(int minSentences, int maxSentences, bool question = false)
    {
        int count = Between(minSentences, maxSentences);
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(' ');
            if (question && i == count - 1)
            {
                sb.Append(Pick(Pools.GermanQuestions));
                break;
            }
            sb.Append(Pick(Pools.GermanSubjects)).Append(' ').Append(Pick(Pools.GermanVerbs)).Append(' ').Append(Pick(Pools.GermanObjects));
            if (Chance(0.5)) sb.Append(' ').Append(Pick(Pools.GermanTails));
            sb.Append('.');
        }
        return sb.ToString();
    }

    public static string EnglishDate(DateOnly d) =>
        $"{Pools.Months[d.Month - 1]} {d.Day.ToString(CultureInfo.InvariantCulture)}, {d.Year.ToString(CultureInfo.InvariantCulture)}";

    public static string DayMonthYear(DateOnly d) =>
        $"{d.Day.ToString(CultureInfo.InvariantCulture)} {Pools.Months[d.Month - 1]} {d.Year.ToString(CultureInfo.InvariantCulture)}";

    public static string ChineseDate(DateOnly d) =>
        $"{d.Year.ToString(CultureInfo.InvariantCulture)}年{d.Month.ToString(CultureInfo.InvariantCulture)}月{d.Day.ToString(CultureInfo.InvariantCulture)}日";

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Clock(int fromHour, int toHour) =>
        $"{Between(fromHour, toHour).ToString("00", CultureInfo.InvariantCulture)}:{Random.Next(60).ToString("00", CultureInfo.InvariantCulture)}";

    public string AmericanClock(int fromHour, int toHour) =>
        $"{Between(fromHour, toHour).ToString(CultureInfo.InvariantCulture)}:{Random.Next(60).ToString("00", CultureInfo.InvariantCulture)} p.m.";
}
