namespace Briefing.Parsing.Lexing;

/// <summary>
/// Recognises lines of site chrome that are chrome wherever they stand: language bars, breadcrumbs, share and print
/// widgets, related-article headings, footers, login bars, publication timestamps, metadata lines, times of day on their
/// own, notices about the text, tickers, advertising, captions and bylines. The phrases are the lexicon's
/// (<c>chrome.*</c>, <c>metadata.key</c>); the rules here are only about layout (line length, sentence ends, separators).
/// Zone rules (everything before a title is header chrome, and so on) belong to the transcript pipeline.
/// </summary>
public sealed class ChromeClassifier
{
    private readonly PhraseSet _shareTokens, _relatedStart, _adSentences, _contentsHeadings, _labelOfficial;
    private readonly PhraseSet _languages, _share, _shareContains, _related, _footerStart, _footerEnd, _footerContains, _notice, _ticker,
        _metadataStart, _metadataContains, _metadataKeys, _ads, _captions, _syndication, _bylineStart, _bylineEnd, _home, _login, _loginLine, _loginFields;
    private readonly DateReader _dates;
    // The tests that look for a list's phrases anywhere in a line, answered for all lists in one pass over the line.
    private readonly PhraseListSearch _anywhere;
    // The longest line any of them reads.
    private const int AnywhereLength = 300;

    /// <summary>The bits of <see cref="_anywhere"/>'s lists.</summary>
    [Flags]
    private enum Anywhere : ulong
    {
        ShareContains = 1 << 0,
        FooterContains = 1 << 1,
        Notice = 1 << 2,
        Caption = 1 << 3,
        MetadataContains = 1 << 4,
        Advertisement = 1 << 5,
        AdvertisementSentence = 1 << 6,
        Syndication = 1 << 7,
        Login = 1 << 8,
        LoginField = 1 << 9,
    }

    /// <summary>Creates a classifier on the phrases of <paramref name="lexicon"/>.</summary>
    public ChromeClassifier(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _languages = lexicon[LexiconCategories.ChromeLanguage];
        _share = lexicon[LexiconCategories.ChromeShare];
        _shareContains = lexicon[LexiconCategories.ChromeShareContains];
        _related = lexicon[LexiconCategories.ChromeRelated];
        _relatedStart = lexicon[LexiconCategories.ChromeRelatedStart];
        _shareTokens = lexicon[LexiconCategories.ChromeShareToken];
        _adSentences = lexicon[LexiconCategories.ChromeAdvertisementSentence];
        _contentsHeadings = lexicon[LexiconCategories.ChromeContentsHeading];
        _footerStart = lexicon[LexiconCategories.ChromeFooterStart];
        _footerEnd = lexicon[LexiconCategories.ChromeFooterEnd];
        _footerContains = lexicon[LexiconCategories.ChromeFooterContains];
        _notice = lexicon[LexiconCategories.ChromeNotice];
        _ticker = lexicon[LexiconCategories.ChromeTicker];
        _metadataStart = lexicon[LexiconCategories.ChromeMetadataStart];
        _metadataContains = lexicon[LexiconCategories.ChromeMetadataContains];
        _metadataKeys = lexicon[LexiconCategories.MetadataKey];
        _labelOfficial = lexicon[LexiconCategories.LabelOfficial];
        _ads = lexicon[LexiconCategories.ChromeAdvertisement];
        _captions = lexicon[LexiconCategories.ChromeCaption];
        _syndication = lexicon[LexiconCategories.ChromeSyndication];
        _bylineStart = lexicon[LexiconCategories.ChromeBylineStart];
        _bylineEnd = lexicon[LexiconCategories.ChromeBylineEnd];
        _home = lexicon[LexiconCategories.ChromeBreadcrumbHome];
        _login = lexicon[LexiconCategories.ChromeLogin];
        _loginLine = lexicon[LexiconCategories.ChromeLoginLine];
        _loginFields = lexicon[LexiconCategories.ChromeLoginField];
        _dates = lexicon.Dates;
        // In the order of the bits of Anywhere; "Cased" lists compare as written ("Photo:" but not "photo:").
        _anywhere = new PhraseListSearch(
        [
            (Texts(_shareContains), StringComparison.Ordinal),
            (Texts(_footerContains), StringComparison.Ordinal),
            (Texts(_notice), StringComparison.OrdinalIgnoreCase),
            (Texts(_captions), StringComparison.Ordinal),
            (Texts(_metadataContains), StringComparison.Ordinal),
            (Texts(_ads), StringComparison.Ordinal),
            (Texts(_adSentences), StringComparison.OrdinalIgnoreCase),
            (Texts(_syndication), StringComparison.Ordinal),
            (Texts(_login), StringComparison.OrdinalIgnoreCase),
            (Texts(_loginFields), StringComparison.OrdinalIgnoreCase),
        ]);
    }

