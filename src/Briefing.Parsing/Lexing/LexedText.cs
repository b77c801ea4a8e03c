using System.Buffers;
using System.Collections.Immutable;

namespace Briefing.Parsing.Lexing;

/// <summary>What the lexing pass saw on a line, besides its label.</summary>
[Flags]
public enum LineTraits : ushort
{
    /// <summary>Nothing of note.</summary>
    None = 0,
    /// <summary>The line holds only white space (and markup).</summary>
    Blank = 1,
    /// <summary>The line ends like a sentence (a full stop, question mark, closing quote …).</summary>
    EndsSentence = 2,
    /// <summary>A short line (at most 60 characters) with no sentence stop in it: a heading, a caption, a menu item.</summary>
    Fragment = 4,
    /// <summary>The line holds HTML markup.</summary>
    Markup = 8,
    /// <summary>The line may hold a title: it names a briefing or a statement (lexicon <c>briefing.noun</c>, <c>statement.noun</c>) and stands near the top.</summary>
    TitleCandidate = 16,
    /// <summary>The line holds traditional-only Chinese characters.</summary>
    Traditional = 32,
}

/// <summary>One line of the input as the lexing pass saw it.</summary>
/// <param name="Index">The 0-based line number.</param>
/// <param name="Span">The line without its line break.</param>
/// <param name="Content">The line without surrounding white space and markup tags; empty for a blank line.</param>
/// <param name="Chrome">The kind of site chrome the line is on its own (<see cref="ChromeClassifier"/>), or <see langword="null"/>.</param>
/// <param name="Traits">What else was seen.</param>
/// <param name="Cjk">How many CJK ideographs the line holds (markup aside).</param>
/// <param name="Latin">How many ASCII letters the line holds (markup aside).</param>
public readonly record struct LexedLine(int Index, TextSpan Span, TextSpan Content, BoilerplateKind? Chrome, LineTraits Traits, int Cjk, int Latin)
{
    internal int LabelIndex { get; init; }
    internal int InlineStart { get; init; }
    internal int InlineCount { get; init; }

    /// <summary>Whether the line holds only white space.</summary>
    public bool IsBlank => (Traits & LineTraits.Blank) != 0;

    /// <summary>"zh" when Chinese characters dominate the line, "en" when Latin letters do, <see langword="null"/> when it has too few of either.</summary>
    public string? Script => Cjk + Latin < 8 ? null : CharClass.IsChineseDominated(Cjk, Latin) ? "zh" : "en";

    /// <summary>This line as a <see cref="SourceLine"/>.</summary>
    public SourceLine ToSourceLine() => new(Index, Span, Content);
}

/// <summary>
/// The one lexing pass over a text, computed once per parse and read by every detector and by the parser: the line table
/// with spans, each line's script, its chrome class and its label candidates (at the line start and glued inside it)
/// resolved against the lexicon and the directories, title candidates, the spokespersons the text names, and the cue
/// phrases of formats found in the detection window. Nothing here re-reads the text once built.
/// </summary>
/// <remarks>
/// The tables are rented from a pool and returned by <see cref="Dispose"/>: a format must not keep a reference to a
/// <see cref="LexedText"/> (or to spans of its tables) after its <c>Detect</c> or <c>Parse</c> returns.
/// </remarks>
public sealed class LexedText : IDisposable
{
    private LexedLine[] _lines;
    private int _lineCount;
    private LabelCandidate[] _labels;
    private int _labelCount;
    private readonly List<NameMention> _mentions;
    private readonly List<(TextSpan Span, LexiconEntry Entry)> _cues;

    private LexedText(string text, int length, int window, Lexer lexer)
    {
        Text = text;
        Length = length;
        WindowLength = Math.Min(window, length);
        Lexer = lexer;
        _lines = ArrayPool<LexedLine>.Shared.Rent(Math.Max(16, length / 48));
        _labels = ArrayPool<LabelCandidate>.Shared.Rent(Math.Max(16, length / 160));
        _mentions = [];
        _cues = [];
    }

    /// <summary>The exact input; every span refers to it.</summary>
    public string Text { get; }

