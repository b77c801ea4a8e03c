using System.Globalization;
using System.Text;

namespace Briefing.Parsing.Tests.Invariants;

/// <summary>The kinds of damage <see cref="TextMutator"/> does to a text (each seen in real copies).</summary>
public enum MutationKind
{
    /// <summary>Cut the text at a random point (possibly inside a label, a word or a surrogate pair).</summary>
    Cut,
    /// <summary>Duplicate a random line.</summary>
    DuplicateLine,
    /// <summary>Swap two random lines.</summary>
    SwapLines,
    /// <summary>Remove the colon of labels ("Dragon TV You announced ...").</summary>
    StripColons,
    /// <summary>Insert NBSP (U+00A0) at random places and turn random spaces into NBSP.</summary>
    InjectNbsp,
    /// <summary>Insert full-width colons (U+FF1A) at random places and turn random ASCII colons into full-width ones.</summary>
    InjectFullWidthColon,
    /// <summary>Join all lines into one.</summary>
    JoinLines,
    /// <summary>Replace LF with CRLF (all of them, or a random half: mixed line endings).</summary>
    CrLf,
    /// <summary>Insert random Unicode: CJK, emoji surrogate pairs, U+2028/U+2029, U+3000, BOM, lone surrogates.</summary>
    InsertUnicode,
    /// <summary>Two or three of the above, one after the other.</summary>
    Combined,
}

/// <summary>A mutated text and a description of what was done, for assertion messages.</summary>
/// <param name="Text">The mutated text.</param>
/// <param name="Description">What was done ("cut at 1234 of 8364").</param>
public readonly record struct Mutation(string Text, string Description);

/// <summary>
/// Deterministic text mutations: <c>Apply(text, kind, seed)</c> always gives the same result, so a failure reported with
/// its input, kind and seed can be reproduced exactly.
/// </summary>
public static class TextMutator
{
    private static readonly string[] Odd = ["\u2028", "\u2029", "\u3000", "\uFEFF", "\u200B", "\u00A0", "\u0301", "\uD83D", "\uDE00", "\r", "\t", "：", ":"];

