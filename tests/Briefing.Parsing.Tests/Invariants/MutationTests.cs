using System.Globalization;
using System.Text;

namespace Briefing.Parsing.Tests.Invariants;

/// <summary>
/// Invariants over seeded random mutations of the seeds, the fixtures (whatever exists at run time) and a few inline
/// transcripts: parsing never throws, and every result is structurally consistent with its input (see
/// <see cref="SpanInvariants"/>), with detection and with the format chosen explicitly. Failures name the input, the
/// mutation kind and the seed: <c>TextMutator.Apply(inputText, kind, seed)</c> reproduces the text exactly.
/// </summary>
public sealed class MutationTests
{
    /// <summary>Roughly how many mutated texts each mutation kind gets across all inputs (each is parsed twice).</summary>
    private const int CasesPerKind = 60;

    private const int MaxReported = 12;

    private static readonly ParseOptions s_explicit = new() { Format = MfaTranscriptFormat.FormatId };

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> s_inputs = new(LoadInputs);

    /// <summary>Every mutation kind.</summary>
    public static TheoryData<MutationKind> Kinds() => [.. Enum.GetValues<MutationKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Mutated_inputs_parse_without_exception_and_keep_span_invariants(MutationKind kind)
    {
        var inputs = s_inputs.Value;
        int perInput = Math.Clamp(CasesPerKind / inputs.Count, 2, 8);
        var failures = new List<string>();
        int cases = 0;
        foreach (var (name, text) in inputs)
        {
            for (int i = 0; i < perInput; i++)
            {
                int seed = TextMutator.StableSeed(string.Create(CultureInfo.InvariantCulture, $"{name}|{kind}|{i}"));
                var mutation = TextMutator.Apply(text, kind, seed);
                cases++;
                string where = string.Create(CultureInfo.InvariantCulture,
                    $"[{name}] {kind} seed {seed} ({Shorten(mutation.Description)})");
                CheckOne(mutation.Text, null, where + " detected", failures);
                CheckOne(mutation.Text, s_explicit, where + " explicit mfa-transcript", failures);
            }
        }
        Assert.True(cases >= CasesPerKind / 2, $"only {cases} cases ran");
        Assert.True(failures.Count == 0, Report(kind, cases, failures));
    }

    /// <summary>Every built-in format's id.</summary>
    public static TheoryData<string> FormatIds() => [.. BriefingParser.Default.Formats.Select(f => f.Id)];

    /// <summary>
    /// Every built-in format forced on every input — its own texts and everyone else's, as they are and with one mutation
    /// of each kind — neither throws nor breaks an invariant: a user may name any format for any text.
    /// </summary>
    [Theory]
    [MemberData(nameof(FormatIds))]
    public void Every_format_forced_on_every_input_keeps_span_invariants(string formatId)
    {
        var options = new ParseOptions { Format = formatId };
        var failures = new List<string>();
        int cases = 0;
        foreach (var (name, text) in s_inputs.Value)
        {
            CheckOne(text, options, $"[{name}] unmutated, {formatId}", failures);
            cases++;
            foreach (var kind in Enum.GetValues<MutationKind>())
            {
                int seed = TextMutator.StableSeed(string.Create(CultureInfo.InvariantCulture, $"{name}|{kind}|{formatId}"));
                var mutation = TextMutator.Apply(text, kind, seed);
                CheckOne(mutation.Text, options, string.Create(CultureInfo.InvariantCulture, $"[{name}] {kind} seed {seed} ({Shorten(mutation.Description)}), {formatId}"), failures);
                cases++;
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} violations in {cases} cases:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", failures.Take(MaxReported)));
    }

    [Fact]
    public void Unmutated_inputs_keep_span_invariants_and_have_content()
    {
        var failures = new List<string>();
        foreach (var (name, text) in s_inputs.Value)
        {
            CheckOne(text, null, $"[{name}] unmutated detected", failures);
            CheckOne(text, s_explicit, $"[{name}] unmutated explicit", failures);
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));

        // The inputs must give the invariants something to check: exchanges with questions, answers and labels.
        foreach (var (name, text) in s_inputs.Value.Where(i => i.Name is "seed:004" or "inline:outlet-labels" or "inline:anonymous-old-style"))
        {
            var b = BriefingParser.Default.Parse(text);
            Assert.True(b.Exchanges.Length >= 3, $"{name}: expected at least 3 exchanges, got {b.Exchanges.Length}");
            Assert.Contains(b.Exchanges, e => e.Question is { LabelSpan: not null } && e.Answers.Any(a => a.LabelSpan is not null));
        }
    }

    [Fact]
    public void Mutations_are_deterministic_and_change_the_text()
    {
        string text = InlineTranscripts.OutletLabels;
        foreach (var kind in Enum.GetValues<MutationKind>())
        {
            var a = TextMutator.Apply(text, kind, 12345);
            var b = TextMutator.Apply(text, kind, 12345);
            Assert.Equal(a, b);
            bool changed = Enumerable.Range(0, 10).Any(seed => !string.Equals(TextMutator.Apply(text, kind, seed).Text, text, StringComparison.Ordinal));
            Assert.True(changed, $"{kind} never changes the text");
        }
        Assert.DoesNotContain('\n', TextMutator.Apply(text, MutationKind.JoinLines, 1).Text);
        Assert.Contains("\r\n", TextMutator.Apply(text, MutationKind.CrLf, 1).Text, StringComparison.Ordinal);
        Assert.Equal(TextMutator.StableSeed("seed:004|Cut|0"), TextMutator.StableSeed("seed:004|Cut|0"));
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

    private static void CheckOne(string text, ParseOptions? options, string where, List<string> failures)
    {
        PressBriefing briefing;
        try
        {
            briefing = BriefingParser.Default.Parse(text, options);
            _ = BriefingJson.Serialize(briefing, indented: false);
        }
        catch (Exception e)
        {
            failures.Add($"{where}: threw {e.GetType().Name}: {e.Message} at {FirstFrame(e)}");
            return;
        }
        if (options?.Format is { } id && (briefing.Format?.Id != id || briefing.Format.Confidence != 1.0))
            failures.Add($"{where}: explicit format '{id}' not used (format {briefing.Format?.Id ?? "null"})");
        foreach (var v in SpanInvariants.Check(text, briefing)) failures.Add($"{where}: {v}");
    }

    private static string Report(MutationKind kind, int cases, List<string> failures)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{failures.Count} invariant violations in {cases} {kind} cases (reproduce with TextMutator.Apply(inputText, MutationKind.{kind}, seed)):");
        foreach (var f in failures.Take(MaxReported)) sb.AppendLine().Append("  ").Append(f);
        if (failures.Count > MaxReported) sb.AppendLine().Append(CultureInfo.InvariantCulture, $"  ... and {failures.Count - MaxReported} more");
        return sb.ToString();
    }

    private static string FirstFrame(Exception e) =>
        e.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "(no stack)";

    private static string Shorten(string s) => s.Length <= 200 ? s : string.Concat(s.AsSpan(0, 197), "...");

    private static List<(string Name, string Text)> LoadInputs()
    {
        var inputs = new List<(string Name, string Text)>();
        foreach (var d in TestFiles.AllDocuments()) inputs.Add((d.RelativePath, d.Text));
        inputs.AddRange(InlineTranscripts.All());
        return inputs;
    }
}
