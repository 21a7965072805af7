using Yearbook.Model;

namespace Yearbook.Rendering.Pages;

/// <summary>The page of one volume: its preface and table of contents by category.</summary>
internal static class VolumePage
{
    /// <summary>Builds the page of <paramref name="volume"/>; <paramref name="pdf"/> is the printed book's address and page count, when it is printed.</summary>
    public static Page Build(EditionVolume volume, Editions.Edition edition, EditionContext context, SiteUrls urls, MarkdownHtml markdown, (string Url, int Pages)? pdf = null) => new()
    {
        Kind = "volume",
        Url = urls.Volume(edition, volume.Source),
        AlternateUrl = urls.Volume(edition.Other, volume.Source),
        Title = volume.Title,
        Breadcrumbs = [new Crumb(context.Text("home"), urls.Page(edition, "")), new Crumb(volume.Title, "")],
        Data = new Dictionary<string, object?>
        {
            ["volume"] = new
            {
                title = volume.Title,
                year = volume.Source.Year,
                recordYear = volume.Source.RecordYear,
                url = urls.Volume(edition, volume.Source),
                pdf = pdf is { } book ? new { url = book.Url, pages = book.Pages } : null,
                data = new
                {
                    honorsCsvUrl = urls.Volume(edition, volume.Source) + SitePaths.DataPackageHonors,
                    statisticsCsvUrl = urls.Volume(edition, volume.Source) + SitePaths.DataPackageStatistics,
                    dataPackageUrl = urls.Volume(edition, volume.Source) + SitePaths.DataPackage,
                },
                prefaceHtml = volume.Preface.Length == 0 ? RawHtml.Empty : RawHtml.From(markdown.Render(volume.Preface)),
                categories = volume.Categories.Select(c => new
                {
                    name = c.Name,
                    anchor = c.Anchor,
                    chapters = c.Chapters.Select(ch => new
                    {
                        title = ch.Title,
                        url = urls.Chapter(edition, ch.Source),
                        summary = ch.Summary,
                        order = ch.Source.FrontMatter.Order,
                    }).ToList(),
                }).ToList(),
            },
        },
    };
}
