using System.Globalization;
using System.Text;

namespace Briefing.Parsing.Benchmarks;

/// <summary>
/// Builds a large, deterministic transcript in the shape of a Chinese Foreign Ministry English page: breadcrumb,
/// title, publication time, an opening announcement, then thousands of question-and-answer turns, mostly labelled
/// with real outlet names ("CCTV:", "Reuters:", ...) and the spokesperson's name ("Mao Ning:"), some with the older
/// anonymous "Q:"/"A:" labels, answers of one to four paragraphs, and a share-widget footer.
/// </summary>
/// <remarks>
/// The prose is nonsense assembled from the small word list below with a seeded <see cref="Random"/>: it has the
/// statistics of a transcript (line lengths, label density, punctuation) without copying any real text. The same
/// arguments always give the same string.
/// </remarks>
public static class LargeTranscriptGenerator
{
    private static readonly string[] s_outlets = ["CCTV", "Reuters", "AFP", "Bloomberg", "China Daily"];

    private const string Spokesperson = "Mao Ning";

    private static readonly string[] s_subjects =
    [
        "the delegation", "the ministry", "the two sides", "the working group", "the committee", "the envoy",
        "the region", "the secretariat", "the partners", "the coastal provinces", "the joint commission",
        "the trade office", "the research institutes", "the port authority", "the summit organisers",
    ];

    private static readonly string[] s_verbs =
    [
        "discussed", "reviewed", "welcomed", "supported", "announced", "postponed", "signed", "prepared",
        "proposed", "examined", "expanded", "renewed", "clarified", "outlined", "followed up on", "agreed on",
    ];

    private static readonly string[] s_objects =
    [
        "a framework for cooperation", "the new shipping routes", "the exchange programme", "a draft agreement",
        "the grain corridor", "the climate roadmap", "a joint statement", "the visa arrangements",
        "the fisheries plan", "the satellite project", "a package of measures", "the rail link",
        "the customs procedures", "the health initiative", "the energy partnership", "the youth forum",
    ];

    private static readonly string[] s_tails =
    [
        "in the coming weeks", "on the basis of mutual respect", "after several rounds of talks",
        "through dialogue and consultation", "at the request of both parties", "as agreed last year",
        "in line with international practice", "despite some remaining differences", "for the benefit of all",
        "within the existing mechanisms", "ahead of the autumn meetings", "according to the published schedule",
    ];

    private static readonly string[] s_questions =
    [
        "What is your comment?", "Can you share more details?", "How does China view this?",
        "Do you have any response to that?", "Could you confirm the report?", "What are the expectations for the visit?",
        "Will China take part?", "When will the talks resume?",
    ];

    private static readonly string[] s_openers =
    [
        "As far as I know,", "I would like to stress that", "We have noted the reports.", "I can confirm that",
        "Let me make it clear that", "On your first question,", "I have no information to release at the moment, but",
        "As we said before,",
    ];

    /// <summary>Generates a transcript at least <paramref name="targetUtf16Length"/> UTF-16 code units long.</summary>
    /// <param name="targetUtf16Length">The length to reach; the text stops after the turn that reaches it, plus a short footer.</param>
    /// <param name="seed">The seed of the random generator; the same seed gives the same text.</param>
    public static string Generate(int targetUtf16Length, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetUtf16Length);
#pragma warning disable CA5394 // Deterministic test data, not security: a seeded Random is exactly what is wanted.
        var random = new Random(seed);
#pragma warning restore CA5394
        var sb = new StringBuilder(targetUtf16Length + 4096);
        sb.Append("HOME > Foreign Ministry Spokesperson's Remarks\n");
        sb.Append("Foreign Ministry Spokesperson Mao Ning\u2019s Regular Press Conference on March 14, 2024\n");
        sb.Append("2024-03-14 19:30\n\n");
        AppendParagraph(sb, random, 3, 5, question: false);

        int turn = 0;
        while (sb.Length < targetUtf16Length)
        {
            // One turn in eight uses the anonymous labels of older transcripts.
            bool anonymous = turn % 8 == 7;
            sb.Append('\n').Append(anonymous ? "Q" : s_outlets[random.Next(s_outlets.Length)]).Append(": ");
            AppendParagraph(sb, random, 1, 3, question: true);

            sb.Append('\n').Append(anonymous ? "A" : Spokesperson).Append(": ");
            AppendParagraph(sb, random, 2, 6, question: false);
            int extraParagraphs = random.Next(4);
            for (int p = 0; p < extraParagraphs; p++)
            {
                sb.Append('\n');
                AppendParagraph(sb, random, 2, 6, question: false);
            }
            turn++;
        }

        sb.Append("\nSuggest to a friend:\n");
        return sb.ToString();
    }

#pragma warning disable CA5394 // See above.
    private static void AppendParagraph(StringBuilder sb, Random random, int minSentences, int maxSentences, bool question)
    {
        int sentences = random.Next(minSentences, maxSentences + 1);
        for (int s = 0; s < sentences; s++)
        {
            if (s > 0) sb.Append(' ');
            if (question && s == sentences - 1)
            {
                sb.Append(s_questions[random.Next(s_questions.Length)]);
                break;
            }
            if (!question && s == 0 && random.Next(3) == 0)
            {
                sb.Append(s_openers[random.Next(s_openers.Length)]).Append(' ');
                if (sb[^2] == '.')
                {
                    AppendSentence(sb, random, capitalise: true);
                    continue;
                }
                AppendSentence(sb, random, capitalise: false);
                continue;
            }
            AppendSentence(sb, random, capitalise: true);
        }
        sb.Append('\n');
    }

    private static void AppendSentence(StringBuilder sb, Random random, bool capitalise)
    {
        int start = sb.Length;
        sb.Append(s_subjects[random.Next(s_subjects.Length)]).Append(' ')
          .Append(s_verbs[random.Next(s_verbs.Length)]).Append(' ')
          .Append(s_objects[random.Next(s_objects.Length)]);
        if (random.Next(2) == 0) sb.Append(' ').Append(s_tails[random.Next(s_tails.Length)]);
        if (random.Next(4) == 0)
        {
            sb.Append(", and ").Append(s_subjects[random.Next(s_subjects.Length)]).Append(' ')
              .Append(s_verbs[random.Next(s_verbs.Length)]).Append(' ').Append(s_objects[random.Next(s_objects.Length)]);
        }
        if (random.Next(10) == 0)
        {
            sb.Append(" by ").Append((2000 + random.Next(30)).ToString(CultureInfo.InvariantCulture));
        }
        sb.Append('.');
        if (capitalise) sb[start] = char.ToUpperInvariant(sb[start]);
    }
#pragma warning restore CA5394
}
