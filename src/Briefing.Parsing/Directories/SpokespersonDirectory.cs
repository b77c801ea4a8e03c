using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Briefing.Parsing;

/// <summary>A spokesperson known to the library: names, institution and term of office.</summary>
/// <param name="Name">The canonical name in English word order as the institution prints it ("Mao Ning").</param>
/// <param name="Institution">The full name of the institution ("Ministry of Foreign Affairs of the People's Republic of China").</param>
public sealed record SpokespersonEntry(string Name, string Institution)
{
    /// <summary>
    /// The id of the institution in the institution directory ("mfa-china", "us-state"), when known; formats name the
    /// institution they read by this id. When it is <see langword="null"/>, the institution is looked up by
    /// <see cref="Institution"/>.
    /// </summary>
    public string? InstitutionId { get; init; }

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
/// An immutable, thread-safe directory of spokespersons, looked up by full name (English or Chinese, simplified or
/// traditional characters), alias or surname. The built-in data covers the Chinese Foreign Ministry's spokespersons since
/// 2002 and the spokespersons (or ministers) of the other institutions the library has formats for, with their terms of
/// office where they can be attested; users add their own with <see cref="Add(IEnumerable{SpokespersonEntry})"/> or
/// through <see cref="BriefingParserBuilder"/>. One person may hold offices in two institutions (two entries with the
/// same name); look-ups then prefer the institution and the term asked for.
/// </summary>
public sealed class SpokespersonDirectory
{
    private readonly FrozenDictionary<string, ImmutableArray<SpokespersonEntry>>.AlternateLookup<ReadOnlySpan<char>> _byName;
    private readonly FrozenDictionary<string, ImmutableArray<SpokespersonEntry>>.AlternateLookup<ReadOnlySpan<char>> _bySurname;

