using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Briefing.Parsing;

/// <summary>A spokesperson known to the library: names, institution and term of office.</summary>
/// <param name="Name">The canonical name in English word order as the institution prints it ("Mao Ning").</param>
/// <param name="Institution">The full name of the institution ("Ministry of Foreign Affairs of the People's Republic of China").</param>
public sealed record SpokespersonEntry(string Name, string Institution)
{
    /// <summary>The name in Chinese characters, when the spokesperson has one ("毛宁").</summary>
    public string? NameZh { get; init; }

    /// <summary>
    /// The surname as used in short labels ("Mao" in "Mao:", "Kirby" in "MR KIRBY:"). Defaults to the first word of
    /// <see cref="Name"/>, which is right for Chinese names; set it for names that put the surname last ("John Kirby").
    /// </summary>
    public string Surname { get; init => field = string.IsNullOrWhiteSpace(value) ? FirstWord(Name) : value; } = FirstWord(Name);

    /// <summary>
    /// The office as lower-case words ("minister for foreign affairs", "deputy spokesperson"); <see langword="null"/>
    /// means "spokesperson". Copied to <see cref="Speaker.Role"/>.
    /// </summary>
    public string? Role { get; init; }

    /// <summary>Other spellings and label forms ("Mr. Lin Jian", "Spokesperson Mao").</summary>
    public ImmutableArray<string> Aliases { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>First day in office (approximate where the exact day is not attested).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day in office, or <see langword="null"/> while in office.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Whether the spokesperson was in office on <paramref name="date"/>.</summary>
    public bool InOfficeOn(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);

    /// <summary>This entry as a <see cref="Speaker"/> of the model, named in English.</summary>
    public Speaker ToSpeaker() => ToSpeaker("en");

    /// <summary>
    /// This entry as a <see cref="Speaker"/> named as a document in <paramref name="language"/> names it: "zh" gives the
    /// Chinese name (with <see cref="Speaker.NameEn"/>), "mul" (bilingual) both ("汪文斌 Wang Wenbin"), anything else English.
    /// </summary>
    public Speaker ToSpeaker(string? language) => (language, NameZh) switch
    {
        ("zh", { } zh) => new Speaker(zh) { NameZh = zh, NameEn = Name, Role = Role ?? "spokesperson" },
        ("mul", { } zh) => new Speaker(zh + " " + Name) { NameZh = zh, NameEn = Name, Role = Role ?? "spokesperson" },
        _ => new Speaker(Name) { NameZh = NameZh, Role = Role ?? "spokesperson" },
    };

    private static string FirstWord(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.AsSpan().Trim();
        int space = trimmed.IndexOf(' ');
        return (space < 0 ? trimmed : trimmed[..space]).ToString();
    }
}

/// <summary>
/// An immutable, thread-safe directory of spokespersons, looked up by full name (English or Chinese), alias or surname.
/// The built-in data covers the Chinese Foreign Ministry's spokespersons since 2002 and the spokespersons (or ministers) of
/// the U.S. Department of State, the United Nations Secretary-General, the foreign ministries of Japan, India, Russia and
/// Pakistan whose terms can be attested; users add their own with
/// <see cref="Add(IEnumerable{SpokespersonEntry})"/> or through <see cref="BriefingParserBuilder"/>.
/// </summary>
public sealed class SpokespersonDirectory
{
    private readonly FrozenDictionary<string, SpokespersonEntry> _byName;
    private readonly FrozenDictionary<string, SpokespersonEntry>.AlternateLookup<ReadOnlySpan<char>> _byNameSpan;
    private readonly FrozenDictionary<string, ImmutableArray<SpokespersonEntry>> _bySurname;
    private readonly FrozenDictionary<string, ImmutableArray<SpokespersonEntry>>.AlternateLookup<ReadOnlySpan<char>> _bySurnameSpan;

