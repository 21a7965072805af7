using Yearbook.Content;
using Yearbook.Editions;

namespace Yearbook.Model;

/// <summary>
/// The structure of one edition: volumes (newest first), their categories and chapters, and each
/// chapter's neighbours for previous/next links.
/// </summary>
internal sealed class TableOfContents
{
    private readonly Dictionary<Chapter, (EditionChapter? Previous, EditionChapter? Next, EditionVolume Volume)> _neighbours;

    /// <summary>Builds the table of contents from the converted chapters of one edition.</summary>
    public TableOfContents(Site site, EditionConverter converter, IReadOnlyDictionary<Chapter, EditionChapter> chapters)
    {
        _neighbours = new(ReferenceEqualityComparer.Instance);
        Volumes = site.Volumes.Select(volume =>
        {
            var title = converter.Convert(volume.Title, volume.Script);
            string? Local(string? text) => text is null ? null : converter.Convert(text, site.Config.DefaultScript);
            var p = volume.Publication;
            var publication = new Publication(Local(p.Editor), Local(p.Publisher), Local(p.Place), p.Isbn, p.Issn);
            return Index(new EditionVolume(volume, title, converter.Convert(volume.Preface, volume.Script), []) { Publication = publication }, chapters);
        }).ToList();
    }

    /// <summary>
    /// The table of contents of <paramref name="site"/> after an edit of chapters in the volumes
    /// <paramref name="changedVolumes"/> (by slug): those are listed again from <paramref name="chapters"/>,
    /// the others are taken from <paramref name="previous"/> as they were. Volume titles and prefaces do
    /// not change with chapters, so nothing is converted again.
    /// </summary>
    public TableOfContents(TableOfContents previous, Site site, IReadOnlyDictionary<Chapter, EditionChapter> chapters, IReadOnlySet<string> changedVolumes)
    {
        // Most entries stay: copying the previous map (a block copy) and replacing the changed volumes'
        // entries costs far less than listing ten thousand chapters again.
        _neighbours = new(previous._neighbours, ReferenceEqualityComparer.Instance);
        var before = previous.Volumes.ToDictionary(v => v.Source.Slug, StringComparer.Ordinal);
        Volumes = site.Volumes.Select(volume =>
        {
            var old = before[volume.Slug];
            if (!changedVolumes.Contains(volume.Slug))
            {
                return old;
            }

            foreach (var chapter in old.Chapters)
            {
                _neighbours.Remove(chapter.Source);
            }

            return Index(old with { Source = volume, Categories = [] }, chapters);
        }).ToList();
    }

    /// <summary>Lists the chapters of <paramref name="volume"/> by category and records their neighbours.</summary>
    private EditionVolume Index(EditionVolume volume, IReadOnlyDictionary<Chapter, EditionChapter> chapters)
    {
        // A folder is named by its first chapter's category; two folders of the same name are one entry.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chapter in volume.Source.Chapters)
        {
            names.TryAdd(chapter.CategorySlug ?? "", chapter.FrontMatter.Category is { Length: > 0 } name ? "name:" + name : "folder:" + chapter.CategorySlug);
        }

        var categories = volume.Source.Chapters
            .Select(c => chapters[c])
            .GroupBy(c => names[c.Source.CategorySlug ?? ""], StringComparer.Ordinal)
            .Select(g => new CategoryEntry(
                g.First().Category.Length > 0 ? g.First().Category : volume.Title,
                g.First().Source.CategorySlug is { Length: > 0 } slug ? slug : "chapters",
                (IReadOnlyList<EditionChapter>)g.ToList()))
            .ToList();
        var listed = volume with { Categories = categories };
        var ordered = listed.Chapters.ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            _neighbours[ordered[i].Source] = (i > 0 ? ordered[i - 1] : null, i + 1 < ordered.Count ? ordered[i + 1] : null, listed);
        }

        return listed;
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
