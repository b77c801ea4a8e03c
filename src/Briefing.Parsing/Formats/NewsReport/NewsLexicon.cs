using System.Runtime.CompilerServices;

using Briefing.Parsing.Lexing;

namespace Briefing.Parsing.Formats.NewsReport;

/// <summary>
/// The phrase sets the news-report format reads, compiled once per <see cref="Lexicon"/>: speech verbs, adverbs and
/// negations, pronouns, determiners, role nouns, groups, institution heads and names, places, documents, "according to"
/// forms, remark nouns and claim verbs, question openers, reporter nouns and asking verbs, dateline ends. Every list is
/// lexicon data (<c>Lexing/Data/lexicon-news-*.json</c>, categories <c>news.*</c>); users extend them with
/// <see cref="BriefingParserBuilder.AddLexicon(IEnumerable{LexiconEntry})"/>.
/// </summary>
internal sealed class NewsLexicon
{
    public const string VerbCategory = "news.verb";
    public const string AdverbCategory = "news.adverb";
    public const string NegationCategory = "news.negation";
    public const string PronounCategory = "news.pronoun";
    public const string RelativeCategory = "news.relative";
    public const string DeterminerCategory = "news.determiner";
    public const string RoleCategory = "news.role";
    public const string GroupCategory = "news.group";
    public const string InstitutionCategory = "news.institution";
    public const string PlaceCategory = "news.place";
    public const string InstitutionNameCategory = "news.institution.name";
    public const string TitleWordCategory = "news.title.word";
    public const string DocumentCategory = "news.document";
    public const string AccordingCategory = "news.according";
    public const string RemarkCategory = "news.remark";
    public const string ClaimVerbCategory = "news.claim.verb";
    public const string ClaimFromCategory = "news.claim.from";
    public const string QuestionOpenCategory = "news.question.open";
    public const string ReporterCategory = "news.reporter";
    public const string AskCategory = "news.ask";
    public const string DatelineEndCategory = "news.dateline.end";
    public const string InfinitiveCategory = "news.infinitive";
    public const string TimePrepositionCategory = "news.time.preposition";
    public const string PrepositionCategory = "news.preposition";
    public const string AttributiveCategory = "news.attributive";
    public const string ArticleCategory = "news.article";
    public const string MannerSuffixCategory = "news.adverb.suffix";
    public const string ComplementizerCategory = "news.complementizer";
    public const string TodayCategory = "news.today";
    public const string FrameOpenCategory = "news.frame.open";
    public const string FrameCloseCategory = "news.frame.close";

    /// <summary>Tag of a role that is a spokesperson's ("发言人", "新闻发言人").</summary>
    public const string SpokespersonTag = "spokesperson";

    /// <summary>Tag of a conjunction that joins two verbs of one subject ("and", "but").</summary>
    public const string CoordinatorTag = "coordinator";

    /// <summary>Tag of the relative word that introduces the subject of a participle ("with").</summary>
    public const string ParticipleSubjectTag = "participle-subject";

    /// <summary>Tag of a verb form that attributes only after "with &lt;subject&gt;" ("with spokesperson Mao Ning calling ...").</summary>
    public const string ParticipleTag = "participle";
    /// <summary>Tag of a speech verb that asks ("asked", "问").</summary>
    public const string AskTag = "ask";
    /// <summary>Tag of a one-character Chinese verb that attributes only before punctuation or a quotation mark ("说", "称").</summary>
    public const string PunctTag = "punct";
    /// <summary>Tag of a place that speaks for its government ("China said ...").</summary>
    public const string CountryTag = "country";
    /// <summary>Tag prefix naming the directory institution a phrase stands for ("institution:mfa-china").</summary>
    public const string InstitutionTagPrefix = "institution:";

    private static readonly ConditionalWeakTable<Lexicon, NewsLexicon> s_cache = new();

