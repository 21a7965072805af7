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
        Data = TemplateFields.Values(new HomePageData
        {
            Volumes = contents.Volumes.Select(v => new VolumeLink
            {
                Title = v.Title,
                Year = v.Source.Year,
                RecordYear = v.Source.RecordYear,
                Url = urls.Volume(edition, v.Source),
                ChapterCount = v.Chapters.Count(),
                Summary = v.Categories.Count == 0 ? "" : string.Join("、", v.Categories.Select(c => c.Name)),
            }).ToList(),
        }),
    };
}