    /// <summary>How much of <see cref="Text"/> was lexed (all of it for a parse; the detection window for detection alone).</summary>
    public int Length { get; }

    /// <summary>The detection window: detectors look only at lines that start before it.</summary>
    public int WindowLength { get; }

    /// <summary>The lexer (lexicon, directories, classifiers) that built this pass.</summary>
    public Lexer Lexer { get; }

    /// <summary>The lexicon.</summary>
    public Lexicon Lexicon => Lexer.Lexicon;

    /// <summary>The directories.</summary>
    public BriefingDirectories Directories => Lexer.Directories;

    /// <summary>The lines.</summary>
    public ReadOnlySpan<LexedLine> Lines => _lines.AsSpan(0, _lineCount);

    /// <summary>How many lines there are.</summary>
    public int LineCount => _lineCount;

    /// <summary>How many lines start inside the detection window.</summary>
    public int WindowLineCount { get; private set; }

    /// <summary>Line <paramref name="index"/>.</summary>
    public ref readonly LexedLine this[int index] => ref _lines.AsSpan(0, _lineCount)[index];

    /// <summary>How many CJK ideographs the lexed text holds.</summary>
    public int CjkCount { get; private set; }

    /// <summary>How many ASCII letters the lexed text holds (markup aside).</summary>
    public int LatinCount { get; private set; }

    /// <summary>How many traditional-only Chinese characters the lexed text holds.</summary>
    public int TraditionalCount { get; private set; }

    /// <summary>Whether Chinese characters are more than a third of the letters of the detection window.</summary>
    public bool MostlyChinese => WindowCjk > (WindowCjk + WindowLatin) / 3;

    /// <summary>Whether the text is written in traditional Chinese characters (enough traditional-only characters).</summary>
    public bool IsTraditionalChinese => CjkCount > 0 && TraditionalCount * 12 >= CjkCount && TraditionalCount >= 3;

    private int WindowCjk { get; set; }
    private int WindowLatin { get; set; }

    /// <summary>The text a span covers.</summary>
    public ReadOnlySpan<char> this[TextSpan span] => Text.AsSpan(span.Start, span.Length);

    /// <summary>The label at the start of line <paramref name="line"/>, if it has one.</summary>
    public bool TryGetLabel(int line, out LabelCandidate label)
    {
        int i = this[line].LabelIndex;
        label = i >= 0 ? _labels[i] : default;
        return i >= 0;
    }

    /// <summary>The labels glued inside line <paramref name="line"/> after a sentence, in order.</summary>
    public ReadOnlySpan<LabelCandidate> InlineLabels(int line)
    {
        ref readonly var l = ref this[line];
        return _labels.AsSpan(l.InlineStart, l.InlineCount);
    }

    /// <summary>Where the text names a spokesperson of the directory, in order.</summary>
    public IReadOnlyList<NameMention> Mentions => _mentions;

    /// <summary>The cue phrases (lexicon category <c>cue</c>, tagged by format) found in the detection window, in order.</summary>
    public IReadOnlyList<(TextSpan Span, LexiconEntry Entry)> Cues => _cues;

    /// <summary>
    /// Which language the running text is in: "zh", "en", or "mul" when lines in both alternate. Chrome, short lines and
    /// markup do not count; only lines in the detection window.
    /// </summary>
    public string LanguageProfile { get; private set; } = "en";

    private Dictionary<(int Start, int Length, bool Flag, int Kind), object>? _derived;

    /// <summary>
    /// What <paramref name="derive"/> (a pure function of the span's text, the lexicon and <paramref name="flag"/>) makes of
    /// <paramref name="span"/>, computed once per lexing pass: stages that every format runs on the same lines (the title
    /// reader cleans each line near the top for each definition; each definition looks for an opening sentence) share one
    /// result. Results are keyed by span, flag and <paramref name="kind"/> (one per function, from <see cref="NewDerivedKind"/>).
    /// </summary>
    internal T Derived<T>(int kind, TextSpan span, bool flag, Func<LexedText, TextSpan, bool, T> derive) where T : class
    {
        _derived ??= [];
        var key = (span.Start, span.Length, flag, kind);
        if (!_derived.TryGetValue(key, out var value))
        {
            value = derive(this, span, flag);
            _derived.Add(key, value);
        }
        return (T)value;
    }