    private static IEnumerable<string> Texts(PhraseSet set) => set.Entries.Select(e => e.Text);

    private static ReadOnlySpan<char> WithoutCount(ReadOnlySpan<char> line)
    {
        if (line.Length < 4 || line[^1] != ')') return line;
        int open = line.LastIndexOf('(');
        if (open <= 0 || open == line.Length - 2 || !CharClass.IsSpace(line[open - 1])) return line;
        foreach (char c in line[(open + 1)..^1])
        {
            if (!Numbers.IsDigit(c)) return line;
        }
        return CharClass.TrimSpaces(line[..open]);
    }

    private static readonly System.Buffers.SearchValues<char> SentenceStops = System.Buffers.SearchValues.Create(".?!。？！");

    /// <summary>Classifies one line (<paramref name="text"/>), or returns <see langword="null"/> when it is not recognisable chrome on its own.</summary>
    public BoilerplateKind? Classify(ReadOnlySpan<char> text)
    {
        scoped ReadOnlySpan<char> line = CharClass.TrimSpaces(text);
        if (line.IsEmpty) return null;
        // Traditional characters ("版權所有", "發布時間") read as simplified ones (folding keeps the length).
        Span<char> folded = stackalloc char[300];
        if (line.Length <= 300 && CharClass.HasCjk(line))
        {
            for (int i = 0; i < line.Length; i++) folded[i] = ChineseText.ToSimplified(line[i]);
            line = folded[..line.Length];
        }
        // List bullets ("- China", "• Related story") do not change what a line is.
        if (line.Length > 2 && line[0] is '-' or '•' or '*' or '·' && CharClass.IsSpace(line[1])) line = CharClass.TrimSpaces(line[2..]);
        if (line.IsEmpty) return null;

        // "Comments (3)", "Kommentare (12)": a widget word with its count.
        var counted = WithoutCount(line);
        var bare = counted.TrimEnd(":：");
        bool sentence = CharClass.IsSentenceEnd(counted[^1]);
        bool shortLine = line.Length <= 40;
        var anywhere = line.Length <= AnywhereLength ? (Anywhere)_anywhere.Occurring(line) : 0;
        if (shortLine && !sentence && _share.Contains(bare)) return BoilerplateKind.Share;
        if (line.Length <= 60 && (anywhere & Anywhere.ShareContains) != 0) return BoilerplateKind.Share;
        if (shortLine && !sentence && _related.Contains(bare)) return BoilerplateKind.Related;
        if (line.Length <= 200 && _relatedStart.MatchPrefix(line) > 0) return BoilerplateKind.Related;
        if (line.Length <= 120 && !sentence && SegmentsOf(line) is { } segments) return segments;
        if (line.Length <= 300 && _footerStart.MatchPrefix(line) is > 0 and int footerAt && !IsProseAfter(line, footerAt)) return BoilerplateKind.Footer;
        if (shortLine && _footerEnd.Contains(line)) return BoilerplateKind.Footer;
        // "END        3:01 P.M. EDT": the closing word with the time the briefing ended.
        if (shortLine && _footerEnd.MatchPrefix(line) is > 0 and int endAt && endAt < line.Length && CharClass.IsSpace(line[endAt])
            && _dates.IsTimeLine(CharClass.TrimSpaces(line[endAt..]))) return BoilerplateKind.Footer;
        if ((anywhere & Anywhere.FooterContains) != 0) return BoilerplateKind.Footer;
        if (IsLanguageBar(line)) return BoilerplateKind.Languages;
        if ((anywhere & Anywhere.Notice) != 0) return BoilerplateKind.Notice;
        if (line.Length <= 200 && _ticker.MatchPrefix(line) > 0) return BoilerplateKind.Ticker;
        if (_dates.IsTimeLine(line) || IsTimedNote(line)) return BoilerplateKind.Metadata;
        if (IsBreadcrumb(line)) return BoilerplateKind.Breadcrumb;
        if (IsLoginBar(line, anywhere)) return BoilerplateKind.Login;
        if (line.Length <= 200 && (anywhere & Anywhere.Caption) != 0) return BoilerplateKind.Caption;
        if (line.Length <= 120 && (_metadataStart.MatchPrefix(line) > 0 || IsKeyLine(line) || (!sentence && (anywhere & Anywhere.MetadataContains) != 0))) return BoilerplateKind.Metadata;
        if (_dates.TryReadDateLine(line, out _, out _)) return BoilerplateKind.Metadata;
        if (Numbers.IsDigit(line[0]) && _dates.TryReadNumericDateTime(line, out _, out _, out int dateLength) && IsMetadataAfterDate(line[dateLength..])) return BoilerplateKind.Metadata;
        if (line.Length <= 120 && !sentence && line.IndexOfAny(SentenceStops) < 0 && (anywhere & Anywhere.Advertisement) != 0) return BoilerplateKind.Advertisement;
        if (line.Length <= 200 && (anywhere & Anywhere.AdvertisementSentence) != 0) return BoilerplateKind.Advertisement;
        // "Themen: Kabinettssitzung, …", "Main topics: …": a table of contents on one line.
        if (IsContentsLine(line)) return BoilerplateKind.Contents;
        if ((anywhere & Anywhere.Syndication) != 0) return BoilerplateKind.Other;
        if (IsByline(line)) return BoilerplateKind.Metadata;
        return null;
    }

