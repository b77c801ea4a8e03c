using Briefing.Parsing.Lexing;

namespace Briefing.Parsing;

/// <summary>One sentence of a paragraph, with what it does with quotation marks.</summary>
/// <param name="Span">The sentence, trimmed.</param>
/// <param name="StartsInQuote">A quotation opened before the sentence (in an earlier sentence or paragraph) is still open at its start.</param>
/// <param name="EndsInQuote">A quotation is still open at the sentence's end.</param>
/// <param name="OpensWithQuote">The sentence's first character opens a quotation (or re-opens one that runs over paragraphs).</param>
/// <param name="QuotedToEnd">Everything from the sentence's start to its end is quotation: no text outside quotation marks.</param>
internal readonly record struct Sentence(TextSpan Span, bool StartsInQuote, bool EndsInQuote, bool OpensWithQuote, bool QuotedToEnd);

/// <summary>
/// Splits paragraphs into sentences, in English and Chinese, without copying them, and follows quotations across them.
/// A sentence ends at <c>. ? !</c> (or <c>。？！</c>) plus any closing quotes and brackets, when what follows opens a new
/// sentence; abbreviations of the lexicon (<c>sentence.abbreviation</c>: "Mr.", "Jan.") and initials ("U.S.") do not
/// end one, and neither does a stop inside a quotation: a quotation is one sentence with the attribution around it. Straight
/// and curly double quotes, guillemets and corner brackets (「」『』) are quotation marks; a quotation that runs over
/// several paragraphs re-opens each one with a quotation mark and closes only at its end (the news convention).
/// </summary>
internal sealed class SentenceSplitter(PhraseSet abbreviations)
{
    private int _depth;

    /// <summary>Whether a quotation is open after the paragraphs split so far.</summary>
    public bool InQuote => _depth > 0;

    /// <summary>Forgets an open quotation (a paragraph that is not prose came between).</summary>
    public void Reset() => _depth = 0;

    /// <summary>Whether <paramref name="c"/> opens a quotation.</summary>
    public static bool IsOpening(char c) => c is '“' or '«' or '「' or '『' or '„';

    /// <summary>Whether <paramref name="c"/> closes a quotation.</summary>
    public static bool IsClosing(char c) => c is '”' or '»' or '」' or '』';

    /// <summary>Whether <paramref name="c"/> is a quotation mark of either kind (straight quotes included).</summary>
    public static bool IsQuoteMark(char c) => c == '"' || IsOpening(c) || IsClosing(c);

    /// <summary>Appends the sentences of the paragraph <paramref name="span"/> of <paramref name="text"/> to <paramref name="sentences"/>.</summary>
    public void Split(string text, TextSpan span, List<Sentence> sentences)
    {
        int start = CharClass.SkipSpaces(text, span.Start, span.End), end = span.End;
        if (start >= end) return;
        // A paragraph that opens with a quotation mark while a quotation is open continues it (news style).
        bool reopened = _depth > 0 && (text[start] == '"' || IsOpening(text[start]));
        if (_depth > 0 && !reopened && !IsClosingAhead(text, start, end)) _depth = 0;
        bool startsInQuote = _depth > 0;
        int sentenceStart = start;
        bool sentenceStartsInQuote = startsInQuote;
        bool outsideText = false;
        int i = start;
        if (reopened) i++;
        while (i < end)
        {
            char c = text[i];
            if (c == '"')
            {
                // Straight quotes: one opens where none is open, the next closes it.
                if (_depth == 0) _depth = 1; else _depth--;
                i++;
                if (_depth == 0) EndsAfterQuote(text, i - 1, end, sentences, ref sentenceStart, ref sentenceStartsInQuote, ref outsideText);
                continue;
            }
            if (IsOpening(c))
            {
                _depth++;
                i++;
                continue;
            }
            if (IsClosing(c))
            {
                if (_depth > 0) _depth--;
                i++;
                if (_depth == 0) EndsAfterQuote(text, i - 1, end, sentences, ref sentenceStart, ref sentenceStartsInQuote, ref outsideText);
                continue;
            }
            if (_depth == 0 && (char.IsLetterOrDigit(c))) outsideText = true;
            bool cjkStop = c is '。' or '？' or '！';
            if (_depth == 0 && (cjkStop || c is '.' or '?' or '!'))
            {
                int stop = i + 1;
                while (stop < end && (text[stop] is ')' or '）' or '.' or '?' or '!' || (cjkStop && text[stop] is '。' or '？' or '！'))) stop++;
                if (cjkStop || EndsSentence(text, sentenceStart, i, stop, end))
                {
                    Add(text, sentenceStart, stop, sentenceStartsInQuote, false, outsideText, sentences);
                    sentenceStart = stop;
                    sentenceStartsInQuote = false;
                    outsideText = false;
                }
                i = stop;
                continue;
            }
            i++;
        }
        Add(text, sentenceStart, end, sentenceStartsInQuote, _depth > 0, outsideText, sentences);
    }