    private static int s_kinds;
    private object?[]?[]? _perLine;

    /// <summary>A new kind of result (one per function) for the <c>Derived</c> look-ups of a lexing pass.</summary>
    internal static int NewDerivedKind() => Interlocked.Increment(ref s_kinds) - 1;

    /// <summary>
    /// What <paramref name="derive"/> (a pure function of the line and the lexicon) makes of line <paramref name="line"/>,
    /// computed once per lexing pass and kept in a table by line: the per-line form of
    /// <see cref="Derived{T}(int, TextSpan, bool, Func{LexedText, TextSpan, bool, T})"/>, without a look-up by key.
    /// </summary>
    internal T Derived<T>(int kind, int line, Func<LexedText, int, T> derive) where T : class
    {
        _perLine ??= new object?[]?[Math.Max(kind + 1, Volatile.Read(ref s_kinds))];
        if (kind >= _perLine.Length) Array.Resize(ref _perLine, kind + 1);
        // The tables come from the shared pool (cleared here: others may return them as they are) and go back with the lines.
        var table = _perLine[kind];
        if (table is null)
        {
            table = _perLine[kind] = ArrayPool<object?>.Shared.Rent(_lineCount);
            Array.Clear(table, 0, _lineCount);
        }
        return (T)(table[line] ??= derive(this, line));
    }

    // Rented from the shared pool (and cleared when it goes back), so that detection, which reads each definition once, pays
    // nothing for the table.
    private (object Key, int Kind, int Arg, object? Value)[]? _keyed;
    private int _keyedCount;

    /// <summary>
    /// What <paramref name="derive"/> (a pure function of this pass, <paramref name="key"/> and <paramref name="arg"/>)
    /// makes of them, computed once per lexing pass, <see langword="null"/> included: the form of
    /// <see cref="Derived{T}(int, TextSpan, bool, Func{LexedText, TextSpan, bool, T})"/> for a result that depends on an
    /// object, such as the title of a definition that detection reads and its parser reads again. A pass holds a few such
    /// results (one per definition at most), so they are kept in a short table searched by reference.
    /// </summary>
    internal T? Derived<TKey, T>(int kind, TKey key, int arg, Func<LexedText, TKey, int, T?> derive) where TKey : class where T : class
    {
        foreach (var (k, kd, a, value) in _keyed.AsSpan(0, _keyedCount))
        {
            if (ReferenceEquals(k, key) && kd == kind && a == arg) return (T?)value;
        }
        var result = derive(this, key, arg);
        if (_keyed is null || _keyedCount == _keyed.Length)
        {
            var bigger = ArrayPool<(object, int, int, object?)>.Shared.Rent(Math.Max(32, _keyedCount * 2));
            if (_keyed is not null)
            {
                _keyed.AsSpan(0, _keyedCount).CopyTo(bigger);
                ArrayPool<(object, int, int, object?)>.Shared.Return(_keyed, clearArray: true);
            }
            _keyed = bigger;
        }
        _keyed[_keyedCount++] = (key, kind, arg, result);
        return result;
    }

    /// <summary>Returns the tables to their pools.</summary>
    public void Dispose()
    {
        LabelReader.EndText();
        if (_lines.Length > 0) ArrayPool<LexedLine>.Shared.Return(_lines);
        if (_labels.Length > 0) ArrayPool<LabelCandidate>.Shared.Return(_labels, clearArray: true);
        _lines = [];
        _labels = [];
        _lineCount = _labelCount = 0;
        _derived = null;
        if (_keyed is not null) ArrayPool<(object, int, int, object?)>.Shared.Return(_keyed, clearArray: true);
        _keyed = null;
        _keyedCount = 0;
        if (_perLine is not null)
        {
            foreach (var table in _perLine)
            {
                if (table is not null) ArrayPool<object?>.Shared.Return(table, clearArray: true);
            }
            _perLine = null;
        }
    }

