using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Formats.NewsReport;

/// <summary>
/// Finds who a sentence of a news report is attributed to, by scanning its words (no regular expression): speech verbs
/// of the lexicon outside quotation marks and the subject before them ("Guo stated", "China's Foreign Ministry said on
/// Thursday", "..., Zhao Lijian, a spokesman from China's foreign ministry, said"), after them ('"...," said Wang Wenbin'),
/// after "with" for participles ("with spokesperson Mao Ning calling ..."), "according to &lt;source&gt;", claims of earlier
/// words ("Geng made the comment", "That was Mao's response"), journalists' questions ("A reporter asked whether ...",
/// "When asked about ..., he said"), and the Chinese "&lt;主语&gt;[时间][在…上]表示/指出/强调/说，". Subjects are resolved
/// through the directories (spokespersons, outlets) and the lexicon (pronouns, roles, groups, institutions, places,
/// documents). Reads the text folded to simplified characters, so traditional-character reports read the same.
/// </summary>
internal sealed class AttributionScanner
{
    private readonly NewsLexicon _lex;
    private readonly BriefingDirectories _directories;
    private readonly string _text;
    private readonly string _folded;
    private readonly IReadOnlyList<NameMention> _mentions;
    private readonly string _language;
    private readonly bool _traditional;
    private readonly List<Tok> _toks = [];
    private readonly List<(Speaker Speaker, SpokespersonEntry? Entry)> _named = [];

    public AttributionScanner(NewsLexicon lexicon, LexedText lexed, string folded, string language)
    {
        _lex = lexicon;
        _directories = lexed.Directories;
        _text = lexed.Text;
        _folded = folded;
        _mentions = lexed.Mentions;
        _language = language;
        _traditional = lexed.IsTraditionalChinese;
    }

    /// <summary>The report's own date, for telling spokespersons with one surname apart.</summary>
    public DateOnly? ReportDate { get; set; }

    /// <summary>The briefing's institution as far as it is known, for telling people with two offices apart.</summary>
    public string? InstitutionId { get; set; }

    private bool Chinese => _language == "zh";

    /// <summary>The text scanned.</summary>
    public string Text => _text;

    private struct Tok
    {
        public int Start;
        public int End;
        public bool Word;
        public bool InQuote;
        public char P;
        public readonly int Length => End - Start;
    }

    /// <summary>Finds the attribution of one sentence, or <see langword="null"/>.</summary>
    public Attribution? Find(in Sentence sentence)
    {
        var span = sentence.Span;
        if (Chinese || CharClass.HasCjk(_folded.AsSpan(span.Start, span.Length))) return FindChinese(sentence);
        return FindEnglish(sentence);
    }

    /// <summary>A directory spokesperson as a speaker, named as the document names people (traditional characters in a traditional text).</summary>
    public Speaker ToSpeaker(SpokespersonEntry entry)
    {
        var speaker = entry.ToSpeaker(_language);
        if (_traditional && _language == "zh" && entry.NameZh is { } zh) speaker = speaker with { Name = ChineseText.ToTraditional(zh) };
        return speaker;
    }

    /// <summary>Resolves the subject of a labelled line ("Hua Chunying: ..."): the label's person.</summary>
    public Subject? ResolveLabel(TextSpan label) => Chinese ? ResolveChinese(label.Start, label.End) : ResolveEnglishPhrase(label.Start, label.End);

    // ------------------------------------------------------------------------------------------------------------------
    // English
    // ------------------------------------------------------------------------------------------------------------------

    private Attribution? FindEnglish(in Sentence sentence)
    {
        Tokenize(sentence);
        var toks = _toks;
        int n = toks.Count;
        if (n == 0) return null;
        int end = sentence.Span.End;

        Subject? via = null, source = null;
        Attribution? person = null, other = null;
        TextSpan? asked = null;

        // A reported question that opens the sentence: "When asked about X, he said ...", "Asked whether X, ...".
        int first = FirstWord(0);
        if (first >= 0 && !toks[first].InQuote)
        {
            int len = _lex.QuestionOpeners.MatchPrefix(Slice(toks[first].Start, end), out var opener);
            int last = len > 0 ? TokenEndingAt(toks[first].Start + len, first) : -1;
            if (last >= 0 && opener is not null)
            {
                int qStart = last + 1;
                int comma = NextPunct(qStart, ',');
                if (comma > qStart && (!opener.HasTag("bare") || IsQuestionWordOrNoun(qStart)))
                    asked = TextSpan.FromBounds(toks[qStart].Start, toks[comma - 1].End);
            }
        }

        for (int i = 0; i < n; i++)
        {
            var t = toks[i];
            if (!t.Word || t.InQuote) continue;

            // "according to <source>"
            int accordingLength = _lex.According.MatchPrefix(Slice(t.Start, end));
            int accordingLast = accordingLength > 0 ? TokenEndingAt(t.Start + accordingLength, i) : -1;
            if (accordingLast >= 0)
            {
                int srcStart = accordingLast + 1, srcEnd = srcStart;
                while (srcEnd < n && toks[srcEnd].Word && !toks[srcEnd].InQuote && !_lex.Relatives.Contains(Word(srcEnd))) srcEnd++;
                if (srcEnd > srcStart && ResolveEnglishPhrase(toks[srcStart].Start, toks[srcEnd - 1].End) is { } src)
                {
                    if (src.Kind == SubjectKind.Carrier) via = src;
                    else source ??= src;
                }
                i = Math.Max(i, srcEnd - 1);
                continue;
            }

            int verbLength = _lex.Verbs.MatchPrefix(Slice(t.Start, end), out var verb);
            int verbLast = verbLength > 0 ? TokenEndingAt(t.Start + verbLength, i) : -1;
            if (verbLast < 0 || verb is null)
            {
                // "<reporter> wanted to know whether ...": an asking phrase that is no speech verb.
                int askLength = _lex.Asks.MatchPrefix(Slice(t.Start, end));
                int askLast = askLength > 0 ? TokenEndingAt(t.Start + askLength, i) : -1;
                if (askLast >= 0 && person is null && other is null && LeadingSubject(i, participle: false) is { } asker && ResolveEnglishPhrase(asker.Start, asker.End) is { Kind: SubjectKind.Reporter } reporter)
                    return QuestionOf(reporter, askLast + 1, end);
                continue;
            }
            // Speech verbs are lower-case words ("the United States" holds no verb "states").
            if (char.IsUpper(_text[t.Start]) || IsNounUse(i) || IsNegated(i) || IsInfinitive(i)) continue;
            bool participle = verb.HasTag(NewsLexicon.ParticipleTag);
            Subject? subject = null;
            bool ofQuotation = false, trailing = true;
            if (LeadingSubject(i, participle, out trailing) is { } lead)
            {
                subject = ResolveEnglishPhrase(lead.Start, lead.End);
                ofQuotation = QuoteBefore(lead.Start);
            }
            else if (!participle && InvertedContext(i) && TrailingSubject(verbLast + 1) is { } after)
            {
                subject = ResolveEnglishPhrase(after.Start, after.End);
                ofQuotation = trailing = true;
            }
            i = verbLast;
            if (subject is null) continue;
            if (subject.Kind == SubjectKind.Reporter)
            {
                // "A reporter asked whether ...": the sentence is a question.
                if (verb.HasTag(NewsLexicon.AskTag) && person is null && other is null) return QuestionOf(subject, verbLast + 1, end);
                continue;
            }
            // A speaker in a subordinate clause ("after Japan and the Netherlands announced ...") does not take over the sentence.
            if (other is not null && !trailing) continue;
            if (subject.Kind is SubjectKind.Document or SubjectKind.Carrier)
            {
                // "The report quoted an unnamed source as saying ...": what follows is the document's, no one's statement.
                if (subject.Kind == SubjectKind.Document && person is null && other is null) return new Attribution(subject);
                if (subject.Kind == SubjectKind.Carrier) via ??= subject;
                continue;
            }
            var a = new Attribution(subject) { OfQuotation = ofQuotation };
            if (subject.Kind is SubjectKind.Person or SubjectKind.Pronoun or SubjectKind.Description) person ??= a;
            else other ??= a;
            if (person is not null) break;
        }

        // "According to her, ...", "..., according to the Chinese Ministry of Commerce": the source is the speaker.
        if (source is { Kind: SubjectKind.Person or SubjectKind.Pronoun or SubjectKind.Description } && person is null) person = new Attribution(source);
        if (source is { Kind: SubjectKind.Institution or SubjectKind.Group } && person is null && other is null) other = new Attribution(source);

        var result = person ?? other;
        if (result is null)
        {
            if (FindClaim(end) is { } claim) return claim;
            if (via is not null) return new Attribution(via) { Via = via.Via };
            if (source is { Kind: SubjectKind.Document } doc) return new Attribution(doc);
            return null;
        }
        result.Via = via?.Via;
        if (asked is { } q) result.Question = q;
        return result;
    }

