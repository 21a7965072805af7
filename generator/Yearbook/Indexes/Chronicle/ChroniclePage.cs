using System.Globalization;
using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Indexes.Chronicle;

/// <summary>The chronicle page of an edition (<c>/{edition}/chronicle/</c>); its context is documented in the theme's README.</summary>
internal static class ChroniclePage
{
    /// <summary>The folder of the page, relative to the edition.</summary>
    public const string Folder = SitePaths.Chronicle;

    /// <summary>Builds the page.</summary>
    public static Page Build(ChronicleIndex index, Edition edition, EditionContext context, SiteUrls urls)
    {
        return SectionPage.Build("chronicle", Folder, edition, context, urls, new
        {
            total = index.Count,
            years = index.Years.Select(y => new
            {
                year = y.Year.ToString(CultureInfo.InvariantCulture),
                anchor = y.Anchor,
                count = y.Months.Sum(m => m.Items.Count),
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
            }).ToList(),
        }, context.Text("chronicleIntro"));
    }

    /// <summary>The date as the index shows it: as written, but an ISO date (2024-03-12) as 3月12日, like the others.</summary>
    private static string Label(EditionChronicleItem item) =>
        item.Source.DayKnown && item.Date.Length >= 10 && item.Date[4] == '-'
            ? $"{item.Source.Date.Month}月{item.Source.Date.Day}日{item.Date[10..]}"
            : item.Date;
}
