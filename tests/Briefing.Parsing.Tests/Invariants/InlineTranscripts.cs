namespace Briefing.Parsing.Tests.Invariants;

/// <summary>
/// Small transcripts written for these tests in the shapes real copies have (docs/formats.md), so that the invariant
/// tests mean something even when no fixture exists. Invented content; no third-party text.
/// </summary>
internal static class InlineTranscripts
{
    /// <summary>Outlet labels, a breadcrumb, a language bar, a timestamp, a label without colon, a label glued to the
    /// previous sentence, a time that is not a label, a follow-up, share widgets, a related list and a footer.</summary>
    public const string OutletLabels = """
        English | Français | Español | Русский | 中文
        HOME > Press and Media Service > Spokesperson's Remarks
        Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024
        2024-03-04 18:30

        I will start with an announcement. At the invitation of the Government of Ruritania, the Foreign Minister will visit the country from March 6 to 8.

        CCTV: Could you share more about the visit? What outcomes does China expect?

        Mao Ning: The two countries enjoy a long friendship. During the visit, the two sides will exchange views on bilateral relations.

        The visit will also cover cooperation in trade, education and culture.

        China News Service We have learned that the trade talks were held between 09:00 and 11:30 yesterday. Can you confirm?

        Mao Ning: I have no information to offer on that.
        Reuters: Follow-up on the trade talks. Were officials from both sides present?Mao Ning: I would refer you to the competent authorities.

        Follow-up: Just to clarify, will there be a joint statement?

        Mao Ning: Please stay tuned for updates.

        Suggest to a friend
        Print
        Related News
        Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 1, 2024
        Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on February 29, 2024
        Copyright © Ministry of Foreign Affairs. All rights reserved.
        """;

    /// <summary>The older anonymous style: a lead sentence, <c>Q:</c>/<c>A:</c>, no space after a colon, a surname
    /// label, a question cut off before its answer, a stage note and an interrupted sentence.</summary>
    public const string AnonymousOldStyle = """
        On 20 January Foreign Ministry Spokesperson Kong Quan held a regular press conference.

        Kong Quan began by announcing that the Vice Premier will attend the regional summit next week.

        Q: What is China's position on the new border agreement?
        A: We welcome the agreement. It serves the interests of both peoples.

        Q:Yesterday a senior official said the talks would resume in spring. Can you confirm the timetable?

        Kong: The talks will resume when both sides are ready -- and we hope that will be soon. (Laughter.)

        Q Iranian media reported that a delegation will visit Beijing. Is that true?

        A: I have not heard of such a plan.

        Q: One last question on the summit: who will lead the delegation, and
        """;

    /// <summary>A title split over two lines, CRLF line breaks, NBSP and ideographic-space indentation, a
    /// "Daily Briefing Online" page, metadata lines and a multi-paragraph answer.</summary>
    public const string SplitTitleCrLf =
        "Home\u00A0>\u00A0News\r\n" +
        "Foreign Ministry Spokesperson Wang Wenbin’s\r\n" +
        "Regular Press Conference on August 19, 2022\r\n" +
        "Source: Ministry of Foreign Affairs  Updated: 2022-08-19 21:05\r\n" +
        "\r\n" +
        "\u3000\u3000AFP: There are reports that the shipping company will suspend its routes. What is your response?\r\n" +
        "\r\n" +
        "\u00A0\u00A0Wang Wenbin: We have noted the reports.\r\n" +
        "\r\n" +
        "\u3000\u3000First, freedom of navigation must be respected.\r\n" +
        "\u3000\u3000Second, the parties should resolve differences through dialogue.\r\n" +
        "\r\n" +
        "Bloomberg:\r\n" +
        "Will the ministers meet at the forum?\r\n" +
        "Wang Wenbin:\r\n" +
        "We will release information in due course.\r\n";

    /// <summary>A short news report of a briefing: a dateline that looks like a label, reported speech, a third party.</summary>
    public const string NewsReport = """
        BEIJING, June 16 (Wire) - China urged restraint on Tuesday, Foreign Ministry spokesperson Lin Jian said at a regular press conference.

        Lin stated that all parties should avoid escalating tensions. He remarked that dialogue was the only way forward.

        According to the Ruritanian News Agency, the talks will take place next month.

        Photo: A view of the ministry building, June 10, 2020.
        """;

    /// <summary>The inline transcripts with their names.</summary>
    public static IEnumerable<(string Name, string Text)> All()
    {
        yield return ("inline:outlet-labels", OutletLabels);
        yield return ("inline:anonymous-old-style", AnonymousOldStyle);
        yield return ("inline:split-title-crlf", SplitTitleCrLf);
        yield return ("inline:news-report", NewsReport);
    }
}
