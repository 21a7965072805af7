using Yearbook.Content;

namespace Yearbook.Build;

/// <summary>
/// Everything the pages of one group read, each part with how many of its pages read it. A group listed again after
/// an edit starts from the last run's counts and changes only those of the pages rendered again, rather than joining
/// the reads of every page anew (a volume's hundreds of pages, for one chapter edited).
/// </summary>
internal sealed class GroupReads
{
    private readonly Dictionary<ContentRead, int> _pages;

    private GroupReads(Dictionary<ContentRead, int> pages) => _pages = pages;

    /// <summary>Whether a page of the group read <paramref name="part"/>.</summary>
    public bool Contains(ContentRead part) => _pages.ContainsKey(part);

    /// <summary>
    /// The reads of pages made from <paramref name="made"/>, counted from <paramref name="last"/>'s when the last run
    /// made the group (its kept pages are the same sources); null when a page's reads were not recorded.
    /// </summary>
    public static GroupReads? Of(OutputSource[] made, PageGroup? last)
    {
        if (made.Any(s => s.Reads is null))
        {
            return null;
        }

        if (last?.Reads is not { } was)
        {
            var counts = new Dictionary<ContentRead, int>();
            foreach (var source in made)
            {
                Count(counts, source.Reads!, 1);
            }

            return new GroupReads(counts);
        }

        var now = new Dictionary<ContentRead, int>(was._pages);
        var kept = made.ToHashSet(ReferenceEqualityComparer.Instance);
        var before = last.Sources.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var source in last.Sources.Where(s => !kept.Contains(s)))
        {
            Count(now, source.Reads!, -1);
        }

        foreach (var source in made.Where(s => !before.Contains(s)))
        {
            Count(now, source.Reads!, 1);
        }

        return new GroupReads(now);
    }

    private static void Count(Dictionary<ContentRead, int> counts, HashSet<ContentRead> reads, int by)
    {
        foreach (var read in reads)
        {
            var count = counts.GetValueOrDefault(read) + by;
            if (count == 0)
            {
                counts.Remove(read);
            }
            else
            {
                counts[read] = count;
            }
        }
    }
}