    private NewsLexicon(Lexicon lexicon)
    {
        Lexicon = lexicon;
        Verbs = lexicon[VerbCategory];
        Adverbs = lexicon[AdverbCategory];
        Negations = lexicon[NegationCategory];
        Pronouns = lexicon[PronounCategory];
        Relatives = lexicon[RelativeCategory];
        Determiners = lexicon[DeterminerCategory];
        Roles = lexicon[RoleCategory];
        Groups = lexicon[GroupCategory];
        Institutions = lexicon[InstitutionCategory];
        InstitutionNouns = lexicon[LexiconCategories.InstitutionNoun];
        Places = lexicon[PlaceCategory];
        InstitutionNames = lexicon[InstitutionNameCategory];
        TitleWords = lexicon[TitleWordCategory];
        Offices = lexicon[LexiconCategories.Office];
        OfficeWords = lexicon[LexiconCategories.OfficeWord];
        Honorifics = lexicon[LexiconCategories.Honorific];
        Documents = lexicon[DocumentCategory];
        According = lexicon[AccordingCategory];
        Remarks = lexicon[RemarkCategory];
        ClaimVerbs = lexicon[ClaimVerbCategory];
        ClaimFrom = lexicon[ClaimFromCategory];
        QuestionOpeners = lexicon[QuestionOpenCategory];
        Reporters = lexicon[ReporterCategory];
        Asks = lexicon[AskCategory];
        DatelineEnds = lexicon[DatelineEndCategory];
        Infinitives = lexicon[InfinitiveCategory];
        TimePrepositions = lexicon[TimePrepositionCategory];
        Prepositions = lexicon[PrepositionCategory];
        Attributives = lexicon[AttributiveCategory];
        Articles = lexicon[ArticleCategory];
        MannerSuffixes = lexicon[MannerSuffixCategory];
        Complementizers = lexicon[ComplementizerCategory];
        Today = lexicon[TodayCategory];
        FrameOpen = lexicon[FrameOpenCategory];
        FrameClose = lexicon[FrameCloseCategory];
        BriefingNouns = lexicon[LexiconCategories.BriefingNoun];
        Weekdays = lexicon[LexiconCategories.Weekday];
        Months = lexicon[LexiconCategories.Month];
        Yesterday = lexicon[LexiconCategories.Yesterday];
        Ordinals = lexicon[LexiconCategories.Ordinal];
        Abbreviations = lexicon[LexiconCategories.Abbreviation];
        MetadataKeys = lexicon[LexiconCategories.MetadataKey];
        LeadVerbs = lexicon[LexiconCategories.LeadVerb];
    }

    /// <summary>The phrase sets of <paramref name="lexicon"/>.</summary>
    public static NewsLexicon Of(Lexicon lexicon) => s_cache.GetValue(lexicon, static l => new NewsLexicon(l));

    public Lexicon Lexicon { get; }
    public PhraseSet Verbs { get; }
    public PhraseSet Adverbs { get; }
    public PhraseSet Negations { get; }
    public PhraseSet Pronouns { get; }
    public PhraseSet Relatives { get; }
    public PhraseSet Determiners { get; }
    public PhraseSet Roles { get; }
    public PhraseSet Groups { get; }
    public PhraseSet Institutions { get; }
    public PhraseSet InstitutionNouns { get; }
    public PhraseSet Places { get; }
    public PhraseSet InstitutionNames { get; }
    public PhraseSet TitleWords { get; }
    public PhraseSet Offices { get; }
    public PhraseSet OfficeWords { get; }
    public PhraseSet Honorifics { get; }
    public PhraseSet Documents { get; }
    public PhraseSet According { get; }
    public PhraseSet Remarks { get; }
    public PhraseSet ClaimVerbs { get; }
    public PhraseSet ClaimFrom { get; }
    public PhraseSet QuestionOpeners { get; }
    public PhraseSet Reporters { get; }
    public PhraseSet Asks { get; }
    public PhraseSet DatelineEnds { get; }
    public PhraseSet Infinitives { get; }
    public PhraseSet TimePrepositions { get; }
    public PhraseSet Prepositions { get; }

    /// <summary>Chinese particles that make the verb before them modify a noun ("美方宣布的措施"): such a verb attributes nothing.</summary>
    public PhraseSet Attributives { get; }

    /// <summary>Articles left out of a display name ("the ministry" → "Ministry").</summary>
    public PhraseSet Articles { get; }

    /// <summary>Word endings of adverbs of manner ("-ly": "firmly said").</summary>
    public PhraseSet MannerSuffixes { get; }
    public PhraseSet Complementizers { get; }
    public PhraseSet Today { get; }
    public PhraseSet FrameOpen { get; }
    public PhraseSet FrameClose { get; }
    public PhraseSet BriefingNouns { get; }
    public PhraseSet Weekdays { get; }
    public PhraseSet Months { get; }
    public PhraseSet Yesterday { get; }
    public PhraseSet Ordinals { get; }
    public PhraseSet Abbreviations { get; }
    public PhraseSet MetadataKeys { get; }
    public PhraseSet LeadVerbs { get; }

    /// <summary>The directory institution an entry stands for ("institution:mfa-china" → "mfa-china"), or <see langword="null"/>.</summary>
    public static string? InstitutionOf(LexiconEntry? entry)
    {
        if (entry is null) return null;
        foreach (var tag in entry.Tags)
        {
            if (tag.StartsWith(InstitutionTagPrefix, StringComparison.Ordinal)) return tag[InstitutionTagPrefix.Length..];
        }
        return null;
    }

    /// <summary>Whether a word is part of a title or office rather than of a name ("Foreign", "Minister", "Chinese", "Mr.").</summary>
    public bool IsTitleWord(ReadOnlySpan<char> word) =>
        TitleWords.Contains(word) || OfficeWords.Contains(word) || Honorifics.Contains(word) || Offices.Contains(word) || Roles.Contains(word)
        || InstitutionNouns.Contains(word) || Institutions.Contains(word);
}
