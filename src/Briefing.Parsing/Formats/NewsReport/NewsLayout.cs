using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Formats.NewsReport;

/// <summary>A line of the body: a paragraph of prose, or a break (chrome, a shot description, an introducing line).</summary>
internal sealed class NewsBlock(int line, TextSpan span, bool prose)
{
    /// <summary>The line of the lexing pass.</summary>
    public int Line { get; } = line;

    /// <summary>The paragraph's text (for the first paragraph, without its dateline).</summary>
    public TextSpan Span { get; set; } = span;

    /// <summary>Whether the block is a paragraph of running text.</summary>
    public bool Prose { get; } = prose;

    /// <summary>The chrome class of a break, as the lexing pass gave it.</summary>
    public BoilerplateKind? Chrome { get; init; }

    /// <summary>A turn label at the start of a prose line ("Hua Chunying: I noticed ..."): the quoted speaker.</summary>
    public TextSpan? Label { get; init; }
}

/// <summary>A dateline at the start of the first paragraph ("BEIJING, June 16 (Reuters) -", "Beijing:", "中新网4月8日电").</summary>
/// <param name="Span">The dateline.</param>
/// <param name="Month">Its month, or 0.</param>
/// <param name="Day">Its day of the month, or 0.</param>
internal readonly record struct Dateline(TextSpan Span, int Month, int Day);

/// <summary>
/// The layout of a news report from the lexing pass: the header (headline, bylines, timestamps, captions, standfirst)
/// before the first paragraph of running text or the dateline, the body's paragraphs and the breaks between them, and a
/// dateline. Lines are classified by the lexing pass; this only reads the order and shape of lines (prose or not).
/// </summary>
internal sealed class NewsLayout
{
    private NewsLayout() { }

    /// <summary>The headline, if the header has one.</summary>
    public TextSpan? Title { get; private set; }

    /// <summary>The header lines (title excluded) with their kinds.</summary>
    public List<(BoilerplateKind Kind, TextSpan Span)> Header { get; } = [];

    /// <summary>The header's lines, title included, for the report's date.</summary>
    public List<int> HeaderLines { get; } = [];

    /// <summary>The body, in order.</summary>
    public List<NewsBlock> Body { get; } = [];

    /// <summary>The dateline, when the first paragraph has one.</summary>
    public Dateline? Dateline { get; private set; }

    /// <summary>Reads the layout of <paramref name="lexed"/>.</summary>
    public static NewsLayout Read(LexedText lexed, NewsLexicon lex, string language)
    {
        var layout = new NewsLayout();
        var text = lexed.Text;
        int lastLine = -1;
        for (int i = lexed.LineCount - 1; i >= 0; i--)
        {
            if (!lexed[i].IsBlank)
            {
                lastLine = i;
                break;
            }
        }
        // The body starts at the first paragraph of prose, or at a dateline among the first prose lines (a standfirst may come first).
        int bodyStart = -1, prose = 0;
        for (int i = 0; i < lexed.LineCount && prose < 3; i++)
        {
            if (!IsProse(lexed, i, lastLine)) continue;
            if (bodyStart < 0) bodyStart = i;
            prose++;
            if (ReadDateline(lexed, lex, lexed[i].Content) is not null)
            {
                bodyStart = i;
                break;
            }
        }
        if (bodyStart < 0) bodyStart = lexed.LineCount;

        for (int i = 0; i < bodyStart; i++)
        {
            ref readonly var line = ref lexed[i];
            if (line.IsBlank) continue;
            layout.HeaderLines.Add(i);
            var content = line.Content;
            if (line.Chrome is { } chrome)
            {
                layout.Header.Add((chrome, content));
                continue;
            }
            // " date 2025-01-14 China says ...": a stored date before the headline is metadata.
            var rest = content;
            if (DateStamp(lexed, lex, content) is int stampEnd and > 0)
            {
                layout.Header.Add((BoilerplateKind.Metadata, TextSpan.FromBounds(content.Start, stampEnd)));
                rest = CharClass.Trim(text, stampEnd, content.End);
                if (rest.IsEmpty) continue;
            }
            if (layout.Title is null && IsHeadline(lexed, lex, i, rest, language))
            {
                layout.Title = rest;
                continue;
            }
            layout.Header.Add((HeaderKind(lexed, lex, i, rest), rest));
        }

        for (int i = bodyStart; i < lexed.LineCount; i++)
        {
            ref readonly var line = ref lexed[i];
            if (line.IsBlank) continue;
            bool isProse = IsProse(lexed, i, lastLine);
            TextSpan? label = null;
            if (isProse && lexed.TryGetLabel(i, out var candidate) && candidate.Form == LabelForm.Person && candidate.Delimiter == LabelDelimiter.Colon)
                label = candidate.Span;
            var block = new NewsBlock(i, line.Content, isProse) { Chrome = line.Chrome, Label = label };
            layout.Body.Add(block);
        }
        if (layout.Body.Count > 0 && layout.Body[0].Prose && ReadDateline(lexed, lex, layout.Body[0].Span) is { } dateline)
        {
            layout.Dateline = dateline;
            layout.Body[0].Span = CharClass.Trim(text, dateline.Span.End, layout.Body[0].Span.End);
        }
        return layout;
    }

