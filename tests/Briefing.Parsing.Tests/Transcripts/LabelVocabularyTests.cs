using System.Collections.Immutable;
using Briefing.Parsing.Transcripts;

namespace Briefing.Parsing.Tests.Transcripts;

/// <summary>
/// <see cref="LabelVocabulary.IsDistinctiveWord"/>: a format's distinctive label words compared as <see cref="LabelKey"/>
/// folds them (case, spacing, full stops, traditional characters), its other words not; the folded keys it keeps follow
/// <c>with</c> and leave the record's equality that of its words.
/// </summary>
public sealed class LabelVocabularyTests
{
    private static readonly ImmutableArray<LabelWord> s_words =
    [
        new("QUESTION", LabelRole.Question, Distinctive: true),
        new("Official Spokesperson", LabelRole.Official, Distinctive: true),
        new("發言人", LabelRole.Official, Distinctive: true),
        new("Q", LabelRole.Question),
    ];

    [Theory]
    [InlineData("QUESTION", true)]
    [InlineData("Question", true)]
    [InlineData("  question ", true)]
    [InlineData("Official  Spokesperson", true)]
    [InlineData("Official\u00A0Spokesperson.", true)]
    [InlineData("发言人", true)]
    [InlineData("Q", false)]
    [InlineData("QUESTIONS", false)]
    [InlineData("", false)]
    public void Distinctive_words_are_found_folded_and_other_words_are_not(string text, bool expected) =>
        Assert.Equal(expected, new LabelVocabulary { Words = s_words }.IsDistinctiveWord(text));

    [Fact]
    public void A_long_text_that_folds_to_a_word_is_that_word()
    {
        string padded = new string(' ', 200) + "Question" + new string(' ', 200);
        Assert.True(new LabelVocabulary { Words = s_words }.IsDistinctiveWord(padded));
    }

    [Fact]
    public void The_keys_follow_with_and_equality_stays_that_of_the_words()
    {
        var vocabulary = new LabelVocabulary { Words = s_words };
        Assert.False(LabelVocabulary.Default.IsDistinctiveWord("QUESTION"));
        Assert.False((vocabulary with { Words = [new("Reporter", LabelRole.Question, Distinctive: true)] }).IsDistinctiveWord("QUESTION"));
        Assert.True((LabelVocabulary.Default with { Words = s_words }).IsDistinctiveWord("question"));
        Assert.Equal(vocabulary, new LabelVocabulary { Words = s_words });
        Assert.Equal(vocabulary.GetHashCode(), new LabelVocabulary { Words = s_words }.GetHashCode());
        Assert.Equal(LabelVocabulary.Default, new LabelVocabulary());
        Assert.Equal(LabelVocabulary.Default, new LabelVocabulary { Words = [] });
    }
}
