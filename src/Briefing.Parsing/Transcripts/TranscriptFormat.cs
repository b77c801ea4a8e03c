using System.Globalization;
using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Transcripts;

/// <summary>
/// A transcript format: a <see cref="TranscriptDefinition"/> run by the one <see cref="TranscriptPipeline"/> and scored by
/// the one <see cref="TranscriptDetector"/>. Every shipped transcript format is one; write yours the same way:
/// <c>builder.AddFormat(new TranscriptFormat(new TranscriptDefinition { Id = "…", … }))</c>.
/// </summary>
/// <param name="definition">The format's definition.</param>
public class TranscriptFormat(TranscriptDefinition definition) : BriefingFormat
{
    /// <summary>The definition this format runs.</summary>
    public TranscriptDefinition Definition { get; } = definition ?? throw new ArgumentNullException(nameof(definition));

    /// <inheritdoc />
    public override string Id => Definition.Id;

    /// <inheritdoc />
    public override string Description => Definition.Description ?? Definition.Id;

    /// <inheritdoc />
    public override int Priority => Definition.Priority;

    /// <inheritdoc />
    public override IEnumerable<LexiconEntry> LexiconEntries => Definition.LexiconEntries();

    /// <inheritdoc />
    public override FormatDetection Detect(DetectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TranscriptDetector.Score(context.Lexed, Definition, context.IncludeReason);
    }

    /// <summary>
    /// <see cref="TranscriptDetector.MaxConfidence"/>; 1 in a subclass, which may build its confidence on this one's
    /// (the bound is the detector's score's only).
    /// </summary>
    internal override double MaxConfidence(LexedText lexed) => GetType() == typeof(TranscriptFormat) ? TranscriptDetector.MaxConfidence(lexed, Definition) : 1.0;

    /// <inheritdoc />
    public override PressBriefing Parse(ParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TranscriptPipeline.Run(context, Definition);
    }
}

/// <summary>
/// Scores a detection window for a <see cref="TranscriptDefinition"/> from the lexing pass alone: its title, an opening
/// sentence, labels typical of it (its own label words, its officials, labels of its shape), its officials named in the
/// text, its cue phrases, turns by its officials alone (an excerpt without questions); then the language profile and
/// whose officials the labels name. A format of any institution (no <see cref="TranscriptDefinition.InstitutionId"/>)
/// scores the turn structure only, below any format that knows the text.
/// </summary>
public static class TranscriptDetector
{
    private const double TitleWeight = 0.55;
    private const double LeadWeight = 0.25;
    private const double CueWeight = 0.07;
    private const int MaxCues = 3;
    private const double LabelWeight = 0.07;
    private const double MaxLabels = 0.45;
    private const double OfficialWeight = 0.1;
    private const double OfficialsOnlyWeight = 0.35;
    private const double Ceiling = 0.95;

    /// <summary>
    /// How many labels glued inside one line detection resolves: far more than a page that lost its line breaks holds
    /// before its labels have said whose it is, and a bound on the work per line. A line of labels glued together
    /// (<c>Q:A:Q:A:…</c>) was resolved in full by every transcript format: 3 KB allocated per input character.
    /// </summary>
    internal const int MaxInlineLabelsPerLine = 256;