    /// <summary>
    /// A line of running text: not chrome, long enough and ending like a sentence; a very long line (a page on one line);
    /// or the last line of a text cut off mid-sentence.
    /// </summary>
    public static bool IsProse(LexedText lexed, int index, int lastLine)
    {
        ref readonly var line = ref lexed[index];
        if (line.IsBlank || line.Chrome is not null) return false;
        var s = lexed[line.Content];
        bool chinese = line.Cjk * 3 >= line.Latin && line.Cjk > 0;
        int min = chinese ? 15 : 40;
        if (s.Length >= 200) return true;
        if (s.Length < min) return false;
        if ((line.Traits & LineTraits.EndsSentence) != 0 && s.IndexOfAny(SentenceStops) >= 0 && !EndsInLabelColon(s)) return true;
        // The last line of an excerpt, cut off mid-word.
        return index == lastLine && s.Length >= 60 && CountWords(s) >= 10;
    }

    private static bool EndsInLabelColon(ReadOnlySpan<char> s) => CharClass.IsColon(s[^1]);

    private static readonly System.Buffers.SearchValues<char> SentenceStops = System.Buffers.SearchValues.Create(".。!?！？");

    private static int CountWords(ReadOnlySpan<char> s)
    {
        int words = 0;
        foreach (var range in s.SplitAny(CharClass.Spaces))
        {
            if (!s[range].IsEmpty) words++;
        }
        return words;
    }

