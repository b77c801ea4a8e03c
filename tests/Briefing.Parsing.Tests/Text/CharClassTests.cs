namespace Briefing.Parsing.Tests.Text;

/// <summary><see cref="CharClass"/>: the vectorised letter count agrees with the one-character-at-a-time definition.</summary>
public sealed class CharClassTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Q: Thank you.", 9)]
    [InlineData("@[`{AZaz", 4)]
    [InlineData("ÁÉÍ ÀÈ ĀĒ 外交部 ａｂｃ", 0)]
    [InlineData("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on June 1, 2024", 63)]
    public void CountAsciiLetters_counts_A_to_Z_in_either_case_only(string text, int expected) =>
        Assert.Equal(expected, CharClass.CountAsciiLetters(text));

    [Fact]
    public void CountAsciiLetters_agrees_with_IsAsciiLetter_at_every_length_and_offset()
    {
        // Every character near the letter ranges and their case bit (0x20), and some beyond ASCII, at lengths around the
        // vector width, so both the vector loop and the tail are checked.
        char[] alphabet = [.. "@AZ[`az{", '\u0040', '\u0060', '\u00C1', '\u00E1', '\u0141', '\u0161', '\u4E00', '\uFF21', '\uFF41', '\u2019', ' ', '\n', '0', '9'];
        var random = new Random(20261202);
        for (int length = 0; length <= 70; length++)
        {
            for (int round = 0; round < 20; round++)
            {
                var text = new char[length];
                for (int i = 0; i < length; i++) text[i] = alphabet[random.Next(alphabet.Length)];
                int expected = text.Count(char.IsAsciiLetter);
                Assert.Equal(expected, CharClass.CountAsciiLetters(text));
                if (length > 1) Assert.Equal(text.AsSpan(1).ToArray().Count(char.IsAsciiLetter), CharClass.CountAsciiLetters(text.AsSpan(1)));
            }
        }
    }

    [Fact]
    public void A_space_is_white_space_but_a_line_break_and_also_a_zero_width_space_or_BOM()
    {
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            bool expected = c is '\u200B' or '\uFEFF' || (char.IsWhiteSpace(c) && c is not ('\n' or '\r' or '\u2028' or '\u2029'));
            Assert.True(expected == CharClass.IsSpace(c), $"U+{i:X4}: {CharClass.IsSpace(c)}, expected {expected}");
        }
    }

    [Fact]
    public void KeyedAs_is_the_inverse_of_CaseKey()
    {
        // Every character is in the group of its key, and in no other; a character that is no key has none.
        var groups = new Dictionary<char, List<char>>();
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char key = CharClass.CaseKey((char)i);
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add((char)i);
        }
        for (int i = 0; i <= char.MaxValue; i++)
        {
            var expected = groups.TryGetValue((char)i, out var list) ? list : [];
            Assert.True(expected.SequenceEqual(CharClass.KeyedAs((char)i).ToArray()), $"U+{i:X4}");
        }
        Assert.Equal("Kk", new string(CharClass.KeyedAs('K')));
        Assert.Equal("\u00FF\u0178", new string(CharClass.KeyedAs('\u0178')));
        Assert.True(CharClass.KeyedAs('k').IsEmpty);
    }
}
