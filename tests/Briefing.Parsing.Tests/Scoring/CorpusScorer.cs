using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Briefing.Parsing.Tests.Scoring;

/// <summary>What one document scored, as <c>score.py</c> counts it, and what was wrong, in words.</summary>
/// <param name="Kind">The label's <c>kind</c> ("news" is scored as statements, anything else as a transcript).</param>
/// <param name="Wanted">How many exchanges (statements) the label lists.</param>
/// <param name="Found">How many of them were found.</param>
/// <param name="Strict">How many were found with every field right.</param>
/// <param name="Predicted">How many the parser gave that count (see <c>score_transcript</c>/<c>score_news</c>).</param>
/// <param name="DateOk">Whether the date is the label's.</param>
/// <param name="SpokespersonsOk">Whether every spokesperson of the label was found.</param>
/// <param name="Leaks">The label's boilerplate lines found inside content.</param>
/// <param name="Problems">Each wrong or missing exchange, extra prediction, date, spokesperson and leak, said precisely.</param>
internal sealed record DocumentScore(string Kind, int Wanted, int Found, int Strict, int Predicted, bool DateOk, bool SpokespersonsOk,
    IReadOnlyList<string> Leaks, IReadOnlyList<string> Problems)
{
    /// <summary>The exact F1 of this document alone, as <c>score.py</c>'s <c>f1</c> computes it for a kind.</summary>
    public double F1 => CorpusScorer.F1(Strict, Wanted, Predicted);
}

/// <summary>
/// A C# port of the corpus scorer, <c>/work/shared/eval/score.py</c> (<c>squash</c>, <c>same_label</c>, <c>names_match</c>,
/// <c>starts</c>, <c>near_start</c>, <c>leaked</c>, <c>score_transcript</c>, <c>score_news</c>, the per-kind table and the
/// <c>score:</c> line). It reads what the Python reads: the JSON contract's output (<see cref="BriefingJson.Serialize(PressBriefing, bool)"/>)
/// and the label's JSON, so the two score the same document the same way. Python's semantics are kept where they
/// matter: <c>\s</c> and <c>str.strip()</c> are Python's white space (<see cref="IsPythonSpace"/>), lengths and the
/// 240-character window count code points, <c>casefold</c> folds ß, ſ, µ, final sigma and the Latin ligatures beyond
/// lower case, and truthiness (an empty string is "no prefix").
/// </summary>
internal static class CorpusScorer
{
    /// <summary>Python's <c>str.isspace()</c> (and so <c>re</c>'s <c>\s</c> on a <c>str</c>).</summary>
    public static bool IsPythonSpace(char c) => c is >= '\t' and <= '\r' or >= '\x1c' and <= ' ' or '\x85' or '\xa0' or '\u1680'
        or >= '\u2000' and <= '\u200a' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000';