    /// <summary>Applies <paramref name="kind"/> to <paramref name="text"/> with <c>new Random(seed)</c>.</summary>
    public static Mutation Apply(string text, MutationKind kind, int seed)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rng = new Random(seed);
        return Apply(text, kind, rng);
    }

    /// <summary>A stable (process-independent) 31-bit hash, to derive seeds from names.</summary>
    public static int StableSeed(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        uint h = 2166136261;
        foreach (char c in value)
        {
            h ^= c;
            h *= 16777619;
        }
        return (int)(h & 0x7FFFFFFF);
    }

    private static Mutation Apply(string text, MutationKind kind, Random rng) => kind switch
    {
        MutationKind.Cut => Cut(text, rng),
        MutationKind.DuplicateLine => DuplicateLine(text, rng),
        MutationKind.SwapLines => SwapLines(text, rng),
        MutationKind.StripColons => StripColons(text, rng),
        MutationKind.InjectNbsp => InjectNbsp(text, rng),
        MutationKind.InjectFullWidthColon => InjectFullWidthColon(text, rng),
        MutationKind.JoinLines => JoinLines(text, rng),
        MutationKind.CrLf => CrLf(text, rng),
        MutationKind.InsertUnicode => InsertUnicode(text, rng),
        MutationKind.Combined => Combined(text, rng),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static Mutation Cut(string text, Random rng)
    {
        // A third of the cuts land anywhere; the others just after a colon (a label left without its text) or at the
        // end of a line, where truncated copies really end and where a uniform cut almost never lands.
        int at = rng.Next(3) switch
        {
            0 => PickAfter(text, rng, c => c is ':' or '：'),
            1 => PickAfter(text, rng, c => c == '\n') is var n && n > 0 ? n - 1 : -1,
            _ => -1,
        };
        if (at < 0) at = rng.Next(0, text.Length + 1);
        return new(text[..at], Invariant($"cut at {at} of {text.Length}"));
    }

    /// <summary>A random position just after a character matching <paramref name="match"/>, or -1 when there is none.</summary>
    private static int PickAfter(string text, Random rng, Func<char, bool> match)
    {
        var positions = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (match(text[i])) positions.Add(i + 1);
        }
        return positions.Count == 0 ? -1 : positions[rng.Next(positions.Count)];
    }

    private static Mutation DuplicateLine(string text, Random rng)
    {
        var lines = new List<string>(text.Split('\n'));
        int i = rng.Next(lines.Count);
        lines.Insert(i + 1, lines[i]);
        return new(string.Join('\n', lines), Invariant($"duplicated line {i}"));
    }

    private static Mutation SwapLines(string text, Random rng)
    {
        var lines = text.Split('\n');
        int i = rng.Next(lines.Length), j = rng.Next(lines.Length);
        (lines[i], lines[j]) = (lines[j], lines[i]);
        return new(string.Join('\n', lines), Invariant($"swapped lines {i} and {j}"));
    }

    private static Mutation StripColons(string text, Random rng)
    {
        var lines = text.Split('\n');
        var stripped = new List<int>();
        for (int i = 0; i < lines.Length; i++)
        {
            int colon = lines[i].AsSpan(0, Math.Min(lines[i].Length, 60)).IndexOfAny(':', '：');
            if (colon < 0 || rng.NextDouble() < 0.3) continue;
            lines[i] = lines[i].Remove(colon, 1);
            stripped.Add(i);
        }
        return new(string.Join('\n', lines), $"stripped label colons on lines [{string.Join(',', stripped)}]");
    }

    private static Mutation InjectNbsp(string text, Random rng) => InjectChar(text, rng, '\u00A0', ' ', "NBSP");

    private static Mutation InjectFullWidthColon(string text, Random rng) => InjectChar(text, rng, '：', ':', "full-width colon");

    /// <summary>Replaces random <paramref name="replaced"/> characters with <paramref name="c"/> and inserts it at random places (line starts included).</summary>
    private static Mutation InjectChar(string text, Random rng, char c, char replaced, string name)
    {
        var sb = new StringBuilder(text);
        var candidates = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == replaced) candidates.Add(i);
        }
        int replacements = candidates.Count == 0 ? 0 : rng.Next(1, Math.Min(candidates.Count, 12) + 1);
        var replacedAt = new List<int>();
        for (int k = 0; k < replacements; k++)
        {
            int at = candidates[rng.Next(candidates.Count)];
            sb[at] = c;
            replacedAt.Add(at);
        }
        int insertions = rng.Next(1, 8);
        var insertedAt = new List<int>();
        for (int k = 0; k < insertions; k++)
        {
            int at = rng.Next(3) == 0 ? LineStart(sb, rng) : rng.Next(0, sb.Length + 1);
            sb.Insert(at, c);
            insertedAt.Add(at);
        }
        return new(sb.ToString(), $"{name}: replaced at [{string.Join(',', replacedAt)}], inserted at [{string.Join(',', insertedAt)}]");
    }

    private static int LineStart(StringBuilder sb, Random rng)
    {
        int at = rng.Next(0, sb.Length + 1);
        while (at > 0 && sb[at - 1] != '\n') at--;
        return at;
    }

    private static Mutation JoinLines(string text, Random rng)
    {
        string[] separators = [" ", "", "  ", "\u00A0"];
        string sep = separators[rng.Next(separators.Length)];
        var joined = text.Replace("\r\n", sep, StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", sep, StringComparison.Ordinal);
        return new(joined, Invariant($"joined all lines with U+{(sep.Length == 0 ? "(none)" : ((int)sep[0]).ToString("X4", CultureInfo.InvariantCulture))} x{sep.Length}"));
    }

    private static Mutation CrLf(string text, Random rng)
    {
        bool all = rng.Next(2) == 0;
        if (all) return new(text.Replace("\n", "\r\n", StringComparison.Ordinal), "replaced every LF with CRLF");
        var sb = new StringBuilder(text.Length + 64);
        int n = 0;
        foreach (char c in text)
        {
            if (c == '\n' && rng.Next(2) == 0) { sb.Append('\r'); n++; }
            sb.Append(c);
        }
        return new(sb.ToString(), Invariant($"replaced {n} random LFs with CRLF (mixed line endings)"));
    }

    private static Mutation InsertUnicode(string text, Random rng)
    {
        var sb = new StringBuilder(text);
        int count = rng.Next(1, 16);
        var what = new List<string>();
        for (int k = 0; k < count; k++)
        {
            string s = rng.Next(4) switch
            {
                0 => ((char)rng.Next(0x4E00, 0xA000)).ToString(),
                1 => char.ConvertFromUtf32(rng.Next(0x1F300, 0x1FAF0)),
                2 => "\u2028",
                _ => Odd[rng.Next(Odd.Length)],
            };
            int at = rng.Next(0, sb.Length + 1);
            sb.Insert(at, s);
            what.Add(Invariant($"{Escape(s)}@{at}"));
        }
        return new(sb.ToString(), $"inserted {string.Join(' ', what)}");
    }

    private static Mutation Combined(string text, Random rng)
    {
        int steps = rng.Next(2, 4);
        var descriptions = new List<string>();
        for (int k = 0; k < steps; k++)
        {
            var kind = (MutationKind)rng.Next((int)MutationKind.Combined);
            var m = Apply(text, kind, rng);
            text = m.Text;
            descriptions.Add($"{kind}({m.Description})");
        }
        return new(text, string.Join(" then ", descriptions));
    }

    private static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s) sb.Append(Invariant($"U+{(int)c:X4}"));
        return sb.ToString();
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