    /// <summary>
    /// The highest confidence <see cref="Score(LexedText, TranscriptDefinition, bool)"/> can give <paramref name="lexed"/>
    /// for <paramref name="definition"/>, known before scoring it: 0.45 for a format of any institution (no
    /// <see cref="TranscriptDefinition.InstitutionId"/>); for a format whose <see cref="TranscriptDefinition.Languages"/>
    /// leave out the text's language profile (and that no title in two languages can make interleaved), the ceiling once
    /// the language has pulled it down; else the ceiling of every score. A ranking skips a format whose bound is below the
    /// best confidence found (<see cref="DetectionContext.ConfidenceToBeat"/>).
    /// </summary>
    public static double MaxConfidence(LexedText lexed, TranscriptDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.InstitutionId is null) return GenericCeiling;
        var languages = definition.Languages;
        // A title with its translation makes the text "mul" (see Score), so only a format that cannot read one, or does not
        // take "mul", is sure to be pulled down.
        if (!languages.IsEmpty && !languages.Contains(lexed.LanguageProfile) && (definition.Titles.IsEmpty || !languages.Contains("mul")))
            return Ceiling * OtherLanguage;
        return Ceiling;
    }

    private const double GenericCeiling = 0.45;
    private const double OtherLanguage = 0.3;

    /// <summary>Scores <paramref name="lexed"/> for <paramref name="definition"/>, with the reason.</summary>
    public static FormatDetection Score(LexedText lexed, TranscriptDefinition definition) => Score(lexed, definition, includeReason: true);

    /// <summary>
    /// Scores <paramref name="lexed"/> for <paramref name="definition"/>; without <paramref name="includeReason"/> the
    /// reason is empty and not built (the confidence is the same).
    /// </summary>
    public static FormatDetection Score(LexedText lexed, TranscriptDefinition definition, bool includeReason)
    {
        ArgumentNullException.ThrowIfNull(lexed);
        ArgumentNullException.ThrowIfNull(definition);
        int lines = lexed.WindowLineCount;
        var reasons = new DetectionReasons(includeReason);
        double score = 0;

        var title = definition.Titles.IsEmpty ? null : TitleReader.Find(lexed, definition, lines);
        if (title is not null)
        {
            // A title that names no one, or names someone the directory does not know, says less about whose briefing it
            // is: "Press Briefing by Press Secretary <Name>" is many governments' wording (cue phrases make up for it below).
            score += definition.InstitutionId is null ? 0.05 : title.Name is null ? TitleWeight - 0.2 : title.Official is null ? TitleWeight - 0.4 : TitleWeight;
            reasons.Add($"title '{Shorten(TextNormalizer.Normalize(lexed[title.Span]))}'");
        }
        string language = lexed.LanguageProfile;
        if (title?.Translation is not null) language = "mul";

        var labels = LabelResolver.RentShared(lexed, definition, title?.Official, title?.Name, title?.Date, definition.Language ?? language);
        try
        {
            return Score(lexed, definition, labels, title, language, ref reasons, score);
        }
        finally
        {
            LabelResolver.ReturnShared(labels);
        }
    }

    private static FormatDetection Score(LexedText lexed, TranscriptDefinition definition, LabelResolver labels, TitleMatch? title, string language,
        ref DetectionReasons reasons, double score)
    {
        int lines = lexed.WindowLineCount;
        int typical = 0, known = 0, questions = 0, answers = 0, ours = 0, theirs = 0, knownOfficials = 0, oursInHeadlines = 0;
        for (int i = 0; i < lines; i++)
        {
            if (lexed[i].IsBlank) continue;
            if (lexed.TryGetLabel(i, out var atStart)) Count(atStart, IsHeadline(lexed[i]));
            var inline = lexed.InlineLabels(i);
            foreach (var candidate in inline[..Math.Min(inline.Length, MaxInlineLabelsPerLine)]) Count(candidate, headline: false);
        }
        // Counted from what the resolver makes of each label, without building the labels' speakers (a label per
        // definition and label of the window).
        void Count(in LabelCandidate candidate, bool headline)
        {
            if (!labels.TryClassify(candidate, out var role, out var evidence, out bool distinctive, out var official, out var delimiter)) return;
            bool loose = evidence == LabelEvidence.Shape;
            if (role == TurnRole.Answer) answers++; else questions++;
            if (loose && delimiter != LabelDelimiter.Space) return;
            known++;
            if (distinctive) typical++;
            if (official is not null && lexed.Directories.Institutions.Of(official) is not null) knownOfficials++;
            if (official is not null && definition.InstitutionId is { } inst)
            {
                if (SpokespersonDirectory.IsOf(official, inst))
                {
                    ours++;
                    // A headline "Name: words" quotes the official; it is no turn of a transcript.
                    if (headline && delimiter != LabelDelimiter.LineEnd) oursInHeadlines++;
                }
                else if (lexed.Directories.Institutions.Of(official) is not null && FirstOf(lexed.Directories.Spokespersons.FindAllByName(official.Name), inst) is null) theirs++;
            }
        }
        bool turns = questions > 0 && answers > 0;

        if (definition.InstitutionId is null)
        {
            // The generic format: the turn structure alone, and never as sure as a format that knows the text. It steps back
            // where formats' cue phrases (whichever formats') or officials of a known institution say someone knows it.
            if (!turns || known < 2)
            {
                if (reasons.Count == 0) return FormatDetection.None(reasons.ToString(whenNone: "no question and answer labels"));
                reasons.Add("no turns");
                return FormatDetection.None(reasons.ToString());
            }
            score += Math.Min(0.4, 0.2 + 0.025 * known);
            reasons.Add($"{known} turn labels of an institution with no format");
            if (knownOfficials > 0 || HasTwoCuePhrases(lexed))
            {
                score *= 0.6;
                reasons.Add(knownOfficials > 0 ? "officials of a known institution" : "phrases of a known institution");
            }
            return new FormatDetection(Math.Min(GenericCeiling, score), reasons.ToString());
        }

        bool lead = false;
        if (title is null && FindLead(lexed, definition, lines) is { } leadSpan)
        {
            lead = true;
            score += LeadWeight;
            reasons.Add($"opening '{Shorten(TextNormalizer.Normalize(lexed[leadSpan]))}'");
        }
        // Labels typical of the format count in full when something else says whose briefing it is (a title, a lead, a
        // cue phrase, one of its officials); alone ("Q:"/"A:" are many ministries') they count little.
        double labelScore = turns && typical > 0 ? Math.Min(MaxLabels, LabelWeight * typical) : 0;

        // Cue phrases (the lexing pass found them) and the institution's officials named in the window.
        // The first MaxCues distinct phrases of the format (case aside), in the order of the text.
        Span<int> cues = stackalloc int[MaxCues];
        int cueCount = 0;
        string tag = definition.CueTag;
        var cuePhrases = lexed.Lexicon[LexiconCategories.Cue];
        for (int cueIndex = 0; cueIndex < lexed.Cues.Count && cueCount < MaxCues; cueIndex++)
        {
            var entry = lexed.Cues[cueIndex].Entry;
            // The format's phrase, though another format listing it too may be the entry the search returned.
            if (!cuePhrases.HasTag(entry, tag)) continue;
            bool seen = false;
            foreach (int c in cues[..cueCount]) seen |= string.Equals(lexed.Cues[c].Entry.Text, entry.Text, StringComparison.OrdinalIgnoreCase);
            if (!seen) cues[cueCount++] = cueIndex;
        }
        if (cueCount > 0)
        {
            score += CueWeight * cueCount;
            // Turns and the institution's phrases: an excerpt of its briefing, though no title or label says whose.
            if (turns && known >= 2 && cueCount >= 2) score += 0.2;
            reasons.Add($"mentions {CueList(lexed, cues[..cueCount])}");
        }
        // Turns by the institution's own officials and no question at all: an excerpt of its briefing whose reporters'
        // turns the copy dropped (the spokesperson's opening, answers quoted one after another). The labels say whose it
        // is, though nothing else does, and never as surely as a title; one quoted "Name:" line, or a headline
        // "Name: words", is no excerpt.
        int officialTurns = ours - oursInHeadlines;
        if (questions == 0 && officialTurns >= 2 && answers == ours)
        {
            score += OfficialsOnlyWeight;
            reasons.Add($"{officialTurns} turns by its officials and no question");
        }
        bool named = false;
        for (int mentionIndex = 0; mentionIndex < lexed.Mentions.Count; mentionIndex++)
        {
            var mention = lexed.Mentions[mentionIndex];
            if (mention.Span.Start >= lexed.WindowLength) break;
            var entry = FirstOf(mention.Entries, definition.InstitutionId!);
            if (entry is null) continue;
            score += OfficialWeight;
            reasons.Add($"names {entry.Name}");
            named = true;
            break;
        }
        if (labelScore > 0)
        {
            // A title that names someone the directory does not know corroborates nothing.
            bool titleSays = title is not null && (title.Official is not null || title.Name is null);
            bool corroborated = titleSays || lead || cueCount > 0 || ours > 0 || named;
            score += corroborated ? labelScore : labelScore * 0.4;
            reasons.Add($"{typical} labels of this format");
        }
        if (reasons.Count == 0) return FormatDetection.None(reasons.ToString(whenNone: "no title, phrases or labels of this format"));

        // Labels that name another institution's officials, and text in another language, make the format unlikely.
        score = Math.Min(Ceiling, score);
        if (theirs > ours)
        {
            score *= 0.3;
            reasons.Add($"{theirs} labels name officials of another institution");
        }
        if (!definition.Languages.IsEmpty && !definition.Languages.Contains(language))
        {
            score *= OtherLanguage;
            reasons.Add(language switch { "zh" => "text in Chinese", "mul" => "text in two languages, interleaved", _ => "text in English" });
        }
        return new FormatDetection(Math.Min(Ceiling, score), reasons.ToString());
    }

    /// <summary>Whether the lexing pass found two different cue phrases (case aside), whichever formats' they are.</summary>
    private static bool HasTwoCuePhrases(LexedText lexed)
    {
        for (int i = 1; i < lexed.Cues.Count; i++)
        {
            if (!string.Equals(lexed.Cues[i].Entry.Text, lexed.Cues[0].Entry.Text, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>The cue phrases at <paramref name="indexes"/>, quoted and shortened, as the reason lists them.</summary>
    private static string CueList(LexedText lexed, ReadOnlySpan<int> indexes)
    {
        var sb = new System.Text.StringBuilder();
        foreach (int i in indexes)
        {
            if (sb.Length > 0) sb.Append(", ");
            sb.Append('\'').Append(Shorten(lexed.Cues[i].Entry.Text)).Append('\'');
        }
        return sb.ToString();
    }

    /// <summary>A line that reads like a headline, not a turn: short, and it does not end like a sentence.</summary>
    private static bool IsHeadline(in LexedLine line) => (line.Traits & LineTraits.EndsSentence) == 0 && line.Content.Length <= 200;

    /// <summary>An opening sentence of the format ("… held a regular press conference …") among the first lines of prose.</summary>
    private static TextSpan? FindLead(LexedText lexed, TranscriptDefinition definition, int lines)
    {
        int prose = 0;
        for (int i = 0; i < lines && prose < 3; i++)
        {
            ref readonly var line = ref lexed[i];
            if (line.IsBlank || line.Chrome is not null || lexed.TryGetLabel(i, out _) || line.Content.Length > 600) continue;
            if ((line.Traits & LineTraits.Fragment) != 0) continue;
            prose++;
            // Only a lead that names one of the institution's officials says whose briefing it is.
            if (BriefingFacts.ReadLead(lexed, i, definition, null) is { Official: { } official }
                && SpokespersonDirectory.IsOf(official, definition.InstitutionId!))
                return line.Content;
        }
        return null;
    }

    /// <summary>The first of <paramref name="entries"/> that is an official of <paramref name="institution"/> (a loop: no closure per label).</summary>
    private static SpokespersonEntry? FirstOf(System.Collections.Immutable.ImmutableArray<SpokespersonEntry> entries, string institution)
    {
        foreach (var e in entries)
        {
            if (SpokespersonDirectory.IsOf(e, institution)) return e;
        }
        return null;
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : string.Concat(s.AsSpan(0, 77), "...");
}
