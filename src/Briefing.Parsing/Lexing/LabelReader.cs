using System.Collections.Frozen;

namespace Briefing.Parsing.Lexing;

/// <summary>
/// The one label reader of the library. Reads the turn label at the start of a line, or glued inside a line after a
/// sentence, in every shape transcripts print: <c>Name:</c>, <c>MR NAME:</c>, <c>Q:</c>/<c>A:</c>, <c>Q.</c>/<c>A.</c>,
/// <c>QUESTION:</c>, <c>Question:</c>/<c>Answer:</c>, no space after the colon, a label alone on its line, <c>Name (00:12):</c>
/// with a time code, <c>Q</c> followed by spaces, no colon at all when the label is a known outlet or official,
/// <c>Frage:</c>/<c>Zusatzfrage:</c>, <c>StS Name:</c>, <c>Name (AA):</c>, <c>Question [Outlet]:</c>, <c>问</c>/<c>答</c>/<c>记者</c>,
/// <c>Surname, Outlet</c>, <c>Name, Office</c>. Lines with colons that are no turns (times, metadata keys, discourse words)
/// give no label. Label words, honorifics, offices and "not a label" words are lexicon data; names are directory data.
/// </summary>
/// <remarks>
/// Work is bounded per colon and per line (at most <see cref="MaxLabelLength"/> characters and <see cref="MaxLabelWords"/>
/// words are looked at around each colon), so reading a text is linear in its length.
/// </remarks>
public sealed class LabelReader
{
    /// <summary>The longest label looked at, in characters.</summary>
    public const int MaxLabelLength = 110;

    /// <summary>The most words a label may have.</summary>
    public const int MaxLabelWords = 10;

    private readonly PhraseSet _question, _answer, _followUp, _official, _not, _keys, _months, _weekdays, _connectors, _particles, _honorifics, _offices, _officeWords, _qualifiers, _postNominals;
    private readonly BriefingDirectories _directories;
    private readonly DirectoryIndex _index;

