using System.Globalization;
using Yearbook.Content;
using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Indexes.Honors;

/// <summary>
/// The honors pages of an edition: the landing page (<c>/{edition}/honors/</c>) and one page per year,
/// numbered where a year is long; their context is documented in the theme's README.
/// </summary>
internal static class HonorsPage
{
    /// <summary>The folder of the page and its downloads, relative to the edition.</summary>
    public const string Folder = SitePaths.Honors;

    /// <summary>
    /// How much of a year one page holds, as the sum of 6 per honor and 1 per chapter recording it
    /// (about 200 honors, 150 KB and 3,000 elements); a year with more honors gets numbered pages.
    /// </summary>
    public const int PageBudget = 1500;

    /// <summary>
    /// Builds the landing page, which counts the honors by year and level and links each year's page,
    /// then the pages of each year (<c>honors/2024/</c>, <c>honors/2024/2/</c>…).
    /// </summary>
    public static IReadOnlyList<Page> Build(HonorsIndex index, Edition edition, EditionContext context, SiteUrls urls)
    {
        var levels = index.Levels.Select(l => l.Level).ToList();
        var years = index.Years.Select(y => (Group: y, Pages: IndexPaging.Split(y.Items, e => 6 + e.Sources.Count, PageBudget))).ToList();
        var yearLinks = years.Select(y => new
        {
            year = YearLabel(y.Group.Year, context),
            url = urls.Page(edition, SitePaths.Part(Folder, YearKey(y.Group.Year))),
            count = y.Group.Items.Count,
            // The year's honors by level, in the order of the table's columns.
            levels = levels.Select(l => y.Group.Items.Count(e => e.Level == l)).ToList(),
        }).ToList();
        var pages = new List<Page>
        {
            SectionPage.Build("honors", Folder, edition, context, urls, new
            {
                total = index.All.Count(),
                levels = index.Levels.Select(l => new
                {
                    level = HonorLevels.Code(l.Level),
                    label = LevelLabel(l.Level, context),
                    count = l.Count,
                }).ToList(),
                years = yearLinks,
                csvUrl = urls.Page(edition, Folder + "honors.csv"),
                jsonUrl = urls.Page(edition, Folder + "honors.json"),
                dataPackageUrl = urls.Page(edition, SitePaths.DataPackage),
            }, context.Text("honorsIntro")),
        };

        foreach (var (group, parts) in years)
        {
            for (var n = 0; n < parts.Count; n++)
            {
                var year = YearLabel(group.Year, context);
                pages.Add(SplitPage.Build("honorsYear", "honors", Folder, YearKey(group.Year), group.Year is null ? year : year + context.Text("yearSuffix"),
                    n + 1, parts.Count, edition, context, urls, new
                    {
                        year,
                        count = group.Items.Count,
                        // The page's honors by level (a level may continue from the page before).
                        levels = parts[n].GroupBy(e => e.Level).Select(l => new
                        {
                            level = HonorLevels.Code(l.Key),
                            label = LevelLabel(l.Key, context),
                            anchor = HonorsIndex.LevelAnchor(l.Key),
                            items = l.Select(e => Item(e, context)).ToList(),
                        }).ToList(),
                        // Every year, without counts: a year's page changes only with its own honors.
                        years = yearLinks.Select(y => new { y.year, y.url, current = y.year == year }).ToList(),
                        landingUrl = urls.Page(edition, Folder),
                    }));
            }
        }

        return pages;
    }

    /// <summary>The folder name of a year's pages: the year, or <c>undated</c> for honors without one.</summary>
    public static string YearKey(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "undated";

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