    /// <summary>Whether a closing quotation mark comes before any opening one in the paragraph (a quotation that continues without re-opening).</summary>
    private static bool IsClosingAhead(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (IsClosing(c)) return true;
            if (IsOpening(c) || c == '"') return c == '"' && (i + 1 >= end || CharClass.IsSpace(text[i + 1]) || text[i + 1] is ',' or '.');
        }
        return false;
    }

    /// <summary>
    /// After a quotation closes: when a stop stands just before the closing mark and a new sentence follows ("... refuting."
    /// The words came ...), the sentence ends after the mark.
    /// </summary>
    private static bool EndsAfterQuote(string text, int close, int end, List<Sentence> sentences, ref int sentenceStart, ref bool startsInQuote, ref bool outsideText)
    {
        int before = close - 1;
        while (before > sentenceStart && CharClass.IsSpace(text[before])) before--;
        if (before <= sentenceStart || text[before] is not ('.' or '?' or '!' or '。' or '？' or '！' or '…')) return false;
        int next = close + 1;
        if (next >= end) return false;
        if (!CharClass.IsSpace(text[next])) return false;
        while (next < end && CharClass.IsSpace(text[next])) next++;
        if (next >= end || !CharClass.CanOpenText(text[next])) return false;
        // "..." she said: a lower-case word after the quotation is its attribution, not a new sentence.
        Add(text, sentenceStart, close + 1, startsInQuote, false, outsideText, sentences);
        sentenceStart = close + 1;
        startsInQuote = false;
        outsideText = false;
        return true;
    }

    private bool EndsSentence(string text, int sentenceStart, int dot, int afterPunctuation, int end)
    {
        if (afterPunctuation >= end) return true;
        // A sentence ends only where white space follows, then something that can open a sentence.
        int next = afterPunctuation;
        if (!CharClass.IsSpace(text[next])) return CharClass.IsCjk(text[next]);
        while (next < end && CharClass.IsSpace(text[next])) next++;
        if (next >= end) return true;
        if (!CharClass.CanOpenText(text[next]) && !IsOpening(text[next])) return false;
        if (text[dot] != '.') return true;
        // "U.S." and other initials, and "Mr." and friends, are not sentence ends.
        int wordStart = dot;
        while (wordStart > sentenceStart && !CharClass.IsSpace(text[wordStart - 1]) && text[wordStart - 1] is not '(' and not '"' and not '“') wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsLetter(word[0])) return false;
        if (word.Length >= 3 && word[^2] == '.' && char.IsLetter(word[^1])) return false; // U.S, U.K, a.m
        return !abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, bool startsInQuote, bool endsInQuote, bool outsideText, List<Sentence> sentences)
    {
        while (start < end && CharClass.IsSpace(text[start])) start++;
        while (end > start && CharClass.IsSpace(text[end - 1])) end--;
        if (end <= start) return;
        char first = text[start];
        bool opens = first == '"' || IsOpening(first);
        sentences.Add(new Sentence(TextSpan.FromBounds(start, end), startsInQuote, endsInQuote, opens, !outsideText));
    }
}
