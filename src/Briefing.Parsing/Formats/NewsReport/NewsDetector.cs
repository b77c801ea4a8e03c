using System.Globalization;

using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Formats.NewsReport;

/// <summary>
/// Scores a detection window for a news report by its structure, from the lexing pass alone: paragraphs of prose
/// without turn labels, speech verbs of the lexicon in them, a spokesperson (the directory's or a role noun) or an
/// institution named, a briefing named, a dateline or the report's own date. Turn labels in front of prose
/// ("Mao Ning: ...", "Q: ...") make a transcript and pull the score down in proportion. English and Chinese alike,
/// whole pages and excerpts alike.
/// </summary>
internal static class NewsDetector
{
    /// <summary>The highest confidence <see cref="Score"/> gives.</summary>
    public const double Ceiling = 0.95;

    public static FormatDetection Score(DetectionContext context)
    {
        var lexed = context.Lexed;
        var lex = NewsLexicon.Of(context.Lexicon);
        int lines = lexed.WindowLineCount;
        int lastLine = -1;
        for (int i = lines - 1; i >= 0; i--)
        {
            if (!lexed[i].IsBlank)
            {
                lastLine = i;
                break;
            }
        }
        int prose = 0, spoken = 0, labelled = 0, questions = 0, answers = 0, alone = 0;
        bool role = false, briefing = false, dateline = false, reportDate = false, transcriptTitle = false, opensWithTurn = false;
        int firstProse = -1;
        char[]? buffer = null;
        for (int i = 0; i < lines; i++)
        {
            ref readonly var line = ref lexed[i];
            if (line.IsBlank) continue;
            var content = lexed[line.Content];
            bool isProse = NewsLayout.IsProse(lexed, i, lastLine);
            // The first paragraph may open with a dateline, which looks like a label ("China News Network Beijing, ...").
            bool opensWithDateline = false;
            if (isProse && firstProse < 0)
            {
                firstProse = i;
                dateline = opensWithDateline = NewsLayout.ReadDateline(lexed, lex, line.Content) is not null;
            }
            // Turn labels that open a line, or are glued inside one, with their text after them.
            int turns = 0;
            bool officialsTurn = false;
            if (!opensWithDateline && lexed.TryGetLabel(i, out var label) && IsTurnLabel(label, line))
            {
                Count(label, ref turns, ref questions, ref answers);
                officialsTurn = label.Delimiter is LabelDelimiter.Colon or LabelDelimiter.FullStop && label.Role is LabelRole.Answer or LabelRole.Official;
            }
            foreach (var inline in lexed.InlineLabels(i))
            {
                if (IsTurnLabel(inline, line) && inline.IsKnown) Count(inline, ref turns, ref questions, ref answers);
            }
            if (!isProse)
            {
                if (firstProse < 0 && line.Chrome is BoilerplateKind.Metadata or null && HasDate(lex, content)) reportDate = true;
                // A transcript's title: a briefing named with its official ("Noon Briefing by Farhan Haq, Deputy Spokesman").
                if (firstProse < 0 && line.Chrome is null && (line.Traits & LineTraits.TitleCandidate) != 0 && NamesOfficial(lexed, lex, line.Content)) transcriptTitle = true;
                // A speaker's label alone on its line, the turn's text below it ("Helen Marsh (00:00):").
                if (line.Chrome is null && content.Length <= 60 && CharClass.IsColon(content[^1]) && NextIsProse(lexed, i, lines, lastLine)) alone++;
                continue;
            }
            prose++;
            if (turns > 0)
            {
                // The body opens with a speaker's turn ("MS. PSAKI: Good afternoon ..."): the paragraphs after it are hers.
                if (prose == 1 && officialsTurn) opensWithTurn = true;
                labelled += turns;
                continue;
            }
            // Chinese text is read folded to simplified characters.
            var s = content;
            if ((line.Traits & LineTraits.Traditional) != 0 && content.Length <= 512)
            {
                buffer ??= new char[512];
                ChineseText.ToSimplified(content, buffer);
                s = buffer.AsSpan(0, content.Length);
            }
            if (HasSpeechVerb(lex, s)) spoken++;
            if (!role && (lex.Roles.OccursAsWord(s) || lex.InstitutionNames.OccursAsWord(s) || HasMention(lexed, line.Content))) role = true;
            if (!briefing && lex.BriefingNouns.OccursAsWord(s)) briefing = true;
        }
        // Labels alone on their lines, several of them: the turns of a transcript.
        if (alone >= 3) labelled += alone;

        if (prose == 0) return FormatDetection.None("no paragraphs of running text");
        // Prose without reported speech is no news of a briefing: nothing to attribute.
        if (spoken == 0)
            return FormatDetection.None(context.IncludeReason ? string.Create(CultureInfo.InvariantCulture, $"{prose} paragraphs of prose; no reported speech") : "");
        var reasons = new DetectionReasons(context.IncludeReason);
        double score = 0.25;
        if (spoken >= 2) score += 0.1;
        int unlabelled = prose - Math.Min(prose, labelled);
        if (unlabelled > 0 && spoken * 5 >= unlabelled * 2) score += 0.1;
        reasons.Add($"{spoken} of {prose} paragraphs with speech verbs");
        if (role)
        {
            score += 0.2;
            reasons.Add("a spokesperson or institution named");
        }
        if (briefing)
        {
            score += 0.1;
            reasons.Add("a briefing named");
        }
        if (dateline)
        {
            score += 0.15;
            reasons.Add("dateline");
        }
        else if (reportDate)
        {
            score += 0.05;
            reasons.Add("a date line");
        }
        if (labelled == 0)
        {
            score += 0.1;
            reasons.Add("no turn labels");
        }
        else
        {
            // A transcript: questions and answers labelled in front of the prose.
            bool transcript = questions > 0 || answers >= 2 || alone >= 3 || opensWithTurn;
            double share = opensWithTurn ? Math.Max(0.5, (double)labelled / prose) : (double)labelled / prose;
            if (transcript) score *= Math.Max(0, 1 - 1.5 * share);
            reasons.Add($"{labelled} labelled paragraphs ({questions} questions, {answers} answers)");
        }
        if (transcriptTitle)
        {
            score *= 0.7;
            reasons.Add("a transcript's title");
        }
        return new FormatDetection(Math.Round(Math.Min(Ceiling, score), 3), reasons.ToString());
    }

