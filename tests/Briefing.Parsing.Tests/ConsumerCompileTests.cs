using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Xml.Linq;
using Briefing.Parsing.Tests.Invariants;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.DependencyInjection;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Briefing.Parsing.Tests;

/// <summary>
/// Compiles consumer-style code against the library in memory with Roslyn: the public names can be used plainly
/// from a consumer namespace, the <c>Briefing</c> type-name trap is real (CS0118), and the XML doc example of
/// <see cref="BriefingParser"/> compiles and runs.
/// </summary>
public sealed class ConsumerCompileTests
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    private const string ConsumerTemplate = """
        using System;
        using System.Collections.Immutable;
        using Briefing.Parsing;

        namespace Consumer.App
        {
            public static class Program
            {
                public static int Main()
                {
                    /*DECLARATION*/
                    return 0;
                }
            }
        }
        """;

    [Fact]
    public void Consumer_code_uses_the_public_types_plainly()
    {
        const string source = """
            using System;
            using System.Collections.Immutable;
            using Briefing.Parsing;

            namespace Consumer.App
            {
                public static class Program
                {
                    public static int Main()
                    {
                        PressBriefing b = BriefingParser.Default.Parse("Q: Why?\nA: Because.");
                        int total = 0;
                        foreach (Exchange exchange in b.Exchanges)
                        {
                            Question? question = exchange.Question;
                            TextSpan span = exchange.Span;
                            total += span.Length + (question?.Span.Start ?? 0);
                            foreach (Answer answer in exchange.Answers)
                            {
                                TextSpan answerSpan = answer.Span;
                                Console.WriteLine($"{answer.Label}: {answer.Text} {answerSpan}");
                            }
                        }
                        ImmutableArray<Diagnostic> diagnostics = b.Diagnostics;
                        BriefingParser parser = new BriefingParserBuilder().WithOptions(new BriefingParserOptions { MaxInputLength = 1000 }).Build();
                        PressBriefing again = parser.Parse("x", new ParseOptions { SourceName = "x.txt" });
                        string json = BriefingJson.Serialize(again);
                        return total + diagnostics.Length + json.Length;
                    }
                }
            }
            """;
        var compilation = Compile("Consumer.App", source, OutputKind.ConsoleApplication);
        AssertNoErrors(compilation);
    }

    [Fact]
    public void A_type_named_Briefing_would_be_shadowed_by_the_namespace_CS0118()
    {
        // The library does not define the trap ...
        Assert.DoesNotContain(typeof(BriefingParser).Assembly.GetExportedTypes(), t => t.Name == "Briefing");

        // ... and this is why: a library type Briefing.Parsing.Briefing cannot be used by its simple name from consumer
        // code, because the global namespace 'Briefing' is found before the using directive's types.
        var trapLibrary = Compile("TrapLibrary", "namespace Briefing.Parsing { public sealed class Briefing { } }", OutputKind.DynamicallyLinkedLibrary);
        AssertNoErrors(trapLibrary);
        var trapReference = trapLibrary.ToMetadataReference();

        var trapped = Compile("Consumer.App", ConsumerTemplate.Replace("/*DECLARATION*/", "Briefing b = null;", StringComparison.Ordinal),
            OutputKind.ConsoleApplication, trapReference);
        var errors = trapped.GetDiagnostics().Where(d => d.Severity == RoslynSeverity.Error).ToList();
        Assert.Contains(errors, d => d.Id == "CS0118");

        // The same consumer compiles with the qualified name, and with the real root type PressBriefing.
        AssertNoErrors(Compile("Consumer.App", ConsumerTemplate.Replace("/*DECLARATION*/", "Briefing.Parsing.Briefing? b = null; GC.KeepAlive(b);", StringComparison.Ordinal),
            OutputKind.ConsoleApplication, trapReference));
        AssertNoErrors(Compile("Consumer.App", ConsumerTemplate.Replace("/*DECLARATION*/", "PressBriefing b = BriefingParser.Default.Parse(\"x\"); GC.KeepAlive(b);", StringComparison.Ordinal),
            OutputKind.ConsoleApplication));
    }

    [Fact]
    public void BriefingParser_doc_example_compiles_and_runs_against_the_seed()
    {
        string example = DocExample("T:Briefing.Parsing.BriefingParser");
        Assert.Contains("foreach", example, StringComparison.Ordinal);

        // The example runs verbatim inside a method that receives 'text'; Console is bound to a capturing shim.
        string source = $$"""
            using System;
            using System.Text;
            using Briefing.Parsing;

            namespace Consumer.App
            {
                public static class Console
                {
                    public static readonly StringBuilder Output = new();
                    public static void WriteLine(string? value) => Output.Append(value).Append('\n');
                }

                public static class DocSample
                {
                    public static string Run(string text)
                    {
                        Console.Output.Clear();
            {{example}}
                        return Console.Output.ToString();
                    }
                }
            }
            """;
        var compilation = Compile("Consumer.DocSample", source, OutputKind.DynamicallyLinkedLibrary);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, Describe(emitted.Diagnostics));
        image.Position = 0;

        string seed = TestFiles.TranscriptSeed.Text;
        string output = RunInCollectibleContext(image, seed);

        var expected = new StringBuilder();
        foreach (var exchange in BriefingParser.Default.Parse(seed).Exchanges)
            expected.Append(exchange.Question?.Label).Append(": ").Append(exchange.Question?.Text).Append('\n');
        Assert.True(expected.Length > 0);
        Assert.StartsWith("Dragon TV: You announced", output, StringComparison.Ordinal);
        Assert.Equal(expected.ToString(), output);
    }

    [Fact]
    public void README_csharp_examples_compile()
    {
        string readme = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "README.md"));
        var blocks = System.Text.RegularExpressions.Regex.Matches(readme, "```csharp\\n(?<code>.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups["code"].Value)
            .ToList();
        Assert.True(blocks.Count >= 4, $"expected the README's C# examples, found {blocks.Count}");

        var source = new StringBuilder("""
            using System;
            using Briefing.Parsing;
            using Microsoft.Extensions.DependencyInjection;

            namespace Readme
            {
                internal sealed class MyFormat : BriefingFormat
                {
                    public override string Id => "my-format";
                    public override FormatDetection Detect(DetectionContext context) => FormatDetection.None("example");
                    public override PressBriefing Parse(ParseContext context) => new PressBriefing();
                }

                internal static class Examples
                {

            """);
        for (int i = 0; i < blocks.Count; i++)
        {
            // Each block is a method body; its using directives are already at the top of the file.
            var body = string.Join('\n', blocks[i].Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));
            source.Append("        public static void Example").Append(i).Append("(string text, IServiceCollection services, IServiceProvider provider)\n        {\n")
                .Append(body).Append("\n        }\n");
        }
        source.Append("    }\n}\n");

        var compilation = Compile("Readme", source.ToString(), OutputKind.DynamicallyLinkedLibrary,
            MetadataReference.CreateFromFile(typeof(IServiceCollection).Assembly.Location));
        AssertNoErrors(compilation);
    }

    [Fact]
    public void Custom_formats_walkthrough_compiles_runs_and_prints_what_it_says()
    {
        string doc = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "docs", "custom-formats.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = System.Text.RegularExpressions.Regex.Matches(doc, "```csharp\n(?<code>.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups["code"].Value)
            .ToList();
        Assert.True(blocks.Count >= 4, $"expected the format, the builder, the DI and the demo blocks, found {blocks.Count}");
        string sample = FencedBlock(doc, "text ruritania-sample");
        string expected = FencedBlock(doc, "text expected-output");

        // Every block is a complete file of one consumer project with the SDK's implicit usings (the default of new projects).
        const string implicitUsings = """
            global using System;
            global using System.Collections.Generic;
            global using System.IO;
            global using System.Linq;
            global using System.Threading;
            global using System.Threading.Tasks;
            """;
        var compilation = CSharpCompilation.Create(
            "Ruritania.Briefings",
            [CSharpSyntaxTree.ParseText(implicitUsings, s_parseOptions), .. blocks.Select(b => CSharpSyntaxTree.ParseText(b, s_parseOptions))],
            [.. s_references.Value,
                MetadataReference.CreateFromFile(typeof(IServiceCollection).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(ServiceProvider).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, Describe(emitted.Diagnostics));
        image.Position = 0;

        var context = new AssemblyLoadContext("custom-formats-doc", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            object? Call(string type, string method, params object?[] args) =>
                assembly.GetType("Ruritania.Briefings." + type, throwOnError: true)!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, args);

            // The demo prints exactly what the page says it prints.
            Assert.Equal(expected, Assert.IsType<string>(Call("RuritaniaDemo", "Run", sample)).Replace("\r\n", "\n", StringComparison.Ordinal));

            // The builder and the container build the same parser; the format keeps the span invariants.
            var built = Assert.IsType<BriefingParser>(Call("RuritaniaParsers", "WithBuilder"));
            using var provider = Assert.IsType<ServiceProvider>(Call("RuritaniaServices", "Build"));
            var resolved = Assert.IsType<BriefingParser>(Call("RuritaniaServices", "Parser", provider));
            var fromBuilder = built.Parse(sample);
            Assert.Equal("ruritania-weekly", fromBuilder.Format?.Id);
            Assert.Equal(BriefingJson.Serialize(fromBuilder), BriefingJson.Serialize(resolved.Parse(sample)));
            Assert.Empty(SpanInvariants.Check(sample, fromBuilder));

            // It takes nothing from the built-in formats.
            foreach (var document in TestFiles.AllDocuments())
                Assert.NotEqual("ruritania-weekly", built.Detect(document.Text)[0].FormatId);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The body of the fenced block whose info string is <paramref name="info"/> ("text expected-output").</summary>
    private static string FencedBlock(string markdown, string info)
    {
        var m = System.Text.RegularExpressions.Regex.Match(markdown, "```" + System.Text.RegularExpressions.Regex.Escape(info) + "\n(?<body>.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(m.Success, $"no ```{info} block");
        return m.Groups["body"].Value;
    }

    private static string RunInCollectibleContext(MemoryStream image, string text)
    {
        var context = new AssemblyLoadContext("doc-sample", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var run = assembly.GetType("Consumer.App.DocSample", throwOnError: true)!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            return Assert.IsType<string>(run.Invoke(null, [text]));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The <c>&lt;example&gt;&lt;code&gt;</c> of a member in the library's XML documentation file.</summary>
    private static string DocExample(string memberId)
    {
        string assemblyPath = typeof(BriefingParser).Assembly.Location;
        string xmlPath = Path.ChangeExtension(assemblyPath, ".xml");
        Assert.True(File.Exists(xmlPath), $"The library's XML documentation is missing: {xmlPath}");
        var member = XDocument.Load(xmlPath).Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == memberId);
        Assert.NotNull(member);
        var code = member.Element("example")?.Element("code");
        Assert.NotNull(code);
        Assert.False(string.IsNullOrWhiteSpace(code.Value), $"{memberId} has an empty code example");
        return code.Value;
    }

    private static CSharpCompilation Compile(string assemblyName, string source, OutputKind kind, params MetadataReference[] extra) =>
        CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, s_parseOptions)],
            [.. s_references.Value, .. extra],
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));

    private static void AssertNoErrors(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == RoslynSeverity.Error).ToList();
        Assert.True(errors.Count == 0, Describe(errors));
    }

    private static string Describe(IEnumerable<RoslynDiagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Where(d => d.Severity == RoslynSeverity.Error).Select(d => d.ToString()));

    /// <summary>The runtime's assemblies (trusted platform assemblies) plus Briefing.Parsing.</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string library = typeof(BriefingParser).Assembly.Location;
        var tpa = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var paths = tpa
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .Where(p => !string.Equals(Path.GetFileName(p), Path.GetFileName(library), StringComparison.OrdinalIgnoreCase))
            .Append(library)
            .Distinct(StringComparer.Ordinal);
        return [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
