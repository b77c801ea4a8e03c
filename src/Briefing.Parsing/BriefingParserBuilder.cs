using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Briefing.Parsing;

/// <summary>
/// Builds an immutable <see cref="BriefingParser"/>. Starts with the built-in formats and directories;
/// add your own formats, spokespersons and outlets, then call <see cref="Build"/>. Not thread-safe; the parser it builds is.
/// </summary>
/// <example>
/// <code>
/// BriefingParser parser = new BriefingParserBuilder()
///     .AddFormat(new MyFormat())
///     .AddOutlets(new OutletEntry("Kathimerini") { Country = "GR" })
///     .Build();
/// </code>
/// </example>
public sealed class BriefingParserBuilder
{
    private readonly List<BriefingFormat> _formats = [.. Parsing.Formats.BuiltInFormats.Create()];
    private readonly List<SpokespersonEntry> _spokespersons = [];
    private readonly List<OutletEntry> _outlets = [];
    private readonly List<Lexing.LexiconEntry> _lexicon = [];
    private readonly List<InstitutionEntry> _institutions = [];

    /// <summary>The options the parser will have.</summary>
    public BriefingParserOptions Options { get; set; } = BriefingParserOptions.Default;

    /// <summary>The formats registered so far, in order.</summary>
    public IReadOnlyList<BriefingFormat> Formats => _formats;

    /// <summary>Registers a format. A format with the same id (e.g. a built-in one) is replaced in place.</summary>
    public BriefingParserBuilder AddFormat(BriefingFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (string.IsNullOrWhiteSpace(format.Id))
            throw new ArgumentException($"Format {format.GetType().FullName} has no id.", nameof(format));
        int existing = _formats.FindIndex(f => string.Equals(f.Id, format.Id, StringComparison.OrdinalIgnoreCase));
        if (existing >= 0) _formats[existing] = format; else _formats.Add(format);
        return this;
    }

    /// <summary>Registers a format created with its parameterless constructor.</summary>
    public BriefingParserBuilder AddFormat<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TFormat>()
        where TFormat : BriefingFormat, new() => AddFormat(new TFormat());

    /// <summary>Removes the format with <paramref name="id"/>, if registered.</summary>
    public BriefingParserBuilder RemoveFormat(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        _formats.RemoveAll(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));
        return this;
    }

    /// <summary>Removes every format, built-in ones included.</summary>
    public BriefingParserBuilder ClearFormats()
    {
        _formats.Clear();
        return this;
    }

    /// <summary>Adds spokespersons to the directory (an entry with the name of a built-in one replaces it).</summary>
    public BriefingParserBuilder AddSpokespersons(params IEnumerable<SpokespersonEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _spokespersons.AddRange(entries);
        return this;
    }

    /// <summary>Adds outlets to the directory (an entry with the name of a built-in one replaces it).</summary>
    public BriefingParserBuilder AddOutlets(params IEnumerable<OutletEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _outlets.AddRange(entries);
        return this;
    }

    /// <summary>Adds institutions to the institution directory (an entry with the id of a built-in one replaces it).</summary>
    /// <returns>This builder.</returns>
    public BriefingParserBuilder AddInstitutions(params IEnumerable<InstitutionEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _institutions.AddRange(entries);
        return this;
    }

    /// <summary>
    /// Adds phrases to the lexicon (site chrome of a site you read, label words, months of another language, …); they
    /// extend the built-in phrases of their categories (see <see cref="Lexing.LexiconCategories"/>).
    /// </summary>
    /// <returns>This builder.</returns>
    public BriefingParserBuilder AddLexicon(params IEnumerable<Lexing.LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _lexicon.AddRange(entries);
        return this;
    }

    /// <summary>Sets the parser's options.</summary>
    public BriefingParserBuilder WithOptions(BriefingParserOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>Builds the immutable parser. The builder can be changed and built again afterwards.</summary>
    public BriefingParser Build()
    {
        var directories = BriefingDirectories.Default;
        if (_spokespersons.Count > 0) directories = directories with { Spokespersons = directories.Spokespersons.Add(_spokespersons) };
        if (_outlets.Count > 0) directories = directories with { Outlets = directories.Outlets.Add(_outlets) };
        if (_institutions.Count > 0) directories = directories with { Institutions = directories.Institutions.Add(_institutions) };
        // One lexicon: the built-in phrases, the formats' own (cues, label words) and the user's.
        var lexicon = Lexing.Lexicon.Default.Add([.. _formats.SelectMany(f => f.LexiconEntries), .. _lexicon]);
        return new BriefingParser([.. _formats], new Lexing.Lexer(lexicon, directories), Options);
    }
}
