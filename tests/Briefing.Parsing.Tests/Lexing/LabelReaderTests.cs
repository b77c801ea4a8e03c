namespace Briefing.Parsing.Tests.Lexing;

/// <summary>
/// <see cref="LabelReader"/> through the lexing pass of <see cref="BriefingParser.Default"/> (its lexicon has the
/// formats' label words): one row per label shape transcripts print, and lines whose colon is no turn label. Each row
/// is one line; the label's span, where its text starts, its form, role and delimiter are compared in one string so
/// that a failing row shows everything that differs.
/// </summary>
public sealed class LabelReaderTests
{
    private static Lexer Lexer => BriefingParser.Default.Lexer;

    /// <summary>What the reader read at the start of the line, as one comparable string.</summary>
    private static string Read(string line)
    {
        using var lexed = Lexer.Lex(line);
        if (!lexed.TryGetLabel(0, out var l)) return "no label";
        string content = l.ContentStart >= lexed[0].Content.End ? "<line end>" : line[l.ContentStart..Math.Min(line.Length, l.ContentStart + 12)];
        return $"'{line.Substring(l.Span.Start, l.Span.Length)}'@{l.Span.Start} text '{content}' {l.Form} {l.Role} {l.Delimiter}";
    }

    private static string Expected(string line, string label, string content, LabelForm form, LabelRole role, LabelDelimiter delimiter)
    {
        string shown = content.Length == 0 ? "<line end>" : content[..Math.Min(content.Length, 12)];
        return $"'{label}'@{line.IndexOf(label, StringComparison.Ordinal)} text '{shown}' {form} {role} {delimiter}";
    }

