using System.Globalization;
using Yearbook.Content;
using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Indexes.Honors;

/// <summary>The honors page of an edition (<c>/{edition}/honors/</c>); its context is documented in the theme's README.</summary>
internal static class HonorsPage
{
    /// <summary>The folder of the page and its downloads, relative to the edition.</summary>
    public const string Folder = SitePaths.Honors;

    /// <summary>Builds the page.</summary>
    public static Page Build(HonorsIndex index, Edition edition, EditionContext context, SiteUrls urls)
    {
        return SectionPage.Build("honors", Folder, edition, context, urls, new
        {
            total = index.All.Count(),
            levels = index.Levels.Select(l => new
            {
                level = HonorLevels.Code(l.Level),
                label = LevelLabel(l.Level, context),
                anchor = l.Anchor,
                count = l.Count,
                years = l.Years.Select(y => new { year = YearLabel(y.Year, context), anchor = y.Anchor, items = y.Items.Select(e => Item(e, context)).ToList() }).ToList(),
            }).ToList(),
            years = index.Years.Select(y => new { year = YearLabel(y.Year, context), anchor = y.Anchor, count = y.Items.Count }).ToList(),
            yearsView = index.Years.Select(y => new { year = YearLabel(y.Year, context), anchor = y.Anchor, items = y.Items.Select(e => Item(e, context)).ToList() }).ToList(),
            csvUrl = urls.Page(edition, Folder + "honors.csv"),
            jsonUrl = urls.Page(edition, Folder + "honors.json"),
        }, context.Text("honorsIntro"));
    }

    /// <summary>A level's label; honors without level get the theme's <c>levelUnknown</c> text.</summary>
    public static string LevelLabel(HonorLevel level, EditionContext context) =>
        level == HonorLevel.Unknown ? context.Text("levelUnknown") : HonorLevels.Label(level, context);

    /// <summary>A year's label; honors without year get the theme's <c>yearUnknown</c> text.</summary>
    public static string YearLabel(int? year, EditionContext context) =>
        year?.ToString(CultureInfo.InvariantCulture) ?? context.Text("yearUnknown");

    private static object Item(HonorEntry entry, EditionContext context) => new
    {
        title = entry.Honor.Title,
        recipient = entry.Honor.Recipient,
        awardedBy = entry.Honor.AwardedBy ?? "",
        recipientType = HonorLevels.RecipientTypeLabel(entry.Honor.Source.RecipientType, context),
        document = entry.Honor.Document ?? "",
        year = entry.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
        level = entry.Level == HonorLevel.Unknown ? "" : HonorLevels.Code(entry.Level),
        levelLabel = LevelLabel(entry.Level, context),
        chapterTitle = entry.Chapter.Title,
        chapterUrl = entry.Url[..entry.Url.IndexOf('#')],
        url = entry.Url,
        // Every chapter that records the honor, the first one (chapterTitle, url above) included.
        sources = entry.Sources.Select(s => new { chapterTitle = s.Chapter.Title, url = s.Url }).ToList(),
    };
}