    /// <summary>A question from the words after the asking verb ("whether ...", ": Many Chinese people ...").</summary>
    private Attribution QuestionOf(Subject reporter, int from, int end)
    {
        var toks = _toks;
        int i = from;
        bool colon = false;
        while (i < toks.Count && !toks[i].Word && !SentenceSplitter.IsQuoteMark(toks[i].P))
        {
            if (toks[i].P is ':' or '：') colon = true;
            i++;
        }
        // "asked that , according to report , ...": the complementiser is not part of what was asked.
        if (i < toks.Count && toks[i].Word && _lex.Complementizers.Contains(Word(i)))
        {
            i++;
            while (i < toks.Count && !toks[i].Word && toks[i].P is ',' or ':') i++;
        }
        var a = new Attribution(reporter) { IsQuestion = true, QuestionToParagraphEnd = colon };
        a.Question = i < toks.Count ? TextSpan.FromBounds(toks[i].Start, CharClass.TrimEnd(_text, toks[i].Start, end)) : null;
        return a;
    }

    /// <summary>"X made the comments", "That was X's response", "The words came from X": X said what was reported before.</summary>
    private Attribution? FindClaim(int end)
    {
        var toks = _toks;
        for (int i = 0; i < toks.Count; i++)
        {
            var t = toks[i];
            if (!t.Word || t.InQuote) continue;
            int remarkLength = _lex.Remarks.MatchPrefix(Slice(t.Start, end));
            int remarkLast = remarkLength > 0 ? TokenEndingAt(t.Start + remarkLength, i) : -1;
            if (remarkLast < 0) continue;
            // "<subject> made the comments"
            int k = i - 1;
            if (k >= 0 && toks[k].Word && _lex.Determiners.Contains(Word(k))) k--;
            if (k >= 0 && toks[k].Word && _lex.ClaimVerbs.Contains(Word(k)) && LeadingSubject(k, participle: false) is { } lead
                && ResolveEnglishPhrase(lead.Start, lead.End) is { Kind: SubjectKind.Person or SubjectKind.Pronoun or SubjectKind.Description } maker)
                return new Attribution(maker) { Claim = true };
            // "Mao's response"
            if (i - 1 >= 0 && toks[i - 1].Word && Possessive(Word(i - 1)) is { Length: > 0 } owner)
            {
                int ownerEnd = toks[i - 1].Start + owner.Length;
                int ownerStart = toks[i - 1].Start;
                if (ResolveEnglishPhrase(ownerStart, ownerEnd) is { Kind: SubjectKind.Person or SubjectKind.Pronoun or SubjectKind.Description } owned)
                    return new Attribution(owned) { Claim = true };
            }
            // "The words came from Mao"
            int after = remarkLast + 1;
            if (after < toks.Count && toks[after].Word)
            {
                int fromLength = _lex.ClaimFrom.MatchPrefix(Slice(toks[after].Start, end));
                int fromLast = fromLength > 0 ? TokenEndingAt(toks[after].Start + fromLength, after) : -1;
                if (fromLast >= 0 && TrailingSubject(fromLast + 1) is { } from
                    && ResolveEnglishPhrase(from.Start, from.End) is { Kind: SubjectKind.Person or SubjectKind.Pronoun or SubjectKind.Description } speaker)
                    return new Attribution(speaker) { Claim = true };
            }
        }
        return null;
    }

    /// <summary>
    /// The subject phrase before the verb at token <paramref name="verb"/>: adverbs and time phrases set aside, back to a
    /// clause boundary or a relative word; an apposition in commas gives way to the name before it. For a participle,
    /// only a subject introduced by "with".
    /// </summary>
    private TextSpan? LeadingSubject(int verb, bool participle) => LeadingSubject(verb, participle, out _);

