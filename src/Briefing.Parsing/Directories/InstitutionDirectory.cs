using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Briefing.Parsing;

/// <summary>An institution that holds briefings: a ministry, an office, an organisation.</summary>
/// <param name="Id">A stable lower-case id ("mfa-china", "us-state"); formats and spokesperson entries refer to it.</param>
/// <param name="Name">The full name written to <see cref="PressBriefing.Institution"/> ("U.S. Department of State").</param>
public sealed record InstitutionEntry(string Id, string Name)
{
    /// <summary>The name in Chinese, when known.</summary>
    public string? NameZh { get; init; }

    /// <summary>Other names by which texts name the institution ("State Department", "外交部").</summary>
    public ImmutableArray<string> Aliases { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>An immutable, thread-safe directory of institutions, looked up by id or by name.</summary>
public sealed class InstitutionDirectory
{
    private readonly FrozenDictionary<string, InstitutionEntry> _byId;
    private readonly FrozenDictionary<string, InstitutionEntry>.AlternateLookup<ReadOnlySpan<char>> _byName;

    /// <summary>Creates a directory from <paramref name="entries"/>; a later entry with the same id replaces an earlier one.</summary>
    public InstitutionDirectory(IEnumerable<InstitutionEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<InstitutionEntry>();
        foreach (var e in entries)
        {
            ArgumentNullException.ThrowIfNull(e);
            if (string.IsNullOrWhiteSpace(e.Id)) throw new ArgumentException("An institution entry has no id.", nameof(entries));
            int existing = list.FindIndex(x => string.Equals(x.Id, e.Id, StringComparison.Ordinal));
            if (existing >= 0) list[existing] = e; else list.Add(e);
        }
        Entries = [.. list];
        _byId = list.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        var byName = new Dictionary<string, InstitutionEntry>(StringComparer.Ordinal);
        foreach (var e in list)
        {
            foreach (var name in (IEnumerable<string>)[e.Name, .. e.NameZh is { } zh ? [zh] : Array.Empty<string>(), .. e.Aliases])
            {
                string key = LabelKey.Fold(name);
                if (key.Length > 0) byName.TryAdd(key, e);
            }
        }
        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in directory.</summary>
    public static InstitutionDirectory Default => DirectoryData.Institutions;

    /// <summary>All entries in the order they were given.</summary>
    public ImmutableArray<InstitutionEntry> Entries { get; }

    /// <summary>Returns a new directory with <paramref name="entries"/> added (replacing entries with the same id).</summary>
    public InstitutionDirectory Add(IEnumerable<InstitutionEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new InstitutionDirectory(Entries.Concat(entries));
    }

    /// <summary>The institution with this id, or <see langword="null"/>.</summary>
    public InstitutionEntry? FindById(string? id) => id is not null && _byId.TryGetValue(id, out var e) ? e : null;

    /// <summary>The institution with this name or alias (folded comparison), or <see langword="null"/>.</summary>
    public InstitutionEntry? FindByName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > LabelKey.MaxLength) return null;
        Span<char> buffer = stackalloc char[LabelKey.MaxLength];
        int n = LabelKey.Fold(name, buffer);
        return n > 0 && _byName.TryGetValue(buffer[..n], out var e) ? e : null;
    }

    /// <summary>The institution of a spokesperson: by <see cref="SpokespersonEntry.InstitutionId"/>, else by its name.</summary>
    public InstitutionEntry? Of(SpokespersonEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return FindById(entry.InstitutionId) ?? FindById(entry.Institution) ?? FindByName(entry.Institution);
    }
}