    /// <summary>
    /// A line of widget or footer links run together ("Print | Send to a friend", "Share: Facebook X LinkedIn", "Mentions
    /// légales | Politique de confidentialité | Cookies"): segments between separators ('|', '·', '•', or two spaces and
    /// more), each a share or footer phrase, or share words only. Returns the kind, or <see langword="null"/>.
    /// </summary>
    private BoilerplateKind? SegmentsOf(ReadOnlySpan<char> line)
    {
        // "Share: Facebook X LinkedIn": a share key, then the networks.
        int colon = line.IndexOfAny(CharClass.Colons);
        if (colon > 0 && colon < 20 && _share.Contains(CharClass.TrimSpaces(line[..colon])))
        {
            var rest = CharClass.TrimSpaces(line[(colon + 1)..]);
            return rest.IsEmpty || AllTokens(rest) ? BoilerplateKind.Share : null;
        }
        int segments = 0, share = 0, footer = 0, pos = 0;
        while (pos < line.Length)
        {
            int end = pos;
            while (end < line.Length && line[end] is not ('|' or '·' or '•' or '｜') && !(line[end] == ' ' && end + 1 < line.Length && CharClass.IsSpace(line[end + 1]))) end++;
            var segment = CharClass.TrimSpaces(line[pos..end]);
            if (!segment.IsEmpty)
            {
                segments++;
                if (_share.Contains(segment) || AllTokens(segment)) share++;
                else if (_footerStart.MatchPrefix(segment) > 0) footer++;
                else return null;
            }
            pos = end + 1;
        }
        if (segments < 2 && !(segments == 1 && share == 1 && CountTokens(line) >= 2)) return null;
        return footer > share ? BoilerplateKind.Footer : BoilerplateKind.Share;
    }