    /// <summary>
    /// The subject phrase before the verb at token <paramref name="verb"/>; <paramref name="trailing"/> tells whether it
    /// stands after a clause boundary (a comma, a quotation, a dash or the sentence start) rather than after a word of a
    /// subordinate clause ("after Japan and the Netherlands announced").
    /// </summary>
    private TextSpan? LeadingSubject(int verb, bool participle, out bool trailing)
    {
        var toks = _toks;
        trailing = false;
        int k = SkipAdverbs(verb - 1);
        // ", a spokesman from China's foreign ministry, said": an apposition closes with a comma before the verb.
        bool enclosed = false;
        if (!participle && k > 0 && !toks[k].Word && toks[k].P == ',' && toks[k - 1].Word && !toks[k - 1].InQuote)
        {
            k--;
            enclosed = true;
        }
        int npEnd = k;
        int start = k + 1;
        LexiconEntry? stop = null;
        while (k >= 0)
        {
            var t = toks[k];
            if (t.InQuote || !t.Word) break;
            if (_lex.Relatives.Find(Word(k)) is { } relative)
            {
                if (participle && !relative.HasTag(NewsLexicon.ParticipleSubjectTag)) return null;
                stop = relative;
                break;
            }
            if (_lex.Verbs.Contains(Word(k)) && start <= npEnd) break;
            start = k;
            k--;
            if (npEnd - start >= 10) return null;
        }
        if (participle && (stop is null || !stop.HasTag(NewsLexicon.ParticipleSubjectTag))) return null;
        if (start > npEnd)
        {
            // "The spokesperson did not answer directly, but said ...": the verb shares the sentence's subject.
            if (stop is not null && stop.HasTag(NewsLexicon.CoordinatorTag) && start == k + 1 && SentenceSubject() is { } shared)
            {
                trailing = false;
                return shared;
            }
            return null;
        }
        trailing = stop is null || participle;
        // ", a spokesman from China's foreign ministry, said": the name stands before the apposition.
        if (enclosed && k >= 0 && toks[k].P == ',' && LooksLikeApposition(start, npEnd))
        {
            int nameEnd = k - 1, nameStart = k;
            int j = k - 1;
            while (j >= 0 && toks[j].Word && !toks[j].InQuote && !_lex.Relatives.Contains(Word(j)) && nameEnd - j < 10) nameStart = j--;
            if (nameStart <= nameEnd && HasCapital(nameStart, nameEnd))
            {
                trailing = j < 0 || !toks[j].Word;
                return TextSpan.FromBounds(toks[nameStart].Start, toks[nameEnd].End);
            }
        }
        return TextSpan.FromBounds(toks[start].Start, toks[npEnd].End);
    }

    /// <summary>The subject that opens the sentence: its first words up to a verb, a negation, an adverb or a relative word.</summary>
    private TextSpan? SentenceSubject()
    {
        var toks = _toks;
        int first = FirstWord(0);
        if (first < 0 || toks[first].InQuote) return null;
        int last = -1;
        int end = toks[^1].End;
        for (int i = first; i < toks.Count && i - first < 8; i++)
        {
            var t = toks[i];
            if (!t.Word) break;
            var w = Word(i);
            if (_lex.Verbs.Contains(w) || _lex.Relatives.Contains(w) || _lex.Adverbs.Contains(w)) break;
            if (_lex.Negations.MatchPrefix(Slice(t.Start, end)) > 0 || _lex.Asks.MatchPrefix(Slice(t.Start, end)) > 0) break;
            last = i;
        }
        return last < 0 ? null : TextSpan.FromBounds(toks[first].Start, toks[last].End);
    }

    /// <summary>A person named as the sentence's subject though no speech verb follows ("Lin Jian also answered a question on ...", "林剑还就…回答提问。"): for pronouns after it.</summary>
    public Subject? InitialPerson(in Sentence sentence)
    {
        var span = sentence.Span;
        int at = CharClass.SkipSpaces(_text, span.Start, span.End);
        if (MentionIn(span) is { } mention && mention.Span.Start == at)
        {
            var entry = Prefer(mention.Entries);
            return new Subject(SubjectKind.Person, mention.Span) { Entry = entry, Speaker = ToSpeaker(entry), Named = true, InstitutionId = entry.InstitutionId, IsSpokesperson = true };
        }
        if (Chinese || CharClass.HasCjk(_folded.AsSpan(span.Start, span.Length))) return null;
        Tokenize(sentence);
        if (SentenceSubject() is { } subject && ResolveEnglishPhrase(subject.Start, subject.End, namedPersonOnly: true) is { Kind: SubjectKind.Person, Named: true } person) return person;
        return null;
    }

    private bool HasCapital(int start, int end)
    {
        for (int i = start; i <= end; i++)
        {
            if (char.IsUpper(_text[_toks[i].Start])) return true;
        }
        return false;
    }

    /// <summary>Skips adverbs and time phrases before a verb ("also", "has", "on Tuesday", "on June 16") backwards from <paramref name="k"/>.</summary>
    private int SkipAdverbs(int k)
    {
        var toks = _toks;
        while (k >= 0 && toks[k].Word && !toks[k].InQuote)
        {
            int from = SentenceStart();
            int len = _lex.Adverbs.MatchSuffix(_text.AsSpan(from, toks[k].End - from));
            int p = len > 0 ? TokenStartingAt(toks[k].End - len, k) : -1;
            if (p >= 0)
            {
                k = p - 1;
                continue;
            }
            // "harshly", "firmly": an adverb of manner.
            var w = Word(k);
            if (w.Length > 4 && _lex.MannerSuffixes.MatchSuffix(w) is int suffix && suffix > 0 && suffix < w.Length - 2 && char.IsLower(w[0]))
            {
                k--;
                continue;
            }
            // "on Tuesday", "on June 16", "on the 17th"
            bool dateWord = _lex.Weekdays.Contains(w) || _lex.Months.Contains(w) || (w.Length > 0 && Numbers.IsDigit(w[0]));
            if (!dateWord) break;
            int j = k - 1;
            while (j >= 0 && toks[j].Word && (_lex.Months.Contains(Word(j)) || _lex.Determiners.Contains(Word(j)) || Numbers.IsDigit(Word(j)[0]))) j--;
            if (j >= 0 && toks[j].Word && _lex.TimePrepositions.Contains(Word(j)))
            {
                k = j - 1;
                continue;
            }
            break;
        }
        return k;
    }

    /// <summary>The subject after an inverted verb ('"...," said Wang Wenbin, ...', '"...," said the spokesperson.').</summary>
    private TextSpan? TrailingSubject(int from)
    {
        var toks = _toks;
        int i = from, last = -1;
        bool any = false;
        while (i < toks.Count && toks[i].Word && !toks[i].InQuote && i - from < 8)
        {
            var w = Word(i);
            bool cap = char.IsUpper(w[0]);
            bool fits = cap || (!any && _lex.Determiners.Contains(w)) || (any && (_lex.Roles.Contains(w) || _lex.IsTitleWord(w) || _lex.Prepositions.Contains(w)));
            if (!fits) break;
            if (_lex.Relatives.Contains(w) && !cap) break;
            any = true;
            last = i;
            i++;
        }
        if (last < 0) return null;
        // A trailing preposition is no part of the subject.
        while (last >= from && _lex.Prepositions.Contains(Word(last))) last--;
        return last < from ? null : TextSpan.FromBounds(toks[from].Start, toks[last].End);
    }

    /// <summary>A verb right after a quotation and a comma ('"...," said X') or at the start of the sentence's attribution.</summary>
    private bool InvertedContext(int verb)
    {
        var toks = _toks;
        int k = verb - 1;
        while (k >= 0 && !toks[k].Word)
        {
            if (SentenceSplitter.IsQuoteMark(toks[k].P) || toks[k].InQuote) return true;
            k--;
        }
        return k >= 0 && toks[k].InQuote;
    }

    /// <summary>Whether a quotation closes right before the subject at <paramref name="subjectStart"/> ('"...," Guo said').</summary>
    private bool QuoteBefore(int subjectStart)
    {
        int k = subjectStart - 1;
        while (k >= 0 && (CharClass.IsSpace(_text[k]) || _text[k] is ',' or '-' or '–' or '—')) k--;
        return k >= 0 && (SentenceSplitter.IsClosing(_text[k]) || _text[k] == '"');
    }

