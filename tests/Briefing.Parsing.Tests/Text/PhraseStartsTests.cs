namespace Briefing.Parsing.Tests.Text;

/// <summary>
/// <see cref="PhraseStarts{T}"/>: its bit tables (first two characters, first four, first eight) only skip work, so at every position
/// it finds what comparing every phrase would find: the longest phrase the text starts with there, ignoring case.
/// </summary>
public sealed class PhraseStartsTests
{
    private static readonly string[] Phrases =
    [
        "Wang Wenbin", "Wang Yi", "Wa", "Was", "Mao Ning", "Mao", "MAO NING'S", "Ma", "M", "Zhao Lijian", "Zh", "外交部", "外交部发言人",
        "外", "Ministère", "MINISTÈRE DES", "Élysée", "Q", "Qu", "Que", "Ques", "Question", "ab", "abc", "abcd", "abcde",
        // Phrases that share their first four characters and differ in the next four (the eight-character table), or are
        // shorter than eight.
        "the Chinese side", "The White House", "the College", "the Commission", "the", "them", "Press Conference", "Press Con", "Presse",
        // Letters outside the BMP (Deseret), which ignoring case folds as pairs of UTF-16 units, at the start and inside.
        "\U00010400\U00010401 Deseret", "ab\U00010402cd", "x\U00010403",
    ];

    [Fact]
    public void LongestAt_finds_the_longest_phrase_at_every_position_as_comparing_every_phrase_does()
    {
        var starts = new PhraseStarts<int>(Phrases.Select((p, i) => (p, i)));
        // Texts made of phrase pieces, cut anywhere and re-cased, so that positions share two, three or four characters with
        // phrases without being them.
        var random = new Random(20261202);
        string[] pieces = [.. Phrases.SelectMany(p => new[] { p, p.ToUpperInvariant(), p.ToLowerInvariant(), p[..Math.Max(1, p.Length - 1)], p[..Math.Min(p.Length, 3)] }), " ", ", ", "-", "s"];
        for (int round = 0; round < 2000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            for (int at = 0; at < text.Length; at++)
            {
                int expectedLength = 0, expectedValue = -1;
                for (int i = 0; i < Phrases.Length; i++)
                {
                    if (Phrases[i].Length > expectedLength && text.AsSpan(at).StartsWith(Phrases[i], StringComparison.OrdinalIgnoreCase))
                        (expectedLength, expectedValue) = (Phrases[i].Length, i);
                }
                // The scanners ask MayStartAt first and pass over the position when it says no.
                if (expectedLength > 0) Assert.True(starts.MayStartAt(text, at), $"'{text}' at {at}: MayStartAt said no");
                int length = starts.LongestAt(text, at, out int value);
                Assert.True(length == expectedLength, $"'{text}' at {at}: {length}, expected {expectedLength}");
                if (length > 0) Assert.Equal(Phrases[expectedValue], Phrases[value]);
            }
        }
    }

    [Fact]
    public void Every_pair_of_a_long_list_finds_its_bucket()
    {
        // Hundreds of pairs of first characters: the table of buckets is probed past slots that other pairs hold.
        var random = new Random(20261203);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABC外交部éÉ -";
        var phrases = Enumerable.Range(0, 1500).Select(_ => new string([.. Enumerable.Range(0, random.Next(2, 7)).Select(_ => alphabet[random.Next(alphabet.Length)])]))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var starts = new PhraseStarts<int>(phrases.Select((p, i) => (p, i)));
        for (int round = 0; round < 300; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(2) == 0 ? phrases[random.Next(phrases.Length)].ToUpperInvariant() : phrases[random.Next(phrases.Length)]));
            for (int at = 0; at < text.Length; at++)
            {
                int expected = 0;
                foreach (var p in phrases)
                {
                    if (p.Length > expected && text.AsSpan(at).StartsWith(p, StringComparison.OrdinalIgnoreCase)) expected = p.Length;
                }
                Assert.True(expected == starts.LongestAt(text, at, out _), $"'{text}' at {at}: {starts.LongestAt(text, at, out _)}, expected {expected}");
            }
        }
    }
}
