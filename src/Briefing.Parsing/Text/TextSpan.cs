using System.Globalization;
using System.Text.Json.Serialization;

namespace Briefing.Parsing;

/// <summary>
/// A half-open range <c>[Start, Start + Length)</c> of UTF-16 code units in the exact input string.
/// </summary>
/// <remarks>Modelled on Roslyn's <c>TextSpan</c>: the end is exclusive, so an empty span has <see cref="Length"/> 0.</remarks>
/// <param name="Start">Index of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The exclusive end: <c>Start + Length</c>.</summary>
    [JsonIgnore]
    public int End => Start + Length;

    /// <summary>Whether the span covers no code unit.</summary>
    [JsonIgnore]
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from an inclusive start and an exclusive end.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="end"/> is before <paramref name="start"/> or start is negative.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    public bool OverlapsWith(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    /// <summary>The text this span covers in <paramref name="source"/>.</summary>
    public ReadOnlySpan<char> Slice(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.AsSpan(Start, Length);
    }

    /// <summary>Computes the 1-based line and column of <see cref="Start"/> in <paramref name="source"/>.</summary>
    public (int Line, int Column) GetLinePosition(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        int line = 1, lineStart = 0;
        int limit = Math.Min(Start, source.Length);
        for (int i = 0; i < limit; i++)
        {
            if (source[i] == '\n') { line++; lineStart = i + 1; }
        }
        return (line, limit - lineStart + 1);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}..{End})");
}