    /// <summary>Lexes <paramref name="text"/> with the built-in lexicon and directories (for tests and tools).</summary>
    public static LexedText Create(string text) => Lexer.Default.Lex(text);

    internal static LexedText Build(Lexer lexer, string text, int length, int window, ImmutableArray<TextSpan> hints)
    {
        var lexed = new LexedText(text, length, window, lexer);
        lexed.Scan(hints);
        return lexed;
    }

    // The lines searched for title nouns (LineTraits.TitleCandidate): the first TitleLines, of at most TitleLineLength.
    private const int TitleLines = 200, TitleLineLength = 600;

    /// <summary>
    /// Whether the lexing pass searched line <paramref name="line"/> for briefing and statement nouns and found none
    /// (as substrings, ignoring case): then none occurs in the line's text as it is, as whole words or otherwise.
    /// </summary>
    internal bool LacksTitleNouns(int line)
    {
        ref readonly var l = ref _lines[line];
        return line < TitleLines && l.Content.Length <= TitleLineLength && (l.Traits & (LineTraits.TitleCandidate | LineTraits.Blank)) == 0;
    }

    private void Scan(ImmutableArray<TextSpan> hints)
    {
        var text = Text;
        var reader = Lexer.Labels;
        reader.BeginText();
        var chrome = Lexer.Chrome;
        var titleNouns = Lexer.TitleNouns;
        var inline = new List<LabelCandidate>();
        int hint = 0;
        int pos = 0;
        int zh = 0, en = 0, switches = 0;
        string? last = null;
        while (true)
        {
            int rel = text.AsSpan(pos, Length - pos).IndexOfAny(CharClass.LineBreaks);
            int end = rel < 0 ? Length : pos + rel;
            var line = MakeLine(text, _lineCount, pos, end);
            var content = line.Content;
            var flags = LineTraits.None;
            int labelIndex = -1, inlineStart = _labelCount, inlineCount = 0;
            int cjk = 0, latin = 0, traditional = 0;
            BoilerplateKind? kind = null;
            if (content.IsEmpty)
            {
                flags |= LineTraits.Blank;
            }
            else
            {
                var s = text.AsSpan(content.Start, content.Length);
                bool markup = s.IndexOf('<') >= 0 && Markup.Contains(s);
                if (markup) flags |= LineTraits.Markup;
                Count(s, markup, out cjk, out latin, out traditional);
                if (traditional > 0) flags |= LineTraits.Traditional;
                if (CharClass.IsSentenceEnd(s[^1])) flags |= LineTraits.EndsSentence;
                if (s.Length <= 60 && s.IndexOfAny(SentenceStops) < 0) flags |= LineTraits.Fragment;
                if (_lineCount < TitleLines && s.Length <= TitleLineLength && (titleNouns.Occurs(s) || traditional > 0 && OccursFolded(titleNouns, s))) flags |= LineTraits.TitleCandidate;
                // A line that holds markup is classified by its text ("<strong>…</strong>" is no breadcrumb).
                kind = markup ? chrome.Classify(TextNormalizer.Normalize(s)) : chrome.Classify(s);

                LabelCandidate label;
                bool hasLabel;
                while (hint < hints.Length && hints[hint].Start < content.Start) hint++;
                if (hint < hints.Length && hints[hint].Start == content.Start && hints[hint].End <= content.End)
                    hasLabel = TryHinted(hints[hint], content, out label);
                else
                    hasLabel = reader.TryReadAtLineStart(text, content, out label);
                // A label word that is also a metadata key ("Moderator", "Sprecher") on a line the chrome classifier
                // calls a header line ("Sprecher: StS Hebestreit, Burger (AA)") is no turn.
                if (hasLabel && kind == BoilerplateKind.Metadata && label.Form == LabelForm.Word && chrome.IsMetadataKey(text.AsSpan(label.Span.Start, label.Span.Length)))
                    hasLabel = false;
                if (hasLabel)
                {
                    labelIndex = Add(label);
                    inlineStart = _labelCount;
                }
                int from = hasLabel ? Math.Max(label.ContentStart, label.End) : content.Start + 1;
                if (from < content.End && text.AsSpan(from, content.End - from).IndexOfAny(CharClass.Colons) >= 0)
                {
                    inline.Clear();
                    reader.ReadInline(text, from, content.End, inline);
                    foreach (var l in inline) Add(l);
                    inlineCount = inline.Count;
                }

                // The language of running text, for the language profile (window only).
                if (pos < WindowLength && kind is null && content.Length >= 12 && cjk + latin >= 8)
                {
                    string language = CharClass.IsChineseDominated(cjk, latin) ? "zh" : "en";
                    if (language == "zh") zh++; else en++;
                    if (last is not null && last != language) switches++;
                    last = language;
                }
            }
            CjkCount += cjk;
            LatinCount += latin;
            TraditionalCount += traditional;
            if (pos < WindowLength)
            {
                WindowCjk += cjk;
                WindowLatin += latin;
                WindowLineCount = _lineCount + 1;
            }
            AddLine(line with { Chrome = kind, Traits = flags, Cjk = cjk, Latin = latin, LabelIndex = labelIndex, InlineStart = inlineStart, InlineCount = inlineCount });
            if (rel < 0) break;
            pos = end + (text[end] == '\r' && end + 1 < Length && text[end + 1] == '\n' ? 2 : 1);
            if (pos >= Length)
            {
                break;
            }
        }
        LanguageProfile = zh >= 2 && en >= 2 && switches >= 3 ? "mul" : zh > en ? "zh" : "en";
        FindMentions();
        FindCues();
    }

