using Yearbook.Content;
using Yearbook.Editions;
using Yearbook.Indexes.Contents;

namespace Yearbook.Rendering.Pages;

/// <summary>The page of one chapter: body, honors and statistics, breadcrumbs, previous and next.</summary>
public static class ChapterPage
{
    /// <summary>
    /// Builds the page of <paramref name="chapter"/>; <paramref name="bodyHtml"/> is its rendered body; <paramref name="printed"/>,
    /// when the volume is printed, the address of the chapter's first page in the PDF and the number printed on it.
    /// </summary>
    public static Page Build(EditionChapter chapter, string bodyHtml, TableOfContents contents, EditionContext context, SiteUrls urls, Func<string, string> subjectUrl,
        (string Url, int Page)? printed = null)
    {
        var edition = chapter.Edition;
        var volume = contents.VolumeOf(chapter.Source);
        var previous = contents.Previous(chapter.Source);
        var next = contents.Next(chapter.Source);
        var volumeUrl = urls.Volume(edition, volume.Source);
        object? Neighbour(EditionChapter? c) => c is null ? null : new { title = c.Title, url = urls.Chapter(edition, c.Source) };

        return new Page
        {
            Kind = "chapter",
            Url = urls.Chapter(edition, chapter.Source),
            AlternateUrl = urls.Chapter(edition.Other, chapter.Source),
            Title = chapter.Title,
            Description = chapter.Summary,
            Breadcrumbs =
            [
                new Crumb(context.Text("home"), urls.Page(edition, "")),
                new Crumb(volume.Title, volumeUrl),
                new Crumb(chapter.Title, ""),
            ],
            Data = new Dictionary<string, object?>
            {
                ["chapter"] = new
                {
                    title = chapter.Title,
                    slug = chapter.Source.Slug,
                    category = chapter.Category,
                    date = FormatDate(chapter.Source.FrontMatter.Date),
                    source = chapter.SourceName,
                    authors = chapter.Authors,
                    summary = chapter.Summary,
                    tags = chapter.Tags.Select(t => new { name = t, url = subjectUrl(t) }).ToList(),
                    bodyHtml = RawHtml.From(bodyHtml),
                    toc = chapter.Headings.Select(h => new { id = h.Id, title = h.Title, level = h.Level }).ToList(),
                    honors = chapter.Honors.Select(h => new
                    {
                        anchor = h.Anchor,
                        title = h.Title,
                        level = LevelCode(h.Source.Level),
                        levelLabel = LevelLabel(h.Source.Level, context),
                        year = h.Source.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                        recipient = h.Recipient,
                        awardedBy = h.AwardedBy ?? "",
                    }).ToList(),
                    stats = chapter.Stats.Select(s => new
                    {
                        anchor = s.Anchor,
                        indicator = s.Indicator,
                        value = s.Source.Value,
                        unit = s.Unit,
                        period = s.Period,
                        change = s.Change ?? "",
                        note = s.Note ?? "",
                    }).ToList(),
                    print = printed is { } p ? new { url = p.Url, page = p.Page, label = context.Text("printPage").Replace("{page}", p.Page.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) } : null,
                },
                ["volume"] = new { title = volume.Title, url = volumeUrl, year = volume.Source.Year, recordYear = volume.Source.RecordYear },
                ["prev"] = Neighbour(previous),
                ["next"] = Neighbour(next),
            },
        };
    }

    /// <summary>A date as Chinese readers write it: 2025年2月10日 (the same in both scripts).</summary>
    public static string FormatDate(DateOnly? date) => date is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "";

    /// <summary>The level's code for CSS and data files.</summary>
    public static string LevelCode(HonorLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>The level's label in the edition's script (国家级, 省级…).</summary>
    public static string LevelLabel(HonorLevel level, EditionContext context) => level switch
    {
        HonorLevel.National => context.Text("levelNational"),
        HonorLevel.Provincial => context.Text("levelProvincial"),
        HonorLevel.Municipal => context.Text("levelMunicipal"),
        HonorLevel.District => context.Text("levelDistrict"),
        _ => "",
    };
}
