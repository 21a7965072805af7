using Yearbook.Content;
using Yearbook.Indexes;

namespace Yearbook.Build;

/// <summary>
/// Which pages beyond the edited chapters' own an edit of chapters reaches, from the front matter
/// fields each of them shows. A chapter added, removed or moved in its volume reaches all of them;
/// otherwise each is written again only when a field it shows changed (the script counts for all:
/// every text is converted from it). On a large site this is the difference between rewriting a
/// statistics page and rewriting every index: the honors page alone can be megabytes.
/// </summary>
/// <param name="Indexes">The indexes (with their pages and downloads) to build again.</param>
/// <param name="VolumePages">Whether the pages of the edited chapters' volumes change (titles, summaries, order numbers, category names).</param>
/// <param name="HomePages">Whether the home pages change (chapter counts, category names).</param>
/// <param name="Feeds">Whether the feeds change (titles, dates, authors, summaries).</param>
internal sealed record EditReach(IndexKinds Indexes, bool VolumePages, bool HomePages, bool Feeds)
{
    /// <summary>
    /// When the statistics index changes only because statistics changed in place (each edited chapter
    /// lists the same indicators in the same units and order, with another value, period, change or note):
    /// those statistics, before and after, with their chapter's script. Only their series need building again.
    /// </summary>
    public IReadOnlyList<(Statistic Statistic, Script Script)>? StatisticsInPlace { get; init; }

    /// <summary>Every index and list.</summary>
    public static readonly EditReach Everything = new(IndexKinds.All, true, true, true);

    /// <summary>
    /// The reach of <paramref name="changes"/> (each chapter before and after; null when added or
    /// removed); <paramref name="reordered"/> tells whether a volume's reading order changed.
    /// </summary>
    public static EditReach Of(IReadOnlyList<(Chapter? Old, Chapter? New)> changes, bool reordered)
    {
        if (reordered || changes.Any(c => c.Old is null || c.New is null))
        {
            return Everything;
        }

        var pairs = changes.Select(c => (Old: c.Old!.FrontMatter, New: c.New!.FrontMatter)).ToList();
        bool Changed<T>(Func<FrontMatter, T> field) => pairs.Any(p => !EqualityComparer<T>.Default.Equals(field(p.Old), field(p.New)));
        bool ListChanged<T>(Func<FrontMatter, IReadOnlyList<T>> list) => pairs.Any(p => !list(p.Old).SequenceEqual(list(p.New)));

        var script = Changed(f => f.Script);
        var title = script || Changed(f => f.Title);
        var category = script || Changed(f => f.Category);
        var indexes = IndexKinds.None;
        if (title || ListChanged(f => f.Honors))
        {
            indexes |= IndexKinds.Honors;
        }

        if (title || category || ListChanged(f => f.Stats)) // the statistics pages name the categories
        {
            indexes |= IndexKinds.Statistics;
        }

        if (title || category || ListChanged(f => f.Tags) || Changed(f => f.SortKey))
        {
            indexes |= IndexKinds.Subjects;
        }

        var summary = script || Changed(f => f.Summary);
        var inPlace = !title && pairs.All(p => p.Old.Stats.Select(s => (s.Indicator, s.Unit)).SequenceEqual(p.New.Stats.Select(s => (s.Indicator, s.Unit))));
        return new EditReach(
            indexes,
            VolumePages: title || category || summary || Changed(f => f.Order),
            HomePages: category,
            Feeds: title || summary || Changed(f => f.Date) || ListChanged(f => f.Authors))
        {
            StatisticsInPlace = inPlace && indexes.HasFlag(IndexKinds.Statistics)
                ? pairs.SelectMany(p => p.Old.Stats.Select(s => (s, p.Old.Script)).Concat(p.New.Stats.Select(s => (s, p.New.Script)))).ToList()
                : null,
        };
    }
}
