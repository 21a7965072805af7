namespace Yearbook.Model;

/// <summary>One breadcrumb: a title and, for every crumb but the current page, an address.</summary>
/// <param name="Title">The text shown.</param>
/// <param name="Url">The address, or empty for the current page.</param>
internal sealed record Crumb(string Title, string Url) : ITemplateData;

/// <summary>
/// One page of an edition, ready to render: its address and its twin's in the other edition, the
/// layout that draws its body, and the data that layout sees (documented in the theme's README).
/// </summary>
internal sealed record Page
{
    /// <summary>The page kind, which is also its layout: home, volume, chapter, honors, statistics, subjects, search, notFound.</summary>
    public required string Kind { get; init; }

    /// <summary>The page's address.</summary>
    public required string Url { get; init; }

    /// <summary>The same page in the other edition.</summary>
    public required string AlternateUrl { get; init; }

    /// <summary>The page title in the edition's script.</summary>
    public required string Title { get; init; }

    /// <summary>A description for search engines, or empty.</summary>
    public string Description { get; init; } = "";

    /// <summary>The breadcrumbs from the home page to this one.</summary>
    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];

    /// <summary>
    /// The data for the page kind's layout, by top-level name: the fields of the kind's <see cref="PageKindAttribute"/>
    /// type (<see cref="TemplateFields.Values"/>).
    /// </summary>
    public IReadOnlyDictionary<string, object?> Data { get; init; } = new Dictionary<string, object?>();

    /// <summary>Whether the page is listed in the sitemap.</summary>
    public bool InSitemap { get; init; } = true;
}
