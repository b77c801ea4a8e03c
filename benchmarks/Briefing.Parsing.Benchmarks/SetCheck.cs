using System.Globalization;
using System.Text;
using Briefing.Parsing.Benchmarks.Generation;

namespace Briefing.Parsing.Benchmarks;

/// <summary>
/// Checks that an input really exercises the parser (most documents get a format, transcripts get exchanges), so a
/// benchmark cannot silently time the "no format matched" path, and describes what the parser made of it.
/// </summary>
public static class SetCheck
{
    /// <summary>Parses every text once; throws unless most got a format; returns a one-line description.</summary>
    public static string Describe(string name, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var formats = new SortedDictionary<string, int>(StringComparer.Ordinal);
        long exchanges = 0, bytes = 0;
        foreach (string text in texts)
        {
            var briefing = BriefingParser.Default.Parse(text);
            string id = briefing.Format?.Id ?? "(none)";
            formats[id] = formats.GetValueOrDefault(id) + 1;
            exchanges += briefing.Exchanges.Length;
            bytes += Encoding.UTF8.GetByteCount(text);
        }
        int none = formats.GetValueOrDefault("(none)");
        if (none * 2 > texts.Count || exchanges == 0)
        {
            throw new InvalidOperationException($"'{name}': {none} of {texts.Count} documents got no format and {exchanges} exchanges were found; the benchmark would not time real parsing.");
        }
        return $"{name}: {texts.Count:N0} documents, {bytes:N0} UTF-8 bytes, {exchanges:N0} exchanges; formats: "
            + string.Join(", ", formats.Select(f => $"{f.Key} {f.Value}"));
    }

    /// <summary>
    /// The <c>check</c> command: generates the benchmark set and prints, per family, the sizes and what the parser detected,
    /// so a change to the generator (or the parser) that stops documents being recognised shows at once.
    /// </summary>
    public static int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var set = DocumentGenerator.GenerateSet(Inputs.GeneratedCount);
        output.WriteLine($"generated set: {set.Count} documents, {set.Sum(d => (long)d.Utf8Bytes):N0} UTF-8 bytes (seed {DocumentGenerator.DefaultSeed})");
        output.WriteLine("| Family | Docs | Bytes min / median / max | Detected formats | Exchanges per doc |");
        output.WriteLine("| --- | ---: | --- | --- | ---: |");
        foreach (var group in set.GroupBy(d => d.Family).OrderBy(g => g.Key))
        {
            var sizes = group.Select(d => d.Utf8Bytes).Order().ToArray();
            var formats = new SortedDictionary<string, int>(StringComparer.Ordinal);
            long exchanges = 0;
            foreach (var document in group)
            {
                var briefing = BriefingParser.Default.Parse(document.Text);
                string id = briefing.Format?.Id ?? "(none)";
                formats[id] = formats.GetValueOrDefault(id) + 1;
                exchanges += briefing.Exchanges.Length;
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {DocumentGenerator.Slug(group.Key)} | {sizes.Length} | {sizes[0]:N0} / {sizes[sizes.Length / 2]:N0} / {sizes[^1]:N0} | {string.Join(", ", formats.Select(f => $"{f.Key} {f.Value}"))} | {exchanges / (double)sizes.Length:N1} |"));
        }
        var all = set.Select(d => d.Utf8Bytes).ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sizes: {all.Count(b => b < 2000)} under 2 KB, {all.Count(b => b >= 2000 && b <= 6000)} in 2–6 KB, {all.Count(b => b > 6000)} over 6 KB (KB = 1,000 bytes)"));
        return 0;
    }
}