    /// <summary>
    /// Reads a dateline at the start of <paramref name="paragraph"/>: a place in capitals or a known place, perhaps a month
    /// and day, an agency in brackets or between slashes, then a dash, a colon or a full stop ("BEIJING, Nov. 24 (Xinhua)
    /// --", "MOSCOW, March 13. /TASS/.", "Beijing:", "TEHRAN –"); in Chinese, "…[月]日电" or "…日消息" with a reporter in
    /// brackets ("中新网北京5月12日电（记者 李明）", "（中央社記者林曉北京12日電）").
    /// </summary>
    public static Dateline? ReadDateline(LexedText lexed, NewsLexicon lex, TextSpan paragraph)
    {
        var text = lexed.Text;
        var s = text.AsSpan(paragraph.Start, Math.Min(paragraph.Length, 160));
        if (s.IsEmpty) return null;
        if (CharClass.HasCjk(s[..Math.Min(s.Length, 40)])) return ReadChineseDateline(lex, text, paragraph);

        int i = 0, words = 0;
        bool allCaps = true;
        int placeEnd = 0;
        while (i < s.Length && words < 5)
        {
            if (!char.IsLetter(s[i]) || !char.IsUpper(s[i])) break;
            int w = i;
            while (i < s.Length && (char.IsLetter(s[i]) || s[i] is '.' or '\'' or '’' or '-') && !(s[i] == '.' && (i + 1 >= s.Length || CharClass.IsSpace(s[i + 1])))) i++;
            var word = s[w..i];
            foreach (char c in word)
            {
                if (char.IsLower(c)) allCaps = false;
            }
            words++;
            placeEnd = i;
            int j = i;
            while (j < s.Length && s[j] == ' ') j++;
            if (j < s.Length && char.IsUpper(s[j]) && j > i) i = j;
            else break;
        }
        if (words == 0) return null;
        var place = s[..placeEnd];
        if (lexed.Directories.Spokespersons.FindByName(place) is not null || lexed.Directories.Outlets.FindByLabel(place) is not null) return null;
        i = placeEnd;
        int month = 0, day = 0;
        bool agency = false;
        // ", June 16", ", Nov. 24", ", October 17th", ", March 13."
        int k = SkipSpace(s, i);
        if (k < s.Length && s[k] == ',')
        {
            int m = SkipSpace(s, k + 1);
            int mEnd = m;
            while (mEnd < s.Length && char.IsLetter(s[mEnd])) mEnd++;
            if (mEnd > m && lex.Months.Find(s[m..mEnd]) is { } monthEntry)
            {
                int d = mEnd;
                if (d < s.Length && s[d] == '.') d++;
                d = SkipSpace(s, d);
                int digits = Numbers.ReadRun(s, d, out int value);
                if (digits is 1 or 2 && value is >= 1 and <= 31)
                {
                    month = monthEntry.Value;
                    day = value;
                    i = d + digits;
                    int suffix = lex.Ordinals.MatchPrefix(s[i..]);
                    if (suffix > 0 && (i + suffix >= s.Length || !char.IsLetter(s[i + suffix]))) i += suffix;
                }
            }
        }
        // "(Reuters)", "(Reporter Zhou Ming)"
        k = SkipSpace(s, i);
        if (k < s.Length && s[k] == '(')
        {
            int close = s[k..].IndexOf(')');
            if (close is > 1 and <= 40)
            {
                agency = true;
                i = k + close + 1;
            }
        }
        // ". /TASS/." or "/TASS/"
        k = SkipSpace(s, i);
        if (k < s.Length && s[k] == '.' && k + 1 < s.Length) k = SkipSpace(s, k + 1);
        if (k < s.Length && s[k] == '/')
        {
            int close = s[(k + 1)..].IndexOf('/');
            if (close is > 1 and <= 20)
            {
                agency = true;
                i = k + close + 2;
                if (i < s.Length && s[i] == '.') i++;
                int after = SkipSpace(s, i);
                if (after < s.Length && after > i) return new Dateline(TextSpan.FromBounds(paragraph.Start, paragraph.Start + i), month, day);
            }
        }
        // The separator: a dash, a colon or a machine translation's "electric".
        k = SkipSpace(s, i);
        if (k >= s.Length) return null;
        if (month > 0 && s[k] == '.') k = SkipSpace(s, k + 1);
        int sep = lex.DatelineEnds.MatchPrefix(s[k..], out var end);
        if (sep == 0 || end is null) return null;
        int stop = k + sep;
        if (stop >= s.Length || !CharClass.IsSpace(s[stop])) return null;
        bool colon = end.Text == ":";
        bool knownPlace = lex.Places.Contains(place);
        bool dateline = allCaps || month > 0 || agency || (colon ? knownPlace && words <= 2 : knownPlace) || end.HasTag("mt");
        if (!dateline) return null;
        return new Dateline(TextSpan.FromBounds(paragraph.Start, paragraph.Start + stop), month, day);
    }

    private static Dateline? ReadChineseDateline(NewsLexicon lex, string text, TextSpan paragraph)
    {
        int limit = Math.Min(paragraph.Length, 48);
        var folded = ChineseText.ToSimplified(text.AsSpan(paragraph.Start, limit));
        bool bracketed = folded.Length > 0 && folded[0] is '（' or '(';
        for (int i = 1; i < folded.Length; i++)
        {
            if (folded[i - 1] != '日') continue;
            int len = lex.DatelineEnds.MatchPrefix(folded.AsSpan(i));
            if (len == 0) continue;
            // The day before "日", perhaps the month before it.
            int d = i - 1;
            while (d > 0 && Numbers.IsDigit(folded[d - 1])) d--;
            if (d == i - 1) continue;
            int day = Numbers.ValueOf(folded, d, i - 1 - d), month = 0;
            if (d > 0 && folded[d - 1] == '月')
            {
                int m = d - 1;
                while (m > 0 && Numbers.IsDigit(folded[m - 1])) m--;
                if (m < d - 1) month = Numbers.ValueOf(folded, m, d - 1 - m);
            }
            int end = i + len;
            // "（记者 李明）" after "电", the closing bracket of a bracketed dateline, a comma after "消息".
            if (end < folded.Length && folded[end] is '（' or '(')
            {
                int close = folded.AsSpan(end).IndexOfAny('）', ')');
                if (close > 0) end += close + 1;
            }
            if (bracketed && end < folded.Length && folded[end] is '）' or ')') end++;
            if (end < folded.Length && folded[end] is '，' or ',') end++;
            // Nothing may stand between the dateline and the text but spaces; a sentence stop before it means it is no dateline.
            if (folded.AsSpan(0, i).IndexOfAny("。，,；") >= 0) return null;
            return new Dateline(TextSpan.FromBounds(paragraph.Start, paragraph.Start + end), month, day);
        }
        return null;
    }