    /// <summary>Creates a reader on the phrases of <paramref name="lexicon"/> and the names of <paramref name="directories"/>.</summary>
    public LabelReader(Lexicon lexicon, BriefingDirectories directories)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(directories);
        _question = lexicon[LexiconCategories.LabelQuestion];
        _answer = lexicon[LexiconCategories.LabelAnswer];
        _followUp = lexicon[LexiconCategories.LabelFollowUp];
        _official = lexicon[LexiconCategories.LabelOfficial];
        _not = lexicon[LexiconCategories.LabelNot];
        _keys = lexicon[LexiconCategories.MetadataKey];
        _months = lexicon[LexiconCategories.Month];
        _weekdays = lexicon[LexiconCategories.Weekday];
        _connectors = lexicon[LexiconCategories.LabelConnector];
        _particles = lexicon[LexiconCategories.NameParticle];
        _honorifics = lexicon[LexiconCategories.Honorific];
        _offices = lexicon[LexiconCategories.Office];
        _officeWords = lexicon[LexiconCategories.OfficeWord];
        _qualifiers = lexicon["outlet.qualifier"];
        _postNominals = lexicon["name.postnominal"];
        _directories = directories;
        _index = DirectoryIndex.Of(directories);
        // The question words of two characters and more by their last character, with their place in the lexicon: a
        // Chinese word (compared with the label's tail folded to simplified characters) by that character, another
        // (compared ignoring case) by it upper-cased. A label is compared only with the words that end as it does.
        var words = _question.Entries.Select((e, i) => (Index: i, Entry: e)).Where(w => w.Entry.Text.Length >= 2).ToArray();
        _chineseQuestionsByLast = words.Where(w => CharClass.IsCjk(w.Entry.Text[0])).GroupBy(w => w.Entry.Text[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _otherQuestionsByLast = words.Where(w => !CharClass.IsCjk(w.Entry.Text[0])).GroupBy(w => CharClass.CaseKey(w.Entry.Text[^1]))
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    private readonly FrozenDictionary<char, (int Index, LexiconEntry Entry)[]> _chineseQuestionsByLast, _otherQuestionsByLast;

    private static readonly System.Buffers.SearchValues<char> CleanupMarks = System.Buffers.SearchValues.Create("(（<&");
    private static readonly System.Buffers.SearchValues<char> ShapeForbidden = System.Buffers.SearchValues.Create(".?!;,\"“”()[]{}<>/|:：");

    /// <summary>Reads the label at the start of a line's content (<paramref name="content"/>: the line without its outer spaces).</summary>
    public bool TryReadAtLineStart(string text, TextSpan content, out LabelCandidate label)
    {
        ArgumentNullException.ThrowIfNull(text);
        label = default;
        if (content.IsEmpty) return false;
        var s = text.AsSpan(content.Start, content.Length);
        int colon = FirstLabelColon(s[..Math.Min(s.Length, MaxLabelLength)]);
        if (colon > 0 && TryColonLabel(text, content, colon, out label)) return true;
        if (TryFullStopLabel(text, content, out label)) return true;
        return TryLabelWithoutColon(text, content, out label);
    }

    /// <summary>
    /// Finds known labels glued into a line after a sentence ("…region.Mao Ning: The …", "…? CCTV: Earlier …", and in
    /// upper case "… 1:17 p.m. EDT MR MILLER: Good afternoon"), from <paramref name="from"/> to <paramref name="end"/>.
    /// </summary>
    public void ReadInline(string text, int from, int end, List<LabelCandidate> found)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(found);
        int pos = from;
        while (pos < end)
        {
            int rel = text.AsSpan(pos, end - pos).IndexOfAny(CharClass.Colons);
            if (rel < 0) return;
            int colon = pos + rel;
            pos = colon + 1;
            if (colon <= from) continue;
            if (colon + 1 < end && !CharClass.IsSpace(text[colon + 1]) && !CharClass.CanOpenText(text[colon + 1])) continue;
            if (colon + 1 < end && Numbers.IsDigit(text[colon + 1]) && Numbers.IsDigit(text[colon - 1])) continue;
            if (ReadBackward(text, from, colon, end, out var label)) found.Add(label);
        }
    }

    /// <summary>The first colon that could end a label: not one inside a bracketed time code ("Helen Marsh (00:00):").</summary>
    private static int FirstLabelColon(ReadOnlySpan<char> s)
    {
        int from = 0;
        while (from < s.Length)
        {
            int rel = s[from..].IndexOfAny(CharClass.Colons);
            if (rel < 0) return -1;
            int colon = from + rel;
            // Inside "(01:49)" or "[00:12:05]": digits on both sides and an opening bracket before the digits.
            int d = colon;
            while (d > 0 && Numbers.IsDigit(s[d - 1])) d--;
            bool code = d < colon && d > 0 && s[d - 1] is '(' or '[' or ':' && colon + 1 < s.Length && Numbers.IsDigit(s[colon + 1]);
            if (!code) return colon;
            from = colon + 1;
        }
        return -1;
    }

    // ---- the three ways a label ends ----

    private bool TryColonLabel(string text, TextSpan content, int colon, out LabelCandidate label)
    {
        label = default;
        var s = text.AsSpan(content.Start, content.Length);
        int after = colon + 1;
        if (after < s.Length)
        {
            if (Numbers.IsDigit(s[colon - 1]) && Numbers.IsDigit(s[after])) return false; // a time
            if (!CharClass.IsSpace(s[after]) && !CharClass.CanOpenText(s[after]) && s[after] is not ('(' or '（')) return false; // "http://", "ratio:x"
        }
        int labelEnd = content.Start + colon;
        var timeCode = TrimTimeCode(text, content.Start, ref labelEnd);
        var labelSpan = CharClass.Trim(text, content.Start, labelEnd);
        if (labelSpan.IsEmpty) return false;
        int contentStart = CharClass.SkipSpaces(text, content.Start + after, content.End);
        var delimiter = contentStart >= content.End ? LabelDelimiter.LineEnd : LabelDelimiter.Colon;
        if (!Classify(text, labelSpan, contentStart, delimiter, out label)) return false;
        label = label with { TimeCode = timeCode };
        return true;
    }

    /// <summary>"Q. Iranian …", "A. We …": a one- or two-letter label word and a full stop.</summary>
    private bool TryFullStopLabel(string text, TextSpan content, out LabelCandidate label)
    {
        label = default;
        var s = text.AsSpan(content.Start, content.Length);
        if (s.Length < 4 || !char.IsLetter(s[0])) return false;
        int dot = s[1] == '.' ? 1 : s.Length > 2 && char.IsLetter(s[1]) && s[2] == '.' ? 2 : -1;
        if (dot < 0 || dot + 1 >= s.Length || !CharClass.IsSpace(s[dot + 1])) return false;
        var word = s[..dot];
        if (_question.Find(word) is not { } w && _answer.Find(word) is not { } _) return false;
        int contentStart = CharClass.SkipSpaces(text, content.Start + dot + 1, content.End);
        if (contentStart >= content.End || !CharClass.CanOpenText(text[contentStart])) return false;
        return Classify(text, new TextSpan(content.Start, dot), contentStart, LabelDelimiter.FullStop, out label) && label.Form == LabelForm.Word;
    }

    /// <summary>
    /// "Q  Iranian …" (a short label word, spaces, then the text); "China News Service We have learned …", "Mao Ning Laos, the
    /// rotating chair …" (a known outlet or official, then the text); a label alone on its line ("Minister Kishida").
    /// </summary>
    private bool TryLabelWithoutColon(string text, TextSpan content, out LabelCandidate label)
    {
        label = default;
        var s = text.AsSpan(content.Start, content.Length);
        // A label word alone on its line, or a short one followed by spaces and the text.
        int space = s.IndexOfAny(CharClass.SpaceValues);
        if (space < 0)
        {
            if (s.Length <= 40 && (_question.Contains(s) || _answer.Contains(s) || _followUp.Contains(s) || _official.Contains(s)))
                return Classify(text, content, content.End, LabelDelimiter.LineEnd, out label);
        }
        else if (space <= 2)
        {
            var word = s[..space];
            int cs = CharClass.SkipSpaces(text, content.Start + space, content.End);
            if (cs < content.End && CharClass.CanOpenText(text[cs]) && (_question.Contains(word) || _answer.Contains(word))
                && Classify(text, new TextSpan(content.Start, space), cs, LabelDelimiter.Space, out label) && label.Form == LabelForm.Word)
                return true;
        }
        // A known name alone on its line: "Minister Kishida", "Mao Ning" (the pipeline decides whether it is a turn).
        if (s.Length <= 60 && s.IndexOfAny(CharClass.Colons) < 0 && !CharClass.IsSentenceEnd(s[^1])
            && Classify(text, content, content.End, LabelDelimiter.LineEnd, knownOnly: true, out label) && label.IsKnown && label.Form != LabelForm.Word)
            return true;
        label = default;
        // Only lines whose first word opens some known name are tried word by word.
        if (space <= 0 || !_index.OpensKnownName(s[..space]) && _honorifics.MatchPrefix(s) == 0 && _offices.MatchPrefix(s) == 0) return false;
        bool found = false;
        int wordEnd = 0;
        for (int words = 0; words < 7; words++)
        {
            while (wordEnd < s.Length && !CharClass.IsSpace(s[wordEnd])) wordEnd++;
            if (wordEnd >= s.Length) break;
            int next = wordEnd;
            while (next < s.Length && CharClass.IsSpace(s[next])) next++;
            if (next >= s.Length) break;
            if (CharClass.CanOpenText(s[next]) && s[wordEnd - 1] is not (',' or '.' or ';'))
            {
                var span = new TextSpan(content.Start, wordEnd);
                if (Classify(text, span, content.Start + next, LabelDelimiter.Space, knownOnly: true, out var candidate)
                    && candidate.Form is LabelForm.Person or LabelForm.Outlet or LabelForm.TitledName && (candidate.Person is not null || candidate.Outlet is not null))
                {
                    label = candidate;
                    found = true;
                }
            }
            wordEnd = next;
        }
        return found;
    }

    /// <summary>Moves <paramref name="labelEnd"/> before a time code at the end of a label ("Matt (01:49)") and returns its span.</summary>
    private static TextSpan TrimTimeCode(string text, int start, ref int labelEnd)
    {
        int end = CharClass.TrimEnd(text, start, labelEnd);
        if (end - start < 6 || text[end - 1] is not (')' or ']')) return default;
        char open = text[end - 1] == ')' ? '(' : '[';
        int o = text.LastIndexOf(open, end - 1, Math.Min(end - start, 12));
        if (o <= start) return default;
        var inner = text.AsSpan(o + 1, end - o - 2);
        int digits = 0;
        foreach (char c in inner)
        {
            if (Numbers.IsDigit(c)) digits++;
            else if (c != ':' && c != '.') return default;
        }
        if (digits < 3 || inner.IndexOf(':') < 0) return default;
        labelEnd = o;
        return TextSpan.FromBounds(o, end);
    }

    private bool ReadBackward(string text, int from, int colon, int end, out LabelCandidate label)
    {
        label = default;
        Span<int> starts = stackalloc int[MaxLabelWords];
        int count = 0;
        int i = colon;
        int limit = Math.Max(from, colon - MaxLabelLength);
        while (i > limit && CharClass.IsSpace(text[i - 1])) i--;
        int labelEnd = i;
        if (labelEnd <= limit) return false;
        while (count < MaxLabelWords && i > limit)
        {
            // A word ends at spaces and at sentence punctuation; a colon stops the search (never two labels in one).
            while (i > limit && !CharClass.IsSpace(text[i - 1]) && !IsGlueBoundary(text[i - 1]) && !CharClass.IsColon(text[i - 1])) i--;
            starts[count++] = i;
            if (i > limit && (IsGlueBoundary(text[i - 1]) || CharClass.IsColon(text[i - 1]))) break;
            while (i > limit && CharClass.IsSpace(text[i - 1])) i--;
            // A sentence end before the spaces ends the label too ("Can you confirm? CCTV:" is "CCTV", not " CCTV").
            if (i > limit && (CharClass.IsColon(text[i - 1]) || IsGlueBoundary(text[i - 1]))) break;
        }
        // Upper case: the shortest label that opens with a label word or a title needs no sentence before it
        // ("… EDT MR MILLER: Good afternoon").
        for (int k = 0; k < count; k++)
        {
            int start = starts[k];
            if (start <= from) continue;
            var first = text.AsSpan(start, labelEnd - start);
            if (first.ContainsAnyInRange('a', 'z') || !first.ContainsAnyInRange('A', 'Z')) continue;
            if (!_question.Contains(first) && !_answer.Contains(first) && _honorifics.MatchPrefix(first) == 0 && _offices.MatchPrefix(first) == 0) continue;
            if (TryInline(text, start, labelEnd, colon, end, out label) && label.UpperCase) return true;
        }
        // The longest label that follows a sentence end (or interrupted speech). A courtesy title before a name belongs to
        // the label, and its full stop ends no sentence: "… Office Mr. Fumio Kishida, Minister for Foreign Affairs:".
        for (int k = count - 1; k >= 0; k--)
        {
            int start = starts[k];
            bool courtesy = k + 1 < count && IsCourtesy(text.AsSpan(starts[k + 1], start - starts[k + 1]));
            if (courtesy) start = starts[k + 1];
            int before = start;
            while (before > from && CharClass.IsSpace(text[before - 1])) before--;
            if (before <= from) continue;
            char c = text[before - 1];
            if (!courtesy && !IsGlueBoundary(c) && c is not ('-' or '–' or '—')) continue;
            if (TryInline(text, start, labelEnd, colon, end, out label)) return true;
        }
        return false;
    }

    private bool TryInline(string text, int start, int labelEnd, int colon, int end, out LabelCandidate label)
    {
        int contentStart = CharClass.SkipSpaces(text, colon + 1, end);
        if (!Classify(text, TextSpan.FromBounds(start, labelEnd), contentStart, contentStart >= end ? LabelDelimiter.LineEnd : LabelDelimiter.Colon, knownOnly: true, out label)) return false;
        // Inside a line only labels that are known and name someone (or are anonymous) count: "…他告诉记者：" is narration.
        bool names = label.IsAnonymous || label.Person is not null || label.Outlet is not null
            || label.Form is LabelForm.TitledName or LabelForm.NameWithOffice || (label.Form == LabelForm.Word && label.Role == LabelRole.Official);
        if (!names) return false;
        label = label with { Inline = true };
        return true;
    }

    private static bool IsGlueBoundary(char c) => CharClass.IsSentenceEnd(c) || c is '。' or '；' or '？' or '！';

    private bool IsCourtesy(ReadOnlySpan<char> word)
    {
        word = CharClass.TrimSpaces(word).TrimEnd('.');
        return _honorifics.Contains(word);
    }

    // ---- classification ----

    /// <summary>
    /// Classifies the text of <paramref name="labelSpan"/> as a label: fixed words, directory names and outlets, titles and
    /// offices around names, journalists and reporters, upper-case names, personal names and label shapes.
    /// </summary>
    /// <returns>Whether it is a label at all.</returns>
    public bool Classify(string text, TextSpan labelSpan, int contentStart, LabelDelimiter delimiter, out LabelCandidate label) =>
        Classify(text, labelSpan, contentStart, delimiter, knownOnly: false, out label);

    /// <summary>
    /// <see cref="Classify(string, TextSpan, int, LabelDelimiter, out LabelCandidate)"/>; with <paramref name="knownOnly"/>,
    /// for a caller that takes only a label naming someone or something known (a label without its colon, one glued inside
    /// a line), the shapes of unknown labels (upper-case names, personal names, capitalised words) are not tried: where
    /// they would be the answer, the answer is "no label".
    /// </summary>
    private bool Classify(string text, TextSpan labelSpan, int contentStart, LabelDelimiter delimiter, bool knownOnly, out LabelCandidate label)
    {
        ArgumentNullException.ThrowIfNull(text);
        label = default;
        var raw = text.AsSpan(labelSpan.Start, labelSpan.Length);
        if (raw.IsEmpty || raw.Length > MaxLabelLength) return false;
        // Pinyin injected by content farms ("赵立坚(zhào lì jiān)") and markup do not change who a label names.
        if (raw.IndexOfAny(CleanupMarks) >= 0 || (CharClass.HasCjk(raw) && raw.ContainsAnyInRange('a', 'z')))
        {
            string cleaned = ChineseText.StripPinyin(TextNormalizer.Normalize(raw));
            if (cleaned.Length > 0 && !raw.SequenceEqual(cleaned))
            {
                if (!ClassifyText(cleaned, -1, knownOnly, out var form, out var role, out var parts)) return false;
                label = Make(labelSpan, contentStart, delimiter, form, role, parts, raw);
                return true;
            }
        }
        if (!ClassifyText(raw, labelSpan.Start, knownOnly, out var f, out var r, out var p)) return false;
        label = Make(labelSpan, contentStart, delimiter, f, r, p, raw);
        return true;
    }

    private static LabelCandidate Make(TextSpan span, int contentStart, LabelDelimiter delimiter, LabelForm form, LabelRole role, Parts parts, ReadOnlySpan<char> raw) =>
        new(span, contentStart, delimiter, form, role)
        {
            UpperCase = IsUpperCase(raw),
            Word = parts.Word,
            Person = parts.Person,
            Outlet = parts.Outlet,
            Name = parts.Name,
            Office = parts.Office,
        };

    private struct Parts
    {
        public LexiconEntry? Word;
        public SpokespersonEntry? Person;
        public OutletEntry? Outlet;
        public TextSpan Name;
        public TextSpan Office;
    }

    /// <summary>
    /// Starts a new text for the memo of classifications (see <see cref="ClassifyText"/>): what was read before is forgotten,
    /// so that the memo holds one text's labels and its work is what that text repeats.
    /// </summary>
    internal void BeginText() => ClassificationMemo.Begin(this);

    /// <summary>Ends the text of <see cref="BeginText"/>: the memo lets go of this reader and of the entries it found.</summary>
    internal static void EndText() => ClassificationMemo.End();

    // label: the label text; at: where it stands in the input, or -1 when it is a cleaned copy (then name and office spans stay empty).
    // A text repeats its labels ("Mao Ning:", "CCTV:", "Q:", a third of the classifications of the corpus samples), and a
    // classification is a function of the label's characters, knownOnly and whether `at` is known (its spans move with `at`):
    // the memo of the text being lexed answers a label read before.
    private bool ClassifyText(ReadOnlySpan<char> label, int at, bool knownOnly, out LabelForm form, out LabelRole role, out Parts parts)
    {
        var memo = ClassificationMemo.For(this);
        int flags = (knownOnly ? ClassificationMemo.KnownOnly : 0) | (at < 0 ? ClassificationMemo.Cleaned : 0);
        int hash = 0;
        if (memo is not null && memo.TryGet(label, flags, out hash, out bool memoResult, out form, out role, out parts))
        {
            if (at >= 0)
            {
                parts.Name = ClassificationMemo.Rebase(parts.Name, at);
                parts.Office = ClassificationMemo.Rebase(parts.Office, at);
            }
            return memoResult;
        }
        bool result = Classified(label, at, knownOnly, out form, out role, out parts);
        if (memo is not null)
        {
            var relative = parts;
            if (at >= 0)
            {
                relative.Name = ClassificationMemo.Rebase(parts.Name, -at);
                relative.Office = ClassificationMemo.Rebase(parts.Office, -at);
            }
            memo.Add(label, flags, hash, result, form, role, relative);
        }
        return result;
    }

    /// <summary>
    /// The classifications of the text being lexed on this thread, by label: a small table keyed by the label's characters
    /// (kept in a buffer of its own), <c>knownOnly</c> and whether the label is a cleaned copy, with the name and office
    /// spans relative to where the label stands. Full slots are overwritten; a text of more distinct labels than it holds
    /// only reads more of them again. The key is the whole input of a pure function, so a memo that outlives its text, or
    /// one that another text on the thread began meanwhile, still answers right.
    /// </summary>
    private sealed class ClassificationMemo
    {
        public const int KnownOnly = 1, Cleaned = 2;
        // A text classifies about 15 distinct labels (942 in the 64 corpus samples, 4,536 in the 300 generated documents).
        private const int SlotCount = 128, MaxKeyChars = 1 << 16;

        [ThreadStatic]
        private static ClassificationMemo? t_memo;

        private LabelReader? _owner;
        private readonly Slot[] _slots = new Slot[SlotCount];
        private int _used;
        private char[] _keys = new char[1024];
        private int _keyLength;

        private struct Slot
        {
            public bool Used, Result;
            public int Hash, KeyStart, KeyLength, Flags;
            public LabelForm Form;
            public LabelRole Role;
            public Parts Parts;
        }

        public static void Begin(LabelReader owner)
        {
            var memo = t_memo ??= new ClassificationMemo();
            memo.Clear();
            memo._owner = owner;
        }

        public static void End() => t_memo?.Clear();

        private void Clear()
        {
            _owner = null;
            _keyLength = 0;
            if (_used > 0) Array.Clear(_slots);
            _used = 0;
        }

        /// <summary>The memo of <paramref name="owner"/>'s text on this thread, or <see langword="null"/> outside a text it lexes.</summary>
        public static ClassificationMemo? For(LabelReader owner) => t_memo is { } memo && ReferenceEquals(memo._owner, owner) ? memo : null;

        public static TextSpan Rebase(TextSpan span, int by) => span.Length == 0 ? default : new TextSpan(span.Start + by, span.Length);

        private static int HashOf(ReadOnlySpan<char> key, int flags)
        {
            uint h = 2166136261u ^ (uint)flags;
            foreach (char c in key) h = (h ^ c) * 16777619u;
            return (int)h;
        }

        /// <summary>The classification of <paramref name="key"/> read before, if it is here; <paramref name="hash"/> is the key's, for <see cref="Add"/>.</summary>
        public bool TryGet(ReadOnlySpan<char> key, int flags, out int hash, out bool result, out LabelForm form, out LabelRole role, out Parts parts)
        {
            hash = HashOf(key, flags);
            ref var slot = ref _slots[hash & (SlotCount - 1)];
            if (slot.Used && slot.Hash == hash && slot.Flags == flags && key.SequenceEqual(_keys.AsSpan(slot.KeyStart, slot.KeyLength)))
            {
                (result, form, role, parts) = (slot.Result, slot.Form, slot.Role, slot.Parts);
                return true;
            }
            (result, form, role, parts) = (false, default, default, default);
            return false;
        }

        public void Add(ReadOnlySpan<char> key, int flags, int hash, bool result, LabelForm form, LabelRole role, Parts parts)
        {
            if (_keyLength + key.Length > _keys.Length)
            {
                if (_keyLength + key.Length > MaxKeyChars) return;
                Array.Resize(ref _keys, Math.Min(MaxKeyChars, Math.Max(_keys.Length * 2, _keyLength + key.Length)));
            }
            key.CopyTo(_keys.AsSpan(_keyLength));
            _used++;
            _slots[hash & (SlotCount - 1)] = new Slot
            {
                Used = true, Hash = hash, KeyStart = _keyLength, KeyLength = key.Length, Flags = flags,
                Result = result, Form = form, Role = role, Parts = parts,
            };
            _keyLength += key.Length;
        }
    }

    private bool Classified(ReadOnlySpan<char> label, int at, bool knownOnly, out LabelForm form, out LabelRole role, out Parts parts)
    {
        parts = default;
        form = LabelForm.Shape;
        role = LabelRole.Unknown;
        label = CharClass.TrimSpaces(label);
        if (label.IsEmpty || HasMoreWordsThan(label, MaxLabelWords)) return false;
        // The label folded once for every table below (empty when it is too long to be any key, as their look-ups say).
        Span<char> keyBuffer = stackalloc char[LabelKey.MaxLength];
        int keyLength = label.Length <= LabelKey.MaxLength ? LabelKey.Fold(label, keyBuffer) : 0;
        ReadOnlySpan<char> key = keyBuffer[..Math.Max(0, keyLength)];

        // Not labels: discourse words, places, months and weekdays.
        if (_not.FindKey(key) is not null || _months.FindKey(key) is not null || _weekdays.FindKey(key) is not null) return false;

        // 1. Fixed words. A word that is also a metadata key ("Moderator") is a label here: whether its line is a header
        // line ("Moderator: Jane Doe") is the chrome classifier's call.
        if (label.Length <= 40)
        {
            if (_question.FindKey(key) is { } q) return Set(LabelForm.Word, LabelRole.Question, q, ref parts, out form, out role);
            if (_answer.FindKey(key) is { } a) return Set(LabelForm.Word, LabelRole.Answer, a, ref parts, out form, out role);
            if (_followUp.FindKey(key) is { } f) return Set(LabelForm.Word, LabelRole.FollowUp, f, ref parts, out form, out role);
            if (_official.FindKey(key) is { } o) return Set(LabelForm.Word, LabelRole.Official, o, ref parts, out form, out role);
        }
        if (_keys.FindKey(key) is not null) return false;

        // 2. A spokesperson by full name or alias, perhaps after honorifics and offices ("Mr. Lin Jian", "外交部发言人毛宁").
        if (_directories.Spokespersons.FindByKey(key) is { } person)
        {
            parts.Person = person;
            parts.Name = Sub(at, label, label);
            (form, role) = (LabelForm.Person, LabelRole.Official);
            return true;
        }
        var bare = StripTitles(label, out var office);
        if (bare.Length < label.Length && !bare.IsEmpty && _directories.Spokespersons.FindByName(bare) is { } titled)
        {
            parts.Person = titled;
            parts.Name = Sub(at, label, bare);
            parts.Office = Sub(at, label, office);
            (form, role) = (LabelForm.Person, LabelRole.Official);
            return true;
        }

        // 3. An outlet in any label form; "Reuters follow-up"; "CCTV reporter at the Central Radio and Television Station".
        if (_directories.Outlets.FindByKey(key) is { } outlet)
        {
            parts.Outlet = outlet;
            (form, role) = (LabelForm.Outlet, LabelRole.Question);
            return true;
        }
        int lastSpace = label.LastIndexOf(' ');
        if (lastSpace > 0 && _directories.Outlets.FindByLabel(label[..lastSpace]) is { } followed && _followUp.Contains(label[(lastSpace + 1)..]))
        {
            parts.Outlet = followed;
            (form, role) = (LabelForm.Outlet, LabelRole.FollowUp);
            return true;
        }
        // One search says whether any qualifier occurs; only then is each found in turn (most labels hold none, and with
        // invariant globalization a case-insensitive IndexOf per phrase is a scalar loop).
        if (_qualifiers.Occurs(label))
        {
            foreach (var q in _qualifiers.Entries)
            {
                int j = label.IndexOf(q.Text, StringComparison.OrdinalIgnoreCase);
                if (j > 0 && _directories.Outlets.FindByLabel(label[..j]) is { } qualified)
                {
                    parts.Outlet = qualified;
                    (form, role) = (LabelForm.Outlet, LabelRole.Question);
                    return true;
                }
            }
        }

        // 4. Brackets: "Official Spokesperson (Shri Raveesh Kumar)", "Question (Anwar Abbas, APP)", "Jorge (Bloomberg)",
        //    "Burger (AA)", "Question [Reuters]", "Mark Rutte [NATO Secretary General]".
        int open = label.IndexOfAny('(', '[');
        if (open > 0 && label[^1] is ')' or ']')
        {
            var head = CharClass.TrimSpaces(label[..open]);
            var inner = CharClass.TrimSpaces(label[(open + 1)..^1]);
            if (head.IsEmpty || inner.IsEmpty) return false;
            if (_question.Contains(head) || _followUp.Contains(head))
            {
                var outletPart = LastPart(inner);
                parts.Outlet = _directories.Outlets.FindByLabel(outletPart) ?? _directories.Outlets.FindByLabel(inner);
                var name = FirstPart(inner);
                if (name.Length < inner.Length) parts.Name = Sub(at, label, name);
                (form, role) = (LabelForm.Journalist, _followUp.Contains(head) ? LabelRole.FollowUp : LabelRole.Question);
                return true;
            }
            // "Jean (AFP)": an abbreviation that is a known outlet names a journalist's outlet, not an official's ministry
            // ("Burger (AA)": an office of the lexicon), unless the directory knows the name as an official's.
            if (!IsOffice(inner) && IsPersonName(head) && _directories.Outlets.FindByLabel(inner) is { } bracketOutlet && _directories.Spokespersons.FindByName(head) is null)
            {
                parts.Outlet = bracketOutlet;
                parts.Name = Sub(at, label, head);
                (form, role) = (LabelForm.Journalist, LabelRole.Question);
                return true;
            }
            var innerName = StripTitles(inner, out _);
            if (IsOffice(head) && IsPersonName(innerName))
                return Official(innerName, head, at, label, ref parts, out form, out role);
            if (IsPersonName(StripTitles(head, out _)) && (IsOffice(inner) || IsAbbreviation(inner)))
                return Official(StripTitles(head, out _), inner, at, label, ref parts, out form, out role);
            if (IsPersonName(head))
            {
                parts.Outlet = _directories.Outlets.FindByLabel(LastPart(inner));
                parts.Name = Sub(at, label, head);
                (form, role) = (LabelForm.Journalist, LabelRole.Question);
                return true;
            }
            return false;
        }

        // 5. A comma: "Mr. Fumio Kishida, Minister for Foreign Affairs", "Official Spokesperson, Shri Gopal Baglay",
        //    "Toba, Nippon TV", "NHK, Kato".
        int comma = label.IndexOf(',');
        if (comma > 0)
        {
            var a = CharClass.TrimSpaces(label[..comma]);
            var b = CharClass.TrimSpaces(label[(comma + 1)..]);
            if (b.IsEmpty) return false;
            var nameA = StripTitles(a, out var officeA);
            if (IsOffice(b) && IsPersonName(nameA)) return Official(nameA, officeA.IsEmpty ? b : officeA, at, label, ref parts, out form, out role);
            var nameB = StripTitles(b, out _);
            if (IsOffice(a) && IsPersonName(nameB)) return Official(nameB, a, at, label, ref parts, out form, out role);
            if (IsPersonName(b) && b.IndexOf(' ') < 0 && _directories.Outlets.FindByLabel(a) is { } outletFirst)
            {
                parts.Outlet = outletFirst;
                parts.Name = Sub(at, label, b);
                (form, role) = (LabelForm.Journalist, LabelRole.Question);
                return true;
            }
            if (IsPersonName(a) && a.IndexOf(' ') < 0)
            {
                var known = _directories.Outlets.FindByLabel(b);
                if (known is not null || LooksLikeLabel(b))
                {
                    parts.Outlet = known;
                    parts.Name = Sub(at, label, a);
                    (form, role) = (LabelForm.Journalist, LabelRole.Question);
                    return true;
                }
            }
            return false;
        }

        // 6. An office or courtesy title before a name: "MR KIRBY", "Minister Kishida", "StS Hebestreit", "Shri Arindam Bagchi".
        if (bare.Length < label.Length && IsPersonName(bare)) return Official(bare, office, at, label, ref parts, out form, out role, titled: true);

        // 7. A spokesperson's surname alone ("Kong", "Hua"): resolved against the briefing's date by the pipeline.
        if (label.IndexOf(' ') < 0 && !CharClass.HasCjk(label) && _directories.Spokespersons.IsSurname(label))
        {
            parts.Name = Sub(at, label, label);
            (form, role) = (LabelForm.Surname, LabelRole.Official);
            return true;
        }

        // 8. A reporter of an outlet no directory knows: "澳门月刊记者", "Rossiya Segodnya reporter".
        if (label.Length is > 2 and <= 40 && EndsWithQuestionWord(label, out int head2) && head2 > 0)
        {
            (form, role) = (LabelForm.Reporter, LabelRole.Question);
            return true;
        }

        // 9. An office after an organisation, perhaps before a name: "NATO Secretary General", "NATO Secretary General Jens Stoltenberg".
        if (OfficeInside(label, at, ref parts, out form, out role)) return true;

        // 10. Shapes: upper-case names and offices, personal names, capitalised words (none names anyone known).
        if (knownOnly) return false;
        if (IsUpperCaseName(label))
        {
            parts.Name = Sub(at, label, label);
            (form, role) = (LabelForm.UpperCaseName, LabelRole.Unknown);
            return true;
        }
        if (IsPersonName(label) && LooksLikeLabel(label))
        {
            parts.Name = Sub(at, label, label);
            (form, role) = (LabelForm.PersonName, LabelRole.Unknown);
            return true;
        }
        if (LooksLikeLabel(label))
        {
            (form, role) = (LabelForm.Shape, LabelRole.Unknown);
            return true;
        }
        return false;
    }

    private bool OfficeInside(ReadOnlySpan<char> label, int at, ref Parts parts, out LabelForm form, out LabelRole role)
    {
        form = LabelForm.Shape;
        role = LabelRole.Unknown;
        int words = 0;
        for (int i = 0; i < label.Length; i++)
        {
            if (i > 0 && !CharClass.IsSpace(label[i - 1])) continue;
            if (i > 0) words++;
            if (words == 0) continue;
            if (words > 3 || !char.IsUpper(label[i])) return false;
            int n = _offices.MatchPrefix(label[i..]);
            if (n == 0 || (i + n < label.Length && !CharClass.IsSpace(label[i + n]))) continue;
            var org = CharClass.TrimSpaces(label[..i]);
            var name = CharClass.TrimSpaces(label[(i + n)..]);
            if (!LooksLikeLabel(org) || (!name.IsEmpty && !IsPersonName(name))) return false;
            parts.Office = Sub(at, label, label.Slice(i, n));
            if (!name.IsEmpty)
            {
                parts.Name = Sub(at, label, name);
                parts.Person = _directories.Spokespersons.FindByName(name);
            }
            form = parts.Person is not null ? LabelForm.Person : LabelForm.NameWithOffice;
            role = LabelRole.Official;
            return true;
        }
        return false;
    }

    private static bool Set(LabelForm f, LabelRole r, LexiconEntry word, ref Parts parts, out LabelForm form, out LabelRole role)
    {
        parts.Word = word;
        (form, role) = (f, r);
        return true;
    }

    private static TextSpan Sub(int at, ReadOnlySpan<char> label, ReadOnlySpan<char> part) =>
        at < 0 || part.IsEmpty ? default : new TextSpan(at + OffsetOf(label, part), part.Length);

    private bool Official(ReadOnlySpan<char> name, ReadOnlySpan<char> office, int at, ReadOnlySpan<char> label, ref Parts parts,
        out LabelForm form, out LabelRole role, bool titled = false)
    {
        parts.Person = _directories.Spokespersons.FindByName(name);
        parts.Name = Sub(at, label, name);
        parts.Office = Sub(at, label, office);
        form = parts.Person is not null ? LabelForm.Person : titled ? LabelForm.TitledName : LabelForm.NameWithOffice;
        role = LabelRole.Official;
        return true;
    }

    /// <summary>Whether <paramref name="text"/>, its traditional characters folded to simplified ones, is <paramref name="word"/>.</summary>
    private static bool EqualsSimplified(ReadOnlySpan<char> text, string word)
    {
        if (text.Length != word.Length) return false;
        for (int i = 0; i < text.Length; i++)
        {
            if (ChineseText.ToSimplified(text[i]) != word[i]) return false;
        }
        return true;
    }

    private bool EndsWithQuestionWord(ReadOnlySpan<char> label, out int head)
    {
        head = -1;
        if (label.IsEmpty) return false;
        // The words that end as the label does, in the lexicon's order (the first that fits is the one).
        var chinese = _chineseQuestionsByLast.GetValueOrDefault(ChineseText.ToSimplified(label[^1])) ?? [];
        var other = _otherQuestionsByLast.GetValueOrDefault(CharClass.CaseKey(label[^1])) ?? [];
        for (int c = 0, o = 0; c < chinese.Length || o < other.Length;)
        {
            var e = o >= other.Length || (c < chinese.Length && chinese[c].Index < other[o].Index) ? chinese[c++].Entry : other[o++].Entry;
            var w = e.Text;
            if (label.Length <= w.Length) continue;
            var end = label[^w.Length..];
            // "…记者": a Chinese question word glued to the outlet; "… reporter": after a space.
            if (CharClass.IsCjk(w[0]))
            {
                if (!EqualsSimplified(end, w)) continue;
                head = label.Length - w.Length;
                return true;
            }
            if (!end.Equals(w, StringComparison.OrdinalIgnoreCase) || !CharClass.IsSpace(label[^(w.Length + 1)])) continue;
            var before = CharClass.TrimSpaces(label[..^w.Length]);
            if (!LooksLikeLabel(before)) continue;
            head = before.Length;
            return true;
        }
        return false;
    }

    /// <summary>Removes offices and courtesy titles from the start of <paramref name="label"/>; <paramref name="office"/> is the first office (or title) found.</summary>
    public ReadOnlySpan<char> StripTitles(ReadOnlySpan<char> label, out ReadOnlySpan<char> office)
    {
        office = default;
        for (int guard = 0; guard < 6; guard++)
        {
            int n = _offices.MatchPrefix(label);
            int h = _honorifics.MatchPrefix(label);
            int len = Math.Max(n, h);
            if (len == 0 || len >= label.Length) break;
            int next = len;
            if (label[next] == '.') next++;
            bool cjkGlue = CharClass.IsCjk(label[len - 1]) && next < label.Length && CharClass.IsCjk(label[next]);
            if (next >= label.Length || (!CharClass.IsSpace(label[next]) && !cjkGlue))
            {
                // The longest phrase is not followed by a word break ("Ministerin" read as "Minister"): try the shorter kind.
                len = Math.Min(n == 0 ? int.MaxValue : n, h == 0 ? int.MaxValue : h);
                if (len == int.MaxValue || len == Math.Max(n, h) || len >= label.Length) break;
                next = len;
                if (label[next] == '.') next++;
                if (next >= label.Length || !CharClass.IsSpace(label[next])) break;
            }
            if (office.IsEmpty) office = label[..len];
            label = CharClass.TrimSpaces(label[next..]);
        }
        return label;
    }

    /// <summary>Whether a part of a label names an office ("Minister for Foreign Affairs", "Official Spokesperson").</summary>
    public bool IsOffice(ReadOnlySpan<char> part)
    {
        if (part.IsEmpty || HasMoreWordsThan(part, 8)) return false;
        if (_offices.Contains(part)) return true;
        foreach (var range in part.SplitAny(CharClass.Spaces))
        {
            if (_officeWords.Contains(part[range].TrimEnd(".,"))) return true;
        }
        return false;
    }

    /// <summary>"AA", "BMF", "BMWK": an upper-case abbreviation of a ministry, as German transcripts print after a name.</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> s)
    {
        if (s.Length is < 2 or > 8) return false;
        int upper = 0;
        foreach (char c in s)
        {
            if (char.IsUpper(c)) upper++;
            else if (!char.IsLetter(c)) return false;
        }
        return upper >= 2 && char.IsUpper(s[0]);
    }

    /// <summary>One to four capitalised words of letters (name particles allowed): "Sudhi Ranjan", "KIRBY", "P.J. Crowley".</summary>
    public bool IsPersonName(ReadOnlySpan<char> name)
    {
        name = CharClass.TrimSpaces(name);
        if (name.Length is < 2 or > 60) return false;
        int words = 0, letters = 0;
        foreach (var range in name.SplitAny(CharClass.Spaces))
        {
            var w = name[range];
            if (w.IsEmpty) continue;
            if (_particles.Contains(w) && char.IsLower(w[0])) continue;
            // "FOR TRADE AND TOURISM" is an office's tail, not a name: connectors are no name words in any case.
            if (_connectors.Contains(w) && !_particles.Contains(w)) return false;
            if (words > 0 && _postNominals.Contains(w)) continue;
            if (++words > 4 || !char.IsUpper(w[0])) return false;
            foreach (char c in w)
            {
                if (char.IsLetter(c)) letters++;
                else if (c is not ('.' or '-' or '\'' or '’')) return false;
            }
        }
        if (words == 0 || letters < 2) return false;
        if (words == 1 && (_not.Contains(name) || _months.Contains(name) || _weekdays.Contains(name) || _keys.Contains(name))) return false;
        return true;
    }

    /// <summary>
    /// Whether a run of text before a colon has the shape of a speaker or outlet label ("Macau Monthly", "Prensa Latina")
    /// rather than narration ("The Chinese side's position is as follows"), metadata ("Date", "Place") or a time ("00").
    /// </summary>
    public bool LooksLikeLabel(ReadOnlySpan<char> label)
    {
        label = CharClass.TrimSpaces(label);
        if (label.Length is < 2 or > 60) return false;
        if (!char.IsUpper(label[0])) return false;
        if (label.IndexOfAny(ShapeForbidden) >= 0) return false;
        if (_not.Contains(label) || _keys.Contains(label) || _months.Contains(label) || _weekdays.Contains(label)) return false;
        int words = 0;
        foreach (var range in label.SplitAny(CharClass.Spaces))
        {
            var word = label[range];
            if (word.IsEmpty) continue;
            if (++words > 7) return false;
            if (char.IsUpper(word[0]) || Numbers.IsDigit(word[0])) continue;
            if (!_connectors.Contains(word)) return false;
        }
        return words > 0;
    }

    private static bool IsUpperCaseName(ReadOnlySpan<char> label)
    {
        if (label.Length < 2 || HasMoreWordsThan(label, 6)) return false;
        int letters = 0;
        foreach (char c in label)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            else if (c is not (' ' or '.' or '-' or '\'' or '’' or '\u00A0')) return false;
        }
        return letters >= 2;
    }

