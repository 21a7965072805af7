using System.Globalization;
using Yearbook.Content;
using Yearbook.Editions;
using Yearbook.Rendering;
using Yearbook.Rendering.Pages;

namespace Yearbook.Indexes.Honors;

/// <summary>The honors page of an edition (<c>/{edition}/honors/</c>); its context is documented in the theme's README.</summary>
public static class HonorsPage
{
    /// <summary>The folder of the page and its downloads, relative to the edition.</summary>
    public const string Folder = "honors/";

    /// <summary>Builds the page; <paramref name="local"/> converts a Simplified text into the edition's script.</summary>
    public static Page Build(HonorsIndex index, Edition edition, EditionContext context, SiteUrls urls, Func<string, string> local)
    {
        return SectionPage.Build("honors", Folder, edition, context, urls, new
        {
            total = index.All.Count(),
            levels = index.Levels.Select(l => new
            {
                level = ChapterPage.LevelCode(l.Level),
                label = LevelLabel(l.Level, context, local),
                anchor = l.Anchor,
                count = l.Count,
                years = l.Years.Select(y => new { year = YearLabel(y.Year, local), anchor = y.Anchor, items = y.Items.Select(e => Item(e, context, local)).ToList() }).ToList(),
            }).ToList(),
            years = index.Years.Select(y => new { year = YearLabel(y.Year, local), anchor = y.Anchor, count = y.Items.Count }).ToList(),
            yearsView = index.Years.Select(y => new { year = YearLabel(y.Year, local), anchor = y.Anchor, items = y.Items.Select(e => Item(e, context, local)).ToList() }).ToList(),
            csvUrl = urls.Page(edition, Folder + "honors.csv"),
            jsonUrl = urls.Page(edition, Folder + "honors.json"),
        }, context.Text("honorsIntro"));
    }

    /// <summary>A level's label; honors without level are labelled 级别未注明.</summary>
    public static string LevelLabel(HonorLevel level, EditionContext context, Func<string, string> local) =>
        level == HonorLevel.Unknown ? local("级别未注明") : ChapterPage.LevelLabel(level, context);

    /// <summary>A year's label; honors without year are labelled 年份未注明.</summary>
    public static string YearLabel(int? year, Func<string, string> local) =>
        year?.ToString(CultureInfo.InvariantCulture) ?? local("年份未注明");

    private static object Item(HonorEntry entry, EditionContext context, Func<string, string> local) => new
    {
        title = entry.Honor.Title,
        recipient = entry.Honor.Recipient,
        awardedBy = entry.Honor.AwardedBy ?? "",
        recipientType = ChapterPage.RecipientTypeLabel(entry.Honor.Source.RecipientType, context),
        document = entry.Honor.Document ?? "",
        year = entry.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
        level = entry.Level == HonorLevel.Unknown ? "" : ChapterPage.LevelCode(entry.Level),
        levelLabel = LevelLabel(entry.Level, context, local),
        chapterTitle = entry.Chapter.Title,
        chapterUrl = entry.Url[..entry.Url.IndexOf('#')],
        url = entry.Url,
        // Every chapter that records the honor, the first one (chapterTitle, url above) included.
        sources = entry.Sources.Select(s => new { chapterTitle = s.Chapter.Title, url = s.Url }).ToList(),
    };
}
