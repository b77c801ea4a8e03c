namespace Briefing.Parsing.Tests.Text;

/// <summary>
/// <see cref="PhraseListSearch"/> says which lists occur in a text where a word starts exactly as a search of each list with
/// its own comparison would: the word starts it reads, the index of phrase starts it tests them with, and the phrases it
/// searches apart, only skip work.
/// </summary>
public sealed class PhraseListSearchTests
{
    // ASCII letters in both cases and punctuation, CJK ideographs, accented and Cyrillic letters, the two non-ASCII letters
    // that upper-case to ASCII (ı, ſ), and a surrogate pair (Deseret letters, which ignoring case folds as pairs).
    private static readonly string[] Alphabet =
        ["a", "A", "b", "B", "s", "S", "i", "I", " ", "|", ":", "外", "交", "部", "，", "é", "É", "ж", "Ж", "ı", "ſ", "1", "\U00010400", "\U00010428"];

    [Fact]
    public void Occurring_is_each_list_searched_with_its_own_comparison()
    {
        var random = new Random(20261202);
        for (int round = 0; round < 400; round++)
        {
            var lists = Enumerable.Range(0, random.Next(1, 6)).Select(_ => (
                Phrases: Enumerable.Range(0, random.Next(0, 6)).Select(_ => Word(random, random.Next(0, 6))).Distinct().ToArray(),
                Comparison: random.Next(2) == 0 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)).ToArray();
            var search = new PhraseListSearch([.. lists.Select(l => ((IEnumerable<string>)l.Phrases, l.Comparison))]);
            var phrases = lists.SelectMany(l => l.Phrases).Where(p => p.Length > 0).ToArray();
            for (int t = 0; t < 25; t++)
            {
                // Texts made of the phrases (re-cased, cut) and random characters, with and without characters outside ASCII.
                bool ascii = random.Next(3) == 0;
                var text = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => random.Next(3) switch
                {
                    0 or 1 when phrases.Length == 0 => Word(random, random.Next(1, 4)),
                    0 => Recase(random, phrases[random.Next(phrases.Length)]),
                    1 => Cut(phrases[random.Next(phrases.Length)]),
                    _ => Word(random, random.Next(1, 4)),
                }));
                if (ascii) text = new string([.. text.Where(char.IsAscii)]);
                ulong expected = 0;
                for (int i = 0; i < lists.Length; i++)
                {
                    if (lists[i].Phrases.Any(p => OccursAtWordStart(text, p, lists[i].Comparison))) expected |= 1UL << i;
                }
                ulong actual = search.Occurring(text);
                Assert.True(expected == actual, $"'{text}' with {string.Join(" / ", lists.Select(l => $"{l.Comparison} [{string.Join(", ", l.Phrases.Select(p => $"'{p}'"))}]"))}: {actual:b}, expected {expected:b}");
            }
        }
    }

    [Fact]
    public void Each_list_has_its_bit_and_its_comparison()
    {
        var search = new PhraseListSearch(
        [
            (["Photo:", "Image:"], StringComparison.Ordinal),
            (["rush transcript", "for reference purpose"], StringComparison.OrdinalIgnoreCase),
            (["版权所有", "广告"], StringComparison.OrdinalIgnoreCase),
            (["x"], StringComparison.Ordinal),
        ]);
        Assert.Equal(0b0001UL, search.Occurring("Photo: Jane Doe"));
        Assert.Equal(0UL, search.Occurring("photo: jane doe"));
        Assert.Equal(0b0010UL, search.Occurring("This is a RUSH TRANSCRIPT."));
        Assert.Equal(0b0100UL, search.Occurring("广告"));
        Assert.Equal(0b0110UL, search.Occurring("版权所有 For Reference Purpose"));
        Assert.Equal(0b1001UL, search.Occurring("Image: x"));
        Assert.Equal(0UL, search.Occurring(""));
        Assert.Equal(4, search.Count);
    }

    [Theory]
    [InlineData("an ISLAND")]
    [InlineData("si")]
    [InlineData("Sı ıſ")]
    [InlineData("ıſland")]
    public void Letters_outside_ASCII_that_upper_case_to_ASCII_compare_as_the_comparison_says(string text)
    {
        // "ı" (dotless i) and "ſ" (long s) may upper-case to ASCII letters ("ſ" to "S" even without culture data), so the
        // index may bucket them with ASCII texts; whether they match them is the comparison's answer, whatever the runtime's
        // casing data.
        (string[] Phrases, StringComparison Comparison)[] lists =
            [(["ıſland"], StringComparison.OrdinalIgnoreCase), (["ſı"], StringComparison.OrdinalIgnoreCase), (["ıſ"], StringComparison.Ordinal)];
        var search = new PhraseListSearch([.. lists.Select(l => ((IEnumerable<string>)l.Phrases, l.Comparison))]);
        ulong expected = 0;
        for (int i = 0; i < lists.Length; i++)
        {
            if (OccursAtWordStart(text, lists[i].Phrases[0], lists[i].Comparison)) expected |= 1UL << i;
        }
        Assert.Equal(expected, search.Occurring(text));
    }

    [Theory]
    [InlineData("free trial", "Start your free trial", true)]
    [InlineData("free trial", "a carefree trial", false)]
    [InlineData("free trial", "2free trial", false)]
    [InlineData("free trial", "-free trial", true)]
    [InlineData("Photo:", "TelePhoto: x", false)]
    [InlineData("(Photo", "Minister(Photo by X)", true)]
    [InlineData("ICP备", "京ICP备12345号", true)]
    [InlineData("版权所有", "本站版权所有", true)]
    public void A_phrase_is_found_only_where_a_word_starts(string phrase, string text, bool found)
    {
        // Only two word characters (Latin-like letters and digits) meet inside a word: a phrase that opens with one is not
        // found after another; one that opens with punctuation or a CJK character is found anywhere.
        var search = new PhraseListSearch([([phrase], StringComparison.OrdinalIgnoreCase)]);
        Assert.Equal(found ? 1UL : 0UL, search.Occurring(text));
    }

    [Fact]
    public void A_list_with_an_empty_phrase_occurs_in_every_text() =>
        Assert.Equal(0b10UL, new PhraseListSearch([(["abc"], StringComparison.Ordinal), ([""], StringComparison.Ordinal)]).Occurring(""));

    [Fact]
    public void More_than_64_lists_or_another_comparison_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PhraseListSearch([.. Enumerable.Repeat(((IEnumerable<string>)["a"], StringComparison.Ordinal), 65)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PhraseListSearch([(["a"], StringComparison.InvariantCulture)]));
    }

    /// <summary>The reference: <paramref name="phrase"/> at some position of <paramref name="text"/> that starts a word.</summary>
    private static bool OccursAtWordStart(string text, string phrase, StringComparison comparison)
    {
        for (int i = 0; i + phrase.Length <= text.Length; i++)
        {
            bool start = i == 0 || !IsWordChar(text[i]) || !IsWordChar(text[i - 1]);
            if (start && text.AsSpan(i).StartsWith(phrase, comparison)) return true;
        }
        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !(c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF');

    private static string Recase(Random random, string phrase) => random.Next(3) switch
    {
        0 => phrase.ToUpperInvariant(),
        1 => phrase.ToLowerInvariant(),
        _ => phrase,
    };

    private static string Cut(string phrase) => phrase[..Math.Max(1, phrase.Length - 1)];

    private static string Word(Random random, int length) => string.Concat(Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)]));
}
