namespace Briefing.Parsing;

/// <summary>The data every format resolves names against: spokespersons and news outlets.</summary>
/// <param name="Spokespersons">The spokesperson directory.</param>
/// <param name="Outlets">The outlet directory.</param>
public sealed record BriefingDirectories(SpokespersonDirectory Spokespersons, OutletDirectory Outlets)
{
    /// <summary>The built-in directories.</summary>
    public static BriefingDirectories Default { get; } = new(SpokespersonDirectory.Default, OutletDirectory.Default);
}
