using Yearbook.Content;
using Yearbook.Editions;
using Yearbook.Indexes;
using Yearbook.Model;

namespace Yearbook.Build;

/// <summary>A page to render: its output file, how to assemble it, its edition and that edition's shared context; an index page carries its index's reads.</summary>
internal sealed record PageJob(string File, Func<Page> Build, Edition Edition, EditionContext Context, Kept<IndexOutput>? Index)
{
    /// <summary>An index page, made with its index: a page object the index kept is the page the last run rendered.</summary>
    public Page? Made { get; init; }
}

/// <summary>
/// The pages of one index, of one volume (its page and its chapters'), or a single page, as a run rendered or
/// kept them, in listing order. The next run keeps a group whole, without listing its pages again, when its
/// index was kept or, for a volume, when the volume's listing was kept and no page of it read a part that changed:
/// an edit to one chapter of a 10,000-chapter site lists one volume, not every page.
/// </summary>
/// <param name="Key">What the group lists, unique in the site (<c>zh-hans/volume:2024</c>).</param>
/// <param name="Files">The pages' output files.</param>
/// <param name="Sources">What each page was made from, in the order of <paramref name="Files"/>.</param>
/// <param name="Reads">Everything its pages read; null for an index's pages (kept with their index) or when nothing was recorded.</param>
internal sealed record PageGroup(string Key, string[] Files, OutputSource[] Sources, GroupReads? Reads)
{
    /// <summary>Whether no page of the group read any of <paramref name="changed"/>.</summary>
    public bool Holds(ChangedParts changed) => Reads is { } reads && !changed.Parts.Any(reads.Contains);

    /// <summary>What each page was made from, by output file.</summary>
    public Dictionary<string, OutputSource> ByFile()
    {
        var byFile = new Dictionary<string, OutputSource>(Files.Length, StringComparer.Ordinal);
        for (var i = 0; i < Files.Length; i++)
        {
            byFile[Files[i]] = Sources[i];
        }

        return byFile;
    }
}

/// <summary>One group of pages in a run's listing: its pages to render or keep (<see cref="Jobs"/>), or the group the last run made, kept whole.</summary>
/// <param name="Key">The group's key (<see cref="PageGroup.Key"/>).</param>
/// <param name="Jobs">The pages, listed this run; null when <paramref name="Kept"/> is.</param>
/// <param name="Kept">The last run's group, kept whole.</param>
/// <param name="ByIndex">Whether its pages are an index's, kept by their page objects rather than by what they read.</param>
internal sealed record ListedGroup(string Key, IReadOnlyList<PageJob>? Jobs, PageGroup? Kept, bool ByIndex);

/// <summary>Every page of a run, group by group in listing order (the sitemap's order), with the feeds beside them.</summary>
internal sealed class PageListing
{
    private readonly Dictionary<string, PageGroup> _byKey;

    /// <summary>The listing of <paramref name="groups"/> and <paramref name="feeds"/>.</summary>
    public PageListing(IReadOnlyList<PageGroup> groups, IReadOnlyDictionary<string, OutputSource> feeds)
    {
        Groups = groups;
        Feeds = feeds;
        _byKey = groups.ToDictionary(g => g.Key, StringComparer.Ordinal);
    }

    /// <summary>The groups, in listing order.</summary>
    public IReadOnlyList<PageGroup> Groups { get; }

    /// <summary>The feeds, by output file, with what each read.</summary>
    public IReadOnlyDictionary<string, OutputSource> Feeds { get; }

    /// <summary>The group listed under <paramref name="key"/>, if any.</summary>
    public PageGroup? Group(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Whether <paramref name="groups"/> list the same addresses, in the same order, as these groups.</summary>
    public bool SameAddresses(IReadOnlyList<PageGroup> groups)
    {
        if (Groups.Count != groups.Count)
        {
            return false;
        }

        for (var g = 0; g < Groups.Count; g++)
        {
            var (a, b) = (Groups[g], groups[g]);
            if (ReferenceEquals(a, b))
            {
                continue;
            }

            if (a.Key != b.Key || a.Sources.Length != b.Sources.Length)
            {
                return false;
            }

            for (var i = 0; i < a.Sources.Length; i++)
            {
                var (x, y) = (a.Sources[i].Sitemap!, b.Sources[i].Sitemap!);
                if (x.Page.Url != y.Page.Url || x.Page.AlternateUrl != y.Page.AlternateUrl || x.Page.InSitemap != y.Page.InSitemap || x.Lang != y.Lang)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