    [Theory]
    // Name:, a spokesperson of the directory
    [InlineData("Mao Ning: The two sides will exchange views.", "Mao Ning", "The two sides", LabelForm.Person, LabelRole.Official, LabelDelimiter.Colon)]
    // MR NAME: (an honorific before a surname no directory holds in full)
    [InlineData("MR MILLER: Good afternoon, everyone.", "MR MILLER", "Good afternoon", LabelForm.TitledName, LabelRole.Official, LabelDelimiter.Colon)]
    [InlineData("MS. PSAKI: Hi, everyone.", "MS. PSAKI", "Hi, everyone.", LabelForm.TitledName, LabelRole.Official, LabelDelimiter.Colon)]
    // Q:/A:
    [InlineData("Q: What is China's comment?", "Q", "What is Chin", LabelForm.Word, LabelRole.Question, LabelDelimiter.Colon)]
    [InlineData("A: We have noted the reports.", "A", "We have note", LabelForm.Word, LabelRole.Answer, LabelDelimiter.Colon)]
    [InlineData("Q:Yesterday a group of scholars met.", "Q", "Yesterday a ", LabelForm.Word, LabelRole.Question, LabelDelimiter.Colon)]
    // Q./A.
    [InlineData("Q. Iranian media reported a visit.", "Q", "Iranian medi", LabelForm.Word, LabelRole.Question, LabelDelimiter.FullStop)]
    [InlineData("A. We have no information on that.", "A", "We have no i", LabelForm.Word, LabelRole.Answer, LabelDelimiter.FullStop)]
    // QUESTION:, Question:/Answer:
    [InlineData("QUESTION: Thank you. On Gaza, first.", "QUESTION", "Thank you. O", LabelForm.Word, LabelRole.Question, LabelDelimiter.Colon)]
    [InlineData("Question: Is there any update on the talks?", "Question", "Is there any", LabelForm.Word, LabelRole.Question, LabelDelimiter.Colon)]
    [InlineData("Answer: The talks continue.", "Answer", "The talks co", LabelForm.Word, LabelRole.Answer, LabelDelimiter.Colon)]
    // No space after the colon
    [InlineData("REPORTER:I have a question about the talks.", "REPORTER", "I have a que", LabelForm.Word, LabelRole.Question, LabelDelimiter.Colon)]
    // A label alone on its line (the text is on the next line)
    [InlineData("Mao Ning:", "Mao Ning", "", LabelForm.Person, LabelRole.Official, LabelDelimiter.LineEnd)]
    [InlineData("Q:", "Q", "", LabelForm.Word, LabelRole.Question, LabelDelimiter.LineEnd)]
    [InlineData("Question", "Question", "", LabelForm.Word, LabelRole.Question, LabelDelimiter.LineEnd)]
    // A time code after the name is not part of the label
    [InlineData("Matt (01:49): Thanks, Karine.", "Matt", "Thanks, Kari", LabelForm.PersonName, LabelRole.Unknown, LabelDelimiter.Colon)]
    [InlineData("Helen Marsh (00:00):", "Helen Marsh", "", LabelForm.PersonName, LabelRole.Unknown, LabelDelimiter.LineEnd)]
    // Q followed by spaces, no colon
    [InlineData("Q   Iranian media reported a visit.", "Q", "Iranian medi", LabelForm.Word, LabelRole.Question, LabelDelimiter.Space)]
    // A known outlet or official without a colon
    [InlineData("China News Service We have learned that the talks ended.", "China News Service", "We have lear", LabelForm.Outlet, LabelRole.Question, LabelDelimiter.Space)]
    [InlineData("Mao Ning Laos, the rotating chair, hosted the meeting.", "Mao Ning", "Laos, the ro", LabelForm.Person, LabelRole.Official, LabelDelimiter.Space)]
    // A known name alone on its line
    [InlineData("Mao Ning", "Mao Ning", "", LabelForm.Person, LabelRole.Official, LabelDelimiter.LineEnd)]
    [InlineData("Reuters", "Reuters", "", LabelForm.Outlet, LabelRole.Question, LabelDelimiter.LineEnd)]
    // Outlets
    [InlineData("CCTV: Could you share more about the visit?", "CCTV", "Could you sh", LabelForm.Outlet, LabelRole.Question, LabelDelimiter.Colon)]
    [InlineData("CCTV：Could you share more about the visit?", "CCTV", "Could you sh", LabelForm.Outlet, LabelRole.Question, LabelDelimiter.Colon)]
    [InlineData("Reuters follow-up: Will there be a statement?", "Reuters follow-up", "Will there b", LabelForm.Outlet, LabelRole.FollowUp, LabelDelimiter.Colon)]
    // An outlet before a qualifier ("outlet.qualifier": " at ", " from ", " (" ...), in any case.
    [InlineData("Reuters correspondent at the UN: Will there be a statement?", "Reuters correspondent at the UN", "Will there b", LabelForm.Outlet, LabelRole.Question, LabelDelimiter.Colon)]
    [InlineData("REUTERS REPORTER FROM GENEVA: Will there be a statement?", "REUTERS REPORTER FROM GENEVA", "Will there b", LabelForm.Outlet, LabelRole.Question, LabelDelimiter.Colon)]
    [InlineData("Follow-up: Just to clarify, will there be one?", "Follow-up", "Just to clar", LabelForm.Word, LabelRole.FollowUp, LabelDelimiter.Colon)]
    // German transcripts
    [InlineData("Frage: Herr Seibert, wann reist der Kanzler?", "Frage", "Herr Seibert", LabelForm.Word, LabelRole.Question, LabelDelimiter.Colon)]
    [InlineData("Zusatzfrage: Und wann kommt er zurück?", "Zusatzfrage", "Und wann kom", LabelForm.Word, LabelRole.FollowUp, LabelDelimiter.Colon)]
    [InlineData("Antwort: Das kann ich nicht sagen.", "Antwort", "Das kann ich", LabelForm.Word, LabelRole.Answer, LabelDelimiter.Colon)]
    [InlineData("StS Hebestreit: Guten Tag, meine Damen und Herren.", "StS Hebestreit", "Guten Tag, m", LabelForm.Person, LabelRole.Official, LabelDelimiter.Colon)]
    [InlineData("Burger (AA): Das Auswärtige Amt hat dazu nichts.", "Burger (AA)", "Das Auswärti", LabelForm.NameWithOffice, LabelRole.Official, LabelDelimiter.Colon)]
    // A question label with the outlet in brackets
    [InlineData("Question [Reuters]: Thank you. On the summit.", "Question [Reuters]", "Thank you. O", LabelForm.Journalist, LabelRole.Question, LabelDelimiter.Colon)]
    // Chinese labels and full-width colons
    [InlineData("问：中方对此有何评论？", "问", "中方对此有何评论？", LabelForm.Word, LabelRole.Question, LabelDelimiter.Colon)]
    [InlineData("答：我们注意到有关报道。", "答", "我们注意到有关报道。", LabelForm.Word, LabelRole.Answer, LabelDelimiter.Colon)]
    [InlineData("记者：请问中方如何看待？", "记者", "请问中方如何看待？", LabelForm.Word, LabelRole.Question, LabelDelimiter.Colon)]
    [InlineData("路透社记者：据报道，会谈已经结束。", "路透社记者", "据报道，会谈已经结束。", LabelForm.Outlet, LabelRole.Question, LabelDelimiter.Colon)]
    [InlineData("毛宁：中方的立场是一贯的。", "毛宁", "中方的立场是一贯的。", LabelForm.Person, LabelRole.Official, LabelDelimiter.Colon)]
    // Surname, Outlet (Japan) and Office, Shri Name (India)
    [InlineData("Toba, Nippon TV: Thank you very much.", "Toba, Nippon TV", "Thank you ve", LabelForm.Journalist, LabelRole.Question, LabelDelimiter.Colon)]
    [InlineData("Official Spokesperson, Shri Randhir Jaiswal: Good evening, friends.", "Official Spokesperson, Shri Randhir Jaiswal", "Good evening", LabelForm.Person, LabelRole.Official, LabelDelimiter.Colon)]
    // A spokesperson's surname alone, an upper-case office no directory knows, a reporter of an unknown outlet
    [InlineData("Kong: Good afternoon, ladies and gentlemen.", "Kong", "Good afterno", LabelForm.Surname, LabelRole.Official, LabelDelimiter.Colon)]
    [InlineData("MODERATOR: Next question, please.", "MODERATOR", "Next questio", LabelForm.Word, LabelRole.Official, LabelDelimiter.Colon)]
    [InlineData("SENIOR STATE DEPARTMENT OFFICIAL: Thanks.", "SENIOR STATE DEPARTMENT OFFICIAL", "Thanks.", LabelForm.UpperCaseName, LabelRole.Unknown, LabelDelimiter.Colon)]
    [InlineData("澳门月刊记者：请问中方对此有何回应？", "澳门月刊记者", "请问中方对此有何回应？", LabelForm.Outlet, LabelRole.Question, LabelDelimiter.Colon)]
    [InlineData("Rossiya Segodnya reporter: Thank you.", "Rossiya Segodnya reporter", "Thank you.", LabelForm.Reporter, LabelRole.Question, LabelDelimiter.Colon)]
    // The question word at the end in traditional characters, and in upper case.
    [InlineData("某某周刊記者：請問中方對此有何回應？", "某某周刊記者", "請問中方對此有何回應？", LabelForm.Reporter, LabelRole.Question, LabelDelimiter.Colon)]
    [InlineData("某某周刊提問：請問中方對此有何回應？", "某某周刊提問", "請問中方對此有何回應？", LabelForm.Reporter, LabelRole.Question, LabelDelimiter.Colon)]
    [InlineData("Rossiya Segodnya REPORTER: Thank you.", "Rossiya Segodnya REPORTER", "Thank you.", LabelForm.Reporter, LabelRole.Question, LabelDelimiter.Colon)]
    public void A_label_shape_is_read_with_its_span_text_form_role_and_delimiter(string line, string label, string content, LabelForm form, LabelRole role, LabelDelimiter delimiter) =>
        Assert.Equal(Expected(line, label, content, form, role, delimiter), Read(line));

