namespace Briefing.Parsing.Html;

/// <summary>The colour scheme of a page rendered by <see cref="BriefingPage.Render"/>.</summary>
public enum BriefingPageColorScheme
{
    /// <summary>Light or dark as the reader's system prefers (<c>prefers-color-scheme</c>).</summary>
    Auto,
    /// <summary>Always light.</summary>
    Light,
    /// <summary>Always dark.</summary>
    Dark,
}

/// <summary>Options of <see cref="BriefingPage.Render"/>.</summary>
public sealed record BriefingPageOptions
{
    /// <summary>The default options.</summary>
    public static BriefingPageOptions Default { get; } = new();

    /// <summary>
    /// The page's <c>&lt;title&gt;</c> and heading; <see langword="null"/> (the default) uses the briefing's
    /// <see cref="PressBriefing.Title"/>, else its <see cref="PressBriefing.Source"/>, else "Press briefing".
    /// </summary>
    public string? PageTitle { get; init; }

    /// <summary>The colour scheme (default <see cref="BriefingPageColorScheme.Auto"/>).</summary>
    public BriefingPageColorScheme ColorScheme
    {
        get;
        init
        {
            if (!Enum.IsDefined(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "Not a BriefingPageColorScheme.");
            field = value;
        }
    } = BriefingPageColorScheme.Auto;

    /// <summary>Whether the page lists the announcements, exchanges, statements and boilerplate with links to them (default true).</summary>
    public bool IncludeOutline { get; init; } = true;
}
