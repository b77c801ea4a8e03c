using System.Globalization;
using CsCheck;

namespace Briefing.Parsing.Tests.Invariants;

/// <summary>
/// Properties of every parse, checked by CsCheck on generated inputs, with shrinking: the seeds, the fixtures (whatever
/// exists at run time) and a few inline transcripts damaged by a few <see cref="Edit"/>s, and documents generated from
/// the parts of briefing texts (<see cref="GeneratedDocuments"/>), parsed with the format detected and with any format
/// forced. Each must parse without exception and keep every invariant of <see cref="ParseChecks"/>. A failure reports
/// the shrunk case (input, edits) and the seed that reproduces it (<c>CsCheck_Seed=… dotnet test …</c>); the text is
/// <c>Edits.Apply(input, edits)</c>.
/// </summary>
public sealed class MutationTests
{
    /// <summary>How many damaged inputs are parsed with their format detected.</summary>
    private const long DetectedCases = 800;

    /// <summary>How many damaged inputs are parsed with a format forced on them.</summary>
    private const long ForcedCases = 1200;

    /// <summary>How many generated documents are parsed (each three ways).</summary>
    private const long GeneratedCases = 500;

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> s_inputs = new(LoadInputs);

    private static IReadOnlyList<(string Name, string Text)> Inputs => s_inputs.Value;

    private static IReadOnlyList<string> FormatIds => [.. BriefingParser.Default.Formats.Select(f => f.Id)];

    /// <summary>An input and one to four edits of it.</summary>
    private static Gen<(int Input, Edit[] Edits)> Damaged =>
        Gen.Select(Gen.Int[0, Inputs.Count - 1], Edits.Gen.Array[1, 4], (i, e) => (i, e));

    private static string Show((int Input, Edit[] Edits) c) => $"[{Inputs[c.Input].Name}] edits {string.Join(", ", c.Edits)}";

    [Fact]
    public void Damaged_inputs_parse_without_exception_and_keep_every_invariant() =>
        Damaged.Sample(c =>
        {
            var (name, text) = Inputs[c.Input];
            ParseChecks.Assert(Edits.Apply(text, c.Edits), null, $"[{name}] detected");
        }, iter: DetectedCases, print: Show);

    /// <summary>A user may name any format for any text: every format forced on damaged inputs of every family.</summary>
    [Fact]
    public void Any_format_forced_on_a_damaged_input_keeps_every_invariant() =>
        Gen.Select(Gen.Int[0, FormatIds.Count - 1], Damaged, (f, c) => (Format: f, Case: c)).Sample(x =>
        {
            var (name, text) = Inputs[x.Case.Input];
            string id = FormatIds[x.Format];
            ParseChecks.Assert(Edits.Apply(text, x.Case.Edits), new ParseOptions { Format = id }, $"[{name}] {id}");
        }, iter: ForcedCases, print: x => $"{FormatIds[x.Format]} on {Show(x.Case)}");