    [Theory]
    [InlineData("Between 00:00 and 06:00, February 10, the mainland reported new cases.")]
    [InlineData("Date: 12 March 2024")]
    [InlineData("Time: 10:30-11:15")]
    [InlineData("Place: Press Conference Room, Ministry of Foreign Affairs")]
    [InlineData("Source: Xinhua")]
    [InlineData("来源：外交部网站")]
    [InlineData("Themen: Reise des Bundeskanzlers nach Indien")]
    [InlineData("Beijing: China on Tuesday urged restraint.")]
    [InlineData("However: the talks will go on.")]
    [InlineData("The Chinese side's position is as follows: we oppose it.")]
    [InlineData("2:03 p.m. EDT")]
    // Without a colon only a label that names someone or something known counts: a personal name, an upper-case office
    // and capitalised words alone on their line are headings, bylines, captions.
    [InlineData("Helen Park")]
    [InlineData("SENIOR STATE DEPARTMENT OFFICIAL")]
    [InlineData("Regional Cooperation Forum")]
    [InlineData("China firmly opposes the decision and will respond.")]
    public void A_line_whose_colon_is_no_turn_gives_no_label(string line) => Assert.Equal("no label", Read(line));

    [Fact]
    public void A_time_code_is_kept_apart_from_the_label()
    {
        const string line = "Matt (01:49): Thanks, Karine.";
        using var lexed = Lexer.Lex(line);
        Assert.True(lexed.TryGetLabel(0, out var l));
        Assert.Equal("Matt", line.Substring(l.Span.Start, l.Span.Length));
        Assert.Equal("(01:49)", line.Substring(l.TimeCode.Start, l.TimeCode.Length));
        Assert.True(l.Span.End <= l.TimeCode.Start);
    }

