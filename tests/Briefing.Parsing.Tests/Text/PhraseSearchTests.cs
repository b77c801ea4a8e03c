using System.Buffers;

namespace Briefing.Parsing.Tests.Text;

/// <summary>
/// <see cref="PhraseSearch"/> finds the first place where a phrase occurs exactly as a <see cref="SearchValues{T}"/> of the
/// same strings and comparison does: its groups (ASCII, anchored non-ASCII, cased non-ASCII) and the anchored search only
/// skip work.
/// </summary>
public sealed class PhraseSearchTests
{
    // ASCII letters in both cases, CJK ideographs, caseless punctuation, accented and Cyrillic letters, and the two
    // non-ASCII letters that upper-case to ASCII (ı, ſ).
    private const string Alphabet = "aAbBsSiI 外交部发言人记者会答问，：“”—é É ж Ж ı ſ 1";

    // For the searches for presence: the above and two letters outside the BMP (Deseret, in both cases) as surrogate pairs.
    private static readonly string[] Pieces = [.. Alphabet.Select(c => c.ToString()), "\U00010400", "\U00010428"];

    [Theory]
    [InlineData(StringComparison.Ordinal)]
    [InlineData(StringComparison.OrdinalIgnoreCase)]
    public void IndexOfAny_is_the_first_place_a_SearchValues_of_the_same_phrases_finds(StringComparison comparison)
    {
        var random = new Random(20261202);
        for (int round = 0; round < 400; round++)
        {
            var phrases = Enumerable.Range(0, random.Next(1, 9)).Select(_ => Word(random, random.Next(1, 6))).Distinct().ToArray();
            var search = PhraseSearch.Create(phrases, comparison)!;
            var reference = SearchValues.Create(phrases, comparison);
            for (int t = 0; t < 25; t++)
            {
                // Texts made of the phrases (re-cased, cut) and random characters, so that anchors occur with and without their phrase.
                var text = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => random.Next(3) switch
                {
                    0 => Word(random, random.Next(1, 4)),
                    1 => phrases[random.Next(phrases.Length)].ToUpperInvariant(),
                    _ => Cut(phrases[random.Next(phrases.Length)]),
                }));
                Assert.True(text.AsSpan().IndexOfAny(reference) == search.IndexOfAny(text),
                    $"'{text}' with [{string.Join(", ", phrases.Select(p => $"'{p}'"))}]: {search.IndexOfAny(text)}, expected {text.AsSpan().IndexOfAny(reference)}");
            }
        }
    }

    [Theory]
    [InlineData(StringComparison.Ordinal)]
    [InlineData(StringComparison.OrdinalIgnoreCase)]
    public void A_search_for_presence_finds_a_phrase_wherever_the_search_of_all_phrases_does(StringComparison comparison)
    {
        var random = new Random(20261203);
        int dropped = 0;
        for (int round = 0; round < 400; round++)
        {
            // Phrases that hold one another (a short word inside longer ones, re-cased), with surrogate pairs among them.
            var core = PairWord(random, random.Next(1, 3));
            var phrases = Enumerable.Range(0, random.Next(1, 9)).Select(_ => random.Next(3) switch
            {
                0 => PairWord(random, random.Next(1, 4)) + (random.Next(2) == 0 ? core : core.ToUpperInvariant()) + PairWord(random, random.Next(0, 3)),
                1 => core,
                _ => PairWord(random, random.Next(1, 6)),
            }).Distinct().ToArray();
            var all = PhraseSearch.Create(phrases, comparison)!;
            var present = PhraseSearch.ForPresence(phrases, comparison, all)!;
            if (!ReferenceEquals(present, all)) dropped++;
            for (int t = 0; t < 25; t++)
            {
                var text = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => random.Next(3) switch
                {
                    0 => PairWord(random, random.Next(1, 4)),
                    1 => random.Next(2) == 0 ? phrases[random.Next(phrases.Length)].ToUpperInvariant() : phrases[random.Next(phrases.Length)].ToLowerInvariant(),
                    _ => Cut(phrases[random.Next(phrases.Length)]),
                }));
                Assert.True(all.IndexOfAny(text) >= 0 == present.IndexOfAny(text) >= 0,
                    $"'{text}' with [{string.Join(", ", phrases.Select(p => $"'{p}'"))}]: present {present.IndexOfAny(text)}, all {all.IndexOfAny(text)}");
            }
        }
        // The test is about something: many rounds leave phrases out.
        Assert.True(dropped > 100, $"{dropped} of 400 rounds left a phrase out");
    }

    [Fact]
    public void A_search_for_presence_leaves_out_the_phrases_that_hold_another()
    {
        string[] phrases = ["press conference", "Regular Press Conference", "briefing", "daily press briefing", "Pressebriefing", "doorstep"];
        var all = PhraseSearch.Create(phrases, StringComparison.OrdinalIgnoreCase)!;
        var present = PhraseSearch.ForPresence(phrases, StringComparison.OrdinalIgnoreCase, all)!;
        Assert.NotSame(all, present);
        // What it still finds, and where it stops: at the phrase a longer one holds ("briefing" at 12, not "daily" at 0).
        Assert.Equal(12, present.IndexOfAny("daily press briefing"));
        Assert.Equal(0, all.IndexOfAny("daily press briefing"));
        Assert.Equal(-1, present.IndexOfAny("a press point"));
        // Case matters when the comparison says so: "Regular Press Conference" holds no "press conference" as written.
        var cased = PhraseSearch.Create(phrases, StringComparison.Ordinal)!;
        var presentCased = PhraseSearch.ForPresence(phrases, StringComparison.Ordinal, cased)!;
        Assert.Equal(0, presentCased.IndexOfAny("Regular Press Conference"));
        // Nothing to leave out: the same search.
        var none = PhraseSearch.Create(["press", "doorstep"], StringComparison.OrdinalIgnoreCase)!;
        Assert.Same(none, PhraseSearch.ForPresence(["press", "doorstep"], StringComparison.OrdinalIgnoreCase, none));
    }

    [Fact]
    public void A_phrase_whose_anchor_stands_late_is_found_before_an_earlier_anchor_of_another_phrase()
    {
        // "abc外" has its anchor at 3, "交" at 0: in "xabc外交", the first phrase starts first (1) though its anchor comes first too;
        // in "abcd交 abc外" the second phrase (5) starts before the first (7).
        var search = PhraseSearch.Create(["abc外", "交"], StringComparison.Ordinal)!;
        Assert.Equal(1, search.IndexOfAny("xabc外交"));
        Assert.Equal(4, search.IndexOfAny("abcd交 abc外"));
        var late = PhraseSearch.Create(["abcdef外", "交"], StringComparison.OrdinalIgnoreCase)!;
        Assert.Equal(0, late.IndexOfAny("ABCDEF外交"));
        Assert.Equal(-1, late.IndexOfAny("abcdeg外"));
    }

    private static string Cut(string phrase) => phrase[..Math.Max(1, phrase.Length - 1)];

    private static string PairWord(Random random, int length) => string.Concat(Enumerable.Range(0, length).Select(_ => Pieces[random.Next(Pieces.Length)]));

    private static string Word(Random random, int length) => new([.. Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
}