    private bool TryHinted(TextSpan hint, TextSpan content, out LabelCandidate label)
    {
        var text = Text;
        // The bold text may hold the colon ("<strong>CCTV:</strong>") or not ("<b>Mao Ning</b>: …").
        int labelEnd = CharClass.TrimEnd(text, hint.Start, hint.End);
        while (labelEnd > hint.Start && CharClass.IsColon(text[labelEnd - 1])) labelEnd--;
        labelEnd = CharClass.TrimEnd(text, hint.Start, labelEnd);
        int after = CharClass.SkipSpaces(text, hint.End, content.End);
        if (after < content.End && CharClass.IsColon(text[after])) after = CharClass.SkipSpaces(text, after + 1, content.End);
        var span = TextSpan.FromBounds(hint.Start, labelEnd);
        if (span.IsEmpty)
        {
            label = default;
            return false;
        }
        if (!Lexer.Labels.Classify(text, span, after, LabelDelimiter.Hint, out label))
            label = new LabelCandidate(span, after, LabelDelimiter.Hint, LabelForm.Shape, LabelRole.Unknown);
        label = label with { Span = span, ContentStart = after };
        return true;
    }

    private static readonly SearchValues<char> SentenceStops = SearchValues.Create(".?!。？！");

    /// <summary>Whether a phrase occurs in <paramref name="s"/> once its traditional characters are folded.</summary>
    private static bool OccursFolded(PhraseSet phrases, ReadOnlySpan<char> s)
    {
        Span<char> folded = stackalloc char[600];
        ChineseText.ToSimplified(s, folded);
        return phrases.Occurs(folded[..s.Length]);
    }

