namespace Briefing.Parsing.Tests.Lexing;

/// <summary>
/// <see cref="PhraseSet"/>, the compiled phrases of a lexicon category, on a small lexicon made here: a whole text
/// (folded: case, spacing, apostrophes, full stops, hyphens, traditional characters), a prefix, a suffix, anywhere
/// (ignoring case, or exactly as written) and as whole words; and <see cref="Lexicon"/> itself.
/// </summary>
public sealed class LexiconTests
{
    private static readonly Lexicon s_lexicon = new(
    [
        new LexiconEntry("t", "Print"),
        new LexiconEntry("t", "Print this page"),
        new LexiconEntry("t", "Spokesperson's Remarks"),
        new LexiconEntry("t", "Follow-up"),
        new LexiconEntry("t", "发言人"),
        new LexiconEntry("t", "Q") { Language = "en", Tags = ["format:test"], Value = 7 },
        new LexiconEntry("m", "June") { Value = 6 },
    ]);

    private static PhraseSet Set => s_lexicon["t"];

    [Theory]
    [InlineData("Print", "Print")]
    [InlineData("print", "Print")]
    [InlineData("PRINT", "Print")]
    [InlineData("  Print  ", "Print")]
    [InlineData("Print  this\u00A0page", "Print this page")]
    [InlineData("Spokesperson’s Remarks", "Spokesperson's Remarks")]
    [InlineData("Follow‑up", "Follow-up")]
    [InlineData("Follow–up", "Follow-up")]
    [InlineData("Q.", "Q")]
    [InlineData("發言人", "发言人")]
    // Characters that fold to nothing before the first letter (the look-up tests the first folded character first).
    [InlineData(".Print", "Print")]
    [InlineData("\"Q\"", "Q")]
    [InlineData("《發言人》", "发言人")]
    [InlineData("\u200B Print", "Print")]
    [InlineData("Prin", null)]
    [InlineData("Print this", null)]
    [InlineData("Reprint", null)]
    [InlineData("", null)]
    public void Find_matches_a_whole_text_folded(string text, string? expected) => Assert.Equal(expected, Set.Find(text)?.Text);

    [Theory]
    [InlineData("Print this page now", 15)]
    [InlineData("print this page", 15)]
    [InlineData("Printer friendly", 5)]
    [InlineData("Print", 5)]
    [InlineData("Reprint", 0)]
    [InlineData("发言人表示", 3)]
    [InlineData("", 0)]
    public void MatchPrefix_gives_the_longest_phrase_the_text_starts_with(string text, int expected) => Assert.Equal(expected, Set.MatchPrefix(text));

    [Theory]
    [InlineData("Please print", 5)]
    [InlineData("Please PRINT THIS PAGE", 15)]
    [InlineData("Print it", 0)]
    [InlineData("外交部发言人", 3)]
    public void MatchSuffix_gives_the_longest_phrase_the_text_ends_with(string text, int expected) => Assert.Equal(expected, Set.MatchSuffix(text));

    [Theory]
    [InlineData("You can print it", true, false)]
    [InlineData("Print it", true, true)]
    [InlineData("Reprinted", true, false)]
    [InlineData("外交部发言人表示", true, true)]
    [InlineData("Nothing here", false, false)]
    public void Occurs_anywhere_ignoring_case_or_exactly_as_written(string text, bool anywhere, bool cased)
    {
        Assert.Equal(anywhere, Set.Occurs(text));
        Assert.Equal(cased, Set.OccursCased(text));
    }

    [Theory]
    [InlineData("Please Print this page", 7, 15)]
    [InlineData("please print", 7, 5)]
    [InlineData("nothing", -1, 0)]
    public void IndexIn_finds_the_first_place_and_the_longest_phrase_there(string text, int index, int length)
    {
        Assert.Equal((index, length), (Set.IndexIn(text, out int l, out _), l));
    }

    [Theory]
    [InlineData("Reprint this", -1, 0)]
    [InlineData("Printed matter", -1, 0)]
    [InlineData("Print-friendly version", 0, 5)]
    [InlineData("Please print.", 7, 5)]
    [InlineData("Q and A", 0, 1)]
    [InlineData("FAQ", -1, 0)]
    [InlineData("外交部发言人表示", 3, 3)]
    [InlineData("Reprint, then print this page", 14, 15)]
    public void IndexOfWord_finds_a_phrase_only_as_whole_words(string text, int index, int length)
    {
        int at = Set.IndexOfWord(text, out int l, out _);
        Assert.Equal((index, length), (at, l));
        Assert.Equal(index >= 0, Set.OccursAsWord(text));
    }