    private static bool IsUpperCase(ReadOnlySpan<char> label)
    {
        bool any = false;
        foreach (char c in label)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            any = true;
        }
        return any;
    }

    /// <summary>"Anwar Abbas, APP" → "APP".</summary>
    private static ReadOnlySpan<char> LastPart(ReadOnlySpan<char> s)
    {
        int comma = s.LastIndexOfAny(",-–");
        return CharClass.TrimSpaces(comma < 0 ? s : s[(comma + 1)..]);
    }

    /// <summary>"Anwar Abbas, APP" → "Anwar Abbas".</summary>
    private static ReadOnlySpan<char> FirstPart(ReadOnlySpan<char> s)
    {
        int comma = s.IndexOfAny(",-–");
        return CharClass.TrimSpaces(comma < 0 ? s : s[..comma]);
    }

    private static int OffsetOf(ReadOnlySpan<char> outer, ReadOnlySpan<char> inner) =>
        (int)(System.Runtime.CompilerServices.Unsafe.ByteOffset(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(outer),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(inner)) / sizeof(char));

    /// <summary>Whether <paramref name="s"/> has more than <paramref name="limit"/> words (runs between spaces); read only as far as that word.</summary>
    private static bool HasMoreWordsThan(ReadOnlySpan<char> s, int limit)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool space = CharClass.IsSpace(c);
            if (!space && !inWord && ++words > limit) return true;
            inWord = !space;
        }
        return false;
    }
}
