using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NetArchTest.Rules;

namespace Briefing.Parsing.Tests.Architecture;

/// <summary>
/// The dependency rules of the library's layout (NetArchTest.Rules over the built assembly, IL included):
/// <list type="number">
/// <item>No shared type (every namespace outside <c>Briefing.Parsing.Formats</c>: <c>Briefing.Parsing</c> with the model,
/// text, JSON, directories and diagnostics, <c>Briefing.Parsing.Lexing</c>, <c>Briefing.Parsing.Transcripts</c>, the
/// dependency-injection extensions) depends on a type under <c>Briefing.Parsing.Formats</c>. The exception is the
/// composition root: <see cref="BriefingParserBuilder"/> starts from <see cref="BuiltInFormats"/>, the one place that
/// names every format (<see cref="BuiltInFormats"/> itself lives in <c>Briefing.Parsing.Formats</c>, outside every format's
/// own namespace). Everything else reaches formats through <see cref="BriefingFormat"/> and the definitions they register.</item>
/// <item>No type of one format's namespace (<c>Briefing.Parsing.Formats.&lt;X&gt;</c>) depends on another format's namespace.</item>
/// </list>
/// The rules are checked on a small assembly compiled here with one violation of each, so that a rule that cannot
/// fail would be caught.
/// </summary>
public sealed partial class ArchitectureTests
{
    /// <summary>The namespace under which every format lives.</summary>
    public const string FormatsNamespace = "Briefing.Parsing.Formats";

    /// <summary>Types outside <see cref="FormatsNamespace"/> that may depend on formats: the composition root (see the class summary).</summary>
    public static readonly IReadOnlyList<string> CompositionRoots = ["Briefing.Parsing.BriefingParserBuilder"];

    [Fact]
    public void Shared_types_do_not_depend_on_formats_except_the_composition_root()
    {
        var violations = SharedTypesDependingOnFormats(Types.InAssembly(typeof(BriefingParser).Assembly));
        Assert.True(violations.Count == 0,
            $"Shared types that depend on a type under {FormatsNamespace}: [{string.Join(", ", violations)}]. Depend on BriefingFormat or TranscriptDefinition instead, or register the format in BuiltInFormats.");
    }

    [Fact]
    public void The_composition_root_exception_is_still_needed()
    {
        // If the builder stopped naming the built-in formats, the exception would be stale: remove it then.
        var all = Raw(Types.InAssembly(typeof(BriefingParser).Assembly));
        Assert.Contains(all, name => IsCompositionRoot(name));
    }

    [Fact]
    public void No_format_depends_on_another_format()
    {
        var assembly = typeof(BriefingParser).Assembly;
        var formats = FormatNamespaces(assembly.GetTypes().Select(t => t.Namespace));
        Assert.True(formats.Count >= 9, $"Expected the format namespaces, found [{string.Join(", ", formats)}].");
        var violations = FormatsDependingOnOtherFormats(Types.InAssembly(assembly), formats);
        Assert.True(violations.Count == 0, "Formats that depend on another format: " + string.Join("; ", violations));
    }

    [Fact]
    public void The_rules_catch_deliberate_violations()
    {
        // A shared stage that uses a format, a format that uses another, and the composition root (allowed).
        const string source = """
            namespace Briefing.Parsing.Formats.Alpha { public static class AlphaFormat { public static int Id() => 1; } }
            namespace Briefing.Parsing.Formats.Beta { public static class BetaFormat { public static int Id() => Briefing.Parsing.Formats.Alpha.AlphaFormat.Id() + 1; } }
            namespace Briefing.Parsing.Formats { public static class BuiltInFormats { public static int Count() => Briefing.Parsing.Formats.Alpha.AlphaFormat.Id() + Briefing.Parsing.Formats.Beta.BetaFormat.Id(); } }
            namespace Briefing.Parsing.Transcripts { public static class Stage { public static int Uses() => Briefing.Parsing.Formats.Alpha.AlphaFormat.Id(); } }
            namespace Briefing.Parsing { public sealed class BriefingParserBuilder { public int Formats() => Briefing.Parsing.Formats.BuiltInFormats.Count(); } }
            namespace Briefing.Parsing.Lexing { public static class Clean { public static int Value() => 3; } }
            """;
        string path = Path.Combine(Path.GetTempPath(), $"briefing-arch-probe-{Environment.ProcessId}-{Guid.NewGuid():N}.dll");
        try
        {
            var compilation = CSharpCompilation.Create("ArchitectureProbe", [CSharpSyntaxTree.ParseText(source)],
                [MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
                 MetadataReference.CreateFromFile(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll"))],
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var emitted = compilation.Emit(path);
            Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));

            Assert.Equal(["Briefing.Parsing.Transcripts.Stage"], SharedTypesDependingOnFormats(Types.FromFile(path)));
            var formats = FormatNamespaces(["Briefing.Parsing.Formats.Alpha", "Briefing.Parsing.Formats.Beta", "Briefing.Parsing.Formats"]);
            Assert.Equal(["Briefing.Parsing.Formats.Alpha", "Briefing.Parsing.Formats.Beta"], formats);
            var violations = FormatsDependingOnOtherFormats(Types.FromFile(path), formats);
            Assert.Equal(["Briefing.Parsing.Formats.Beta: Briefing.Parsing.Formats.Beta.BetaFormat"], violations);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Shared types (outside <see cref="FormatsNamespace"/>) that depend on a type under it, less the composition roots.</summary>
    private static List<string> SharedTypesDependingOnFormats(Types types) => [.. Raw(types).Where(name => !IsCompositionRoot(name)).Order(StringComparer.Ordinal)];

    private static List<string> Raw(Types types)
    {
        var result = types.That().DoNotResideInNamespaceMatching(FormatsPattern)
            .ShouldNot().HaveDependencyOn(FormatsNamespace)
            .GetResult();
        return result.IsSuccessful ? [] : [.. result.FailingTypeNames];
    }

    /// <summary>A composition root, or a type nested in one (closures of its methods).</summary>
    private static bool IsCompositionRoot(string typeName) =>
        CompositionRoots.Any(root => typeName == root || typeName.StartsWith(root + "/", StringComparison.Ordinal) || typeName.StartsWith(root + "+", StringComparison.Ordinal));

    /// <summary>For each format namespace, the types in it that depend on another format's namespace ("namespace: type").</summary>
    private static List<string> FormatsDependingOnOtherFormats(Types types, IReadOnlyList<string> formats)
    {
        var violations = new List<string>();
        foreach (var format in formats)
        {
            var others = formats.Where(f => f != format).ToArray();
            var result = Types(types, format).ShouldNot().HaveDependencyOnAny(others).GetResult();
            if (!result.IsSuccessful) violations.AddRange(result.FailingTypeNames.Order(StringComparer.Ordinal).Select(t => $"{format}: {t}"));
        }
        return violations;

        static PredicateList Types(Types all, string format) => all.That().ResideInNamespaceMatching("^" + Regex.Escape(format) + @"(\.|$)");
    }

    /// <summary>The format namespaces: <c>Briefing.Parsing.Formats.&lt;X&gt;</c> (the first segment after it), sorted.</summary>
    private static List<string> FormatNamespaces(IEnumerable<string?> namespaces) =>
        [.. namespaces.OfType<string>()
            .Where(n => n.StartsWith(FormatsNamespace + ".", StringComparison.Ordinal))
            .Select(n => FormatsNamespace + "." + n[(FormatsNamespace.Length + 1)..].Split('.')[0])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    private const string FormatsPattern = @"^Briefing\.Parsing\.Formats(\.|$)";
}