    /// <summary><c>squash</c>: the text with all white space removed (NBSP and ideographic space included), case-folded.</summary>
    public static string Squash(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (!IsPythonSpace(c)) sb.Append(c);
        }
        return CaseFold(sb.ToString());
    }

    /// <summary><c>same_label</c>: equal once white space is folded, the ends trimmed, a trailing colon dropped and case folded.</summary>
    public static bool SameLabel(string? a, string? b) => NormLabel(a) == NormLabel(b);

    private static string NormLabel(string? s)
    {
        var folded = CollapseSpaces((s ?? "").Replace('\u00a0', ' '));
        return CaseFold(PyStrip(PyStrip(folded).TrimEnd(':', '：')));
    }

    /// <summary><c>names_match</c>: the squashed names are equal, or one (of two characters or more) is inside the other.</summary>
    public static bool NamesMatch(string? label, string? predicted)
    {
        if (string.IsNullOrEmpty(label) || string.IsNullOrEmpty(predicted)) return false;
        string a = Squash(label), b = Squash(predicted);
        return a == b || (CodePoints(a) >= 2 && b.Contains(a, StringComparison.Ordinal)) || (CodePoints(b) >= 2 && a.Contains(b, StringComparison.Ordinal));
    }

    /// <summary><c>starts</c>: the squashed text starts with the squashed prefix (an empty or missing prefix never does).</summary>
    public static bool Starts(string? text, string? prefix) =>
        !string.IsNullOrEmpty(prefix) && Squash(text).StartsWith(Squash(prefix), StringComparison.Ordinal);

    /// <summary><c>near_start</c>: the squashed prefix occurs in the first <paramref name="window"/> code points of the squashed text.</summary>
    public static bool NearStart(string? text, string? prefix, int window = 240)
    {
        if (string.IsNullOrEmpty(prefix)) return false;
        var squashed = Squash(text);
        return FirstCodePoints(squashed, window).Contains(Squash(prefix), StringComparison.Ordinal);
    }

    /// <summary>
    /// <c>leaked</c>: site chrome inside content: the chrome line stands as a line of a text, or, when it is long enough
    /// not to occur by chance (15 code points squashed), anywhere in it. Lines of fewer than 4 code points never leak.
    /// </summary>
    public static bool Leaked(string line, IEnumerable<string?> texts) => LeakedInto(line, texts) >= 0;

    /// <summary>The index of the first text <paramref name="line"/> leaked into, or -1.</summary>
    public static int LeakedInto(string line, IEnumerable<string?> texts)
    {
        var b = Squash(line);
        int length = CodePoints(b);
        if (length < 4) return -1;
        int index = 0;
        foreach (var t in texts)
        {
            if (SplitLines(t ?? "").Any(l => Squash(l) == b)) return index;
            if (length >= 15 && Squash(t).Contains(b, StringComparison.Ordinal)) return index;
            index++;
        }
        return -1;
    }

    /// <summary>
    /// Scores one parser output (the JSON contract) against one label, as <c>score.py</c>'s loop body does, and says
    /// what is wrong: <c>score_news</c> for kind "news", else <c>score_transcript</c>; then the date, the spokespersons
    /// and the leaks.
    /// </summary>
    public static DocumentScore Score(JsonElement label, JsonElement doc)
    {
        string kind = Str(label, "kind") ?? "other";
        var problems = new List<string>();
        var (wanted, found, strict, predicted) = kind == "news" ? ScoreNews(label, doc, problems) : ScoreTranscript(label, doc, problems);

        string? date = Str(doc, "date");
        if (date is { Length: 0 }) date = null;
        string? wantedDate = Str(label, "date");
        bool dateOk = date == wantedDate;
        if (!dateOk) problems.Add($"date: got {Show(date)}, wanted {Show(wantedDate)}");

        var speakers = Items(doc, "spokespersons").Select(x => NameOf(x)).ToList();
        var missing = Items(label, "spokespersons").Select(x => x.GetString()).Where(n => !speakers.Any(q => NamesMatch(n, q))).ToList();
        bool spokespersonsOk = missing.Count == 0;
        foreach (var name in missing) problems.Add($"spokesperson {Show(name)} not found (got [{string.Join(", ", speakers.Select(Show))}])");

        var (texts, names) = AllText(doc);
        var leaks = new List<string>();
        foreach (var line in Items(label, "boilerplate").Select(x => x.GetString() ?? ""))
        {
            int into = LeakedInto(line, texts);
            if (into < 0) continue;
            leaks.Add(line);
            problems.Add($"leak: the boilerplate line {Show(line)} is inside {names[into]} {Show(Shorten(texts[into]))}");
        }
        return new DocumentScore(kind, wanted, found, strict, predicted, dateOk, spokespersonsOk, leaks, problems);
    }

    /// <summary><c>score_transcript</c>, with a problem for every exchange not found, found with a wrong field, and every extra prediction.</summary>
    public static (int Wanted, int Found, int Strict, int Predicted) ScoreTranscript(JsonElement label, JsonElement doc, List<string>? problems = null)
    {
        var preds = PredExchanges(doc);
        var used = new HashSet<int>();
        int found = 0, strict = 0, wanted = 0;
        var versions = new List<List<(string? Asker, string? Answerer, string? Qs, string? As)>>();
        foreach (var ex in Items(label, "exchanges"))
        {
            var alts = new List<(string?, string?, string?, string?)> { (Str(ex, "asker"), Str(ex, "answerer"), Str(ex, "question_starts"), Str(ex, "answer_starts")) };
            if (Truthy(Str(ex, "question_starts_en")) || Truthy(Str(ex, "answer_starts_en")))
                alts.Add((Str(ex, "asker_en"), Str(ex, "answerer_en"), Str(ex, "question_starts_en"), Str(ex, "answer_starts_en")));
            versions.Add(alts);
        }
        int number = 0, lastHit = -1;
        foreach (var alts in versions)
        {
            number++;
            wanted++;
            (int I, string? Asker, string? Answerer, string? As)? hit = null;
            foreach (var (asker, answerer, qs, @as) in alts)
            {
                for (int i = 0; i < preds.Count; i++)
                {
                    if (used.Contains(i)) continue;
                    var p = preds[i];
                    bool ok = Truthy(qs) ? Starts(p.Q, qs) : (PyStrip(p.Q).Length == 0 && Starts(p.A, @as));
                    if (ok)
                    {
                        hit = (i, asker, answerer, @as);
                        break;
                    }
                }
                if (hit is not null) break;
            }
            if (hit is not { } h)
            {
                var (_, wantAnswerer, wantQs, wantAs) = alts[0];
                var next = Enumerable.Range(lastHit + 1, Math.Max(0, preds.Count - lastHit - 1)).FirstOrDefault(j => !used.Contains(j), -1);
                problems?.Add($"exchange {number} not found: wanted question {(Truthy(wantQs) ? Show(wantQs) : "none (an answer alone)")}, answer by {Show(wantAnswerer)} {Show(wantAs)}; "
                    + (next >= 0 ? $"the next unmatched prediction is #{next + 1}: {Describe(preds[next])}" : "no unmatched prediction is left"));
                continue;
            }
            used.Add(h.I);
            lastHit = h.I;
            // A bilingual pair may come out as two exchanges: the other version is not a false positive.
            foreach (var (_, _, qs2, _) in alts)
            {
                for (int j = 0; j < preds.Count; j++)
                {
                    if (!used.Contains(j) && Truthy(qs2) && Starts(preds[j].Q, qs2)) used.Add(j);
                }
            }
            found++;
            var pred = preds[h.I];
            bool okAsker = (h.Asker is null && PyStrip(pred.Asker ?? "").Length == 0) || SameLabel(pred.Asker, h.Asker);
            bool okAnswerer = h.Answerer is null || SameLabel(pred.Answerer, h.Answerer) || NamesMatch(h.Answerer, pred.Speaker);
            bool okAnswer = h.As is null || Starts(pred.A, h.As);
            if (okAsker && okAnswerer && okAnswer)
            {
                strict++;
                continue;
            }
            var wrong = new List<string>();
            if (!okAsker) wrong.Add($"asker got {Show(pred.Asker)}, wanted {Show(h.Asker)}");
            if (!okAnswerer) wrong.Add($"answerer got {Show(pred.Answerer)} (speaker {Show(pred.Speaker)}), wanted {Show(h.Answerer)}");
            if (!okAnswer) wrong.Add(pred.Answers.Count == 0 ? $"no answer, wanted one starting {Show(h.As)}" : $"answer got {Show(Shorten(pred.A))}, wanted one starting {Show(h.As)}");
            problems?.Add($"exchange {number} (prediction #{h.I + 1}, question {Show(Shorten(pred.Q))}): {string.Join("; ", wrong)}");
        }
        // Predicted exchanges that are really opening statements are neither right nor wrong.
        foreach (var st in Items(label, "opening_statements"))
        {
            string? starts = Str(st, "starts");
            for (int j = 0; j < preds.Count; j++)
            {
                if (!used.Contains(j) && (Starts(preds[j].A, starts) || Starts(preds[j].Q, starts))) used.Add(j);
            }
        }
        for (int j = 0; j < preds.Count; j++)
        {
            if (!used.Contains(j)) problems?.Add($"extra exchange: prediction #{j + 1} matches no exchange of the label: {Describe(preds[j])}");
        }
        int predicted = preds.Count - (used.Count - found);
        return (wanted, found, strict, Math.Max(predicted, found));
    }

    /// <summary><c>score_news</c>, with a problem for every statement not found, with the wrong speaker, and every extra statement that counts.</summary>
    public static (int Wanted, int Found, int Strict, int Predicted) ScoreNews(JsonElement label, JsonElement doc, List<string>? problems = null)
    {
        var statements = Items(doc, "statements").ToList();
        var used = new HashSet<int>();
        int wanted = 0, found = 0, strict = 0;
        foreach (var ex in Items(label, "exchanges"))
        {
            wanted++;
            string? answerer = Str(ex, "answerer"), starts = Str(ex, "answer_starts");
            bool hit = false;
            for (int i = 0; i < statements.Count; i++)
            {
                if (used.Contains(i)) continue;
                if (!NearStart(Str(statements[i], "text"), starts)) continue;
                used.Add(i);
                found++;
                string? speaker = NameOf(Prop(statements[i], "speaker"));
                if (NamesMatch(answerer, speaker)) strict++;
                else problems?.Add($"statement {wanted} (statement #{i + 1} {Show(Shorten(Str(statements[i], "text")))}): speaker got {Show(speaker)}, wanted {Show(answerer)}");
                hit = true;
                break;
            }
            if (!hit) problems?.Add($"statement {wanted} not found: wanted one by {Show(answerer)} with {Show(starts)} near its start");
        }
        // Statements split finer than the labels are fine when their speaker is one the labels know; statements given
        // to anyone else count against precision.
        var known = Items(label, "exchanges").Select(ex => Str(ex, "answerer")).ToList();
        int extra = 0;
        for (int i = 0; i < statements.Count; i++)
        {
            if (used.Contains(i)) continue;
            string? speaker = NameOf(Prop(statements[i], "speaker"));
            if (known.Any(k => NamesMatch(k, speaker))) continue;
            extra++;
            problems?.Add($"extra statement #{i + 1} by {Show(speaker)}, whom the label does not know: {Show(Shorten(Str(statements[i], "text")))}");
        }
        return (wanted, found, strict, found + extra);
    }

    /// <summary><c>f1</c> of <c>score.py</c>: the harmonic mean of strict recall and strict precision.</summary>
    public static double F1(int strict, int wanted, int predicted)
    {
        double r = wanted > 0 ? (double)strict / wanted : 1.0;
        double p = predicted > 0 ? (double)strict / predicted : (wanted == 0 ? 1.0 : 0.0);
        return r + p == 0 ? 0.0 : 2 * p * r / (r + p);
    }

    /// <summary>The per-kind table and the closing <c>score:</c> line, formatted as <c>score.py</c> prints them.</summary>
    public static string Table(IEnumerable<(string Id, DocumentScore? Score, string Kind)> documents)
    {
        var perKind = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        foreach (var (_, score, kind) in documents)
        {
            if (!perKind.TryGetValue(kind, out var c)) perKind[kind] = c = new Counts();
            c.Docs++;
            if (score is null)
            {
                c.Missing++;
                continue;
            }
            c.Wanted += score.Wanted;
            c.Found += score.Found;
            c.Strict += score.Strict;
            c.Predicted += score.Predicted;
            c.DateOk += score.DateOk ? 1 : 0;
            c.SpkOk += score.SpokespersonsOk ? 1 : 0;
            c.Leaks += score.Leaks.Count;
        }
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"\n{"kind",-8} {"docs",4} {"missing",7} {"found",9} {"exact",9} {"F1",5} {"date",6} {"speakers",8} {"leaks",5}\n");
        var total = new Counts();
        foreach (var (kind, c) in perKind)
        {
            total.Add(c);
            sb.Append(Row(kind, c)).Append('\n');
        }
        sb.Append(Row("all", total)).Append('\n');
        var t = total;
        sb.Append(CultureInfo.InvariantCulture,
            $"score: exact F1 {F1(t.Strict, t.Wanted, t.Predicted):0.000}, turns found {t.Found}/{t.Wanted}, dates {t.DateOk}/{t.Docs}, spokespersons {t.SpkOk}/{t.Docs}, leaks {t.Leaks}, missing {t.Missing}");
        return sb.ToString();
    }

    /// <summary>One line per document, as <c>score.py</c> prints it without <c>--quiet</c>.</summary>
    public static string Line(string id, DocumentScore? s, string? date, string? wantedDate, IEnumerable<string?> wantedSpokespersons)
    {
        if (s is null) return $"{id,-55} MISSING (no output for this sample)";
        string dateText = s.DateOk ? "ok" : $"WRONG {PyStr(date)} != {PyStr(wantedDate)}";
        string speakers = s.SpokespersonsOk ? "ok" : "MISSING [" + string.Join(", ", wantedSpokespersons.Select(n => "'" + n + "'")) + "]";
        return string.Create(CultureInfo.InvariantCulture,
            $"{id,-55} exchanges {s.Found}/{s.Wanted} found, {s.Strict} exact, {s.Predicted} predicted | date {dateText} | spokespersons {speakers} | leaks {s.Leaks.Count}");
    }

    private static string PyStr(string? s) => s ?? "None";

    private sealed class Counts
    {
        public int Docs, Missing, Wanted, Found, Strict, Predicted, DateOk, SpkOk, Leaks;

        public void Add(Counts c)
        {
            Docs += c.Docs; Missing += c.Missing; Wanted += c.Wanted; Found += c.Found; Strict += c.Strict;
            Predicted += c.Predicted; DateOk += c.DateOk; SpkOk += c.SpkOk; Leaks += c.Leaks;
        }
    }

    private static string Row(string kind, Counts c) => string.Create(CultureInfo.InvariantCulture,
        $"{kind,-8} {c.Docs,4} {c.Missing,7} {c.Found,4}/{c.Wanted,-4} {c.Strict,4}/{c.Wanted,-4} {F1(c.Strict, c.Wanted, c.Predicted),5:0.00} {c.DateOk,3}/{c.Docs,-2} {c.SpkOk,4}/{c.Docs,-3} {c.Leaks,5}");

    // ---- the parser's output, read as score.py reads it ----

    /// <summary>One predicted exchange, as <c>pred_exchanges</c> makes it.</summary>
    private sealed record Predicted(string? Asker, string? Outlet, string Q, string? Answerer, string? Speaker, string A, IReadOnlyList<string> Answers);

    private static List<Predicted> PredExchanges(JsonElement doc)
    {
        var list = new List<Predicted>();
        foreach (var ex in Items(doc, "exchanges"))
        {
            var q = Prop(ex, "question");
            var answers = Items(ex, "answers").ToList();
            JsonElement? a = answers.Count > 0 ? answers[0] : null;
            list.Add(new Predicted(
                Str(q, "label"), NameOf(Prop(q, "outlet")), Str(q, "text") ?? "",
                a is { } a1 ? Str(a1, "label") : null, a is { } a2 ? NameOf(Prop(a2, "speaker")) : null, a is { } a3 ? Str(a3, "text") ?? "" : "",
                [.. answers.Select(x => Str(x, "text") ?? "")]));
        }
        return list;
    }

    /// <summary><c>all_text</c>: announcements, statements, then each exchange's question and answers; with a name for each, for messages.</summary>
    private static (List<string> Texts, List<string> Names) AllText(JsonElement doc)
    {
        var texts = new List<string>();
        var names = new List<string>();
        foreach (var key in (string[])["announcements", "statements"])
        {
            int i = 0;
            foreach (var x in Items(doc, key))
            {
                texts.Add(Str(x, "text") ?? "");
                names.Add($"{key[..^1]} #{++i}");
            }
        }
        int e = 0;
        foreach (var ex in Items(doc, "exchanges"))
        {
            e++;
            texts.Add(Str(Prop(ex, "question"), "text") ?? "");
            names.Add($"exchange #{e}'s question");
            int j = 0;
            foreach (var a in Items(ex, "answers"))
            {
                texts.Add(Str(a, "text") ?? "");
                names.Add($"exchange #{e}'s answer #{++j}");
            }
        }
        return (texts, names);
    }

    private static string Describe(Predicted p) =>
        $"Q [{p.Asker ?? "no label"}] {Show(Shorten(p.Q))} / A [{p.Answerer ?? (p.Answers.Count == 0 ? "no answer" : "no label")}] {Show(Shorten(p.A))}";

    // ---- JSON access as Python's dict.get ----

    private static JsonElement? Prop(JsonElement? obj, string name) =>
        obj is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    private static string? Str(JsonElement? obj, string name) => Prop(obj, name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    private static IEnumerable<JsonElement> Items(JsonElement? obj, string name) =>
        Prop(obj, name) is { ValueKind: JsonValueKind.Array } v ? v.EnumerateArray() : [];

    /// <summary><c>name_of</c>: an object's <c>name</c>, or the string itself.</summary>
    private static string? NameOf(JsonElement? obj) => obj switch
    {
        { ValueKind: JsonValueKind.Object } o => Str(o, "name"),
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        _ => null,
    };

    private static bool Truthy(string? s) => !string.IsNullOrEmpty(s);

    // ---- Python string semantics ----

    /// <summary><c>str.casefold()</c>: lower case, and the full foldings that differ from it for Latin, Greek and the ligatures.</summary>
    public static string CaseFold(string s)
    {
        var lower = s.ToLowerInvariant();
        if (lower.AsSpan().IndexOfAny("ßẞſµςﬀﬁﬂﬃﬄﬅﬆ") < 0) return lower;
        var sb = new StringBuilder(lower.Length + 4);
        foreach (char c in lower)
        {
            sb.Append(c switch
            {
                'ß' or 'ẞ' => "ss",
                'ſ' => "s",
                'µ' => "μ",
                'ς' => "σ",
                'ﬀ' => "ff",
                'ﬁ' => "fi",
                'ﬂ' => "fl",
                'ﬃ' => "ffi",
                'ﬄ' => "ffl",
                'ﬅ' or 'ﬆ' => "st",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    private static string PyStrip(string s)
    {
        int a = 0, b = s.Length;
        while (a < b && IsPythonSpace(s[a])) a++;
        while (b > a && IsPythonSpace(s[b - 1])) b--;
        return s[a..b];
    }

    /// <summary><c>re.sub(r"\s+", " ", s)</c>.</summary>
    private static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool inSpace = false;
        foreach (char c in s)
        {
            if (IsPythonSpace(c))
            {
                if (!inSpace) sb.Append(' ');
                inSpace = true;
            }
            else
            {
                sb.Append(c);
                inSpace = false;
            }
        }
        return sb.ToString();
    }

    /// <summary><c>str.splitlines()</c>.</summary>
    private static IEnumerable<string> SplitLines(string s)
    {
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')
            {
                yield return s[start..i];
                if (c == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
                start = i + 1;
            }
        }
        if (start < s.Length) yield return s[start..];
    }

    /// <summary>Python's <c>len</c>: code points, not UTF-16 code units.</summary>
    private static int CodePoints(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        return n;
    }

    /// <summary><c>s[:n]</c> in code points.</summary>
    private static string FirstCodePoints(string s, int n)
    {
        int i = 0;
        for (int count = 0; i < s.Length && count < n; count++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            i++;
        }
        return s[..i];
    }

    /// <summary>A value in a message: quoted, line breaks shown, or <c>null</c>.</summary>
    public static string Show(string? s) => s is null ? "null" : "\"" + s.Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private static string Shorten(string? s)
    {
        if (s is null) return "";
        return s.Length <= 70 ? s : string.Concat(s.AsSpan(0, 67), "…");
    }
}