    /// <summary>Every format on every input as it is: no sampling here, the whole table.</summary>
    [Fact]
    public void Every_format_forced_on_every_input_as_it_is_keeps_every_invariant()
    {
        var failures = new List<string>();
        foreach (var id in FormatIds)
        {
            foreach (var (name, text) in Inputs) failures.AddRange(ParseChecks.Check(text, new ParseOptions { Format = id }, $"[{name}] {id}"));
        }
        Assert.True(failures.Count == 0, $"{failures.Count} violations:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", failures.Take(12)));
    }

    [Fact]
    public void Generated_documents_parse_without_exception_and_keep_every_invariant() =>
        GeneratedDocuments.Document.Sample(text =>
        {
            ParseChecks.Assert(text, null, "detected");
            ParseChecks.Assert(text, new ParseOptions { Format = MfaTranscriptFormat.FormatId }, MfaTranscriptFormat.FormatId);
            ParseChecks.Assert(text, new ParseOptions { Format = GenericTranscriptFormat.FormatId }, GenericTranscriptFormat.FormatId);
        }, iter: GeneratedCases, print: text => "\"" + text.Replace("\n", "\\n", StringComparison.Ordinal) + "\"");

    [Fact]
    public void Unmutated_inputs_keep_span_invariants_and_have_content()
    {
        var failures = new List<string>();
        foreach (var (name, text) in Inputs)
        {
            failures.AddRange(ParseChecks.Check(text, null, $"[{name}] unmutated detected"));
            failures.AddRange(ParseChecks.Check(text, new ParseOptions { Format = MfaTranscriptFormat.FormatId }, $"[{name}] unmutated explicit"));
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));

        // The inputs must give the invariants something to check: exchanges with questions, answers and labels.
        string[] rich = ["seeds/004_e628fec4aaf0b8d1.txt", "inline:outlet-labels", "inline:anonymous-old-style"];
        Assert.Equal(rich.Length, Inputs.Count(i => rich.Contains(i.Name)));
        foreach (var (name, text) in Inputs.Where(i => rich.Contains(i.Name)))
        {
            var b = BriefingParser.Default.Parse(text);
            Assert.True(b.Exchanges.Length >= 3, $"{name}: expected at least 3 exchanges, got {b.Exchanges.Length}");
            Assert.Contains(b.Exchanges, e => e.Question is { LabelSpan: not null } && e.Answers.Any(a => a.LabelSpan is not null));
        }
    }

    [Fact]
    public void Edits_are_deterministic_and_every_kind_changes_some_text()
    {
        string text = InlineTranscripts.OutletLabels;
        foreach (var kind in Enum.GetValues<EditKind>())
        {
            var edit = new Edit(kind, 12345, 678);
            Assert.Equal(Edits.Apply(text, edit), Edits.Apply(text, edit));
            bool changed = Enumerable.Range(0, 20).Any(a => !string.Equals(Edits.Apply(text, new Edit(kind, a * 37, a)), text, StringComparison.Ordinal));
            Assert.True(changed, $"{kind} never changes the text");
            Assert.Equal(text.Length == 0 ? "" : Edits.Apply("", edit), Edits.Apply("", edit)); // any edit applies to an empty text
        }
        Assert.DoesNotContain('\n', Edits.Apply(text, new Edit(EditKind.JoinLines, 0, 0)));
        Assert.Contains("\r\n", Edits.Apply(text, new Edit(EditKind.CrLf, 0, 0)), StringComparison.Ordinal);
        Assert.EndsWith(":", Edits.Apply(text, new Edit(EditKind.CutAfterColon, 3, 0)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_round_trip_check_catches_a_difference()
    {
        // The check compares the JSON written, read back and written again; a briefing that reads back differently fails it.
        var briefing = BriefingParser.Default.Parse(InlineTranscripts.OutletLabels);
        string json = BriefingJson.Serialize(briefing, indented: false);
        Assert.Equal(json, BriefingJson.Serialize(BriefingJson.Deserialize(json), indented: false));
        Assert.NotEqual(json, BriefingJson.Serialize(BriefingJson.Deserialize(json) with { Title = "changed" }, indented: false));
    }

    [Fact]
    public void Invariant_checker_reports_inconsistent_results()
    {
        // A hand-made, broken result: the checker must catch each kind of violation, or the tests above prove nothing.
        const string text = "Q: Why?\nA: Because.";
        var good = new PressBriefing
        {
            Exchanges =
            [
                new Exchange(new Question("Q", null, "Why?", new TextSpan(3, 4)) { LabelSpan = new TextSpan(0, 1) },
                    [new Answer("A", null, "Because.", new TextSpan(11, 8)) { LabelSpan = new TextSpan(8, 1) }], new TextSpan(0, 19)),
            ],
        };
        Assert.Empty(SpanInvariants.Check(text, good));

        var ex = good.Exchanges[0];
        var q = ex.Question!;
        var a = ex.Answers[0];
        AssertViolation(text, good with { Exchanges = [ex with { Question = q with { Span = new TextSpan(3, 40) } }] }, "outside");
        AssertViolation(text, good with { Exchanges = [ex with { Question = q with { Text = "Why" } }] }, "not derived");
        AssertViolation(text, good with { Exchanges = [ex with { Question = q with { Text = "", Span = new TextSpan(3, 0) } }] }, "empty");
        AssertViolation(text, good with { Exchanges = [ex with { Span = new TextSpan(0, 12) }] }, "not inside its exchange");
        AssertViolation(text, good with { Exchanges = [ex with { Answers = [a with { Span = new TextSpan(5, 14), Text = "?\n\nA: Because." }] }] }, "overlaps");
        AssertViolation(text, good with { Exchanges = [ex with { Question = q with { Label = "Question" } }] }, "label");
        AssertViolation(text, good with { Exchanges = [ex with { Span = new TextSpan(8, 11), Question = null }, ex with { Span = new TextSpan(0, 7), Answers = [] }] }, "document order");
        AssertViolation(text, good with { Boilerplate = [new BoilerplateBlock(BoilerplateKind.Footer, "Why?", new TextSpan(3, 4))] }, "overlaps");
        AssertViolation(text, good with { Diagnostics = [new Diagnostic("BP0104", DiagnosticSeverity.Info, "x", new TextSpan(18, 5))] }, "outside");
    }

    private static void AssertViolation(string text, PressBriefing broken, string expected)
    {
        var violations = SpanInvariants.Check(text, broken);
        Assert.True(violations.Any(v => v.Contains(expected, StringComparison.Ordinal)),
            $"expected a violation mentioning '{expected}', got: [{string.Join(" | ", violations)}]");
    }

    private static List<(string Name, string Text)> LoadInputs()
    {
        var inputs = new List<(string Name, string Text)>();
        foreach (var d in TestFiles.AllDocuments()) inputs.Add((d.RelativePath, d.Text));
        inputs.AddRange(InlineTranscripts.All());
        return inputs;
    }
}