    /// <summary>An apposition opens with a determiner or a lower-case word ("a spokesman from ...", "vice-president of ...").</summary>
    private bool LooksLikeApposition(int start, int end)
    {
        var w = Word(start);
        return end >= start && (_lex.Determiners.Contains(w) || char.IsLower(w[0]));
    }

    /// <summary>"the remarks", "his comments": a verb form used as a noun after a determiner.</summary>
    private bool IsNounUse(int i) => i > 0 && _toks[i - 1].Word && _lex.Determiners.Contains(Word(i - 1));

    private bool IsNegated(int i)
    {
        if (i == 0) return false;
        int from = SentenceStart();
        int len = _lex.Negations.MatchSuffix(_text.AsSpan(from, _toks[i - 1].End - from));
        return len > 0 && TokenStartingAt(_toks[i - 1].End - len, i - 1) >= 0;
    }

    private bool IsInfinitive(int i) => i > 0 && _toks[i - 1].Word && _lex.Infinitives.Contains(Word(i - 1));

    private bool IsQuestionWordOrNoun(int i) => i < _toks.Count && _toks[i].Word;

    /// <summary>
    /// Resolves an English subject phrase to what it names. With <paramref name="namedPersonOnly"/> the caller takes only a named person, so the
    /// kinds that can name none (descriptions, groups, office-holders, institutions) are not worked out for a phrase of
    /// several words; what it returns then is the same whenever it is a named person.
    /// </summary>
    private Subject? ResolveEnglishPhrase(int start, int end, bool namedPersonOnly = false)
    {
        var span = CharClass.Trim(_text, start, end);
        while (span.Length > 0 && _text[span.End - 1] is '.' or ',' or ';' or ':') span = TextSpan.FromBounds(span.Start, span.End - 1);
        if (span.IsEmpty || span.Length > 160) return null;
        var s = _text.AsSpan(span.Start, span.Length);
        var words = new List<(int Start, int End)>();
        foreach (var range in s.SplitAny(CharClass.Spaces))
        {
            var w = s[range];
            if (w.IsEmpty) continue;
            words.Add((span.Start + range.Start.Value, span.Start + range.End.Value));
        }
        if (words.Count == 0) return null;
        ReadOnlySpan<char> W(int i) => _text.AsSpan(words[i].Start, words[i].End - words[i].Start);

        if (_lex.Pronouns.Contains(s)) return new Subject(SubjectKind.Pronoun, span);
        if (words.Count == 1 && (_lex.Relatives.Contains(s) || _lex.Determiners.Contains(s))) return null;

        // The first chunk: the words before a preposition tail ("of the IAEA", "for the Chinese Foreign Ministry").
        int chunkEnd = words.Count;
        for (int i = 1; i < words.Count; i++)
        {
            if (_lex.Prepositions.Contains(W(i)))
            {
                chunkEnd = i;
                break;
            }
        }
        var last = W(chunkEnd - 1);

        if (_lex.Reporters.MatchSuffix(_text.AsSpan(span.Start, words[chunkEnd - 1].End - span.Start)) > 0 && MentionIn(span) is null)
            return new Subject(SubjectKind.Reporter, span);

        if (MentionIn(span) is { } mention)
        {
            var entry = Prefer(mention.Entries);
            var speaker = ToSpeaker(entry);
            Remember(speaker, entry);
            return new Subject(SubjectKind.Person, span) { Entry = entry, Speaker = speaker, Named = true, InstitutionId = entry.InstitutionId, IsSpokesperson = true };
        }

        // An outlet, perhaps with a document word ("a CGTN report").
        int os = _lex.Determiners.Contains(W(0)) && words.Count > 1 ? 1 : 0;
        int oe = chunkEnd;
        if (oe - os > 1 && _lex.Documents.Contains(W(oe - 1))) oe--;
        if (oe > os && _directories.Outlets.FindByLabel(_text.AsSpan(words[os].Start, words[oe - 1].End - words[os].Start)) is { } outlet)
            return new Subject(SubjectKind.Carrier, span) { Via = outlet.ToOutlet() };

        // A document: "the official website of ...", "the company's website", "Public information", "a readout released later".
        for (int i = 0; i < chunkEnd; i++)
        {
            var w = W(i);
            if (Possessive(w).Length > 0 || !_lex.Documents.Contains(w)) continue;
            return new Subject(SubjectKind.Document, span);
        }

        // A country or city as a whole ("the Netherlands", "Beijing").
        if (_lex.Places.Find(TrimPossessive(s)) is { } wholePlace)
            return new Subject(SubjectKind.Institution, span) { InstitutionId = NewsLexicon.InstitutionOf(wholePlace), Speaker = new Speaker(DisplayName(span)) { Kind = SpeakerKind.Institution } };

        // A name at the end, perhaps after a role or title ("Foreign Minister Hossein Amir-Abdollahian", "Helen Park").
        int nameStart = chunkEnd;
        while (nameStart > 0 && chunkEnd - nameStart < 3 && IsNameWord(W(nameStart - 1))) nameStart--;
        int nameCount = chunkEnd - nameStart;
        bool roleBefore = nameStart > 0;
        if (nameCount >= 2 || (nameCount == 1 && roleBefore && !IsPlaceOrInstitution(W(nameStart))))
        {
            var nameSpan = TextSpan.FromBounds(words[nameStart].Start, words[chunkEnd - 1].End);
            var name = TrimPossessive(_text.AsSpan(nameSpan.Start, nameSpan.Length));
            if (nameCount == 1 && Known(name) is { } known)
                return Person(span, known.Speaker, known.Entry);
            if (nameCount == 1 && _directories.Spokespersons.FindBySurname(name, ReportDate, null, InstitutionId) is { } bySurname && InTerm(bySurname))
                return Person(span, ToSpeaker(bySurname), bySurname);
            var before = roleBefore ? _text.AsSpan(span.Start, words[nameStart].Start - span.Start) : [];
            bool spokes = before.Length > 0 && _lex.Roles.IndexOfWord(before, out _, out _) >= 0;
            var subject = new Subject(SubjectKind.Person, span)
            {
                Speaker = new Speaker(name.ToString()) { Role = spokes ? "spokesperson" : null },
                Named = true,
                IsSpokesperson = spokes,
            };
            QualifyBody(subject, before, words.Count > chunkEnd ? _text.AsSpan(words[chunkEnd].Start, span.End - words[chunkEnd].Start) : []);
            Remember(subject.Speaker, null);
            return subject;
        }
        // Below, only one capitalised word alone names a person ("Guo"); the rest name no one or no one by name.
        if (namedPersonOnly && words.Count != 1) return null;

        // A description: "the spokesperson", "a foreign ministry spokesman", "the official representative of the Russian Foreign Ministry".
        if (_lex.Roles.Contains(last) || (chunkEnd >= 2 && _lex.Roles.Contains(_text.AsSpan(words[chunkEnd - 2].Start, words[chunkEnd - 1].End - words[chunkEnd - 2].Start))))
        {
            var subject = new Subject(SubjectKind.Description, span) { IsSpokesperson = true };
            QualifyBody(subject, _text.AsSpan(span.Start, words[chunkEnd - 1].Start - span.Start), words.Count > chunkEnd ? _text.AsSpan(words[chunkEnd].Start, span.End - words[chunkEnd].Start) : []);
            if (subject.OtherBody) return ThirdPartyOfficial(subject, span);
            return subject;
        }

        // A group: "Pakistani officials", "Three European diplomats", "Organisers".
        if (_lex.Groups.Contains(last))
            return new Subject(SubjectKind.Group, span) { Speaker = new Speaker(DisplayName(span)) { Kind = SpeakerKind.Institution } };

        // An office-holder named by office alone: "Japan's chief cabinet secretary", "The European Union's trade commissioner".
        if (_lex.OfficeWords.Contains(last) || _lex.Offices.MatchSuffix(_text.AsSpan(span.Start, words[chunkEnd - 1].End - span.Start)) > 0)
            return new Subject(SubjectKind.Person, span) { Speaker = new Speaker(DisplayName(span)), Named = false };

        // An institution or a country.
        if (InstitutionIn(s) is var (institutionId, isInstitution) && isInstitution)
        {
            var subject = new Subject(SubjectKind.Institution, span) { InstitutionId = institutionId, Speaker = new Speaker(DisplayName(span)) { Kind = SpeakerKind.Institution } };
            return subject;
        }

        // One capitalised word: a person named before ("Guo"), a spokesperson's surname, or someone the report names so.
        if (words.Count == 1 && char.IsUpper(s[0]) && !_lex.IsTitleWord(s))
        {
            var name = TrimPossessive(s);
            if (Known(name) is { } known) return Person(span, known.Speaker, known.Entry);
            if (_directories.Spokespersons.FindBySurname(name, ReportDate, null, InstitutionId) is { } bySurname && InTerm(bySurname))
                return Person(span, ToSpeaker(bySurname), bySurname);
            var speaker = new Speaker(name.ToString());
            return new Subject(SubjectKind.Person, span) { Speaker = speaker, Named = true };
        }
        return null;
    }