    [Fact]
    public void Entries_keep_their_language_tags_and_values()
    {
        var q = Set.Find("q");
        Assert.NotNull(q);
        Assert.Equal(("en", 7), (q.Language, q.Value));
        Assert.True(q.HasTag("format:test"));
        Assert.False(q.HasTag("format:other"));
        Assert.Equal(6, s_lexicon["m"].Find("JUNE")?.Value);
    }

    [Fact]
    public void A_lexicon_has_its_categories_an_empty_set_for_others_and_grows_by_Add()
    {
        Assert.Equal(["m", "t"], s_lexicon.Categories.Order(StringComparer.Ordinal));
        var none = s_lexicon["nothing"];
        Assert.True(none.IsEmpty);
        Assert.Null(none.Find("Print"));
        Assert.Equal(0, none.MatchPrefix("Print"));
        Assert.False(none.Occurs("Print"));
        Assert.Equal(-1, none.IndexOfWord("Print", out _, out _));

        var bigger = s_lexicon.Add([new LexiconEntry("t", "Share")]);
        Assert.NotNull(bigger["t"].Find("share"));
        Assert.Null(s_lexicon["t"].Find("share")); // immutable: the original is unchanged
        Assert.Equal(s_lexicon.Entries.Length + 1, bigger.Entries.Length);
    }

    [Fact]
    public void A_phrase_several_entries_share_carries_the_tags_of_each()
    {
        // Three formats list "中方" (one institution's editions); the search returns one entry for all of them.
        var set = new Lexicon(
        [
            new LexiconEntry("cue", "中方") { Tags = ["format:a"] },
            new LexiconEntry("cue", "the Chinese side") { Tags = ["format:a"] },
            new LexiconEntry("cue", "中方") { Tags = ["format:b"] },
            new LexiconEntry("cue", "The Chinese Side") { Tags = ["format:c"] },
            new LexiconEntry("cue", "Beijing") { Tags = ["format:b"] },
        ])["cue"];
        Assert.True(set.IndexOfWord("据报道，中方表示欢迎。", out _, out var zh) >= 0);
        Assert.Equal("format:a", Assert.Single(zh!.Tags));
        Assert.True(set.HasTag(zh, "format:a"));
        Assert.True(set.HasTag(zh, "format:b"));
        Assert.False(set.HasTag(zh, "format:c"));
        // Case apart, "The Chinese Side" is the same phrase as "the Chinese side".
        Assert.True(set.IndexOfWord("He said the Chinese side agreed.", out _, out var en) >= 0);
        Assert.True(set.HasTag(en!, "format:c"));
        Assert.False(set.HasTag(en!, "format:b"));
        // A phrase no other entry shares keeps only its own tags.
        var beijing = set.Find("Beijing")!;
        Assert.True(set.HasTag(beijing, "format:b"));
        Assert.False(set.HasTag(beijing, "format:a"));
        Assert.Throws<ArgumentNullException>(() => set.HasTag(null!, "format:a"));
    }

    [Fact]
    public void Entries_without_category_or_text_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new Lexicon([new LexiconEntry("", "x")]));
        Assert.Throws<ArgumentException>(() => new Lexicon([new LexiconEntry("t", " ")]));
    }

    [Fact]
    public void The_built_in_lexicon_has_the_categories_the_readers_use()
    {
        var lexicon = Lexicon.Default;
        foreach (var category in (string[])[LexiconCategories.LabelQuestion, LexiconCategories.LabelAnswer, LexiconCategories.LabelFollowUp, LexiconCategories.Month,
            LexiconCategories.Weekday, LexiconCategories.ChromeShare, LexiconCategories.ChromeFooterStart, LexiconCategories.MetadataKey, LexiconCategories.Honorific, LexiconCategories.Office])
            Assert.False(lexicon[category].IsEmpty, category);
        Assert.Equal(6, lexicon[LexiconCategories.Month].Find("Juni")?.Value);
        Assert.Equal(3, lexicon[LexiconCategories.Month].Find("mars")?.Value);
        Assert.Equal((int)DayOfWeek.Tuesday, lexicon[LexiconCategories.Weekday].Find("星期二")?.Value);
    }

    [Fact]
    public void LabelKey_First_is_the_first_character_the_fold_writes()
    {
        var random = new Random(20261202);
        const string alphabet = " .\"\u00A0\u3000\u200B《》“”．’-–aZé發言人Q\t";
        for (int round = 0; round < 5000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            string folded = LabelKey.Fold(text);
            Assert.Equal(folded.Length == 0 ? '\0' : folded[0], LabelKey.First(text));
        }
    }
}