    private const string SegmentSeparators = CharClass.Spaces + "|·•｜";

    private bool AllTokens(ReadOnlySpan<char> segment)
    {
        bool any = false;
        // Words between spaces and separators ("VK | Telegram | X").
        foreach (var range in segment.SplitAny(SegmentSeparators))
        {
            var word = segment[range];
            if (word.IsEmpty) continue;
            if (!_shareTokens.Contains(word)) return false;
            any = true;
        }
        return any;
    }

    private static int CountTokens(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (var range in s.SplitAny(CharClass.Spaces)) if (!s[range].IsEmpty) n++;
        return n;
    }

    /// <summary>Whether chrome of this kind marks the end of the article (what follows is footer).</summary>
    public static bool StartsFooter(BoilerplateKind kind) =>
        kind is BoilerplateKind.Share or BoilerplateKind.Related or BoilerplateKind.Footer;

    /// <summary>Whether a line is a single language name ("Japanese", "日本語"): a link to the page in another language.</summary>
    public bool IsLanguageName(ReadOnlySpan<char> line)
    {
        line = CharClass.TrimSpaces(line);
        return line.Length > 2 && (_languages.Contains(line) || IsLocaleCode(line));
    }

    private bool IsContentsLine(ReadOnlySpan<char> line)
    {
        int colon = line[..Math.Min(line.Length, 30)].IndexOfAny(CharClass.Colons);
        return colon > 0 && colon + 1 < line.Length && line.Length <= 600 && _contentsHeadings.Contains(CharClass.TrimSpaces(line[..colon]));
    }

    /// <summary>Whether <paramref name="key"/> (the text before a colon) is a metadata key ("Date", "来源", "Themen").</summary>
    public bool IsMetadataKey(ReadOnlySpan<char> key) => _metadataKeys.Contains(key);

    /// <summary>"Date: …", "来源：…", "Themen: …": a metadata key and a colon open the line.</summary>
    private bool IsKeyLine(ReadOnlySpan<char> line)
    {
        int colon = line[..Math.Min(line.Length, 30)].IndexOfAny(CharClass.Colons);
        if (colon <= 0) return false;
        var key = CharClass.TrimSpaces(line[..colon]);
        // "Moderator: Jane Doe" and "Sprecher: StS Hebestreit, Burger (AA)" are header lines (names); "MODERATOR: Next
        // question, please." is a turn (prose, with words in lower case).
        return _metadataKeys.Contains(key) && !(_labelOfficial.Contains(key) && HasLowerCaseWord(line[(colon + 1)..]));
    }

