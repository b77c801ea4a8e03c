using Briefing.Parsing.Tests.Invariants;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Parsing.Tests;

/// <summary><c>services.AddBriefingParsing()</c>: the DI path builds the same parser as the builder path.</summary>
public sealed class DependencyInjectionTests
{
    private const string MyFormatText = "MYFORMAT\nfirst line\nsecond line";

    [Fact]
    public void AddFormat_registers_a_singleton_parser_with_the_built_in_formats_plus_the_new_one()
    {
        var services = new ServiceCollection();
        services.AddBriefingParsing().AddFormat<MyFormat>();
        using var provider = services.BuildServiceProvider();

        var parser = provider.GetRequiredService<BriefingParser>();
        Assert.Same(parser, provider.GetRequiredService<BriefingParser>());
        using (var scope = provider.CreateScope()) Assert.Same(parser, scope.ServiceProvider.GetRequiredService<BriefingParser>());
        Assert.NotSame(BriefingParser.Default, parser);

        Assert.Equal([.. BriefingParser.Default.Formats.Select(f => f.Id), MyFormat.FormatId], parser.Formats.Select(f => f.Id));
        Assert.IsType<MyFormat>(parser.FindFormat(MyFormat.FormatId));
        Assert.Equal(MyFormat.FormatId, parser.Parse(MyFormatText).Format?.Id);
        Assert.Equal(MfaTranscriptFormat.FormatId, parser.Parse(TestFiles.TranscriptSeed.Text).Format?.Id);
    }

    [Fact]
    public void AddFormat_of_the_same_type_twice_keeps_one()
    {
        var services = new ServiceCollection();
        services.AddBriefingParsing().AddFormat<MyFormat>().AddFormat<MyFormat>();
        services.AddBriefingParsing().AddFormat<MyFormat>();
        Assert.Single(services, d => d.ServiceType == typeof(BriefingFormat));
        Assert.Single(services, d => d.ServiceType == typeof(BriefingParser));

        using var provider = services.BuildServiceProvider();
        var parser = provider.GetRequiredService<BriefingParser>();
        Assert.Single(parser.Formats, f => f.Id == MyFormat.FormatId);
        Assert.Equal(BriefingParser.Default.Formats.Length + 1, parser.Formats.Length);
    }

    [Fact]
    public void Configure_callbacks_apply_in_registration_order()
    {
        var calls = new List<string>();
        var services = new ServiceCollection();
        services.AddBriefingParsing(b =>
            {
                calls.Add("first");
                b.WithOptions(new BriefingParserOptions { MaxInputLength = 100, DetectionThreshold = 0.4 });
            })
            .Configure(b =>
            {
                calls.Add("second");
                Assert.Equal(100, b.Options.MaxInputLength); // sees what the first did
                b.WithOptions(b.Options with { MaxInputLength = 200 });
            })
            .Configure(b =>
            {
                calls.Add("third");
                b.AddOutlets(new OutletEntry("Kathimerini") { Country = "GR" });
            });
        Assert.Empty(calls); // nothing runs before the parser is resolved

        using var provider = services.BuildServiceProvider();
        var parser = provider.GetRequiredService<BriefingParser>();
        Assert.Equal(["first", "second", "third"], calls);
        Assert.Equal(200, parser.Options.MaxInputLength);
        Assert.Equal(0.4, parser.Options.DetectionThreshold);
        Assert.Equal("GR", parser.Directories.Outlets.FindByLabel("Kathimerini reporter")?.Country);
        Assert.Throws<ArgumentException>(() => parser.Parse(new string('x', 201)));

        provider.GetRequiredService<BriefingParser>();
        Assert.Equal(3, calls.Count); // built once
    }

