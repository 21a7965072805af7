using Yearbook.Model;

namespace Yearbook.Rendering.Pages;

/// <summary>The home page of an edition: every volume, newest first.</summary>
internal static class HomePage
{
    /// <summary>Builds the home page.</summary>
    public static Page Build(TableOfContents contents, Editions.Edition edition, EditionContext context, SiteUrls urls, string siteTitle, string description) => new()
    {
        Kind = "home",
        Url = urls.Page(edition, ""),
        AlternateUrl = urls.Page(edition.Other, ""),
        Title = siteTitle,
        Description = description,
        Data = new Dictionary<string, object?>
        {
            ["volumes"] = contents.Volumes.Select(v => new
            {
                title = v.Title,
                year = v.Source.Year,
                recordYear = v.Source.RecordYear,
                url = urls.Volume(edition, v.Source),
                chapterCount = v.Chapters.Count(),
                summary = v.Categories.Count == 0 ? "" : string.Join("、", v.Categories.Select(c => c.Name)),
            }).ToList(),
        },
    };
}
