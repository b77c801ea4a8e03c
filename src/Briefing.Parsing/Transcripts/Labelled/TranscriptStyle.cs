using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Briefing.Parsing;

/// <summary>What a fixed label word stands for.</summary>
internal enum LabelWordKind
{
    /// <summary>A journalist who is not named: "QUESTION", "Question", "Correspondent".</summary>
    Question,
    /// <summary>The briefing's main official, by office: "Spokesman", "Minister", "Official Spokesperson".</summary>
    Official,
    /// <summary>An anonymous answer: "Answer", "A".</summary>
    Answer,
}

/// <summary>A fixed label word of a style.</summary>
/// <param name="Text">The word as printed, without the colon (compared case-insensitively, unless the style's labels are upper case).</param>
/// <param name="Kind">What it stands for.</param>
/// <param name="Distinctive">Whether the word is typical of this style rather than common to many (counts for detection).</param>
internal readonly record struct LabelWord(string Text, LabelWordKind Kind, bool Distinctive = false);

/// <summary>
/// The configuration of one labelled-transcript format: how its title reads, which label words it uses for journalists
/// and officials, which institution's officials it names, whether editors put topic headings between turns, and which
/// phrases betray it. One <see cref="LabelledTranscriptParser"/> and one <see cref="LabelledTranscriptDetector"/> serve
/// every style; each format's folder holds only its style.
/// </summary>
internal sealed class TranscriptStyle
{
    private FrozenDictionary<string, LabelWord>? _wordsByText;

    /// <summary>The institution's full name, as in the spokesperson directory ("U.S. Department of State").</summary>
    public required string Institution { get; init; }

    /// <summary>
    /// Title patterns, tried on each of the first lines. A <c>name</c> group gives the official; the date is the first
    /// full English date in the matched line.
    /// </summary>
    public required ImmutableArray<Regex> Titles { get; init; }

    /// <summary>An opening sentence naming the official ("... noon briefing by Stéphane Dujarric, Spokesman ..."), with a <c>name</c> group.</summary>
    public Regex? Lead { get; init; }

    /// <summary>The fixed label words.</summary>
    public required ImmutableArray<LabelWord> Words { get; init; }

    /// <summary>The fixed label words by text (built once; a race only builds the same table twice).</summary>
    public FrozenDictionary<string, LabelWord>.AlternateLookup<ReadOnlySpan<char>> WordsByText =>
        (_wordsByText ??= Words.ToFrozenDictionary(w => w.Text, LabelKeyComparer.Instance)).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Every turn label is upper case (the State Department's "MR KIRBY:", "QUESTION:"): mixed-case labels are not turns,
    /// and an upper-case label that is not a journalist's is an official's.
    /// </summary>
    public bool UpperCaseLabels { get; init; }

    /// <summary>Offices and honorifics typical of this style ("Official Spokesperson", "Shri"); labels with them count for detection.</summary>
    public ImmutableArray<string> DistinctiveOffices { get; init; } = [];

    /// <summary>Whether "Surname, Outlet" journalist labels ("Toba, Nippon TV") are typical of this style (they are read in every style).</summary>
    public bool SurnameOutletLabels { get; init; }

    /// <summary>
    /// Journalists are labelled by their own names ("Rishabh:", "Sudhi Ranjan:"): a label shaped like a personal name that no
    /// directory knows is taken as a journalist's once the transcript's officials are labelled.
    /// </summary>
    public bool NameLabelsAreJournalists { get; init; }

    /// <summary>Editors set topic headings between paragraphs and turns; such lines are boilerplate of kind <see cref="BoilerplateKind.Heading"/>.</summary>
    public bool Headings { get; init; }

    /// <summary>A date line under the title gives the briefing's date (not the posting date).</summary>
    public bool HeaderDateIsBriefingDate { get; init; }

    /// <summary>Texts of this style are often monologues: a text without turns is no surprise (no BP0104).</summary>
    public bool OftenMonologue { get; init; }

    /// <summary>Phrases that betray the style in running text, for detection.</summary>
    public ImmutableArray<Regex> Cues { get; init; } = [];
}
