using Yearbook.Model;

namespace Yearbook.Rendering.Pages;

/// <summary>The pages with no content of their own: search and not-found.</summary>
internal static class SimplePages
{
    /// <summary>The search page; its script loads the shared index under <c>search/</c> and this edition's documents.</summary>
    public static Page Search(Editions.Edition edition, EditionContext context, SiteUrls urls) =>
        SectionPage.Build("search", SitePaths.Search, edition, context, urls, new SearchPageData
        {
            Search = new SearchView
            {
                IndexUrl = urls.Base + SitePaths.Search + "index.json",
                IndexScriptUrl = urls.Base + SitePaths.Search + "index.js",
                ShardsUrl = urls.Base + SitePaths.Search + "shards/",
                DocumentsUrl = urls.Page(edition, SitePaths.SearchDocuments),
            },
        });

    /// <summary>The page shown for an address that does not exist.</summary>
    public static Page NotFound(Editions.Edition edition, EditionContext context, SiteUrls urls) => new()
    {
        Kind = "notFound",
        Url = urls.Page(edition, SitePaths.NotFound),
        AlternateUrl = urls.Page(edition.Other, SitePaths.NotFound),
        Title = context.Text("notFoundTitle"),
        Data = TemplateFields.Values(new NotFoundPageData()),
        InSitemap = false,
    };
}
