namespace Yearbook.Rendering.Pages;

/// <summary>The pages with no content of their own: search and not-found.</summary>
public static class SimplePages
{
    /// <summary>The search page; its script loads the shared index under <c>search/</c> and this edition's documents.</summary>
    public static Page Search(Editions.Edition edition, EditionContext context, SiteUrls urls) =>
        SectionPage.Build("search", "search/", edition, context, urls, new
        {
            indexUrl = urls.Base + Indexes.Search.SearchIndex.Folder + "index.json",
            indexScriptUrl = urls.Base + Indexes.Search.SearchIndex.Folder + "index.js",
            shardsUrl = urls.Base + Indexes.Search.SearchIndex.Folder + "shards/",
            documentsUrl = urls.Page(edition, Indexes.Search.SearchIndex.DocumentsFolder),
        });

    /// <summary>The page shown for an address that does not exist.</summary>
    public static Page NotFound(Editions.Edition edition, EditionContext context, SiteUrls urls) => new()
    {
        Kind = "notFound",
        Url = urls.Page(edition, "404.html"),
        AlternateUrl = urls.Page(edition.Other, "404.html"),
        Title = context.Text("notFoundTitle"),
        InSitemap = false,
    };
}
