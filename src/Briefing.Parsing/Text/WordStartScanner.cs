using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Briefing.Parsing;

/// <summary>
/// Finds the places where a whole-word phrase of a list may start: a position that starts a word (see
/// <see cref="WordStartRule"/>) and holds a character some phrase opens with (ignoring case, as
/// <see cref="CharClass.CaseKey"/> folds it). Runs of ASCII text are read sixteen characters at a time with vector
/// instructions (two nibble look-ups classify the opening characters), so that the letters inside words and the spaces and
/// punctuation between them are passed over without a branch each; other text is read a character at a time.
/// </summary>
/// <remarks>
/// The phrase scanner that uses it (<c>PhraseSet.IndexOfWord</c> over long lists) then tests each place against the index of
/// phrase starts; the places it passes over are those where no phrase can start as a whole word, so what the scanner finds
/// is the same as testing every position.
/// </remarks>
internal sealed class WordStartScanner
{
    private readonly WordStartRule _rule;
    // Bit c: some phrase opens with a character that folds (CharClass.CaseKey) as c does.
    private readonly ulong[] _opens = new ulong[65536 / 64];
    // The ASCII part as two nibble tables: for a low nibble, the bits of the high nibbles (0-7) of the opening characters.
    private readonly Vector128<byte> _lowNibbles;

    /// <summary>Indexes the first characters of <paramref name="phrases"/> (empty ones are left out), whose words start as <paramref name="rule"/> says.</summary>
    public WordStartScanner(IEnumerable<string> phrases, WordStartRule rule = WordStartRule.LettersAndDigits)
    {
        _rule = rule;
        // The phrases' first characters folded, as bits; then every character whose folded form is one of them (a table
        // read per character: the tables are built when a parser is, and a set look-up per character cost milliseconds).
        // The characters that key as a first character come from CharClass's inverse table (built once), so that a scanner
        // does not fold all 65,536 characters again.
        var firsts = new ulong[65536 / 64];
        foreach (var p in phrases)
        {
            if (string.IsNullOrEmpty(p)) continue;
            char f = CharClass.CaseKey(p[0]);
            firsts[f >> 6] |= 1UL << (f & 63);
        }
        Span<byte> low = stackalloc byte[16];
        low.Clear();
        for (int word = 0; word < firsts.Length; word++)
        {
            for (ulong bits = firsts[word]; bits != 0; bits &= bits - 1)
            {
                foreach (char c in CharClass.KeyedAs((char)((word << 6) + BitOperations.TrailingZeroCount(bits)))) Open(c, low);
            }
        }
        _lowNibbles = Vector128.Create((ReadOnlySpan<byte>)low);
    }

    private void Open(char c, Span<byte> low)
    {
        _opens[c >> 6] |= 1UL << (c & 63);
        if (c < 128) low[c & 15] |= (byte)(1 << (c >> 4));
    }