    private static Subject Person(TextSpan span, Speaker speaker, SpokespersonEntry? entry) =>
        new(SubjectKind.Person, span) { Speaker = speaker, Entry = entry, Named = true, InstitutionId = entry?.InstitutionId, IsSpokesperson = entry is not null || speaker.Role == "spokesperson" };

    /// <summary>A description of another body's official: a third party with its own statements ("the spokesman of the Philippine Coast Guard").</summary>
    private Subject ThirdPartyOfficial(Subject description, TextSpan span) =>
        new(SubjectKind.Person, span) { Speaker = new Speaker(DisplayName(span)) { Role = "spokesperson" }, Named = false, OtherBody = true, InstitutionId = description.InstitutionId };

    /// <summary>
    /// Which body a role belongs to: an institution of the directory ("Chinese Foreign Ministry", "of the Russian Foreign
    /// Ministry") or another one the report names ("of the Philippine Coast Guard", "Commerce Ministry").
    /// </summary>
    private void QualifyBody(Subject subject, ReadOnlySpan<char> before, ReadOnlySpan<char> tail)
    {
        QualifyBodyPart(subject, before);
        QualifyBodyPart(subject, tail);
    }

    private void QualifyBodyPart(Subject subject, ReadOnlySpan<char> part)
    {
        if (part.IsEmpty) return;
        var (id, named) = InstitutionIn(part);
        if (id is not null)
        {
            subject.InstitutionId ??= id;
            return;
        }
        // Words of a body without a tie to the directory: another body's official.
        if (named && HasCapitalisedBody(part)) subject.OtherBody = true;
    }

    /// <summary>Whether a phrase names a body by a capitalised name ("Philippine Coast Guard", "Commerce Ministry"), not only "foreign ministry".</summary>
    private bool HasCapitalisedBody(ReadOnlySpan<char> part)
    {
        foreach (var range in part.SplitAny(CharClass.Spaces))
        {
            var w = part[range];
            if (w.Length > 1 && char.IsUpper(w[0]) && !_lex.Determiners.Contains(w) && !_lex.TitleWords.Contains(w) && !_lex.Places.Contains(w)) return true;
        }
        return false;
    }

    /// <summary>The directory institution a phrase names (by a tagged name or place) and whether it names a body at all.</summary>
    private (string? Id, bool Institution) InstitutionIn(ReadOnlySpan<char> s)
    {
        string? id = null;
        bool institution = false;
        int at = _lex.InstitutionNames.IndexOfWord(s, out _, out var name);
        if (at >= 0)
        {
            id = NewsLexicon.InstitutionOf(name);
            institution = true;
        }
        var bare = StripArticle(TrimPossessive(s));
        if (_lex.Places.Find(bare) is { } place || _lex.Places.Find(s) is { } place2 && (place = place2) is not null)
        {
            id ??= NewsLexicon.InstitutionOf(place);
            institution = true;
        }
        if (!institution && (_lex.Institutions.OccursAsWord(s) || _lex.InstitutionNouns.OccursAsWord(s))) institution = true;
        if (institution && id is null)
        {
            // "China's Ministry of Commerce": a place that owns the body ties it to nothing by itself.
            int placeAt = _lex.Places.IndexOfWord(s, out _, out var owner);
            if (placeAt == 0 && owner is not null && _lex.InstitutionNames.IndexOfWord(s, out _, out _) < 0) id = null;
        }
        return (id, institution);
    }

    private bool IsPlaceOrInstitution(ReadOnlySpan<char> w) => _lex.Places.Contains(TrimPossessive(w)) || _lex.Institutions.Contains(w) || _lex.InstitutionNouns.Contains(w);

