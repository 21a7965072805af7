using Yearbook.Content;
using Yearbook.Editions;

namespace Yearbook.Indexes.Contents;

/// <summary>
/// The structure of one edition: volumes (newest first), their categories and chapters, and each
/// chapter's neighbours for previous/next links.
/// </summary>
public sealed class TableOfContents
{
    private readonly Dictionary<Chapter, (EditionChapter? Previous, EditionChapter? Next, EditionVolume Volume)> _neighbours = new(ReferenceEqualityComparer.Instance);

    /// <summary>Builds the table of contents from the converted chapters of one edition.</summary>
    public TableOfContents(Site site, EditionConverter converter, IReadOnlyDictionary<Chapter, EditionChapter> chapters)
    {
        var volumes = new List<EditionVolume>();
        foreach (var volume in site.Volumes)
        {
            var categories = volume.Chapters
                .Select(c => chapters[c])
                .GroupBy(c => c.Source.CategorySlug ?? "")
                .Select(g => new CategoryEntry(
                    g.First().Category.Length > 0 ? g.First().Category : converter.Convert(volume.Title, volume.Script),
                    g.Key.Length > 0 ? g.Key : "chapters",
                    (IReadOnlyList<EditionChapter>)g.ToList()))
                .ToList();
            var editionVolume = new EditionVolume(volume, converter.Convert(volume.Title, volume.Script), converter.Convert(volume.Preface, volume.Script), categories);
            volumes.Add(editionVolume);

            var ordered = editionVolume.Chapters.ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                _neighbours[ordered[i].Source] = (i > 0 ? ordered[i - 1] : null, i + 1 < ordered.Count ? ordered[i + 1] : null, editionVolume);
            }
        }

        Volumes = volumes;
    }

    /// <summary>
    /// Puts <paramref name="updated"/> in the place of <paramref name="previous"/>, the same chapter
    /// before an edit that left its front matter as it was: same volume, category, order and neighbours.
    /// </summary>
    public void Replace(Chapter previous, EditionChapter updated)
    {
        var entry = _neighbours[previous];
        _neighbours.Remove(previous);
        _neighbours[updated.Source] = entry;
        if (entry.Previous is { } before)
        {
            _neighbours[before.Source] = _neighbours[before.Source] with { Next = updated };
        }

        if (entry.Next is { } after)
        {
            _neighbours[after.Source] = _neighbours[after.Source] with { Previous = updated };
        }

        foreach (var category in entry.Volume.Categories)
        {
            var chapters = (List<EditionChapter>)category.Chapters;
            var index = chapters.FindIndex(c => ReferenceEquals(c.Source, previous));
            if (index >= 0)
            {
                chapters[index] = updated;
            }
        }
    }

    /// <summary>The volumes, newest first.</summary>
    public IReadOnlyList<EditionVolume> Volumes { get; }

    /// <summary>The chapter before <paramref name="chapter"/> in its volume, if any.</summary>
    public EditionChapter? Previous(Chapter chapter) => _neighbours[chapter].Previous;

    /// <summary>The chapter after <paramref name="chapter"/> in its volume, if any.</summary>
    public EditionChapter? Next(Chapter chapter) => _neighbours[chapter].Next;

    /// <summary>The volume holding <paramref name="chapter"/>.</summary>
    public EditionVolume VolumeOf(Chapter chapter) => _neighbours[chapter].Volume;
}
