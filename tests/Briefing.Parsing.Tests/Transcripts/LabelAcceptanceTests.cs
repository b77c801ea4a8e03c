namespace Briefing.Parsing.Tests.Transcripts;

/// <summary>
/// <see cref="LabelAcceptance"/>, its three presets: which labels known only by their shape (or printed without their
/// colon) stay turns, from the structure of the whole text. Each row is a script of turns (see <see cref="Pieces"/>); the
/// result is the labels that are still labels, and the unknown labels reported.
/// </summary>
public sealed class LabelAcceptanceTests
{
    private static string Apply(LabelAcceptance preset, params string[] script)
    {
        var (text, pieces) = Pieces.Build(script);
        int count = pieces.Count;
        var reported = new List<string>();
        preset.Apply(pieces, span => text.Substring(span.Start, span.Length), (code, _, _, span) => reported.Add($"{code} {(span is { } s ? text.Substring(s.Start, s.Length) : "")}"));
        Assert.Equal(count, pieces.Count); // nothing is lost: a rejected label's line becomes content
        foreach (var p in pieces)
        {
            if (p is { Label: null } plain) Assert.True(plain.End > plain.Start);
        }
        var labels = pieces.Select(p => p?.Label is { } l ? $"{text.Substring(l.Label.Start, l.Label.Length)}={l.Role}/{l.Evidence}" : null).Where(l => l is not null);
        return string.Join(" ", labels) + (reported.Count > 0 ? " | " + string.Join(", ", reported) : "");
    }

    public static TheoryData<string, string[], string> InContextRows => new()
    {
        // Anonymous labels without a colon are turns when the text has two or more anonymous labels.
        { "loose Q with two known anonymous labels", ["Q@q,known,anon|Why?", "A@a,known,anon|Because.", "Q@q,shape,anon|And then?"], "Q=Question/Known A=Answer/Known Q=Question/Shape" },
        { "one loose Q alone", ["|Opening remarks.", "Q@q,shape,anon|And then?"], "" },
        { "loose Q and A alternate", ["Q@q,shape,anon|Why?", "A@a,shape,anon|Because."], "Q=Question/Shape A=Answer/Shape" },
        // A known outlet or official without a colon is a turn when the text has another known label.
        { "loose outlet with a known label", ["CCTV@q,known,outlet=CCTV|Why?", "Mao Ning@a,known,speaker=Mao Ning|Because.", "China News Service@q,shape,outlet=China News Service|We have learned."], "CCTV=Question/Known Mao Ning=Answer/Known China News Service=Question/Shape" },
        { "one loose outlet alone", ["|Opening remarks.", "China News Service@q,shape,outlet=China News Service|We have learned."], "" },
        { "loose outlet and loose official alternate", ["China News Service@q,shape,outlet=China News Service|We have learned.", "Mao Ning@a,shape,speaker=Mao Ning|We have noted."], "China News Service=Question/Shape Mao Ning=Answer/Shape" },
        // An unknown label's shape is a turn when officials answer by name and the next label is an answer.
        { "unknown shape answered by name", ["CCTV@q,known,outlet=CCTV|Why?", "Mao Ning@a,known,speaker=Mao Ning|Because.", "Radio Kiribati@q,shape|And?", "Mao Ning@a,known,speaker=Mao Ning|Yes."],
            "CCTV=Question/Known Mao Ning=Answer/Known Radio Kiribati=Question/Shape Mao Ning=Answer/Known | BP0107 Radio Kiribati" },
        { "unknown shape followed by a question", ["CCTV@q,known,outlet=CCTV|Why?", "Mao Ning@a,known,speaker=Mao Ning|Because.", "Radio Kiribati@q,shape|And?", "Reuters@q,known,outlet=Reuters|Next?"],
            "CCTV=Question/Known Mao Ning=Answer/Known Reuters=Question/Known" },
        { "unknown shape with anonymous answers", ["Q@q,known,anon|Why?", "A@a,known,anon|Because.", "Radio Kiribati@q,shape|And?", "A@a,known,anon|Yes."],
            "Q=Question/Known A=Answer/Known A=Answer/Known" },
    };

