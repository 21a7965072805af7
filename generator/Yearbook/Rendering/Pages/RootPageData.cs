using Yearbook.Model;

namespace Yearbook.Rendering.Pages;

/// <summary>
/// What the root page's layout (<c>root.sbn-html</c>, the edition chooser at the site's base address) sees: it is no
/// edition's page, so it has none of <see cref="EditionPageData"/>.
/// </summary>
[PageKind("root")]
internal sealed record RootPageData : ITemplateData
{
    /// <summary>The site as a whole.</summary>
    public required RootSiteView Site { get; init; }

    /// <summary>Both editions, Simplified first.</summary>
    public required IReadOnlyList<EditionChoice> Editions { get; init; }
}

/// <summary>The site as the root page names it.</summary>
internal sealed record RootSiteView : ITemplateData
{
    /// <summary>The site's title as written (Simplified).</summary>
    public required string Title { get; init; }

    /// <summary>The path the site is published under, ending in <c>/</c>; the page loads its assets below it.</summary>
    public required string BaseUrl { get; init; }
}

/// <summary>An edition the root page offers.</summary>
internal sealed record EditionChoice : ITemplateData
{
    /// <summary>The edition's code: <c>zh-hans</c> or <c>zh-hant</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Its BCP 47 tag.</summary>
    public required string Lang { get; init; }

    /// <summary>Its name: 简体 or 繁體.</summary>
    public required string Label { get; init; }

    /// <summary>Its home page.</summary>
    public required string Url { get; init; }

    /// <summary>The site's title in the edition's script.</summary>
    public required string SiteTitle { get; init; }

    /// <summary>The button's text in the edition's script: 进入简体版 / 進入繁體版.</summary>
    public required string EnterLabel { get; init; }
}