    [Theory]
    [InlineData("We support cooperation.Mao Ning: We have released the information.", "Mao Ning")]
    [InlineData("Can you confirm? CCTV: Earlier this week, the talks ended.", "CCTV")]
    [InlineData("Matthew Miller, Department Spokesperson Washington, D.C. 1:17 p.m. EDT MR MILLER: Good afternoon.", "MR MILLER")]
    [InlineData("据报道，论坛取得了成果?The Paper: We noted the forum.", "The Paper")]
    [InlineData("他告诉记者：会谈很成功。", null)]
    [InlineData("The meeting starts at 10:30 and ends at 11:00.", null)]
    // Glued inside a line, only a label that names someone known (or an anonymous one): a personal name alone is narration.
    [InlineData("The talks ended. Helen Park: We noted the talks.", null)]
    [InlineData("The talks ended. SENIOR OFFICIAL: We noted the talks.", null)]
    public void Labels_glued_inside_a_line_after_a_sentence_are_read(string line, string? label)
    {
        using var lexed = Lexer.Lex(line);
        var inline = lexed.InlineLabels(0).ToArray().Select(l => line.Substring(l.Span.Start, l.Span.Length)).ToList();
        Assert.Equal(label is null ? [] : [label], inline);
        Assert.All(lexed.InlineLabels(0).ToArray(), l => Assert.True(l.Inline));
    }

    [Theory]
    [InlineData("Sudhi Ranjan", true)]
    [InlineData("KIRBY", true)]
    [InlineData("P.J. Crowley", true)]
    [InlineData("Ludwig van Beethoven", true)]
    [InlineData("the Chinese side", false)]
    [InlineData("March", false)]
    [InlineData("One Two Three Four Five", false)]
    public void Personal_names_have_one_to_four_capitalised_words(string name, bool expected) =>
        Assert.Equal(expected, Lexer.Labels.IsPersonName(name));

    [Theory]
    [InlineData("Minister for Foreign Affairs", true)]
    [InlineData("Official Spokesperson", true)]
    [InlineData("Department Spokesperson", true)]
    [InlineData("Reuters", false)]
    [InlineData("Good afternoon", false)]
    public void Offices_are_recognised(string part, bool expected) => Assert.Equal(expected, Lexer.Labels.IsOffice(part));

    [Theory]
    [InlineData("Mr. Fumio Kishida", "Fumio Kishida", "Mr")]
    [InlineData("Foreign Ministry Spokesperson Mao Ning", "Mao Ning", "Foreign Ministry Spokesperson")]
    [InlineData("Shri Arindam Bagchi", "Arindam Bagchi", "Shri")]
    [InlineData("Mao Ning", "Mao Ning", "")]
    public void Titles_are_stripped_from_the_start_of_a_name(string label, string bare, string office)
    {
        var stripped = Lexer.Labels.StripTitles(label, out var found);
        Assert.Equal((bare, office), (stripped.ToString(), found.ToString()));
    }
    /// <summary>A label as the reader describes it, its spans given by the text they cover and their place in the line.</summary>
    private static string Describe(string text, int lineStart, LabelCandidate l)
    {
        string Part(TextSpan span) => span.IsEmpty ? "-" : $"'{text.Substring(span.Start, span.Length)}'@{span.Start - lineStart}";
        return $"{Part(l.Span)} text@{l.ContentStart - lineStart} {l.Form} {l.Role} {l.Delimiter} name {Part(l.Name)} office {Part(l.Office)} "
            + $"time {Part(l.TimeCode)} person {l.Person?.Name ?? "-"} outlet {l.Outlet?.Name ?? "-"} word {l.Word?.Text ?? "-"} upper {l.UpperCase}";
    }

    [Fact]
    public void A_label_read_again_in_a_text_is_read_as_the_first_time_at_its_own_place()
    {
        // A text repeats its labels, and the reader keeps what it made of each one for the rest of the text: the label
        // read again (at another place, with other spaces before it) must be the one the line alone gives.
        string[] lines =
        [
            "Mr. Fumio Kishida, Minister for Foreign Affairs: Thank you.",
            "Mao Ning: The two sides will exchange views.",
            "Reporter: Thank you.",
            "   Mr. Fumio Kishida, Minister for Foreign Affairs: A second answer.",
            "CCTV: A question.",
            "Mao Ning: Another answer.",
            "\tMao Ning: A third answer.",
            "Mr. Fumio Kishida, Minister for Foreign Affairs: Once more.",
            "Official Spokesperson (Shri Raveesh Kumar): Good afternoon.",
            "Official Spokesperson (Shri Raveesh Kumar): Good evening.",
            "Minister Kishida",
            "Minister Kishida",
        ];
        string text = string.Join("\n", lines);
        using var lexed = Lexer.Lex(text);
        Assert.Equal(lines.Length, lexed.LineCount);
        for (int i = 0; i < lines.Length; i++)
        {
            using var alone = Lexer.Lex(lines[i]);
            Assert.True(alone.TryGetLabel(0, out var expected), lines[i]);
            Assert.True(lexed.TryGetLabel(i, out var actual), lines[i]);
            Assert.Equal(Describe(lines[i], 0, expected), Describe(text, lexed[i].Span.Start, actual));
        }
    }
}
