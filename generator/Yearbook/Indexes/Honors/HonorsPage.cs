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
        var yearLinks = years.Select(y => new HonorYearCount
        {
            Year = YearLabel(y.Group.Year, context),
            Url = urls.Page(edition, SitePaths.Part(Folder, YearKey(y.Group.Year))),
            Count = y.Group.Items.Count,
            // The year's honors by level, in the order of the table's columns.
            Levels = levels.Select(l => y.Group.Items.Count(e => e.Level == l)).ToList(),
        }).ToList();
        var pages = new List<Page>
        {
            SectionPage.Build("honors", Folder, edition, context, urls, new HonorsPageData
            {
                Honors = new HonorsView
                {
                    Total = index.All.Count(),
                    Levels = index.Levels.Select(l => new HonorLevelCount
                    {
                        Level = HonorLevels.Code(l.Level),
                        Label = LevelLabel(l.Level, context),
                        Count = l.Count,
                    }).ToList(),
                    Years = yearLinks,
                    CsvUrl = urls.Page(edition, Folder + "honors.csv"),
                    JsonUrl = urls.Page(edition, Folder + "honors.json"),
                    DataPackageUrl = urls.Page(edition, SitePaths.DataPackage),
                },
            }, context.Text("honorsIntro")),
        };

        foreach (var (group, parts) in years)
        {
            for (var n = 0; n < parts.Count; n++)
            {
                var year = YearLabel(group.Year, context);
                pages.Add(SplitPage.Build("honorsYear", "honors", Folder, YearKey(group.Year), group.Year is null ? year : year + context.Text("yearSuffix"),
                    n + 1, parts.Count, edition, context, urls, partLinks => new HonorsYearPageData
                    {
                        HonorsYear = new HonorsYearView
                        {
                            Year = year,
                            Count = group.Items.Count,
                            // The page's honors by level (a level may continue from the page before).
                            Levels = parts[n].GroupBy(e => e.Level).Select(l => new HonorLevelGroupView
                            {
                                Level = HonorLevels.Code(l.Key),
                                Label = LevelLabel(l.Key, context),
                                Anchor = HonorsIndex.LevelAnchor(l.Key),
                                Items = l.Select(e => Item(e, context)).ToList(),
                            }).ToList(),
                            // Every year, without counts: a year's page changes only with its own honors.
                            Years = yearLinks.Select(y => new HonorYearLink { Year = y.Year, Url = y.Url, Current = y.Year == year }).ToList(),
                            LandingUrl = urls.Page(edition, Folder),
                        },
                        Parts = partLinks,
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

    private static HonorItem Item(HonorEntry entry, EditionContext context) => new()
    {
        Title = entry.Honor.Title,
        Recipient = entry.Honor.Recipient,
        AwardedBy = entry.Honor.AwardedBy ?? "",
        RecipientType = HonorLevels.RecipientTypeLabel(entry.Honor.Source.RecipientType, context),
        Document = entry.Honor.Document ?? "",
        Year = entry.Year?.ToString(CultureInfo.InvariantCulture) ?? "",
        Level = entry.Level == HonorLevel.Unknown ? "" : HonorLevels.Code(entry.Level),
        LevelLabel = LevelLabel(entry.Level, context),
        ChapterTitle = entry.Chapter.Title,
        ChapterUrl = entry.Url[..entry.Url.IndexOf('#')],
        Url = entry.Url,
        // Every chapter that records the honor, the first one (chapterTitle, url above) included.
        Sources = entry.Sources.Select(s => new HonorPlace { ChapterTitle = s.Chapter.Title, Url = s.Url }).ToList(),
    };
}
