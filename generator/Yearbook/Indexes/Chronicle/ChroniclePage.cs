using System.Globalization;
using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Indexes.Chronicle;

/// <summary>The chronicle pages of an edition (<c>/{edition}/chronicle/</c> and one per year); their context is documented in the theme's README.</summary>
internal static class ChroniclePage
{
    /// <summary>The folder of the page, relative to the edition.</summary>
    public const string Folder = SitePaths.Chronicle;

    /// <summary>
    /// Builds the landing page, which lists the years and their months with counts, and one page per year
    /// (<c>chronicle/2024/</c>) holding the year's items under their date anchors (<c>#d2024-03-05</c>).
    /// A year is one volume's chronicle or two (a volume may record the next year's first months), so it is never numbered.
    /// </summary>
    public static IReadOnlyList<Page> Build(ChronicleIndex index, Edition edition, EditionContext context, SiteUrls urls)
    {
        var years = index.Years.Select(y =>
        {
            var url = urls.Page(edition, SitePaths.Part(Folder, YearKey(y.Year)));
            return new ChronicleYearRow
            {
                Year = y.Year.ToString(CultureInfo.InvariantCulture),
                Anchor = y.Anchor,
                Url = url,
                Count = y.Months.Sum(m => m.Items.Count),
                Months = y.Months.Select(m => new ChronicleMonthRow
                {
                    Month = m.Month.ToString(CultureInfo.InvariantCulture),
                    Anchor = m.Anchor,
                    Url = url + "#" + m.Anchor,
                    Count = m.Items.Count,
                }).ToList(),
            };
        }).ToList();
        var pages = new List<Page>
        {
            SectionPage.Build("chronicle", Folder, edition, context, urls, new ChroniclePageData { Chronicle = new ChronicleView { Total = index.Count, Years = years } },
                context.Text("chronicleIntro")),
        };
        foreach (var (y, link) in index.Years.Zip(years))
        {
            pages.Add(SplitPage.Build("chronicleYear", "chronicle", Folder, YearKey(y.Year), link.Year + context.Text("yearSuffix"), 1, 1, edition, context, urls, parts => new ChronicleYearPageData
            {
                ChronicleYear = new ChronicleYearView
                {
                    Year = link.Year,
                    Anchor = y.Anchor,
                    Count = link.Count,
                    // Every year, for the navigator; this year's months link within the page.
                    Years = years.Select(o => new ChronicleYearLink { Year = o.Year, Url = o.Url, Count = o.Count, Current = o.Year == link.Year }).ToList(),
                    Months = y.Months.Select(m => new ChronicleMonthView
                    {
                        Month = m.Month.ToString(CultureInfo.InvariantCulture),
                        Anchor = m.Anchor,
                        Items = m.Items.Select(e => new ChronicleItemRow
                        {
                            Anchor = e.Anchor,
                            Date = Label(e.Item),
                            Datetime = e.Item.Source.DayKnown ? e.Item.Source.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : e.Item.Source.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                            Text = e.Item.Text,
                            Url = e.Url,
                            VolumeTitle = e.Volume.Title,
                        }).ToList(),
                    }).ToList(),
                },
                Parts = parts,
            }));
        }

        return pages;
    }

    /// <summary>The folder name of a year's page.</summary>
    public static string YearKey(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The date as the index shows it: as written, but an ISO date (2024-03-12) as 3月12日, like the others.</summary>
    private static string Label(EditionChronicleItem item) =>
        item.Source.DayKnown && item.Date.Length >= 10 && item.Date[4] == '-'
            ? $"{item.Source.Date.Month}月{item.Source.Date.Day}日{item.Date[10..]}"
            : item.Date;
}
