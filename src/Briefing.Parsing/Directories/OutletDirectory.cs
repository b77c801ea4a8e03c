using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Briefing.Parsing;

/// <summary>A news outlet known to the library.</summary>
/// <param name="Name">The canonical name ("CCTV").</param>
public sealed record OutletEntry(string Name)
{
    /// <summary>The outlet's Chinese name ("中央电视台").</summary>
    public string? NameZh { get; init; }

    /// <summary>ISO 3166 alpha-2 country code, when known.</summary>
    public string? Country { get; init; }

    /// <summary>Other names in any language ("China Central Television", "总台央视").</summary>
    public ImmutableArray<string> Aliases { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>This entry as an <see cref="Outlet"/> of the model.</summary>
    public Outlet ToOutlet() => new(Name) { NameZh = NameZh, Country = Country };
}

/// <summary>
/// An immutable, thread-safe directory of news outlets, looked up by the label a transcript prints.
/// Every name and alias is also known in its label forms: "CCTV reporter", "CCTV journalist", "CCTV correspondent",
/// "reporter from CCTV", "CCTV记者", "《中国日报》记者" (title marks, case and spacing do not matter).
/// </summary>
public sealed class OutletDirectory
{
    private static readonly string[] EnglishSuffixes = [" reporter", " journalist", " correspondent", " reporters"];
    private static readonly string[] EnglishPrefixes = ["reporter from ", "journalist from ", "correspondent from ", "reporter of ", "journalist of ", "correspondent of ", "reporter with ", "journalist with "];
    private static readonly string[] ChineseSuffixes = ["记者", "社记者", "电视台记者"];

    private readonly FrozenDictionary<string, OutletEntry>.AlternateLookup<ReadOnlySpan<char>> _byLabel;
    private readonly int _maxKeyLength;

    /// <summary>Creates a directory from <paramref name="entries"/>; later entries with the same name replace earlier ones.</summary>
    public OutletDirectory(IEnumerable<OutletEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<OutletEntry>();
        foreach (var e in entries)
        {
            ArgumentNullException.ThrowIfNull(e);
            int existing = list.FindIndex(x => LabelKey.Fold(x.Name) == LabelKey.Fold(e.Name));
            if (existing >= 0) list[existing] = e; else list.Add(e);
        }
        Entries = [.. list];

        var byLabel = new Dictionary<string, OutletEntry>(StringComparer.Ordinal);
        var forms = new List<string>();
        int maxWords = 1;
        foreach (var e in Entries)
        {
            foreach (var name in Names(e))
            {
                foreach (var form in LabelForms(name))
                {
                    string key = LabelKey.Fold(form);
                    if (key.Length == 0 || !byLabel.TryAdd(key, e)) continue;
                    forms.Add(form);
                    maxWords = Math.Max(maxWords, CountWords(form));
                    _maxKeyLength = Math.Max(_maxKeyLength, key.Length);
                }
            }
        }
        KnownLabels = [.. forms];
        _byLabel = byLabel.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        MaxLabelWords = maxWords;
    }

    /// <summary>The built-in directory.</summary>
    public static OutletDirectory Default => DirectoryData.Outlets;

    /// <summary>All entries in the order they were given.</summary>
    public ImmutableArray<OutletEntry> Entries { get; }

    /// <summary>Every known label form (names, aliases and their reporter forms).</summary>
    internal System.Collections.Immutable.ImmutableArray<string> KnownLabels { get; }

    /// <summary>The largest number of space-separated words in any known label form.</summary>
    public int MaxLabelWords { get; }

    /// <summary>Returns a new directory with <paramref name="entries"/> added (replacing entries of the same name).</summary>
    public OutletDirectory Add(IEnumerable<OutletEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new OutletDirectory(Entries.Concat(entries));
    }

    /// <summary>Finds the outlet a printed label names ("CCTV", "CCTV reporter", "路透社记者"), or <see langword="null"/>.</summary>
    public OutletEntry? FindByLabel(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty || label.Length > LabelKey.MaxLength) return null;
        Span<char> buffer = stackalloc char[LabelKey.MaxLength];
        int n = LabelKey.Fold(label, buffer);
        return n > 0 ? FindByKey(buffer[..n]) : null;
    }

    /// <summary><see cref="FindByLabel"/> of a label already folded (<see cref="LabelKey"/>).</summary>
    internal OutletEntry? FindByKey(ReadOnlySpan<char> key) =>
        !key.IsEmpty && key.Length <= _maxKeyLength && _byLabel.TryGetValue(key, out var entry) ? entry : null;

    private static IEnumerable<string> Names(OutletEntry e)
    {
        yield return e.Name;
        if (e.NameZh is { Length: > 0 } zh) yield return zh;
        foreach (var a in e.Aliases) yield return a;
    }

    private static IEnumerable<string> LabelForms(string name)
    {
        yield return name;
        bool cjk = name.AsSpan().ContainsAnyInRange('\u3400', '\u9FFF');
        if (cjk)
        {
            foreach (var s in ChineseSuffixes) yield return name + s;
            yield break;
        }
        foreach (var s in EnglishSuffixes) yield return name + s;
        foreach (var p in EnglishPrefixes) yield return p + name;
        foreach (var s in ChineseSuffixes) yield return name + s;
    }

    private static int CountWords(string s)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool space = c == ' ';
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
