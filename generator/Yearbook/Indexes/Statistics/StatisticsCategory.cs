using Yearbook.Model;

namespace Yearbook.Indexes.Statistics;

/// <summary>
/// The series of one category (类目) of the statistics index, as its own pages list them. A series
/// belongs to the category most of its points' chapters are filed under (the smaller folder name on a
/// tie), so an indicator reported by the economy chapters of every volume sits under economy.
/// </summary>
/// <param name="Slug">The category's folder name (<c>other</c> for chapters outside any category).</param>
/// <param name="Title">Its name in the edition's script, as the newest volume that has it names it.</param>
/// <param name="Series">Its series, by code.</param>
internal sealed record StatisticsCategory(string Slug, string Title, IReadOnlyList<StatisticsSeries> Series)
{
    /// <summary>The folder of chapters outside any category.</summary>
    public const string Other = "other";

    /// <summary>The category slug of <paramref name="series"/>.</summary>
    public static string SlugOf(StatisticsSeries series)
    {
        // Counted by hand: asked of every series at each edit of a statistic, where grouping and sorting showed.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var (best, most) = ("", 0);
        foreach (var point in series.Points)
        {
            var slug = point.Chapter.Source.CategorySlug ?? Other;
            var count = counts[slug] = counts.GetValueOrDefault(slug) + 1;
            if (count > most || (count == most && string.CompareOrdinal(slug, best) < 0))
            {
                (best, most) = (slug, count);
            }
        }

        return best;
    }

    /// <summary>
    /// The categories of <paramref name="index"/>, in the order the table of contents lists them (newest
    /// volume first), named by their first listing there; <paramref name="otherTitle"/> names <see cref="Other"/>.
    /// </summary>
    public static IReadOnlyList<StatisticsCategory> Of(StatisticsIndex index, IReadOnlyList<EditionVolume> volumes, string otherTitle)
    {
        var bySlug = index.Series.GroupBy(SlugOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Code, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var listed = volumes
            .SelectMany(v => v.Categories.SelectMany(c => c.Chapters.Take(1)))
            .Select(c => (Slug: c.Source.CategorySlug ?? Other, Title: c.Category))
            .Where(c => c.Slug != Other && c.Title.Length > 0)
            .DistinctBy(c => c.Slug, StringComparer.Ordinal)
            .ToList();
        var order = listed.Select((c, i) => (c.Slug, i)).ToDictionary(c => c.Slug, c => c.i, StringComparer.Ordinal);
        var titles = listed.ToDictionary(c => c.Slug, c => c.Title, StringComparer.Ordinal);
        return bySlug
            .OrderBy(c => order.GetValueOrDefault(c.Key, int.MaxValue))
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new StatisticsCategory(c.Key, titles.GetValueOrDefault(c.Key) ?? (c.Key == Other ? otherTitle : c.Key), c.Value))
            .ToList();
    }
}
