using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Briefing.Parsing;

/// <summary>The data every format resolves names against: spokespersons, news outlets and institutions.</summary>
/// <param name="Spokespersons">The spokesperson directory.</param>
/// <param name="Outlets">The outlet directory.</param>
public sealed record BriefingDirectories(SpokespersonDirectory Spokespersons, OutletDirectory Outlets)
{
    /// <summary>The institution directory (built-in institutions unless replaced).</summary>
    public InstitutionDirectory Institutions { get; init; } = InstitutionDirectory.Default;

    // A cache beside the record, not in it: fields of a record take part in its equality and are copied by "with".
    private static readonly ConditionalWeakTable<BriefingDirectories, FrozenSet<string>> s_firstWords = new();

    /// <summary>The built-in directories.</summary>
    public static BriefingDirectories Default { get; } = new(SpokespersonDirectory.Default, OutletDirectory.Default) { Institutions = InstitutionDirectory.Default };

    /// <summary>
    /// Whether <paramref name="word"/> is the first word of a known outlet label form, spokesperson name or alias (or of an
    /// honorific): a cheap test before trying the words of a line as a label without a colon.
    /// </summary>
    internal bool OpensKnownName(ReadOnlySpan<char> word)
    {
        var firstWords = s_firstWords.GetValue(this, static d => d.BuildFirstWords());
        return firstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private FrozenSet<string> BuildFirstWords()
    {
        var words = new HashSet<string>(LabelKeyComparer.Instance) { "Mr", "Ms", "Mrs", "Madam", "Spokesperson", "Spokesman", "Spokeswoman", "Foreign", "Director", "Deputy" };
        static string First(string name)
        {
            var trimmed = name.AsSpan().Trim();
            int space = trimmed.IndexOfAny(' ', '\u00A0');
            return (space < 0 ? trimmed : trimmed[..space]).ToString();
        }
        foreach (var e in Spokespersons.Entries)
        {
            words.Add(First(e.Name));
            if (e.NameZh is { Length: > 0 } zh) words.Add(zh);
            foreach (var a in e.Aliases) words.Add(First(a));
        }
        foreach (var form in Outlets.KnownLabels) words.Add(First(form));
        return words.ToFrozenSet(LabelKeyComparer.Instance);
    }
}