    private static int SkipSpace(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && CharClass.IsSpace(s[i])) i++;
        return i;
    }

    /// <summary>A stored date before a headline (" date 2025-01-14 China says ..."): a metadata key, a space, then a date; its end.</summary>
    private static int? DateStamp(LexedText lexed, NewsLexicon lex, TextSpan content)
    {
        var s = lexed[content];
        int key = lex.MetadataKeys.MatchPrefix(s);
        if (key == 0 || key >= s.Length || !CharClass.IsSpace(s[key])) return null;
        int at = SkipSpace(s, key);
        if (!lex.Lexicon.Dates.TryFindDate(s[at..], DateForms.YearFirst | DateForms.Chinese, out _, out int index, out int length) || index != 0) return null;
        return content.Start + at + length;
    }

    /// <summary>
    /// Whether a header line is the headline: words enough, no list separators (menus, spam site titles), not in capitals
    /// (a section name), not a date or a "Key: value" metadata line, and in the text's script.
    /// </summary>
    private static bool IsHeadline(LexedText lexed, NewsLexicon lex, int index, TextSpan span, string language)
    {
        var s = lexed[span];
        if (s.IsEmpty || s[^1] is '.' or '。' or ':' or '：') return false;
        bool cjk = CharClass.HasCjk(s);
        if (language == "en" && cjk) return false;
        if (language == "zh" && !cjk) return false;
        int words = CountWords(s);
        if (cjk ? s.Length < 6 : words < 3) return false;
        int bar = s.IndexOfAny(Separators);
        if (bar >= 0 && (cjk || CountWords(s[..bar]) < 6)) return false;
        bool upper = true;
        foreach (char c in s)
        {
            if (char.IsLower(c)) upper = false;
        }
        if (upper && !cjk) return false;
        // A timestamp or a dated byline ("Updated 8 NOV 2023, 16:02") is no headline.
        if ((lex.Lexicon.Dates.TryFindDate(s, DateForms.All, out _, out _, out _) || DateReader.TryFindNumericDate(s, false, out _, out _)) && words < 8) return false;
        if (lex.Lexicon.Dates.TryFindMonthDay(s[..Math.Min(s.Length, 12)], out _, out _)) return false;
        int colon = s[..Math.Min(s.Length, 30)].IndexOfAny(CharClass.Colons);
        if (colon > 0 && lex.MetadataKeys.Contains(CharClass.TrimSpaces(s[..colon]))) return false;
        return (lexed[index].Traits & LineTraits.Markup) == 0;
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create("|_｜»›>/");

    /// <summary>What a header line that is neither chrome nor the headline is: metadata when it holds a date or a byline, navigation when short.</summary>
    private static BoilerplateKind HeaderKind(LexedText lexed, NewsLexicon lex, int index, TextSpan span)
    {
        var s = lexed[span];
        if (lex.Lexicon.Dates.TryFindDate(s, DateForms.All, out _, out _, out _) || lex.Lexicon.Dates.TryFindMonthDay(s, out _, out _)
            || DateReader.TryFindNumericDate(s, false, out _, out _) || s.IndexOfAny(CharClass.Colons) >= 0) return BoilerplateKind.Metadata;
        if ((lexed[index].Traits & LineTraits.Fragment) != 0 && CountWords(s) <= 4) return BoilerplateKind.Navigation;
        return BoilerplateKind.Other;
    }
}