    /// <summary>Whether a phrase may open with <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Opens(char c) => (_opens[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>Whether <paramref name="c"/> is a word character: a letter or digit that is not CJK.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) =>
        c <= '\u007F' ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) && !CharClass.IsCjk(c);

    /// <summary>
    /// Whether a whole word may start at <paramref name="at"/> by <see cref="WordStartRule.LettersAndDigits"/>: the text's
    /// start, or not between two word characters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordStart(ReadOnlySpan<char> text, int at) => at == 0 || !IsWordChar(text[at]) || !IsWordChar(text[at - 1]);

    /// <summary>Whether a name may start at <paramref name="at"/> by <see cref="WordStartRule.Letters"/>: the text's start, a CJK character, or not after a letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameStart(ReadOnlySpan<char> text, int at) => at == 0 || CharClass.IsCjk(text[at]) || !char.IsLetter(text[at - 1]);

    /// <summary>Whether <paramref name="at"/> starts a word by this scanner's rule.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsStart(ReadOnlySpan<char> text, int at) => _rule == WordStartRule.Letters ? IsNameStart(text, at) : IsWordStart(text, at);

    /// <summary>Whether <paramref name="at"/> starts a word by this scanner's rule and holds a character a phrase opens with.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCandidate(ReadOnlySpan<char> text, int at) => Opens(text[at]) && IsStart(text, at);

    /// <summary>How many positions <see cref="Candidates"/> reads at once.</summary>
    public const int BlockLength = 16;

    /// <summary>
    /// The positions <paramref name="at"/> to <paramref name="at"/> + 15 that are candidates (see <see cref="IsCandidate"/>),
    /// as bits (bit <c>i</c> for position <paramref name="at"/> + <c>i</c>).
    /// Needs <c>1 &lt;= at</c> and <c>at + 16 &lt;= text.Length</c>.
    /// </summary>
    public uint Candidates(ReadOnlySpan<char> text, int at)
    {
        if (Ssse3.IsSupported || AdvSimd.Arm64.IsSupported)
        {
            // One check for the four loads (at - 1 to at + 15), instead of one per load.
            if (at < 1 || at > text.Length - BlockLength) throw new ArgumentOutOfRangeException(nameof(at));
            ref ushort units = ref Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text));
            // The block's characters and, one to the left, their predecessors.
            var c0 = Vector128.LoadUnsafe(ref units, (nuint)at);
            var c1 = Vector128.LoadUnsafe(ref units, (nuint)(at + 8));
            var p0 = Vector128.LoadUnsafe(ref units, (nuint)(at - 1));
            var p1 = Vector128.LoadUnsafe(ref units, (nuint)(at + 7));
            if (((c0 | c1 | p0 | p1) & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero)
            {
                var c = Vector128.Narrow(c0, c1);
                var p = Vector128.Narrow(p0, p1);
                // An ASCII character is no CJK one: by either rule, the predecessor decides.
                var starts = _rule == WordStartRule.Letters ? ~Letters(p) : ~(WordChars(c) & WordChars(p));
                return (starts & OpensAscii(c)).ExtractMostSignificantBits();
            }
        }
        // Not all ASCII (or no vector instructions): one character at a time.
        uint bits = 0;
        for (int i = 0; i < BlockLength; i++)
        {
            if (IsCandidate(text, at + i)) bits |= 1u << i;
        }
        return bits;
    }

    /// <summary>ASCII letters: all bits set in their lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Letters(Vector128<byte> c) =>
        Vector128.LessThan((c | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)26));

    /// <summary>ASCII letters and digits: all bits set in their lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> WordChars(Vector128<byte> c) =>
        Letters(c) | Vector128.LessThan(c - Vector128.Create((byte)'0'), Vector128.Create((byte)10));

    /// <summary>ASCII characters (below 128) a phrase opens with: all bits set in their lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector128<byte> OpensAscii(Vector128<byte> c)
    {
        var low = c & Vector128.Create((byte)0x0F);
        var high = Vector128.ShiftRightLogical(c.AsUInt16(), 4).AsByte() & Vector128.Create((byte)0x0F);
        var highBit = Vector128.Create((byte)1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0);
        var hit = Lookup(_lowNibbles, low) & Lookup(highBit, high);
        return ~Vector128.Equals(hit, Vector128<byte>.Zero);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Lookup(Vector128<byte> table, Vector128<byte> indexes) =>
        Ssse3.IsSupported ? Ssse3.Shuffle(table, indexes) : AdvSimd.Arm64.VectorTableLookup(table, indexes);
}

/// <summary>Where a word starts, for <see cref="WordStartScanner"/>.</summary>
internal enum WordStartRule
{
    /// <summary>
    /// Phrases of the lexicon: at the text's start, at a character that is no word character, or at a word character after
    /// one that is not. Word characters are Latin-like letters and digits; CJK characters are none ("x将于" holds "将于").
    /// </summary>
    LettersAndDigits,

    /// <summary>Names of the directories: at the text's start, at a CJK character, or after anything but a letter (a digit too).</summary>
    Letters,
}
