using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Parsing;

/// <summary>Loads the built-in directories from the JSON resources embedded in the assembly (Directories/Data).</summary>
internal static class DirectoryData
{
    private static readonly Lazy<SpokespersonDirectory> s_spokespersons = new(LoadSpokespersons);
    private static readonly Lazy<OutletDirectory> s_outlets = new(LoadOutlets);
    private static readonly Lazy<SpokespersonFile> s_spokespersonFile = new(LoadSpokespersonFile);
    private static readonly Lazy<InstitutionDirectory> s_institutions = new(() => new InstitutionDirectory(
        s_spokespersonFile.Value.Institutions.Select(i => new InstitutionEntry(i.Id, i.Name) { NameZh = i.NameZh, Aliases = [.. i.Aliases ?? []] })));

    public static SpokespersonDirectory Spokespersons => s_spokespersons.Value;
    public static OutletDirectory Outlets => s_outlets.Value;
    public static InstitutionDirectory Institutions => s_institutions.Value;

    private static Stream Open(string name) =>
        typeof(DirectoryData).Assembly.GetManifestResourceStream("Briefing.Parsing.Directories." + name)
        ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the Briefing.Parsing assembly.");

    private static SpokespersonFile LoadSpokespersonFile()
    {
        using var stream = Open("spokespersons.json");
        return JsonSerializer.Deserialize(stream, DirectoryJsonContext.Default.SpokespersonFile)
            ?? throw new InvalidOperationException("spokespersons.json is empty.");
    }

    private static SpokespersonDirectory LoadSpokespersons()
    {
        var file = s_spokespersonFile.Value;
        var institutions = file.Institutions.ToDictionary(i => i.Id, i => i.Name, StringComparer.Ordinal);
        return new SpokespersonDirectory(file.Spokespersons.Select(s => new SpokespersonEntry(s.Name, institutions[s.Institution])
        {
            InstitutionId = s.Institution,
            NameZh = s.NameZh,
            // Chinese names put the surname first (the default); Western, Japanese, Indian and other names set it.
            Surname = s.Surname!,
            Role = s.Role,
            Aliases = [.. s.Aliases ?? []],
            From = s.From,
            To = s.To,
        }));
    }

    private static OutletDirectory LoadOutlets()
    {
        using var stream = Open("outlets.json");
        var file = JsonSerializer.Deserialize(stream, DirectoryJsonContext.Default.OutletFile)
            ?? throw new InvalidOperationException("outlets.json is empty.");
        return new OutletDirectory(file.Outlets.Select(o => new OutletEntry(o.Name)
        {
            NameZh = o.NameZh,
            Country = o.Country,
            Aliases = [.. o.Aliases ?? []],
        }));
    }
}

internal sealed record InstitutionRow(string Id, string Name, string? NameZh, string[]? Aliases);
internal sealed record SpokespersonRow(string Name, string? NameZh, string Institution, DateOnly? From, DateOnly? To, string[]? Aliases, string? Surname, string? Role);
internal sealed record SpokespersonFile(InstitutionRow[] Institutions, SpokespersonRow[] Spokespersons);
internal sealed record OutletRow(string Name, string? NameZh, string? Country, string[]? Aliases);
internal sealed record OutletFile(OutletRow[] Outlets);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SpokespersonFile))]
[JsonSerializable(typeof(OutletFile))]
internal sealed partial class DirectoryJsonContext : JsonSerializerContext;
