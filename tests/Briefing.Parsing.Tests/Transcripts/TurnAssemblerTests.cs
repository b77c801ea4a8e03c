namespace Briefing.Parsing.Tests.Transcripts;

/// <summary>
/// <see cref="TurnAssembler"/>: pieces (see <see cref="Pieces"/>) into announcements and exchanges. Each row is a script
/// and the briefing it must give, written as <c>ann[label] speaker: text</c> and <c>Q[label/outlet] text → A[label]
/// speaker: text</c>, with the diagnostics the stage reported.
/// </summary>
public sealed class TurnAssemblerTests
{
    private static readonly Speaker s_main = new("Mao Ning") { Role = "spokesperson" };

    private static string Assemble(bool beginsMidway, params string[] script)
    {
        var (text, pieces) = Pieces.Build(script);
        var result = Stages.Run(text, context =>
        {
            var assembler = new TurnAssembler(context, s_main, beginsMidway);
            foreach (var p in pieces)
            {
                if (p is { } piece) assembler.Add(piece);
                else assembler.Break();
            }
            var (announcements, exchanges) = assembler.Build();
            return new PressBriefing { Announcements = announcements, Exchanges = exchanges };
        });
        var parts = new List<string>();
        parts.AddRange(result.Announcements.Select(a => $"ann[{a.Label}] {a.Speaker?.Name}: {a.Text}"));
        foreach (var e in result.Exchanges)
        {
            string q = e.Question is { } question ? $"Q[{question.Label}/{question.Outlet?.Name}{(question.IsFollowUp ? "/follow-up" : "")}] {question.Text}" : "Q none";
            parts.Add(q + string.Concat(e.Answers.Select(a => $" → A[{a.Label}] {a.Speaker?.Name}: {a.Text}")));
        }
        var codes = result.Diagnostics.Select(d => d.Code).Where(c => c is DiagnosticCodes.AnswerWithoutQuestion or DiagnosticCodes.QuestionWithoutAnswer or DiagnosticCodes.Truncated).ToList();
        if (codes.Count > 0) parts.Add("diagnostics " + string.Join(",", codes));
        return string.Join(" ; ", parts);
    }

    public static TheoryData<string, bool, string[], string> Rows => new()
    {
        { "unlabelled opening paragraphs are the main official's announcements", false,
            ["|Good afternoon.", "|I have an announcement.", "Q@q,known,anon|Why?", "A@a,known,anon|Because."],
            "ann[] Mao Ning: Good afternoon. ; ann[] Mao Ning: I have an announcement. ; Q[Q/] Why? → A[A] Mao Ning: Because." },
        { "an official speaking first makes announcements; only the first paragraph carries the label", false,
            ["Lin Jian@a,known,speaker=Lin Jian|Good afternoon.", "|Second paragraph.", "Xinhua@q,known,outlet=Xinhua|Why?", "Lin Jian@a,known,speaker=Lin Jian|Because."],
            "ann[Lin Jian] Lin Jian: Good afternoon. ; ann[] Lin Jian: Second paragraph. ; Q[Xinhua/Xinhua] Why? → A[Lin Jian] Lin Jian: Because." },
        { "unlabelled paragraphs continue the turn", false,
            ["Q@q,known,anon|Why?", "A@a,known,anon|Because.", "|And also this."],
            "Q[Q/] Why? → A[A] Mao Ning: Because.\n\nAnd also this." },
        { "a break ends the element; what follows is a new element of the same kind", false,
            ["Q@q,known,anon|Why?", "A@a,known,anon|Because.", "BREAK", "|And also this."],
            "Q[Q/] Why? → A[A] Mao Ning: Because. → A[] Mao Ning: And also this." },
        { "a follow-up without an outlet is the previous question's outlet's", false,
            ["CCTV@q,known,outlet=CCTV|Why?", "A@a,known,anon|Because.", "Follow-up@f,known,anon|And?", "A@a,known,anon|Yes."],
            "Q[CCTV/CCTV] Why? → A[A] Mao Ning: Because. ; Q[Follow-up/CCTV/follow-up] And? → A[A] Mao Ning: Yes." },
        { "two officials answer one question", false,
            ["QUESTION@q,known,anon|Why?", "MS. PSAKI@a,known,speaker=Jen Psaki|Because.", "MS. HARF@a,known,speaker=Marie Harf|And also."],
            "Q[QUESTION/] Why? → A[MS. PSAKI] Jen Psaki: Because. → A[MS. HARF] Marie Harf: And also." },
        { "a question without answer at the end", false,
            ["Q@q,known,anon|Why?", "A@a,known,anon|Because.", "QUESTION@q,known,anon|Thank you."],
            "Q[Q/] Why? → A[A] Mao Ning: Because. ; Q[QUESTION/] Thank you. ; diagnostics BP0106" },
        { "an anonymous answer first has no question", false,
            ["A@a,known,anon|as I said.", "Q@q,known,anon|Next?", "A@a,known,anon|Yes."],
            "Q none → A[A] Mao Ning: as I said. ; Q[Q/] Next? → A[A] Mao Ning: Yes. ; diagnostics BP0105" },
        { "a page that begins midway opens with an answer from elsewhere", true,
            ["Mao Ning@a,known,speaker=Mao Ning|We will release information in due course.", "Q@q,known,anon|Next?", "Mao Ning@a,known,speaker=Mao Ning|Yes."],
            "Q none → A[Mao Ning] Mao Ning: We will release information in due course. ; Q[Q/] Next? → A[Mao Ning] Mao Ning: Yes. ; diagnostics BP0105" },
        { "unless the official greets the press", true,
            ["Mao Ning@a,known,speaker=Mao Ning|Good afternoon. I have an announcement.", "Q@q,known,anon|Next?", "Mao Ning@a,known,speaker=Mao Ning|Yes."],
            "ann[Mao Ning] Mao Ning: Good afternoon. I have an announcement. ; Q[Q/] Next? → A[Mao Ning] Mao Ning: Yes." },
        { "a question continued after a break is its own exchange of the same outlet", false,
            ["Reuters@q,known,outlet=Reuters|First part.", "BREAK", "|Second part?", "A@a,known,anon|Yes."],
            "Q[Reuters/Reuters] First part. ; Q[/Reuters] Second part? → A[A] Mao Ning: Yes. ; diagnostics BP0106" },
        { "a label with nothing after it", false,
            ["Q@q,known,anon|Why?", "A@a,known,anon|"],
            "Q[Q/] Why? ; diagnostics BP0108,BP0106" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Pieces_become_announcements_and_exchanges(string why, bool beginsMidway, string[] script, string expected)
    {
        _ = why;
        Assert.Equal(expected, Assemble(beginsMidway, script));
    }

    [Fact]
    public void Officials_seen_in_labels_are_remembered_in_order()
    {
        var (text, pieces) = Pieces.Build("QUESTION@q,known,anon|Why?", "MS. PSAKI@a,known,speaker=Jen Psaki|Because.", "MS. HARF@a,known,speaker=Marie Harf|And.", "MS. PSAKI@a,known,speaker=Jen Psaki|Yes.");
        var names = new List<string>();
        Stages.Run(text, context =>
        {
            var assembler = new TurnAssembler(context, null);
            foreach (var p in pieces) assembler.Add(p!.Value);
            Assert.True(assembler.InExchanges);
            names.AddRange(assembler.Speakers.Select(s => s.Name));
            return new PressBriefing();
        });
        Assert.Equal(["Jen Psaki", "Marie Harf"], names);
    }
}