    private static bool NextIsProse(LexedText lexed, int i, int lines, int lastLine)
    {
        for (int j = i + 1; j < lines; j++)
        {
            if (lexed[j].IsBlank) continue;
            return NewsLayout.IsProse(lexed, j, lastLine);
        }
        return false;
    }

    /// <summary>Whether the directory's people are named inside <paramref name="span"/>.</summary>
    private static bool HasMention(LexedText lexed, TextSpan span)
    {
        for (int mentionIndex = 0; mentionIndex < lexed.Mentions.Count; mentionIndex++)
        {
            var m = lexed.Mentions[mentionIndex];
            if (m.Span.Start >= span.End) return false;
            if (m.Span.Start >= span.Start) return true;
        }
        return false;
    }

    /// <summary>Whether a line names an official: one of the directory's people, or an office ("Deputy Spokesman").</summary>
    private static bool NamesOfficial(LexedText lexed, NewsLexicon lex, TextSpan span) =>
        HasMention(lexed, span) || lex.OfficeWords.OccursAsWord(lexed[span]);

    private static bool IsTurnLabel(in LabelCandidate label, in LexedLine line) =>
        (label.Delimiter is LabelDelimiter.Colon or LabelDelimiter.FullStop or LabelDelimiter.Hint || (label.Delimiter == LabelDelimiter.Space && label.IsKnown))
        && label.ContentStart < line.Content.End;

    private static void Count(in LabelCandidate label, ref int turns, ref int questions, ref int answers)
    {
        turns++;
        if (label.Role is LabelRole.Question or LabelRole.FollowUp) questions++;
        else if (label.Role is LabelRole.Answer or LabelRole.Official) answers++;
    }

    private static bool HasDate(NewsLexicon lex, ReadOnlySpan<char> s) =>
        lex.Lexicon.Dates.TryFindDate(s, DateForms.All, out _, out _, out _) || DateReader.TryFindNumericDate(s, false, out _, out _);

    /// <summary>Whether a speech verb stands in the line as a word (a one-character Chinese verb only before punctuation or a quotation).</summary>
    public static bool HasSpeechVerb(NewsLexicon lex, ReadOnlySpan<char> s)
    {
        int offset = 0;
        while (offset < s.Length)
        {
            int at = lex.Verbs.IndexOfWord(s[offset..], out int length, out var entry);
            if (at < 0 || entry is null) return false;
            int end = offset + at + length;
            if (!entry.HasTag(NewsLexicon.ParticipleTag) && (!entry.HasTag(NewsLexicon.PunctTag) || (end < s.Length && s[end] is '，' or ',' or '：' or ':' or '“' or '「' or '"')))
                return true;
            offset += at + Math.Max(1, length);
        }
        return false;
    }
}