    /// <summary>Creates a directory from <paramref name="entries"/>; later entries with the same name replace earlier ones.</summary>
    public SpokespersonDirectory(IEnumerable<SpokespersonEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<SpokespersonEntry>();
        foreach (var e in entries)
        {
            ArgumentNullException.ThrowIfNull(e);
            int existing = list.FindIndex(x => LabelKeyComparer.Instance.Equals(x.Name, e.Name));
            if (existing >= 0) list[existing] = e; else list.Add(e);
        }
        Entries = [.. list];

        var byName = new Dictionary<string, SpokespersonEntry>(LabelKeyComparer.Instance);
        var bySurname = new Dictionary<string, List<SpokespersonEntry>>(LabelKeyComparer.Instance);
        foreach (var e in Entries)
        {
            byName[e.Name] = e;
            if (e.NameZh is { Length: > 0 } zh) byName[zh] = e;
            foreach (var alias in e.Aliases) byName[alias] = e;
            if (!bySurname.TryGetValue(e.Surname, out var same)) bySurname[e.Surname] = same = [];
            same.Add(e);
        }
        _byName = byName.ToFrozenDictionary(LabelKeyComparer.Instance);
        _byNameSpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _bySurname = bySurname.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), LabelKeyComparer.Instance);
        _bySurnameSpan = _bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in directory (see the class remarks for what it covers).</summary>
    public static SpokespersonDirectory Default => DirectoryData.Spokespersons;

    /// <summary>All entries in the order they were given.</summary>
    public ImmutableArray<SpokespersonEntry> Entries { get; }

    /// <summary>Returns a new directory with <paramref name="entries"/> added (replacing entries of the same name).</summary>
    public SpokespersonDirectory Add(IEnumerable<SpokespersonEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new SpokespersonDirectory(Entries.Concat(entries));
    }

    /// <summary>Finds a spokesperson by full name, Chinese name or alias (case, spacing and apostrophes do not matter).</summary>
    public SpokespersonEntry? FindByName(ReadOnlySpan<char> name) =>
        _byNameSpan.TryGetValue(name, out var entry) ? entry : null;

    /// <summary>
    /// Finds a spokesperson by surname alone ("Kong"). Several spokespersons share surnames, so the tie is broken by
    /// <paramref name="preferred"/> (e.g. the spokesperson named in the title), then by the term of office on
    /// <paramref name="date"/>; without either, only an unambiguous surname matches.
    /// </summary>
    public SpokespersonEntry? FindBySurname(ReadOnlySpan<char> surname, DateOnly? date = null, SpokespersonEntry? preferred = null) =>
        FindBySurname(surname, date, preferred, institution: null);

    /// <summary>
    /// Finds a spokesperson of <paramref name="institution"/> (the full name, as in <see cref="SpokespersonEntry.Institution"/>;
    /// <see langword="null"/> for any) by surname alone ("MR KIRBY" is John Kirby at the State Department). Ties are broken
    /// as in <see cref="FindBySurname(ReadOnlySpan{char}, DateOnly?, SpokespersonEntry?)"/>.
    /// </summary>
    public SpokespersonEntry? FindBySurname(ReadOnlySpan<char> surname, DateOnly? date, SpokespersonEntry? preferred, string? institution)
    {
        if (!_bySurnameSpan.TryGetValue(surname, out var all)) return null;
        var candidates = institution is null ? all : all.RemoveAll(c => !string.Equals(c.Institution, institution, StringComparison.Ordinal));
        if (candidates.IsEmpty) return null;
        if (preferred is not null && candidates.Contains(preferred)) return preferred;
        if (candidates.Length == 1) return candidates[0];
        if (date is { } d)
        {
            SpokespersonEntry? hit = null;
            foreach (var c in candidates)
            {
                if (!c.InOfficeOn(d)) continue;
                if (hit is not null) return null;
                hit = c;
            }
            return hit;
        }
        return null;
    }
}
