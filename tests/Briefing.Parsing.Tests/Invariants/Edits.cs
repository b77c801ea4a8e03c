using System.Globalization;
using System.Text;
using CsCheck;

namespace Briefing.Parsing.Tests.Invariants;

/// <summary>The kinds of damage an <see cref="Edit"/> does to a text (each seen in real copies).</summary>
public enum EditKind
{
    /// <summary>Cut the text at a point (possibly inside a label, a word or a surrogate pair).</summary>
    Cut,
    /// <summary>Cut the text just after a colon: a label left without its text.</summary>
    CutAfterColon,
    /// <summary>Duplicate a line.</summary>
    DuplicateLine,
    /// <summary>Swap two lines.</summary>
    SwapLines,
    /// <summary>Remove a colon ("Dragon TV You announced …").</summary>
    StripColon,
    /// <summary>Turn a space into NBSP (U+00A0).</summary>
    SpaceToNbsp,
    /// <summary>Insert NBSP.</summary>
    InsertNbsp,
    /// <summary>Turn an ASCII colon into a full-width one (U+FF1A).</summary>
    ColonToFullWidth,
    /// <summary>Insert a full-width colon.</summary>
    InsertFullWidthColon,
    /// <summary>Join all lines into one, with a separator.</summary>
    JoinLines,
    /// <summary>Replace LF with CRLF (all of them, or every other one: mixed line endings).</summary>
    CrLf,
    /// <summary>Insert odd Unicode: CJK, an emoji surrogate pair, U+2028/U+2029, U+3000, BOM, a lone surrogate, a combining mark …</summary>
    InsertUnicode,
    /// <summary>Delete a range of the text.</summary>
    DeleteRange,
}

/// <summary>
/// One edit of a text: a kind and two non-negative parameters that pick positions, lines and variants (each taken
/// modulo what the text offers), so that any pair of numbers is a valid edit and smaller numbers are simpler edits —
/// which is what lets CsCheck shrink a failing case to a small one.
/// </summary>
/// <param name="Kind">What the edit does.</param>
/// <param name="A">Picks a position or a line.</param>
/// <param name="B">Picks a second line, a length or a variant.</param>
public readonly record struct Edit(EditKind Kind, int A, int B)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind}({A},{B})");
}

/// <summary>Applies <see cref="Edit"/>s and generates them.</summary>
public static class Edits
{
    private static readonly string[] Odd =
        ["中", "记者：", "\uD83D\uDE00", "\u2028", "\u2029", "\u3000", "\uFEFF", "\u200B", "\u00A0", "\u0301", "\uD83D", "\uDE00", "\r", "\t", "：", ":", "\n\n", "<b>", "&nbsp;", "٣"];

    private static readonly string[] Separators = [" ", "", "  ", "\u00A0"];

    /// <summary>Edits of every kind, parameters from 0 (shrinking goes there) to 100,000.</summary>
    public static readonly Gen<Edit> Gen = CsCheck.Gen.Select(CsCheck.Gen.Enum<EditKind>(), CsCheck.Gen.Int[0, 100_000], CsCheck.Gen.Int[0, 100_000], (k, a, b) => new Edit(k, a, b));

    /// <summary>Applies <paramref name="edits"/> in order.</summary>
    public static string Apply(string text, IEnumerable<Edit> edits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(edits);
        foreach (var e in edits) text = Apply(text, e);
        return text;
    }

    /// <summary>Applies one edit.</summary>
    public static string Apply(string text, Edit e)
    {
        ArgumentNullException.ThrowIfNull(text);
        int at = e.A % (text.Length + 1);
        switch (e.Kind)
        {
            case EditKind.Cut:
                return text[..at];
            case EditKind.CutAfterColon:
                return Nth(text, e.A, c => c is ':' or '：') is int colon ? text[..(colon + 1)] : text;
            case EditKind.DuplicateLine:
            {
                var lines = new List<string>(text.Split('\n'));
                int i = e.A % lines.Count;
                lines.Insert(i + 1, lines[i]);
                return string.Join('\n', lines);
            }
            case EditKind.SwapLines:
            {
                var lines = text.Split('\n');
                int i = e.A % lines.Length, j = e.B % lines.Length;
                (lines[i], lines[j]) = (lines[j], lines[i]);
                return string.Join('\n', lines);
            }
            case EditKind.StripColon:
                return Nth(text, e.A, c => c is ':' or '：') is int strip ? text.Remove(strip, 1) : text;
            case EditKind.SpaceToNbsp:
                return Nth(text, e.A, c => c == ' ') is int space ? Replace(text, space, '\u00A0') : text;
            case EditKind.InsertNbsp:
                return text.Insert(at, "\u00A0");
            case EditKind.ColonToFullWidth:
                return Nth(text, e.A, c => c == ':') is int ascii ? Replace(text, ascii, '：') : text;
            case EditKind.InsertFullWidthColon:
                return text.Insert(at, "：");
            case EditKind.JoinLines:
            {
                string sep = Separators[e.B % Separators.Length];
                return text.Replace("\r\n", sep, StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", sep, StringComparison.Ordinal);
            }
            case EditKind.CrLf:
            {
                if (e.B % 2 == 0) return text.Replace("\n", "\r\n", StringComparison.Ordinal);
                var sb = new StringBuilder(text.Length + 64);
                int n = 0;
                foreach (char c in text)
                {
                    if (c == '\n' && n++ % 2 == 0) sb.Append('\r');
                    sb.Append(c);
                }
                return sb.ToString();
            }
            case EditKind.InsertUnicode:
                return text.Insert(at, Odd[e.B % Odd.Length]);
            case EditKind.DeleteRange:
                return text.Remove(at, Math.Min(text.Length - at, e.B % 200));
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.Kind, null);
        }
    }

    /// <summary>The position of the (<paramref name="n"/> modulo count)-th character matching, or <see langword="null"/>.</summary>
    private static int? Nth(string text, int n, Func<char, bool> match)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (match(c)) count++;
        }
        if (count == 0) return null;
        int k = n % count;
        for (int i = 0; i < text.Length; i++)
        {
            if (match(text[i]) && k-- == 0) return i;
        }
        return null;
    }

    private static string Replace(string text, int at, char c) => string.Concat(text.AsSpan(0, at), c.ToString(), text.AsSpan(at + 1));
}
