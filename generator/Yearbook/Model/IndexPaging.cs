namespace Yearbook.Model;

/// <summary>
/// Cuts a part of an index into pages of bounded size, so that no page of a series' index grows past
/// what a phone opens quickly. Sizes are given as weights that are the same in both editions (counts of
/// items and links, never bytes), so both editions cut alike and the edition switch lands on the same page.
/// </summary>
internal static class IndexPaging
{
    /// <summary>
    /// Splits <paramref name="items"/>, in order, into pages whose weights add up to at most
    /// <paramref name="budget"/>; an item heavier than the budget gets a page of its own.
    /// </summary>
    public static List<List<T>> Split<T>(IEnumerable<T> items, Func<T, int> weight, int budget)
    {
        var pages = new List<List<T>>();
        var page = new List<T>();
        var used = 0;
        foreach (var item in items)
        {
            var w = Math.Max(1, weight(item));
            if (page.Count > 0 && used + w > budget)
            {
                pages.Add(page);
                page = [];
                used = 0;
            }

            page.Add(item);
            used += w;
        }

        if (page.Count > 0)
        {
            pages.Add(page);
        }

        return pages;
    }
}