    private static void Count(ReadOnlySpan<char> s, bool markup, out int cjk, out int latin, out int traditional)
    {
        cjk = latin = traditional = 0;
        bool hasCjk = CharClass.HasCjk(s);
        if (!markup && !hasCjk)
        {
            latin = CharClass.CountAsciiLetters(s);
            return;
        }
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (markup && c == '<' && Markup.TagLengthAt(s, i, out _) is int tag and > 0)
            {
                i += tag - 1;
                continue;
            }
            if (char.IsAsciiLetter(c)) latin++;
            else if (hasCjk && CharClass.IsCjk(c))
            {
                cjk++;
                if (ChineseText.IsTraditionalOnly(c)) traditional++;
            }
        }
    }

    private void FindMentions()
    {
        var index = DirectoryIndex.Of(Directories);
        if (CjkCount == 0)
        {
            index.FindMentions(Text.AsSpan(0, Length), 0, _mentions);
            return;
        }
        // Traditional characters are folded so that 毛寧 is found as 毛宁 (folding keeps offsets).
        char[] folded = ArrayPool<char>.Shared.Rent(Length);
        try
        {
            ChineseText.ToSimplified(Text.AsSpan(0, Length), folded);
            index.FindMentions(folded.AsSpan(0, Length), 0, _mentions);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    private void FindCues()
    {
        var cues = Lexicon[LexiconCategories.Cue];
        if (cues.IsEmpty) return;
        var window = Text.AsSpan(0, WindowLength);
        int offset = 0;
        while (offset < window.Length && _cues.Count < 256)
        {
            int at = cues.IndexOfWord(window[offset..], out int length, out var entry);
            if (at < 0 || entry is null) break;
            _cues.Add((new TextSpan(offset + at, length), entry));
            offset += at + Math.Max(1, length);
        }
    }

    private int Add(in LabelCandidate label)
    {
        if (_labelCount == _labels.Length)
        {
            var bigger = ArrayPool<LabelCandidate>.Shared.Rent(_labels.Length * 2);
            _labels.AsSpan(0, _labelCount).CopyTo(bigger);
            ArrayPool<LabelCandidate>.Shared.Return(_labels, clearArray: true);
            _labels = bigger;
        }
        _labels[_labelCount] = label;
        return _labelCount++;
    }

    private void AddLine(in LexedLine line)
    {
        if (_lineCount == _lines.Length)
        {
            var bigger = ArrayPool<LexedLine>.Shared.Rent(_lines.Length * 2);
            _lines.AsSpan(0, _lineCount).CopyTo(bigger);
            ArrayPool<LexedLine>.Shared.Return(_lines);
            _lines = bigger;
        }
        _lines[_lineCount++] = line;
    }

    private static LexedLine MakeLine(string text, int index, int start, int end)
    {
        var (a, b) = Markup.ContentBounds(text, start, end);
        return new LexedLine(index, TextSpan.FromBounds(start, end), TextSpan.FromBounds(a, b), null, LineTraits.None, 0, 0) { LabelIndex = -1 };
    }
}

/// <summary>
/// Builds the lexing pass: the lexicon, the directories and the classifiers made from them (a chrome classifier, the
/// label reader, the date reader), once per parser. Immutable and thread-safe.
/// </summary>
public sealed class Lexer
{
    private static readonly Lazy<Lexer> s_default = new(() => new Lexer(Lexicon.Default, BriefingDirectories.Default));

    /// <summary>Creates a lexer on <paramref name="lexicon"/> and <paramref name="directories"/>.</summary>
    public Lexer(Lexicon lexicon, BriefingDirectories directories)
    {
        Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        Directories = directories ?? throw new ArgumentNullException(nameof(directories));
        Chrome = new ChromeClassifier(lexicon);
        Labels = new LabelReader(lexicon, directories);
        TitleNouns = new PhraseSet("title", [.. lexicon[LexiconCategories.BriefingNoun].Entries, .. lexicon[LexiconCategories.StatementNoun].Entries]);
    }

    /// <summary>The lexer of the built-in lexicon and directories.</summary>
    public static Lexer Default => s_default.Value;

    /// <summary>The lexicon.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>The directories.</summary>
    public BriefingDirectories Directories { get; }

    /// <summary>The chrome classifier.</summary>
    public ChromeClassifier Chrome { get; }

    /// <summary>The label reader.</summary>
    public LabelReader Labels { get; }

    /// <summary>The date reader.</summary>
    public DateReader Dates => Lexicon.Dates;

    /// <summary>Briefing and statement nouns together: what a title line names.</summary>
    internal PhraseSet TitleNouns { get; }

    /// <summary>Lexes the whole of <paramref name="text"/>.</summary>
    public LexedText Lex(string text) => Lex(text, text?.Length ?? 0, 16_384, []);

    /// <summary>Lexes the first <paramref name="length"/> code units of <paramref name="text"/>; detectors look at the first <paramref name="window"/>.</summary>
    public LexedText Lex(string text, int length, int window, ImmutableArray<TextSpan> hints)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, text.Length);
        return LexedText.Build(this, text, length, window, hints.IsDefault ? [] : hints);
    }
}
