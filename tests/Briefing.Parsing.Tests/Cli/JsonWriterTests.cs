using System.Collections.Immutable;
using System.Text.Json;

namespace Briefing.Parsing.Tests.Cli;

/// <summary>
/// <see cref="BriefingJson"/>'s writer writes the model property by property; the serializer with the source-generated
/// metadata (<see cref="BriefingJson.TypeInfo"/>, which reading uses) is the reference it must equal byte for byte.
/// </summary>
public sealed class JsonWriterTests
{
    private static string Reference(PressBriefing briefing, bool indented) =>
        JsonSerializer.Serialize(briefing, indented ? BriefingJson.TypeInfo : BriefingJson.CompactTypeInfo);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_fixture_is_written_as_the_serializer_writes_it(bool indented)
    {
        int documents = 0;
        foreach (var document in TestFiles.AllDocuments())
        {
            var briefing = TestFiles.Parse(document);
            Assert.True(Reference(briefing, indented) == BriefingJson.Serialize(briefing, indented), document.Name);
            documents++;
        }
        Assert.True(documents > 50, $"only {documents} documents");
    }

    /// <summary>Text with what escaping and the surrogate rule must handle: quotes, controls, HTML, a pair and lone halves.</summary>
    private const string Awkward = "\"quoted\" \\ back\tslash\n<b>&amp;</b> 😀 lone \uD83D end \uDE00 reversed \uDE00\uD83D 外交部";

    private static TextSpan S(int start) => new(start, 3);

    /// <summary>A briefing with every property of every element set (no JSON <c>null</c> anywhere), some text awkward.</summary>
    private static PressBriefing Full()
    {
        var speaker = new Speaker("Mao Ning" + Awkward) { NameZh = "毛宁", NameEn = "Mao Ning", Kind = SpeakerKind.Institution, Role = "spokesperson", DirectoryName = "mfa" };
        var outlet = new Outlet("Reuters") { NameZh = "路透社", Country = "GB" };
        var translation = new Translation("zh", "译文" + Awkward, S(9)) { Label = "问", LabelSpan = S(7) };
        return new PressBriefing
        {
            Source = "dir/file \uD800.txt",
            SourceText = "the extracted text " + Awkward,
            Format = new FormatMatch("mfa-transcript", 0.1 + 0.2, "reason " + Awkward),
            Language = "mul",
            Title = "Title " + Awkward,
            TitleSpan = S(1),
            TitleTranslation = translation,
            Institution = "Ministry",
            Date = new DateOnly(2024, 2, 29),
            Published = new DateTime(2024, 2, 29, 18, 5, 7, 120),
            Lead = new TextBlock("Lead", S(2)),
            Spokespersons = [speaker, speaker with { Kind = SpeakerKind.Person }],
            Announcements = [new Announcement(speaker, "Announced " + Awkward, S(3)) { Label = "Mao Ning", LabelSpan = S(4), Translation = translation }],
            Exchanges =
            [
                new Exchange(
                    new Question("Q", outlet, "Question?" + Awkward, S(5)) { IsFollowUp = true, LabelSpan = S(6), Translation = translation },
                    [new Answer("A", speaker, "Answer.", S(8)) { LabelSpan = S(10), Translation = translation }, new Answer("A", speaker, "Second.", S(11)) { LabelSpan = S(12), Translation = translation }],
                    S(13)),
            ],
            Statements =
            [
                new Statement(speaker, StatementMode.Quoted, "Said " + Awkward, S(14)) { Via = outlet, Question = new TextBlock("Asked?", S(15)) },
                new Statement(speaker, StatementMode.Reported, "Reported", S(16)) { Via = outlet, Question = new TextBlock("Asked again?", S(17)) },
            ],
            Boilerplate = [.. Enum.GetValues<BoilerplateKind>().Select((kind, i) => new BoilerplateBlock(kind, kind + " " + Awkward, S(20 + i)))],
            Diagnostics = [.. Enum.GetValues<DiagnosticSeverity>().Select((severity, i) => new Diagnostic("BP" + i, severity, "Message " + Awkward, S(40 + i)))],
        };
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_briefing_with_every_property_set_is_written_as_the_serializer_writes_it(bool indented)
    {
        var full = Full();
        string reference = Reference(full, indented);
        // Every property has a value, so a property the writer leaves out (or adds) changes the bytes.
        Assert.DoesNotContain("null", reference, StringComparison.Ordinal);
        Assert.Contains("\uFFFD", reference, StringComparison.Ordinal);

        Assert.Equal(reference, BriefingJson.Serialize(full, indented));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Absent_values_are_written_as_the_serializer_writes_them(bool indented)
    {
        var speaker = new Speaker("Someone");
        var empty = new PressBriefing();
        var sparse = new PressBriefing
        {
            Format = new FormatMatch("news-report", 1, ""),
            Spokespersons = [speaker],
            Announcements = [new Announcement(null, "Text", S(0))],
            Exchanges = [new Exchange(null, [new Answer(null, null, "Answer", S(0))], S(0)), new Exchange(new Question(null, null, "Q?", S(0)), [], S(0))],
            Statements = [new Statement(null, StatementMode.Reported, "Said", S(0))],
            Diagnostics = [new Diagnostic("BP0", DiagnosticSeverity.Info, "m")],
        };

        // A default array set after construction reads as empty, as one given to the constructor does.
        var defaultAnswers = new PressBriefing { Exchanges = [new Exchange(null, default, S(0)), new Exchange(null, [], S(0)) with { Answers = default }] };
        Assert.All(defaultAnswers.Exchanges, e => Assert.False(e.Answers.IsDefault));

        foreach (var briefing in new[] { empty, sparse, defaultAnswers })
            Assert.Equal(Reference(briefing, indented), BriefingJson.Serialize(briefing, indented));
    }

    [Fact]
    public void An_enum_value_without_a_name_is_an_error_as_for_the_serializer()
    {
        var briefing = new PressBriefing { Boilerplate = [new BoilerplateBlock((BoilerplateKind)99, "x", S(0))] };

        Assert.Throws<JsonException>(() => Reference(briefing, indented: false));
        Assert.Throws<JsonException>(() => BriefingJson.Serialize(briefing, indented: false));
    }

    [Fact]
    public void The_stream_overload_writes_the_same_bytes()
    {
        var full = Full();
        using var stream = new MemoryStream();

        BriefingJson.Serialize(stream, full, indented: false);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Reference(full, indented: false)), stream.ToArray());
    }
}
