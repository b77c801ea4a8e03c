using System.Collections.Immutable;
using System.Text;

namespace Briefing.Parsing.Tests.Text;

/// <summary>
/// <see cref="WordStartScanner"/> (the vectorised reading of ASCII text) against the rule it computes, one character at a
/// time; and the whole-word search of a long phrase list that uses it against a search of every position.
/// </summary>
public sealed class WordStartScannerTests
{
    // Letters, digits, spaces and punctuation; and characters that are not ASCII: accented and Cyrillic letters (word
    // characters), CJK (none), a no-break space, the dotless i and the Kelvin sign (which fold to ASCII letters' cases).
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzTHEPMSFCIW0123456789     .,:;-'()\"éÉжЖ中方外交部\u00A0\u0131\u212A\u017F";

    private static readonly string[] Phrases =
    [
        "the Chinese side", "The White House", "Foreign Ministry Spokesperson", "fmprc.gov.cn", "mfa.gov.cn", "外交部", "中方",
        "State Department", "Press Secretary", "Ministry of External Affairs", "Kremlin", "spokesperson", "Sprecher", "ıStanbul",
        "Élysée", "жук", "Ministry", "press", "in", "at", "K9", "3rd", "Mr.", "Q&A", "Noon Briefing", "Deputy Spokesman",
        "European Commission", "NATO", "Secretary General", "Islamabad", "Tehran", "Tokyo", "Moscow", "New Delhi",
        "Beijing", "Berlin", "Brussels", "Washington", "briefing", "Briefing Room", "conference", "regular press conference",
        "answers", "questions", "follow-up", "Minister", "Chief Spokesperson", "Official Spokesperson", "Bundesregierung",
        "Regierungssprecher", "Kabinett", "Zakharova", "Peskov",
    ];