    private bool IsNameWord(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || !char.IsUpper(w[0])) return false;
        var bare = TrimPossessive(w);
        if (_lex.IsTitleWord(bare) || _lex.Places.Contains(bare) || _lex.Determiners.Contains(bare)) return false;
        if (_lex.Institutions.Contains(bare) || _lex.InstitutionNouns.Contains(bare) || _lex.Groups.Contains(bare) || _lex.Documents.Contains(bare)) return false;
        return !_lex.Reporters.Contains(bare) && !_lex.Pronouns.Contains(bare);
    }

    /// <summary>The phrase without its leading article ("the ministry" → "ministry"; the lexicon's <c>news.article</c>).</summary>
    private ReadOnlySpan<char> StripArticle(ReadOnlySpan<char> s)
    {
        int space = s.IndexOf(' ');
        return space > 0 && _lex.Articles.Contains(s[..space]) ? s[(space + 1)..].TrimStart(' ') : s;
    }

    /// <summary>"China's" → "China"; "Mao’s" → "Mao"; otherwise empty.</summary>
    private static ReadOnlySpan<char> Possessive(ReadOnlySpan<char> w) =>
        w.Length > 2 && w[^1] == 's' && w[^2] is '\'' or '’' ? w[..^2] : [];

    private static ReadOnlySpan<char> TrimPossessive(ReadOnlySpan<char> w)
    {
        var p = Possessive(w);
        return p.Length > 0 ? p : w;
    }

    /// <summary>An institution's or group's name as the report prints it, without a leading article ("the ministry" → "Ministry").</summary>
    private string DisplayName(TextSpan span)
    {
        var s = _text.AsSpan(span.Start, span.Length);
        var name = TextNormalizer.Normalize(StripArticle(s));
        return name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;
    }

    // ------------------------------------------------------------------------------------------------------------------
    // Chinese
    // ------------------------------------------------------------------------------------------------------------------

    private Attribution? FindChinese(in Sentence sentence)
    {
        var span = sentence.Span;
        var f = _folded;
        int start = span.Start, end = span.End;
        var inQuote = QuoteMask(sentence);
        Subject? via = null;
        TextSpan? asked = null;
        Attribution? question = null;

        // "据路透社报道，", "另据报道，": a carrier or a document before the statement.
        int lead = CharClass.SkipSpaces(f, start, end);
        int carrierEnd = -1;
        int accordingLength = _lex.According.MatchPrefix(f.AsSpan(lead, end - lead));
        if (accordingLength > 0)
        {
            int clauseEnd = NextChinesePunct(lead + accordingLength, end);
            var inner = TextSpan.FromBounds(lead + accordingLength, clauseEnd);
            var src = ResolveCarrierZh(inner);
            if (src is { Kind: SubjectKind.Carrier }) via = src;
            if (src is { Kind: SubjectKind.Carrier }) carrierEnd = clauseEnd < end ? clauseEnd + 1 : clauseEnd;
        }

        // A reported question that opens the sentence: "对于记者询问X，", "在回答X时，", "有记者问及X，".
        int qOpen = _lex.QuestionOpeners.MatchPrefix(f.AsSpan(lead, end - lead));
        int reporterLength = _lex.Reporters.MatchPrefix(f.AsSpan(lead, end - lead));
        if (qOpen > 0)
        {
            int qs = lead + qOpen;
            int qe = NextChinesePunct(qs, end);
            // "在回答有关X的提问时": the closing word of a frame the opener opens is not part of the question.
            int close = _lex.FrameOpen.MatchPrefix(f.AsSpan(lead, qOpen)) > 0 ? _lex.FrameClose.MatchSuffix(f.AsSpan(qs, qe - qs)) : 0;
            if (close > 0 && close < qe - qs) qe -= close;
            if (qe > qs) asked = TextSpan.FromBounds(qs, qe);
        }
        else if (reporterLength > 0)
        {
            int askAt = lead + reporterLength;
            int askLength = _lex.Asks.MatchPrefix(f.AsSpan(askAt, end - askAt));
            if (askLength > 0)
            {
                int qs = askAt + askLength;
                bool colon = qs < end && f[qs] is '：' or ':';
                while (qs < end && (f[qs] is '：' or ':' or '，' or ',' || CharClass.IsSpace(f[qs]))) qs++;
                int qe = colon ? end : NextChinesePunct(qs, end);
                if (qe > qs) asked = TextSpan.FromBounds(qs, qe);
                // Without a speaker later in the sentence it is a question sentence, the question its rest
                // ("有记者提问，X举行，中方对此有何评价？").
                question = new Attribution(new Subject(SubjectKind.Reporter, TextSpan.FromBounds(lead, askAt)))
                {
                    IsQuestion = true,
                    Question = qe > qs ? TextSpan.FromBounds(qs, CharClass.TrimEnd(f, qs, end)) : span,
                    QuestionToParagraphEnd = colon,
                };
            }
            else if (ContainsAsk(lead, end))
            {
                // "有记者就…提问。": the whole sentence paraphrases the question.
                question = new Attribution(new Subject(SubjectKind.Reporter, TextSpan.FromBounds(lead, lead + reporterLength))) { IsQuestion = true, Question = span };
            }
        }

        for (int i = start; i < end; i++)
        {
            if (inQuote[i - start] || !CharClass.IsCjk(f[i])) continue;
            int len = _lex.Verbs.MatchPrefix(f.AsSpan(i, end - i), out var verb);
            if (len == 0 || verb is null) continue;
            int after = i + len;
            bool punctAfter = after < end && (f[after] is '，' or ',' or '：' or ':' or '“' or '「' or '『' or '"' || CharClass.IsSpace(f[after]));
            if (verb.HasTag(NewsLexicon.PunctTag) && !punctAfter) continue;
            // "美方宣布的措施": a verb that modifies a noun.
            if (after < end && _lex.Attributives.MatchPrefix(f.AsSpan(after, end - after)) > 0) continue;
            // "问" and other asking verbs after a journalist belong to the question, not to a speaker.
            var subjectSpan = ChineseSubject(i, start, inQuote);
            if (subjectSpan is not { } subj || subj.IsEmpty) continue;
            var subject = ResolveChinese(subj.Start, subj.End);
            if (subject is null || subject.Kind is SubjectKind.Document or SubjectKind.Carrier) continue;
            if (subject.Kind == SubjectKind.Reporter) continue;
            var a = new Attribution(subject)
            {
                Via = via?.Via,
                Question = asked,
                OfQuotation = subj.Start > start && SentenceSplitter.IsClosing(f[subj.Start - 1]),
            };
            // The statement starts at the sentence, or at its subject after a carrier clause or page text.
            if (carrierEnd > 0 && subj.Start >= carrierEnd) a.StatementStart = subj.Start;
            else if (subj.Start > start && CharClass.IsSpace(f[subj.Start - 1])) a.StatementStart = subj.Start;
            return a;
        }
        if (question is not null) return question;
        if (via is not null) return new Attribution(via) { Via = via.Via };
        return null;
    }

    /// <summary>Whether an asking verb ("提问", "询问") stands in the sentence.</summary>
    private bool ContainsAsk(int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            int len = _lex.Asks.MatchPrefix(_folded.AsSpan(i, end - i));
            if (len >= 2) return true;
        }
        return false;
    }

    /// <summary>
    /// The subject before a Chinese speech verb at <paramref name="verb"/>: adverbs and time words set aside ("还", "当天",
    /// "18日"), a "在…上/时" phrase skipped, then back to punctuation, a space or a quotation mark.
    /// </summary>
    private TextSpan? ChineseSubject(int verb, int sentenceStart, bool[] inQuote)
    {
        var f = _folded;
        int e = verb;
        for (int guard = 0; guard < 8; guard++)
        {
            int before = e;
            int adverb = _lex.Adverbs.MatchSuffix(f.AsSpan(sentenceStart, e - sentenceStart));
            if (adverb > 0) e -= adverb;
            // "18日", "6月18日"
            if (e > sentenceStart && f[e - 1] == '日')
            {
                int d = e - 1;
                while (d > sentenceStart && Numbers.IsDigit(f[d - 1])) d--;
                if (d < e - 1)
                {
                    e = d;
                    if (e > sentenceStart && f[e - 1] == '月')
                    {
                        int m = e - 1;
                        while (m > sentenceStart && Numbers.IsDigit(f[m - 1])) m--;
                        if (m < e - 1) e = m;
                    }
                }
            }
            // "在例行记者会上", "在回答…时": a frame between the subject and the verb.
            if (_lex.FrameClose.MatchSuffix(f.AsSpan(sentenceStart, e - sentenceStart)) > 0)
            {
                for (int at = e - 2; at >= sentenceStart && e - at <= 30; at--)
                {
                    if (IsChineseBoundary(f[at])) break;
                    if (_lex.FrameOpen.MatchPrefix(f.AsSpan(at, e - at)) > 0)
                    {
                        e = at;
                        break;
                    }
                }
            }
            if (e == before) break;
        }
        int s = e;
        while (s > sentenceStart && e - s < 30 && !IsChineseBoundary(f[s - 1]) && !inQuote[s - 1 - sentenceStart]) s--;
        // "就美方宣布…回答提问": a verb inside a prepositional phrase attributes nothing.
        if (e > s && _lex.Prepositions.MatchPrefix(f.AsSpan(s, e - s)) > 0) return null;
        return e > s ? TextSpan.FromBounds(s, e) : null;
    }

    /// <summary>Resolves a Chinese subject phrase ("外交部发言人汪文斌", "该发言人", "他", "美国商务部", "欧盟委员会主席冯德莱恩").</summary>
    private Subject? ResolveChinese(int start, int end)
    {
        var span = CharClass.Trim(_text, start, end);
        if (span.IsEmpty) return null;
        var f = _folded.AsSpan(span.Start, span.Length);
        if (_lex.Pronouns.Find(f) is not null) return new Subject(SubjectKind.Pronoun, span);
        if (_lex.Reporters.Find(f) is not null) return new Subject(SubjectKind.Reporter, span);
        if (MentionIn(span) is { } mention)
        {
            var entry = Prefer(mention.Entries);
            var speaker = ToSpeaker(entry);
            Remember(speaker, entry);
            return new Subject(SubjectKind.Person, span) { Entry = entry, Speaker = speaker, Named = true, InstitutionId = entry.InstitutionId, IsSpokesperson = true };
        }
        // "该发言人", "发言人", "外交部发言人": a description.
        var body = f;
        int det = _lex.Determiners.MatchPrefix(body);
        if (det > 0 && det < body.Length) body = body[det..];
        int role = _lex.Roles.MatchSuffix(body);
        if (role > 0 && role == body.Length) return new Subject(SubjectKind.Description, span) { IsSpokesperson = true };
        if (role > 0)
        {
            var owner = body[..^role];
            int nameAt = _lex.InstitutionNames.MatchPrefix(owner, out var named);
            if (nameAt == owner.Length && named is not null)
                return new Subject(SubjectKind.Description, span) { IsSpokesperson = true, InstitutionId = NewsLexicon.InstitutionOf(named) };
        }
        // "欧盟委员会主席冯德莱恩", "商务部新闻发言人何亚东": a role, then a name.
        for (int i = f.Length - 2; i >= 1; i--)
        {
            int len = _lex.Roles.MatchPrefix(f[i..], out var r);
            if (len == 0 || r is null) continue;
            // The longest role ending here ("新闻发言人" rather than "发言人").
            int roleStart = i;
            while (roleStart > 0 && _lex.Roles.MatchPrefix(f[(roleStart - 1)..], out var longer) > 0 && longer is not null && roleStart - 1 + longer.Text.Length == i + len) roleStart--;
            var name = f[(i + len)..];
            if (name.Length is < 2 or > 8 || !IsChineseName(name)) continue;
            var owner = f[..roleStart];
            bool spokes = r.HasTag(NewsLexicon.SpokespersonTag);
            var subject = new Subject(SubjectKind.Person, span)
            {
                Speaker = new Speaker(_text.Substring(span.Start + i + len, name.Length)) { Role = spokes ? "spokesperson" : null },
                Named = true,
                IsSpokesperson = spokes,
            };
            if (!owner.IsEmpty)
            {
                int nameLength = _lex.InstitutionNames.MatchPrefix(owner, out var named);
                if (nameLength > 0 && named is not null) subject.InstitutionId = NewsLexicon.InstitutionOf(named);
                else subject.OtherBody = true;
            }
            Remember(subject.Speaker, null);
            return subject;
        }
        if (_lex.Groups.MatchSuffix(f) > 0) return new Subject(SubjectKind.Group, span) { Speaker = new Speaker(_text.Substring(span.Start, span.Length)) { Kind = SpeakerKind.Institution } };
        if (_directories.Outlets.FindByLabel(f) is { } outlet) return new Subject(SubjectKind.Carrier, span) { Via = outlet.ToOutlet() };
        string? id = null;
        bool institution = false;
        if (_lex.InstitutionNames.Find(f) is { } whole) (id, institution) = (NewsLexicon.InstitutionOf(whole), true);
        else if (_lex.Places.Find(f) is { } place) (id, institution) = (NewsLexicon.InstitutionOf(place), true);
        else if (f.Length <= 20 && _lex.Institutions.MatchSuffix(f) > 0)
        {
            institution = true;
            // "中国外交部": a tagged name at the end of the phrase.
            for (int i = 0; i < f.Length && id is null; i++)
            {
                if (_lex.InstitutionNames.MatchPrefix(f[i..], out var n) == f.Length - i && n is not null) id = NewsLexicon.InstitutionOf(n);
            }
        }
        if (institution) return new Subject(SubjectKind.Institution, span) { InstitutionId = id, Speaker = new Speaker(_text.Substring(span.Start, span.Length)) { Kind = SpeakerKind.Institution } };
        return null;
    }

    /// <summary>The source of "据…报道": an outlet (a carrier), else a document.</summary>
    private Subject? ResolveCarrierZh(TextSpan inner)
    {
        var f = _folded.AsSpan(inner.Start, inner.Length);
        // "路透社报道", "外交部网站消息": the outlet before the document word.
        for (int cut = f.Length; cut > 0; cut--)
        {
            if (_lex.Documents.MatchSuffix(f[..cut]) is int d and > 0 && d <= cut)
            {
                var head = f[..(cut - d)];
                if (head.IsEmpty) return new Subject(SubjectKind.Document, inner);
                if (_directories.Outlets.FindByLabel(head) is { } outlet) return new Subject(SubjectKind.Carrier, inner) { Via = outlet.ToOutlet() };
                return new Subject(SubjectKind.Document, inner);
            }
        }
        if (_directories.Outlets.FindByLabel(f) is { } o) return new Subject(SubjectKind.Carrier, inner) { Via = o.ToOutlet() };
        return null;
    }

    private static bool IsChineseName(ReadOnlySpan<char> name)
    {
        foreach (char c in name)
        {
            if (!CharClass.IsCjk(c) && c is not '·' and not '•') return false;
        }
        return true;
    }

    private static bool IsChineseBoundary(char c) =>
        CharClass.IsSpace(c) || c is '，' or ',' or '。' or '；' or ';' or '：' or ':' or '“' or '”' or '"' or '（' or '(' or '）' or ')' or '、' or '！' or '？' or '「' or '」' or '『' or '』' or '【' or '】';

    private int NextChinesePunct(int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (_folded[i] is '，' or ',' or '。' or '；' or ';' or '？' or '！') return i;
        }
        return end;
    }

    /// <summary>Which characters of the sentence stand inside quotation marks.</summary>
    private bool[] QuoteMask(in Sentence sentence)
    {
        var span = sentence.Span;
        var mask = new bool[span.Length];
        int depth = sentence.StartsInQuote ? 1 : 0;
        int i0 = span.Start;
        if (sentence.StartsInQuote && sentence.OpensWithQuote) i0++;
        for (int i = span.Start; i < span.End; i++)
        {
            char c = _text[i];
            if (i >= i0)
            {
                if (c == '"') depth = depth == 0 ? 1 : depth - 1;
                else if (SentenceSplitter.IsOpening(c)) depth++;
                else if (SentenceSplitter.IsClosing(c) && depth > 0) depth--;
            }
            mask[i - span.Start] = depth > 0 && !SentenceSplitter.IsQuoteMark(c);
        }
        return mask;
    }

    // ------------------------------------------------------------------------------------------------------------------
    // Shared
    // ------------------------------------------------------------------------------------------------------------------

    private NameMention? MentionIn(TextSpan span)
    {
        // The mentions are in document order: a binary search for the first that starts in the span.
        int lo = 0, hi = _mentions.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (_mentions[mid].Span.Start >= span.Start)
            {
                found = mid;
                hi = mid - 1;
            }
            else lo = mid + 1;
        }
        if (found < 0) return null;
        var m = _mentions[found];
        return m.Span.End <= span.End ? m : null;
    }

    private SpokespersonEntry Prefer(System.Collections.Immutable.ImmutableArray<SpokespersonEntry> entries)
    {
        if (entries.Length == 1) return entries[0];
        if (InstitutionId is { } id)
        {
            foreach (var e in entries)
            {
                if (SpokespersonDirectory.IsOf(e, id)) return e;
            }
        }
        if (ReportDate is { } d)
        {
            foreach (var e in entries)
            {
                if (e.InOfficeOn(d)) return e;
            }
        }
        return entries[0];
    }

    /// <summary>Whether a spokesperson found by surname held office around the report's date (a report of 2024 saying "Zhang said" is not about a spokesperson of 2004).</summary>
    private bool InTerm(SpokespersonEntry entry) =>
        ReportDate is not { } on || (entry with { From = entry.From?.AddYears(-1), To = entry.To?.AddYears(1) }).InOfficeOn(on);

    private void Remember(Speaker speaker, SpokespersonEntry? entry)
    {
        foreach (var (s, _) in _named)
        {
            if (s.Name == speaker.Name) return;
        }
        _named.Add((speaker, entry));
    }

    /// <summary>A person named earlier whose name holds <paramref name="surname"/> as a word ("Zhang" after "Zhang Xiaoming"), last first.</summary>
    private (Speaker Speaker, SpokespersonEntry? Entry)? Known(ReadOnlySpan<char> surname)
    {
        for (int i = _named.Count - 1; i >= 0; i--)
        {
            var (speaker, entry) = _named[i];
            var name = entry?.Name ?? speaker.Name;
            foreach (var range in name.AsSpan().Split(' '))
            {
                if (name.AsSpan()[range].Equals(surname, StringComparison.OrdinalIgnoreCase)) return _named[i];
            }
            if (entry is not null && entry.Surname.AsSpan().Equals(surname, StringComparison.OrdinalIgnoreCase)) return _named[i];
        }
        return null;
    }

    private void Tokenize(in Sentence sentence)
    {
        _toks.Clear();
        var span = sentence.Span;
        int depth = sentence.StartsInQuote ? 1 : 0;
        int i = span.Start;
        if (sentence.StartsInQuote && sentence.OpensWithQuote) i++;
        var text = _text;
        while (i < span.End)
        {
            char c = text[i];
            if (CharClass.IsSpace(c) || c is '\n' or '\r')
            {
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                int s = i;
                i++;
                while (i < span.End)
                {
                    char d = text[i];
                    if (char.IsLetterOrDigit(d)) i++;
                    else if (d is '\'' or '’' or '-' or '.' or '&' && i + 1 < span.End && char.IsLetterOrDigit(text[i + 1])) i++;
                    else break;
                }
                // "U.S.": initials keep their last full stop.
                if (i < span.End && text[i] == '.' && i - s >= 3 && text[i - 2] == '.') i++;
                _toks.Add(new Tok { Start = s, End = i, Word = true, InQuote = depth > 0 });
                continue;
            }
            bool quote = false;
            if (c == '"')
            {
                depth = depth == 0 ? 1 : depth - 1;
                quote = true;
            }
            else if (SentenceSplitter.IsOpening(c))
            {
                depth++;
                quote = true;
            }
            else if (SentenceSplitter.IsClosing(c))
            {
                if (depth > 0) depth--;
                quote = true;
            }
            _toks.Add(new Tok { Start = i, End = i + 1, Word = false, P = c, InQuote = !quote && depth > 0 });
            i++;
        }
    }

    private int SentenceStart() => _toks.Count > 0 ? _toks[0].Start : 0;

    private ReadOnlySpan<char> Word(int i) => _text.AsSpan(_toks[i].Start, _toks[i].Length);

    private ReadOnlySpan<char> Slice(int start, int end) => _text.AsSpan(start, end - start);

    private int FirstWord(int from)
    {
        for (int i = from; i < _toks.Count; i++)
        {
            if (_toks[i].Word) return i;
        }
        return -1;
    }

    /// <summary>The index of the token that ends at <paramref name="position"/> (a phrase match ends on a word boundary), or -1.</summary>
    private int TokenEndingAt(int position, int from)
    {
        for (int j = from; j < _toks.Count; j++)
        {
            if (_toks[j].End == position) return j;
            if (_toks[j].End > position) return -1;
        }
        return -1;
    }

    /// <summary>The index of the token that starts at <paramref name="position"/>, searching back from <paramref name="from"/>, or -1.</summary>
    private int TokenStartingAt(int position, int from)
    {
        for (int j = from; j >= 0; j--)
        {
            if (_toks[j].Start == position) return j;
            if (_toks[j].Start < position) return -1;
        }
        return -1;
    }

    private int NextPunct(int from, char p)
    {
        for (int j = from; j < _toks.Count; j++)
        {
            if (!_toks[j].Word && _toks[j].P == p && !_toks[j].InQuote) return j;
        }
        return -1;
    }
}