    /// <summary>
    /// Creates a directory from <paramref name="entries"/>; a later entry with the same name and institution replaces an
    /// earlier one.
    /// </summary>
    public SpokespersonDirectory(IEnumerable<SpokespersonEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<SpokespersonEntry>();
        foreach (var e in entries)
        {
            ArgumentNullException.ThrowIfNull(e);
            int existing = list.FindIndex(x => LabelKey.Fold(x.Name) == LabelKey.Fold(e.Name)
                && string.Equals(x.InstitutionId ?? x.Institution, e.InstitutionId ?? e.Institution, StringComparison.Ordinal));
            if (existing >= 0) list[existing] = e; else list.Add(e);
        }
        Entries = [.. list];

        var byName = new Dictionary<string, List<SpokespersonEntry>>(StringComparer.Ordinal);
        var bySurname = new Dictionary<string, List<SpokespersonEntry>>(StringComparer.Ordinal);
        static void Add(Dictionary<string, List<SpokespersonEntry>> table, string key, SpokespersonEntry e)
        {
            key = LabelKey.Fold(key);
            if (key.Length == 0) return;
            if (!table.TryGetValue(key, out var same)) table[key] = same = [];
            if (!same.Contains(e)) same.Add(e);
        }
        foreach (var e in Entries)
        {
            Add(byName, e.Name, e);
            if (e.NameZh is { Length: > 0 } zh)
            {
                Add(byName, zh, e);
                // Traditional characters fold to simplified ones, so 毛寧 finds 毛宁 through the key.
            }
            foreach (var alias in e.Aliases) Add(byName, alias, e);
            Add(bySurname, e.Surname, e);
        }
        _byName = byName.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _bySurname = bySurname.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in directory (see the class remarks for what it covers).</summary>
    public static SpokespersonDirectory Default => DirectoryData.Spokespersons;

    /// <summary>All entries in the order they were given.</summary>
    public ImmutableArray<SpokespersonEntry> Entries { get; }

    /// <summary>Returns a new directory with <paramref name="entries"/> added (replacing entries of the same name and institution).</summary>
    public SpokespersonDirectory Add(IEnumerable<SpokespersonEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new SpokespersonDirectory(Entries.Concat(entries));
    }

    /// <summary>
    /// Finds a spokesperson by full name, Chinese name (simplified or traditional) or alias; case, spacing, full stops and
    /// apostrophes do not matter. When two entries share the name, the first is returned.
    /// </summary>
    public SpokespersonEntry? FindByName(ReadOnlySpan<char> name) => FindByName(name, null, null);

    /// <summary>
    /// Finds a spokesperson by name as <see cref="FindByName(ReadOnlySpan{char})"/> does; when two entries share the name,
    /// the one of <paramref name="institution"/> (an id or a full name) wins, then the one in office on
    /// <paramref name="date"/>.
    /// </summary>
    public SpokespersonEntry? FindByName(ReadOnlySpan<char> name, DateOnly? date, string? institution)
    {
        var all = Lookup(_byName, name);
        return Pick(all, date, institution);
    }

    /// <summary>The one entry of <paramref name="all"/>, else the preferred one (<see cref="Prefer"/>), else the first; <see langword="null"/> for none.</summary>
    private static SpokespersonEntry? Pick(ImmutableArray<SpokespersonEntry> all, DateOnly? date, string? institution)
    {
        if (all.IsDefaultOrEmpty) return null;
        if (all.Length == 1) return all[0];
        return Prefer(all, date, institution) ?? all[0];
    }

    /// <summary><see cref="FindByName(ReadOnlySpan{char})"/> of a name already folded (<see cref="LabelKey"/>).</summary>
    internal SpokespersonEntry? FindByKey(ReadOnlySpan<char> key)
    {
        return !key.IsEmpty && _byName.TryGetValue(key, out var all) ? Pick(all, null, null) : null;
    }

    /// <summary>Every entry with this name (one person with offices in two institutions has two).</summary>
    public ImmutableArray<SpokespersonEntry> FindAllByName(ReadOnlySpan<char> name)
    {
        var all = Lookup(_byName, name);
        return all.IsDefault ? [] : all;
    }

    /// <summary>
    /// Finds a spokesperson by surname alone ("Kong"). Several spokespersons share surnames, so the tie is broken by
    /// <paramref name="preferred"/> (e.g. the spokesperson named in the title), then by the term of office on
    /// <paramref name="date"/>; without either, only an unambiguous surname matches.
    /// </summary>
    public SpokespersonEntry? FindBySurname(ReadOnlySpan<char> surname, DateOnly? date = null, SpokespersonEntry? preferred = null) =>
        FindBySurname(surname, date, preferred, institution: null);

    /// <summary>
    /// Finds a spokesperson of <paramref name="institution"/> (an id or a full name, as in <see cref="SpokespersonEntry.InstitutionId"/>
    /// and <see cref="SpokespersonEntry.Institution"/>; <see langword="null"/> for any) by surname alone ("MR KIRBY" is John Kirby
    /// at the State Department). Ties are broken as in <see cref="FindBySurname(ReadOnlySpan{char}, DateOnly?, SpokespersonEntry?)"/>.
    /// </summary>
    public SpokespersonEntry? FindBySurname(ReadOnlySpan<char> surname, DateOnly? date, SpokespersonEntry? preferred, string? institution)
    {
        var all = Lookup(_bySurname, surname);
        if (all.IsDefaultOrEmpty) return null;
        // The candidates are the entries of the institution (every entry for none), in order; counted without a copy.
        int count = 0;
        SpokespersonEntry? only = null;
        foreach (var c in all)
        {
            if (institution is not null && !IsOf(c, institution)) continue;
            if (preferred is not null && c.Equals(preferred)) return preferred;
            count++;
            only ??= c;
        }
        if (count == 0) return null;
        if (count == 1) return only;
        if (date is { } d)
        {
            SpokespersonEntry? hit = null;
            foreach (var c in all)
            {
                if (institution is not null && !IsOf(c, institution)) continue;
                if (!c.InOfficeOn(d)) continue;
                if (hit is not null && hit.Name != c.Name) return null;
                hit ??= c;
            }
            return hit;
        }
        return null;
    }

    /// <summary>Whether some spokesperson of the directory has this surname.</summary>
    public bool IsSurname(ReadOnlySpan<char> surname) => !Lookup(_bySurname, surname).IsDefaultOrEmpty;

    /// <summary>Whether <paramref name="entry"/> belongs to <paramref name="institution"/> (an id or a full name).</summary>
    public static bool IsOf(SpokespersonEntry entry, string institution)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(institution);
        return string.Equals(entry.InstitutionId, institution, StringComparison.Ordinal) || string.Equals(entry.Institution, institution, StringComparison.Ordinal);
    }

    private static SpokespersonEntry? Prefer(ImmutableArray<SpokespersonEntry> all, DateOnly? date, string? institution)
    {
        if (institution is not null)
        {
            foreach (var e in all)
            {
                if (IsOf(e, institution)) return e;
            }
        }
        if (date is { } d)
        {
            foreach (var e in all)
            {
                if (e.InOfficeOn(d)) return e;
            }
        }
        return null;
    }

    private static ImmutableArray<SpokespersonEntry> Lookup(FrozenDictionary<string, ImmutableArray<SpokespersonEntry>>.AlternateLookup<ReadOnlySpan<char>> table, ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || key.Length > LabelKey.MaxLength) return default;
        Span<char> buffer = stackalloc char[LabelKey.MaxLength];
        int n = LabelKey.Fold(key, buffer);
        return n > 0 && table.TryGetValue(buffer[..n], out var found) ? found : default;
    }
}
