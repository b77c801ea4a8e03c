using System.Globalization;

namespace Briefing.Parsing.Tests.Invariants;

/// <summary>
/// Parses a text and checks what must hold whatever the text: no exception, the span invariants
/// (<see cref="SpanInvariants"/>: no element with empty text, every element's text the normalised text of its span, no
/// two spans of the document overlapping, boilerplate included, children inside their exchange, document order), an
/// explicit format used as asked, and JSON that round-trips (written, read back, written again: the same JSON).
/// </summary>
internal static class ParseChecks
{
    /// <summary>The violations of parsing <paramref name="text"/> with <paramref name="options"/>, each prefixed by <paramref name="where"/>.</summary>
    public static List<string> Check(string text, ParseOptions? options, string where)
    {
        var failures = new List<string>();
        PressBriefing briefing;
        string json;
        try
        {
            briefing = BriefingParser.Default.Parse(text, options);
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
        try
        {
            string again = BriefingJson.Serialize(BriefingJson.Deserialize(json), indented: false);
            if (!string.Equals(json, again, StringComparison.Ordinal))
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: JSON does not round-trip: first difference at {FirstDifference(json, again)}"));
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
        if (failures.Count > 0)
            throw new InvalidOperationException($"{failures.Count} violations:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", failures.Take(12)));
    }

    private static int FirstDifference(string a, string b)
    {
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }

    private static string FirstFrame(Exception e) =>
        e.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "(no stack)";
}