    private static string RandomText(Random random, int length)
    {
        var sb = new StringBuilder(length);
        while (sb.Length < length)
        {
            // Now and then a phrase, in another case, so that there is something to find.
            if (random.Next(8) == 0)
            {
                string p = Phrases[random.Next(Phrases.Length)];
                sb.Append(random.Next(2) == 0 ? p : p.ToUpperInvariant());
            }
            else
            {
                sb.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }
        return sb.ToString(0, length);
    }

    private static bool IsCandidate(WordStartScanner scanner, WordStartRule rule, string text, int at) =>
        scanner.Opens(text[at]) && (rule == WordStartRule.Letters ? WordStartScanner.IsNameStart(text, at) : WordStartScanner.IsWordStart(text, at));

    [Fact]
    public void A_phrase_opens_with_every_character_that_folds_as_its_first_character_does()
    {
        // Phrases whose first characters have other characters folding to them (k to K, the long s to S, the dotless i to
        // I), or fold themselves (é to É), or do not fold (digits, CJK, punctuation, a surrogate).
        string[] phrases = ["Kremlin", "ſtate", "ıStanbul", "élysée", "ß", "9th", "中方", "«quote", "\U0001F600 smile", "жук", ""];
        var scanner = new WordStartScanner(phrases);
        var firsts = phrases.Where(p => p.Length > 0).Select(p => CharClass.CaseKey(p[0])).ToHashSet();
        for (int c = 0; c <= char.MaxValue; c++)
            Assert.True(firsts.Contains(CharClass.CaseKey((char)c)) == scanner.Opens((char)c), $"U+{c:X4}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Candidates_are_the_word_starts_a_phrase_opens_with(bool names)
    {
        var rule = names ? WordStartRule.Letters : WordStartRule.LettersAndDigits;
        var scanner = new WordStartScanner(Phrases, rule);
        var random = new Random(20261202);
        for (int n = 0; n < 400; n++)
        {
            string text = random.Next(3) == 0 ? new string(RandomText(random, 80).Where(c => c < 128).ToArray()) : RandomText(random, 80);
            for (int at = 1; at + WordStartScanner.BlockLength <= text.Length; at++)
            {
                uint expected = 0;
                for (int i = 0; i < WordStartScanner.BlockLength; i++)
                {
                    if (IsCandidate(scanner, rule, text, at + i)) expected |= 1u << i;
                }
                uint actual = scanner.Candidates(text, at);
                Assert.True(expected == actual, $"'{text}' at {at}: {Convert.ToString(actual, 2)}, expected {Convert.ToString(expected, 2)}; {string.Join(" ", text.Substring(at - 1, 17).Select(ch => ((int)ch).ToString("X4")))}");
            }
        }
    }

    [Theory]
    // A name starts after anything but a letter, and a Chinese one anywhere.
    [InlineData("xMao", 1, false)]
    [InlineData("3Mao", 1, true)]
    [InlineData("x毛宁", 1, true)]
    [InlineData("éMao", 1, false)]
    [InlineData("Mao", 0, true)]
    public void A_name_start_is_the_texts_start_a_CJK_character_or_after_no_letter(string text, int at, bool expected) =>
        Assert.Equal(expected, WordStartScanner.IsNameStart(text, at));

    [Fact]
    public void The_directory_index_finds_the_names_a_reading_of_every_position_finds()
    {
        var directories = BriefingDirectories.Default;
        var index = DirectoryIndex.Of(directories);
        var names = directories.Spokespersons.Entries.SelectMany(e => new[] { e.Name, e.NameZh ?? "" }.Concat(e.Aliases.Where(a => a.Length >= 4)))
            .Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var random = new Random(11);
        int found = 0;
        for (int n = 0; n < 1500; n++)
        {
            var sb = new StringBuilder();
            while (sb.Length < 200)
            {
                int pick = random.Next(10);
                if (pick == 0) sb.Append(names[random.Next(names.Length)]);
                else if (pick == 1) sb.Append(names[random.Next(names.Length)].ToUpperInvariant()).Append('s');
                else sb.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
            string text = sb.ToString();
            var actual = new List<NameMention>();
            index.FindMentions(text, 5, actual);
            var expected = ReferenceMentions(text, names);
            Assert.Equal(expected, actual.Select(m => (m.Span.Start - 5, m.Span.Length)).ToList());
            found += actual.Count;
        }
        Assert.True(found > 1000, $"only {found} mentions");
    }

    /// <summary>Every position read: the longest name there (ignoring case), where it stands as whole words.</summary>
    private static List<(int, int)> ReferenceMentions(string text, string[] names)
    {
        var found = new List<(int, int)>();
        int at = 0;
        while (at < text.Length)
        {
            int length = 0;
            if (WordStartScanner.IsNameStart(text, at))
            {
                foreach (var name in names)
                {
                    if (name.Length > length && text.AsSpan(at).StartsWith(name, StringComparison.OrdinalIgnoreCase)) length = name.Length;
                }
            }
            if (length > 0 && Bounded(text, at, length))
            {
                found.Add((at, length));
                at += length;
            }
            else
            {
                at++;
            }
        }
        return found;

        static bool Bounded(string text, int at, int length)
        {
            if (CharClass.IsCjk(text[at])) return true;
            int end = at + length;
            if (end < text.Length && text[end] == 's' && (end + 1 >= text.Length || !char.IsLetter(text[end + 1]))) end++;
            return end >= text.Length || !char.IsLetter(text[end]);
        }
    }

    [Theory]
    // Inside a word no phrase starts; after a letter a CJK one does; digits glue words together as letters do.
    [InlineData("the pressure", 5, false)]
    [InlineData("xpress", 1, false)]
    [InlineData("x press", 2, true)]
    [InlineData("x中方", 1, true)]
    [InlineData("3press", 1, false)]
    [InlineData("The", 0, true)]
    public void A_word_start_is_the_texts_start_or_no_two_word_characters(string text, int at, bool expected) =>
        Assert.Equal(expected, WordStartScanner.IsWordStart(text, at));

    [Fact]
    public void A_long_lists_whole_word_search_finds_what_a_search_of_every_position_finds()
    {
        var set = new PhraseSet("test", [.. Phrases.Select(p => new LexiconEntry("test", p))]);
        var random = new Random(7);
        int found = 0;
        for (int n = 0; n < 2000; n++)
        {
            string text = RandomText(random, random.Next(1, 120));
            int at = set.IndexOfWord(text, out int length, out var entry);
            var (expectedAt, expectedLength) = Reference(text);
            Assert.True(at == expectedAt && length == expectedLength, $"'{text}': {at}+{length}, expected {expectedAt}+{expectedLength}");
            if (at >= 0)
            {
                Assert.True(string.Equals(entry?.Text, text.Substring(at, length), StringComparison.OrdinalIgnoreCase), $"'{text}': entry '{entry?.Text}'");
                found++;
            }
        }
        Assert.True(found > 500, $"only {found} texts held a phrase");
    }

    /// <summary>The first position where a phrase occurs as whole words, with the longest such phrase there.</summary>
    private static (int At, int Length) Reference(string text)
    {
        for (int at = 0; at < text.Length; at++)
        {
            if (!WordStartScanner.IsWordStart(text, at)) continue;
            int best = 0;
            foreach (var p in Phrases)
            {
                if (p.Length <= best || !text.AsSpan(at).StartsWith(p, StringComparison.OrdinalIgnoreCase)) continue;
                int end = at + p.Length;
                if (end < text.Length && WordStartScanner.IsWordChar(text[end - 1]) && WordStartScanner.IsWordChar(text[end])) continue;
                best = p.Length;
            }
            if (best > 0) return (at, best);
        }
        return (-1, 0);
    }

    [Fact]
    public void The_phrase_list_is_long_enough_to_be_scanned_by_word_start() =>
        Assert.True(Phrases.Length >= 48, "PhraseSet scans by word start from 48 phrases");
}
