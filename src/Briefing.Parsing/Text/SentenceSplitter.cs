using System.Collections.Frozen;

namespace Briefing.Parsing;

/// <summary>
/// Splits a paragraph into sentences, in English and Chinese, without copying it. A sentence ends at <c>. ? !</c>
/// (or <c>。？！</c>) plus any closing quotes and brackets, when what follows opens a new sentence; abbreviations such
/// as "U.S.", "Mr." and "Jan." do not end one.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "No", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Prof", "Inc", "Co", "Corp", "Ltd",
        "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "Amb", "Pres", "Dept", "Fig");

    /// <summary>Appends the sentences of <paramref name="span"/> (trimmed, non-empty) to <paramref name="sentences"/>.</summary>
    public static void Split(string text, TextSpan span, List<TextSpan> sentences)
    {
        int start = span.Start, end = span.End;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            bool cjkStop = c is '。' or '？' or '！';
            if (cjkStop || c is '.' or '?' or '!')
            {
                int stop = i + 1;
                while (stop < end && (text[stop] is '"' or '”' or '’' or '\'' or ')' or '）' or '」' or '』' or '.' or '?' or '!' || (cjkStop && text[stop] is '。' or '？' or '！'))) stop++;
                if (cjkStop || EndsSentence(text, start, i, stop, end))
                {
                    Add(text, start, stop, sentences);
                    start = stop;
                    i = stop;
                    continue;
                }
                i = stop;
                continue;
            }
            i++;
        }
        Add(text, start, end, sentences);
    }

    private static bool EndsSentence(string text, int sentenceStart, int dot, int afterPunctuation, int end)
    {
        if (afterPunctuation >= end) return true;
        // A sentence ends only where white space follows, then something that can open a sentence.
        int next = afterPunctuation;
        if (!CharClass.IsSpace(text[next])) return CharClass.IsCjk(text[next]);
        while (next < end && CharClass.IsSpace(text[next])) next++;
        if (next >= end) return true;
        if (!CharClass.CanOpenText(text[next])) return false;
        if (text[dot] != '.') return true;
        // "U.S." and other initials, and "Mr." and friends, are not sentence ends.
        int wordStart = dot;
        while (wordStart > sentenceStart && !CharClass.IsSpace(text[wordStart - 1]) && text[wordStart - 1] is not '(' and not '"' and not '“') wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsLetter(word[0])) return false;
        if (word.Length >= 3 && word[^2] == '.' && char.IsLetter(word[^1])) return false; // U.S, U.K, a.m
        return !Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (start < end && CharClass.IsSpace(text[start])) start++;
        while (end > start && CharClass.IsSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(TextSpan.FromBounds(start, end));
    }
}
