using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Transcripts;

/// <summary>
/// Recognises a table of contents: a heading ("Table of contents", "Main topics") followed by numbered or bulleted topic
/// lines, or a run of such lines before a briefing starts. The topics look like content (they name people, places and
/// events of the briefing) but they are the page's navigation; numbering may restart ("19. Answers to media questions:"
/// then "1. ...").
/// </summary>
internal static class TableOfContents
{
    /// <summary>Whether a line is a table-of-contents heading ("Table of contents", "Main topics:"; lexicon <c>chrome.toc.heading</c>).</summary>
    public static bool IsHeading(Lexicon lexicon, ReadOnlySpan<char> line)
    {
        line = CharClass.TrimSpaces(line);
        return line.Length <= 40 && lexicon[LexiconCategories.ChromeContentsHeading].Contains(line.TrimEnd(":："));
    }

    /// <summary>
    /// Whether a line is a topic of a list: a number ("1.", "12)", "(3)") or a bullet, then a title of at most 160
    /// characters that does not end like a sentence (a colon or question mark may end it).
    /// </summary>
    public static bool IsItem(ReadOnlySpan<char> line)
    {
        line = CharClass.TrimSpaces(line);
        int i = 0;
        if (line.Length > 1 && line[0] is '•' or '·' or '-' or '–' or '*' or '▪' or '◦')
        {
            i = 1;
        }
        else
        {
            bool bracket = line.Length > 0 && line[0] == '(';
            if (bracket) i++;
            int digits = i;
            while (i < line.Length && Numbers.IsDigit(line[i])) i++;
            if (i == digits || i - digits > 3) return false;
            if (i >= line.Length) return false;
            if (bracket ? line[i] != ')' : line[i] is not ('.' or ')')) return false;
            i++;
        }
        if (i >= line.Length || !CharClass.IsSpace(line[i])) return false;
        var title = CharClass.TrimSpaces(line[i..]);
        return title.Length is >= 2 and <= 160 && title[^1] != '.' && !char.IsLower(title[0]);
    }

    /// <summary>
    /// A topic line without a number or bullet, as indexes under a heading print them ("DEPARTMENT", "Secretary's Travel"):
    /// short, not a sentence, not a turn ("QUESTION: ...") and not chrome (a time line ends the index).
    /// </summary>
    public static bool IsPlainTopic(ChromeClassifier chrome, ReadOnlySpan<char> line)
    {
        line = CharClass.TrimSpaces(line);
        if (line.Length is < 2 or > 100 || CharClass.IsSentenceEnd(line[^1]) || char.IsLower(line[0])) return false;
        int colon = line.IndexOfAny(CharClass.Colons);
        if (colon >= 0 && colon < line.Length - 1) return false;
        return chrome.Classify(line) is null;
    }

    /// <summary>
    /// The end (exclusive line index) of the list of items that starts at <paramref name="first"/>; blank lines inside it
    /// are skipped. Under a heading (<paramref name="plain"/>), a list may also be of topic lines without numbers. A list
    /// keeps the style of its first item: a numbered list ends at the first line without a number (the first heading of
    /// the briefing itself). Returns <paramref name="first"/> when that line is not an item.
    /// </summary>
    public static int ItemsEnd(LexedText lexed, int first, int limit, bool plain = false)
    {
        int end = first;
        bool? numbered = null;
        for (int i = first; i < limit; i++)
        {
            if (lexed[i].IsBlank) continue;
            var line = lexed[lexed[i].Content];
            numbered ??= IsItem(line);
            if (numbered.Value ? !IsItem(line) : !(plain && IsPlainTopic(lexed.Lexer.Chrome, line))) break;
            end = i + 1;
        }
        return end;
    }
}
