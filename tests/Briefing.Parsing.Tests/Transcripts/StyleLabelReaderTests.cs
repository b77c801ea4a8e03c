namespace Briefing.Parsing.Tests.Transcripts;

/// <summary>
/// The label shapes the labelled-transcript formats read at the start of a line (and glued after a sentence), and the
/// colons that are not labels. Each case is one line; the expectation is the role, the speaker or outlet it resolves to.
/// </summary>
public sealed class StyleLabelReaderTests
{
    private static TranscriptStyle StyleOf(string format) => format switch
    {
        StateDepartmentFormat.FormatId => StateDepartmentFormat.Style,
        UnNoonBriefingFormat.FormatId => UnNoonBriefingFormat.Style,
        JapanMofaFormat.FormatId => JapanMofaFormat.Style,
        IndiaMeaFormat.FormatId => IndiaMeaFormat.Style,
        RussiaMfaFormat.FormatId => RussiaMfaFormat.Style,
        PakistanMofaFormat.FormatId => PakistanMofaFormat.Style,
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private static TurnLabel? Read(string format, string line, out bool distinctive)
    {
        var reader = new StyleLabelReader(StyleOf(format), BriefingDirectories.Default, null, null, new DateOnly(2023, 6, 1));
        return reader.Read(line, new TextSpan(0, line.Length), out distinctive);
    }

    [Theory]
    // format, line, expected label text, role, speaker or outlet (null when none), evidence
    [InlineData("state-department", "MR KIRBY: Two minutes.", "MR KIRBY", "Answer", "John Kirby", "Known")]
    [InlineData("state-department", "MS. PSAKI: Hi, everyone.", "MS. PSAKI", "Answer", "Jen Psaki", "Known")]
    [InlineData("state-department", "QUESTION: Can we start?", "QUESTION", "Question", null, "Known")]
    [InlineData("state-department", "AMBASSADOR GREEN: Thank you.", "AMBASSADOR GREEN", "Answer", "Green", "Known")]
    [InlineData("state-department", "SENIOR STATE DEPARTMENT OFFICIAL: Sure.", "SENIOR STATE DEPARTMENT OFFICIAL", "Answer", "Senior State Department Official", "Known")]
    [InlineData("un-noon-briefing", "Spokesman: Not on this trip.", "Spokesman", "Answer", null, "Known")]
    [InlineData("un-noon-briefing", "Correspondent: Thank you.", "Correspondent", "Question", null, "Known")]
    [InlineData("un-noon-briefing", "Mr. Dujarric: Yes.", "Mr. Dujarric", "Answer", "Stéphane Dujarric", "Known")]
    [InlineData("japan-mofa", "Mr. Fumio Kishida, Minister for Foreign Affairs: Today, ...", "Mr. Fumio Kishida, Minister for Foreign Affairs", "Answer", "Fumio Kishida", "Known")]
    [InlineData("japan-mofa", "Minister Kamikawa: First, ...", "Minister Kamikawa", "Answer", "Yoko Kamikawa", "Known")]
    [InlineData("japan-mofa", "Toba, Nippon TV: I have a question.", "Toba, Nippon TV", "Question", "Nippon TV", "Known")]
    [InlineData("japan-mofa", "NHK, Kato: On the summit?", "NHK, Kato", "Question", "NHK", "Known")]
    [InlineData("japan-mofa", "Yamamoto, Hokkaido Shimbun: There are concerns.", "Yamamoto, Hokkaido Shimbun", "Question", null, "Shape")]
    [InlineData("india-mea", "Shri Arindam Bagchi, Official Spokesperson: Very good afternoon.", "Shri Arindam Bagchi, Official Spokesperson", "Answer", "Arindam Bagchi", "Known")]
    [InlineData("india-mea", "Official Spokesperson, Shri Gopal Baglay: Good afternoon.", "Official Spokesperson, Shri Gopal Baglay", "Answer", "Gopal Baglay", "Known")]
    [InlineData("india-mea", "Official Spokesperson (Shri Raveesh Kumar): Friends, ...", "Official Spokesperson (Shri Raveesh Kumar)", "Answer", "Raveesh Kumar", "Known")]
    [InlineData("india-mea", "Question (Manish, PTI): Sir, ...", "Question (Manish, PTI)", "Question", "PTI", "Known")]
    [InlineData("india-mea", "Sudhi Ranjan: Sir, Sudhi Ranjan from Bloomberg.", "Sudhi Ranjan", "Question", null, "Shape")]
    [InlineData("india-mea", "Foreign Secretary, Shri Vinay Kwatra: Thank you.", "Foreign Secretary, Shri Vinay Kwatra", "Answer", "Vinay Kwatra", "Known")]
    [InlineData("russia-mfa", "Maria Zakharova: We have said many times ...", "Maria Zakharova", "Answer", "Maria Zakharova", "Known")]
    [InlineData("russia-mfa", "Question: How will Russia respond?", "Question", "Question", null, "Known")]
    [InlineData("pakistan-mofa", "Answer: The talks are continuing.", "Answer", "Answer", null, "Known")]
    public void Reads_the_label_shapes(string format, string line, string label, string role, string? who, string evidence)
    {
        var read = Read(format, line, out _);
        Assert.NotNull(read);
        Assert.Equal(label, line[read.Label.Start..read.Label.End]);
        Assert.Equal(role, read.Role.ToString());
        Assert.Equal(evidence, read.Evidence.ToString());
        Assert.Equal(who, read.Role == TurnRole.Answer ? read.Speaker?.Name : read.Outlet?.Name);
        Assert.True(read.ContentStart > read.Label.End);
    }

    [Theory]
    [InlineData("state-department", "Question: mixed case is not a State Department label")]
    [InlineData("state-department", "2:03 p.m. EDT")]
    [InlineData("un-noon-briefing", "Between 10:00 and 12:00, the convoy moved.")]
    [InlineData("japan-mofa", "Date: Tuesday, July 12, 2022, 10:45 a.m.")]
    [InlineData("japan-mofa", "I will say this: we are ready.")]
    [InlineData("india-mea", "Secondly: on your question about diplomatic channels, yes.")]
    [InlineData("india-mea", "Let me say that in English as well: we have already said it.")]
    [InlineData("india-mea", "Pakistan: we have said it before.")]
    [InlineData("russia-mfa", "19. Answers to media questions:")]
    [InlineData("pakistan-mofa", "See https://mofa.gov.pk for details.")]
    public void Colons_that_are_not_labels(string format, string line) => Assert.Null(Read(format, line, out _));

    [Theory]
    [InlineData("state-department", "MR PRICE: Yes.", true)]
    [InlineData("state-department", "QUESTION: Why?", true)]
    [InlineData("india-mea", "Question: Sir, why?", false)]
    [InlineData("india-mea", "Official Spokesperson, Shri Randhir Jaiswal: Because.", true)]
    [InlineData("japan-mofa", "Question: Why?", false)]
    [InlineData("japan-mofa", "Kato, Jiji Press: Why?", true)]
    [InlineData("japan-mofa", "Shri Arindam Bagchi, Official Spokesperson: Because.", false)]
    [InlineData("un-noon-briefing", "Question: Why?", false)]
    [InlineData("russia-mfa", "Maria Zakharova: Because.", true)]
    [InlineData("pakistan-mofa", "Maria Zakharova: Because.", false)]
    public void Only_a_styles_own_labels_count_for_its_detection(string format, string line, bool expected)
    {
        Assert.NotNull(Read(format, line, out bool distinctive));
        Assert.Equal(expected, distinctive);
    }

    [Theory]
    [InlineData("state-department", "... for a while now. MR PRICE: Let's go to Said.", "MR PRICE")]
    [InlineData("state-department", "Washington, D.C. 1:17 p.m. EDT MR MILLER: Good afternoon.", "MR MILLER")]
    [InlineData("state-department", "(Laughter.) QUESTION: Okay.", "QUESTION")]
    [InlineData("japan-mofa", "Prime Minister’s Office Mr. Fumio Kishida, Minister for Foreign Affairs: Today ...", "Mr. Fumio Kishida, Minister for Foreign Affairs")]
    [InlineData("japan-mofa", "... with the United States. Sato, Kyodo News: On another topic?", "Sato, Kyodo News")]
    public void Finds_labels_glued_after_a_sentence(string format, string line, string label)
    {
        var reader = new StyleLabelReader(StyleOf(format), BriefingDirectories.Default, null, null, new DateOnly(2023, 6, 1));
        var found = new List<TurnLabel>();
        reader.ReadInline(line, 1, line.Length, found);
        var read = Assert.Single(found);
        Assert.Equal(label, line[read.Label.Start..read.Label.End]);
    }

    [Theory]
    [InlineData("india-mea", "Good afternoon. Let me say that in English as well: we have said it.")]
    [InlineData("state-department", "He said in his remarks: This is important.")]
    [InlineData("japan-mofa", "The topics are as follows: Trade and security.")]
    public void Finds_no_label_in_running_text(string format, string line)
    {
        var reader = new StyleLabelReader(StyleOf(format), BriefingDirectories.Default, null, null, null);
        var found = new List<TurnLabel>();
        reader.ReadInline(line, 1, line.Length, found);
        Assert.Empty(found);
    }
}
