namespace Briefing.Parsing;

/// <summary>
/// Compares labels and names the way they vary in real copies: case-insensitively, with any whitespace run
/// (NBSP and U+3000 included) equal to one space, curly apostrophes equal to straight ones, hyphen variants equal,
/// traditional Chinese characters equal to simplified ones, and full stops, Chinese title marks (《》) and quotation
/// marks ignored. Works on spans without allocating.
/// </summary>
internal sealed class LabelKeyComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static readonly LabelKeyComparer Instance = new();

    private LabelKeyComparer() { }

    /// <summary>Reads the folded characters of a key one by one; inner whitespace runs come out as one space, outer ones not at all.</summary>
    private ref struct Folded(ReadOnlySpan<char> s)
    {
        private readonly ReadOnlySpan<char> _s = s;
        private int _i;
        private bool _pendingSpace, _emitted, _hasHeld;
        private char _held;

        public bool Read(out char c)
        {
            if (_hasHeld)
            {
                _hasHeld = false;
                c = _held;
                return true;
            }
            while (_i < _s.Length)
            {
                char raw = _s[_i++];
                if (CharClass.IsSpace(raw) || raw is '\n' or '\r')
                {
                    _pendingSpace = true;
                    continue;
                }
                if (raw is '.' or '《' or '》' or '"' or '“' or '”' or '「' or '」') continue;
                char f = raw switch
                {
                    '’' or '‘' or '`' or '´' => '\'',
                    '‐' or '‑' or '‒' or '–' or '—' => '-',
                    _ => char.ToUpperInvariant(ChineseText.ToSimplified(raw)),
                };
                bool space = _pendingSpace && _emitted;
                _pendingSpace = false;
                _emitted = true;
                if (space)
                {
                    _held = f;
                    _hasHeld = true;
                    c = ' ';
                    return true;
                }
                c = f;
                return true;
            }
            c = default;
            return false;
        }
    }

    public static string Fold(ReadOnlySpan<char> s)
    {
        var buffer = new System.Text.StringBuilder(s.Length);
        var f = new Folded(s);
        while (f.Read(out char c)) buffer.Append(c);
        return buffer.ToString();
    }

    public bool Equals(ReadOnlySpan<char> alternate, string other)
    {
        var a = new Folded(alternate);
        var b = new Folded(other);
        while (true)
        {
            bool ha = a.Read(out char ca), hb = b.Read(out char cb);
            if (ha != hb) return false;
            if (!ha) return true;
            if (ca != cb) return false;
        }
    }

    public int GetHashCode(ReadOnlySpan<char> alternate)
    {
        var hash = new HashCode();
        var f = new Folded(alternate);
        while (f.Read(out char c)) hash.Add(c);
        return hash.ToHashCode();
    }

    public string Create(ReadOnlySpan<char> alternate) => Fold(alternate);

    public bool Equals(string? x, string? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && Equals(x.AsSpan(), y));

    public int GetHashCode(string obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return GetHashCode(obj.AsSpan());
    }
}
