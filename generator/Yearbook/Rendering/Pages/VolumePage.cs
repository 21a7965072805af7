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
        Data = TemplateFields.Values(new VolumePageData
        {
            Volume = new VolumeView
            {
                Title = volume.Title,
                Year = volume.Source.Year,
                RecordYear = volume.Source.RecordYear,
                Url = urls.Volume(edition, volume.Source),
                Pdf = pdf is { } book ? new BookLink { Url = book.Url, Pages = book.Pages } : null,
                Data = new VolumeDataView
                {
                    HonorsCsvUrl = urls.Volume(edition, volume.Source) + SitePaths.DataPackageHonors,
                    StatisticsCsvUrl = urls.Volume(edition, volume.Source) + SitePaths.DataPackageStatistics,
                    DataPackageUrl = urls.Volume(edition, volume.Source) + SitePaths.DataPackage,
                },
                PrefaceHtml = volume.Preface.Length == 0 ? RawHtml.Empty : RawHtml.From(markdown.Render(volume.Preface)),
                Categories = volume.Categories.Select(c => new CategoryView
                {
                    Name = c.Name,
                    Anchor = c.Anchor,
                    Chapters = c.Chapters.Select(ch => new ChapterRow
                    {
                        Title = ch.Title,
                        Url = urls.Chapter(edition, ch.Source),
                        Summary = ch.Summary,
                        Order = ch.Source.FrontMatter.Order,
                    }).ToList(),
                }).ToList(),
            },
        }),
    };
}
