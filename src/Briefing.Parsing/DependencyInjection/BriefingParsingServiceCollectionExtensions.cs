using System.Diagnostics.CodeAnalysis;
using Briefing.Parsing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Briefing.Parsing with Microsoft.Extensions.DependencyInjection.</summary>
public static class BriefingParsingServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="BriefingParser"/> built by <see cref="BriefingParserBuilder"/> from the built-in
    /// formats, every <see cref="BriefingFormat"/> registered in the container, and every <c>Configure</c> callback in
    /// registration order. Calling it again is harmless.
    /// </summary>
    /// <returns>A builder to add formats and configuration.</returns>
    public static IBriefingParsingBuilder AddBriefingParsing(this IServiceCollection services, Action<BriefingParserBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(static sp =>
        {
            var builder = new BriefingParserBuilder();
            foreach (var c in sp.GetServices<BriefingParserConfiguration>()) c.Apply(builder);
            foreach (var f in sp.GetServices<BriefingFormat>()) builder.AddFormat(f);
            return builder.Build();
        });
        var result = new BriefingParsingBuilder(services);
        if (configure is not null) result.Configure(configure);
        return result;
    }

    /// <summary>Registers a format type (created by the container, so it may take constructor dependencies). Registering the same type twice keeps one.</summary>
    public static IBriefingParsingBuilder AddFormat<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TFormat>(this IBriefingParsingBuilder builder)
        where TFormat : BriefingFormat
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<BriefingFormat, TFormat>());
        return builder;
    }

    /// <summary>Registers a format instance.</summary>
    public static IBriefingParsingBuilder AddFormat(this IBriefingParsingBuilder builder, BriefingFormat format)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(format);
        builder.Services.AddSingleton(format);
        return builder;
    }

    /// <summary>Adds a callback that configures the <see cref="BriefingParserBuilder"/> (options, directories, formats). Callbacks run in registration order.</summary>
    public static IBriefingParsingBuilder Configure(this IBriefingParsingBuilder builder, Action<BriefingParserBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddSingleton(new BriefingParserConfiguration(configure));
        return builder;
    }

    private sealed class BriefingParsingBuilder(IServiceCollection services) : IBriefingParsingBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}

/// <summary>Returned by <c>AddBriefingParsing</c>: the service collection, for chaining format registrations.</summary>
public interface IBriefingParsingBuilder
{
    /// <summary>The service collection the parser is registered in.</summary>
    IServiceCollection Services { get; }
}

/// <summary>A configuration callback registered with <c>Configure</c>.</summary>
internal sealed class BriefingParserConfiguration(Action<BriefingParserBuilder> apply)
{
    public void Apply(BriefingParserBuilder builder) => apply(builder);
}