    [Fact]
    public void Di_parser_and_builder_parser_have_the_same_formats_and_output()
    {
        var services = new ServiceCollection();
        services.AddBriefingParsing().AddFormat<MyFormat>();
        using var provider = services.BuildServiceProvider();
        var fromDi = provider.GetRequiredService<BriefingParser>();
        var fromBuilder = new BriefingParserBuilder().AddFormat(new MyFormat()).Build();

        Assert.Equal(fromBuilder.Formats.Select(f => f.Id), fromDi.Formats.Select(f => f.Id));
        Assert.Equal(fromBuilder.Formats.Select(f => f.GetType()), fromDi.Formats.Select(f => f.GetType()));
        Assert.Equal(fromBuilder.Options, fromDi.Options);

        string[] texts = [TestFiles.TranscriptSeed.Text, TestFiles.NewsSeed.Text, MyFormatText, InlineTranscripts.AnonymousOldStyle];
        foreach (var text in texts)
        {
            var options = new ParseOptions { SourceName = "same.txt" };
            Assert.Equal(BriefingJson.Serialize(fromBuilder.Parse(text, options)), BriefingJson.Serialize(fromDi.Parse(text, options)));
        }
        Assert.Equal("first line", fromDi.Parse(MyFormatText).Title);
    }

    [Fact]
    public void A_format_with_a_constructor_dependency_is_created_by_the_container()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new GreetingSettings("Kalimera"));
        services.AddBriefingParsing().AddFormat<DependentFormat>();
        using var provider = services.BuildServiceProvider();

        var parser = provider.GetRequiredService<BriefingParser>();
        var format = Assert.IsType<DependentFormat>(parser.FindFormat(DependentFormat.FormatId));
        Assert.Same(provider.GetRequiredService<GreetingSettings>(), format.Settings);

        var b = parser.Parse("Kalimera everyone, this is the briefing.");
        Assert.Equal(DependentFormat.FormatId, b.Format?.Id);
        Assert.Equal("Kalimera", b.Title);

        // Without the dependency registered, resolving the parser fails loudly instead of dropping the format.
        var missing = new ServiceCollection();
        missing.AddBriefingParsing().AddFormat<DependentFormat>();
        using var missingProvider = missing.BuildServiceProvider();
        Assert.Throws<InvalidOperationException>(() => missingProvider.GetRequiredService<BriefingParser>());
    }

    [Fact]
    public void A_format_instance_can_be_registered_too()
    {
        var instance = new MyFormat();
        var services = new ServiceCollection();
        services.AddBriefingParsing().AddFormat(instance);
        using var provider = services.BuildServiceProvider();
        Assert.Same(instance, provider.GetRequiredService<BriefingParser>().FindFormat(MyFormat.FormatId));
    }

    /// <summary>A format for texts that start with "MYFORMAT": the second line is the title.</summary>
    private sealed class MyFormat : BriefingFormat
    {
        public const string FormatId = "my-format";

        public override string Id => FormatId;

        public override FormatDetection Detect(DetectionContext context) =>
            context.Window.StartsWith("MYFORMAT", StringComparison.Ordinal) ? new(0.95, "MYFORMAT marker") : FormatDetection.None("no marker");

        public override PressBriefing Parse(ParseContext context)
        {
            var lines = context.Lines.Where(l => !l.IsBlank).ToList();
            return new PressBriefing
            {
                Title = lines.Count > 1 ? context.TextOf(lines[1].Content) : null,
                TitleSpan = lines.Count > 1 ? lines[1].Content : null,
                Language = "en",
            };
        }
    }

    private sealed record GreetingSettings(string Greeting);

    /// <summary>A format that needs a service from the container.</summary>
    private sealed class DependentFormat(GreetingSettings settings) : BriefingFormat
    {
        public const string FormatId = "dependent";

        public GreetingSettings Settings { get; } = settings;

        public override string Id => FormatId;

        public override FormatDetection Detect(DetectionContext context) =>
            context.Window.StartsWith(Settings.Greeting, StringComparison.Ordinal) ? new(0.9, "greeting") : FormatDetection.None("no greeting");

        public override PressBriefing Parse(ParseContext context) => new() { Title = Settings.Greeting };
    }
}
