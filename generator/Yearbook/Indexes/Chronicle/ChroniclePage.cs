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
            return new
            {
                year = y.Year.ToString(CultureInfo.InvariantCulture),
                anchor = y.Anchor,
                url,
                count = y.Months.Sum(m => m.Items.Count),
                months = y.Months.Select(m => new
                {
                    month = m.Month.ToString(CultureInfo.InvariantCulture),
                    anchor = m.Anchor,
                    url = url + "#" + m.Anchor,
                    count = m.Items.Count,
                }).ToList(),
            };
        }).ToList();
        var pages = new List<Page>
        {
            SectionPage.Build("chronicle", Folder, edition, context, urls, new { total = index.Count, years }, context.Text("chronicleIntro")),
        };
        foreach (var (y, link) in index.Years.Zip(years))
        {
            pages.Add(SplitPage.Build("chronicleYear", "chronicle", Folder, YearKey(y.Year), link.year + context.Text("yearSuffix"), 1, 1, edition, context, urls, new
            {
                year = link.year,
                anchor = y.Anchor,
                count = link.count,
                // Every year, for the navigator; this year's months link within the page.
                years = years.Select(o => new { o.year, o.url, o.count, current = o.year == link.year }).ToList(),
                months = y.Months.Select(m => new
                {
                    month = m.Month.ToString(CultureInfo.InvariantCulture),
                    anchor = m.Anchor,
                    items = m.Items.Select(e => new
                    {
                        anchor = e.Anchor,
                        date = Label(e.Item),
                        datetime = e.Item.Source.DayKnown ? e.Item.Source.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : e.Item.Source.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                        text = e.Item.Text,
                        url = e.Url,
                        volumeTitle = e.Volume.Title,
                    }).ToList(),
                }).ToList(),
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
