using System.Globalization;

namespace Briefing.Parsing.Tests.Invariants;

/// <summary>
/// Parses a text and checks what must hold whatever the text: no exception from detection or parsing, detection
/// confidences inside [0, 1], the span invariants (<see cref="SpanInvariants"/>: no element with empty text, every
/// element's text the normalised text of its span, no two spans of the document overlapping, boilerplate included,
/// children inside their exchange, document order), an explicit format used as asked, lone surrogates reported once
/// with the position of the first (BP0005), and JSON that round-trips (written, read back, written again: the same JSON).
/// The one checker of the property tests (<c>MutationTests</c>), the robustness tests and the fuzzer
/// (fuzz/Briefing.Parsing.Fuzz links this file through <c>Robustness/FuzzChecks.cs</c>).
/// </summary>
internal static class ParseChecks
{
    /// <summary>The violations of parsing <paramref name="text"/> with <paramref name="options"/>, each prefixed by <paramref name="where"/>.</summary>
    /// <param name="text">The input.</param>
    /// <param name="options">The parse options (<see langword="null"/> or no format: detect, and check detection too).</param>
    /// <param name="where">What the messages start with.</param>
    /// <param name="parser">The parser (default: <see cref="BriefingParser.Default"/>).</param>
    public static List<string> Check(string text, ParseOptions? options, string where, BriefingParser? parser = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        parser ??= BriefingParser.Default;
        var failures = new List<string>();
        if (options?.Format is null)
        {
            try
            {
                foreach (var d in parser.Detect(text))
                {
                    if (d.Confidence is < 0 or > 1 || double.IsNaN(d.Confidence))
                        failures.Add(F($"{where}: Detect: confidence {d.Confidence} of '{d.FormatId}' is outside [0, 1]"));
                }
            }
            catch (Exception e)
            {
                failures.Add($"{where}: Detect threw {e.GetType().Name}: {e.Message} at {FirstFrame(e)}");
            }
        }
        PressBriefing briefing;
        string json;
        try
        {
            briefing = parser.Parse(text, options);
            json = BriefingJson.Serialize(briefing, indented: false);
        }
        catch (Exception e)
        {
            failures.Add($"{where}: threw {e.GetType().Name}: {e.Message} at {FirstFrame(e)}");
            return failures;
        }
        // A blank input gives only BP0002 and no format, whatever was asked.
        bool blank = text.All(c => CharClass.IsSpace(c) || c is '\n' or '\r' or '\u2028' or '\u2029');
        if (options?.Format is { } id && !blank && (briefing.Format?.Id != id || briefing.Format.Confidence != 1.0))
            failures.Add($"{where}: explicit format '{id}' not used (format {briefing.Format?.Id ?? "null"})");
        foreach (var v in SpanInvariants.Check(text, briefing)) failures.Add($"{where}: {v}");

        int lone = CountLoneSurrogates(text, out int first);
        var reported = briefing.Diagnostics.Where(d => d.Code == DiagnosticCodes.LoneSurrogate).ToList();
        if (lone == 0 && reported.Count > 0)
            failures.Add($"{where}: no lone surrogate, yet {reported.Count} {DiagnosticCodes.LoneSurrogate} diagnostics");
        else if (lone > 0 && (reported.Count != 1 || reported[0].Span is not { } s || s.Start != first))
            failures.Add(F($"{where}: {lone} lone surrogates from {first}, reported {reported.Count} times ({string.Join("; ", reported.Select(d => d.Span + " " + d.Message))})"));

        try
        {
            string again = BriefingJson.Serialize(BriefingJson.Deserialize(json), indented: false);
            if (!string.Equals(json, again, StringComparison.Ordinal))
                failures.Add(F($"{where}: JSON does not round-trip: first difference at {FirstDifference(json, again)}"));
        }
        catch (Exception e)
        {
            failures.Add($"{where}: JSON does not read back: {e.GetType().Name}: {e.Message}");
        }
        return failures;
    }

    /// <summary>Throws when <see cref="Check"/> finds anything (CsCheck shrinks the input then).</summary>
    public static void Assert(string text, ParseOptions? options, string where)
    {
        var failures = Check(text, options, where);
        if (failures.Count > 0) throw new InvalidOperationException(Describe(failures));
    }

    /// <summary>The failures as one message: their count, then the first twelve, one a line.</summary>
    public static string Describe(IReadOnlyCollection<string> failures) =>
        $"{failures.Count} violations:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", failures.Take(12));

    /// <summary>How many UTF-16 code units of <paramref name="text"/> are surrogates without their other half, and where the first is.</summary>
    public static int CountLoneSurrogates(string text, out int first)
    {
        ArgumentNullException.ThrowIfNull(text);
        first = -1;
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (first < 0) first = i;
            count++;
        }
        return count;
    }

    private static int FirstDifference(string a, string b)
    {
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }

    private static string FirstFrame(Exception e) =>
        e.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "(no stack)";

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