    private static bool HasLowerCaseWord(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsLower(text[i]) && (i == 0 || CharClass.IsSpace(text[i - 1]))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a footer phrase at the start of <paramref name="line"/> opens prose instead ("Copyright protection was
    /// discussed …"): a lower-case word follows it and the line runs on for several words.
    /// </summary>
    private static bool IsProseAfter(ReadOnlySpan<char> line, int at)
    {
        if (at + 1 >= line.Length || !CharClass.IsSpace(line[at]) || !char.IsLower(line[at + 1])) return false;
        int words = 1;
        for (int i = at; i < line.Length; i++)
        {
            if (CharClass.IsSpace(line[i]) && i + 1 < line.Length && !CharClass.IsSpace(line[i + 1])) words++;
        }
        return words >= 6;
    }

    /// <summary>Bylines and reading-time notes: "By Jane Doe", "1 minute read", "Reporting by X; Editing by Y".</summary>
    private bool IsByline(ReadOnlySpan<char> line)
    {
        if (line.Length > 160) return false;
        var bare = line.Trim("()");
        if (_bylineStart.MatchPrefix(bare) > 0) return true;
        if (line.Length <= 20 && _bylineEnd.MatchSuffix(line) > 0) return true;
        if (!line.StartsWith("By ", StringComparison.Ordinal) || line.Length > 60 || CharClass.IsSentenceEnd(line[^1])) return false;
        foreach (var range in line[3..].SplitAny(" ,"))
        {
            var word = line[3..][range];
            if (word.Length > 0 && !char.IsUpper(word[0]) && word is not "and" and not "in" and not "|") return false;
        }
        return true;
    }

    private static bool IsMetadataAfterDate(ReadOnlySpan<char> rest)
    {
        rest = CharClass.TrimSpaces(rest);
        // A bare timestamp, or one followed by short metadata ("| Press release", "来源:外交部网站").
        return rest.IsEmpty || (rest.Length <= 120 && rest.IndexOfAny(SentenceStops) < 0);
    }

    private bool IsLanguageBar(ReadOnlySpan<char> line)
    {
        if (line.Length > 120) return false;
        int names = 0;
        foreach (var range in line.SplitAny(" \u00A0\u3000\t"))
        {
            var token = line[range];
            if (token.IsEmpty) continue;
            bool locale = IsLocaleCode(token);
            if (!locale && !_languages.Contains(token)) return false;
            if (locale || token.Length > 2 || token[0] > '\u007F') names++;
        }
        return names >= 2;
    }

    /// <summary>A locale code of a language switcher, perhaps with a counter: "en-GB", "ru-RU1".</summary>
    private static bool IsLocaleCode(ReadOnlySpan<char> token)
    {
        if (token.Length < 5 || token[2] != '-') return false;
        if (!char.IsAsciiLetterLower(token[0]) || !char.IsAsciiLetterLower(token[1]) || !char.IsAsciiLetterUpper(token[3]) || !char.IsAsciiLetterUpper(token[4])) return false;
        foreach (char c in token[5..])
        {
            if (!char.IsAsciiDigit(c)) return false;
        }
        return true;
    }

    /// <summary>A note in brackets that gives a time: "(The briefing was concluded at 3:12 p.m.)".</summary>
    private static bool IsTimedNote(ReadOnlySpan<char> line)
    {
        if (line.Length is < 8 or > 160) return false;
        var bare = line.TrimEnd('.');
        // A line of full stops trims to nothing (found by the fuzzer: it threw IndexOutOfRangeException).
        if (bare.Length < 2 || !(bare[0] is '(' or '[' && bare[^1] is ')' or ']')) return false;
        for (int i = 1; i + 2 < bare.Length; i++)
        {
            // "12:14", and in German "12.14 Uhr" (a full stop between two digits and two digits, and no third).
            if (bare[i] is ':' or '.' && Numbers.IsDigit(bare[i - 1]) && Numbers.IsDigit(bare[i + 1]) && Numbers.IsDigit(bare[i + 2])
                && (bare[i] == ':' || i + 3 >= bare.Length || !Numbers.IsDigit(bare[i + 3]))) return true;
        }
        return false;
    }

    private bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        if (line.Length > 200) return false;
        int separators = line.Count('>') + line.Count('›') + line.Count('»') + line.Count('＞');
        if (separators == 0) return false;
        if (line.Contains("->", StringComparison.Ordinal) || line.Contains("=>", StringComparison.Ordinal)) return false;
        return _home.MatchPrefix(line) > 0 || (separators >= 2 && !CharClass.IsSentenceEnd(line[^1]));
    }

    private bool IsLoginBar(ReadOnlySpan<char> line, Anywhere anywhere)
    {
        if (line.Length > 120) return false;
        if ((anywhere & Anywhere.Login) != 0) return true;
        if (line.Length <= 20 && _loginLine.Contains(line)) return true;
        // Two fields of a login form ("用户名 … 密码").
        if ((anywhere & Anywhere.LoginField) == 0) return false;
        int at = _loginFields.IndexIn(line, out int length, out _);
        return at >= 0 && _loginFields.Occurs(line[(at + Math.Max(1, length))..]);
    }
}