    [Theory]
    [MemberData(nameof(InContextRows))]
    public void In_context(string why, string[] script, string expected)
    {
        _ = why;
        Assert.Equal(expected, Apply(LabelAcceptance.InContext, script));
    }

    public static TheoryData<string, string[], string> OfficialsLabelledRows => new()
    {
        { "journalists by name where officials are labelled", ["Sidhant@q,shape|Sir, on the visit.", "Official Spokesperson@a,known,speaker=Randhir Jaiswal|Thank you.", "Madhurendra@q,shape|Sir, on trade.", "Official Spokesperson@a,known,speaker=Randhir Jaiswal|We will see."],
            "Sidhant=Question/Shape Official Spokesperson=Answer/Known Madhurendra=Question/Shape Official Spokesperson=Answer/Known | BP0107 Sidhant, BP0107 Madhurendra" },
        { "the same unknown label reported once", ["Sidhant@q,shape|Sir.", "Official Spokesperson@a,known,speaker=Randhir Jaiswal|Yes.", "Sidhant@q,shape|And?", "Official Spokesperson@a,known,speaker=Randhir Jaiswal|No."],
            "Sidhant=Question/Shape Official Spokesperson=Answer/Known Sidhant=Question/Shape Official Spokesperson=Answer/Known | BP0107 Sidhant" },
        { "no official labelled", ["Q@q,known,anon|Why?", "A@a,known,anon|Because.", "Sidhant@q,shape|Sir."], "Q=Question/Known A=Answer/Known" },
        { "only one known label", ["Official Spokesperson@a,known,speaker=Randhir Jaiswal|Good evening.", "Sidhant@q,shape|Sir."], "Official Spokesperson=Answer/Known" },
    };

    [Theory]
    [MemberData(nameof(OfficialsLabelledRows))]
    public void Officials_labelled(string why, string[] script, string expected)
    {
        _ = why;
        Assert.Equal(expected, Apply(LabelAcceptance.OfficialsLabelled, script));
    }

    public static TheoryData<string, string[], string> InferredRows => new()
    {
        { "an unknown label that answers the known questions twice is an official", ["REPORTER@q,known,anon|First?", "PRATT@a,shape|One.", "REPORTER@q,known,anon|Second?", "PRATT@a,shape|Two."],
            "REPORTER=Question/Known PRATT=Answer/Known REPORTER=Question/Known PRATT=Answer/Known" },
        { "once is not enough", ["REPORTER@q,known,anon|First?", "PRATT@a,shape|One.", "REPORTER@q,known,anon|Second?", "A@a,known,anon|Two."],
            "REPORTER=Question/Known REPORTER=Question/Known A=Answer/Known" },
        { "officials labelled as in the preset before", ["Frage@q,known,anon|Wann?", "StS Hebestreit@a,known,speaker=Steffen Hebestreit|Morgen.", "Zusatzfrage@f,known,anon|Und?", "Kall@a,shape|Dazu nichts."],
            "Frage=Question/Known StS Hebestreit=Answer/Known Zusatzfrage=FollowUp/Known Kall=Answer/Shape" },
    };

    [Theory]
    [MemberData(nameof(InferredRows))]
    public void Inferred(string why, string[] script, string expected)
    {
        _ = why;
        Assert.Equal(expected, Apply(LabelAcceptance.Inferred, script));
    }

    [Fact]
    public void An_inferred_official_is_named_as_printed()
    {
        var (text, pieces) = Pieces.Build("REPORTER@q,known,anon|First?", "PRATT@a,shape|One.", "REPORTER@q,known,anon|Second?", "PRATT@a,shape|Two.");
        LabelAcceptance.Inferred.Apply(pieces, span => text.Substring(span.Start, span.Length), (_, _, _, _) => { });
        Assert.Equal("Pratt", pieces[1]?.Label?.Speaker?.Name);
    }

    [Fact]
    public void The_presets_have_names() =>
        Assert.Equal(["in-context", "officials-labelled", "inferred"], new[] { LabelAcceptance.InContext, LabelAcceptance.OfficialsLabelled, LabelAcceptance.Inferred }.Select(p => p.ToString()));
}
