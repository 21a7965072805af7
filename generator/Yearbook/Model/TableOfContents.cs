using Yearbook.Content;
using Yearbook.Editions;

namespace Yearbook.Model;

/// <summary>
/// The structure of one edition: volumes (newest first), their categories and chapters, and each
/// chapter's neighbours for previous/next links.
/// </summary>
internal sealed class TableOfContents
{
    // Per volume, so that a volume kept from the last table of contents is shared whole, not copied chapter by chapter.
    private readonly Dictionary<string, Dictionary<Chapter, (EditionChapter? Previous, EditionChapter? Next, EditionVolume Volume)>> _neighbours;

    /// <summary>Builds the table of contents from the converted chapters of one edition.</summary>
    public TableOfContents(Site site, EditionConverter converter, IReadOnlyDictionary<Chapter, EditionChapter> chapters)
        : this(site, converter, c => chapters[c], null, _ => false)
    {
    }

    /// <summary>
    /// Builds the table of contents again after an edit: a volume of <paramref name="kept"/> is taken as it was
    /// when it is the same volume as loaded and <paramref name="holds"/> says none of its chapters was converted
    /// again; the others are listed from <paramref name="chapters"/>.
    /// </summary>
    public TableOfContents(Site site, EditionConverter converter, Func<Chapter, EditionChapter> chapters, TableOfContents? kept, Func<Volume, bool> holds)
    {
        _neighbours = new(StringComparer.Ordinal);
        var before = kept?.Volumes.ToDictionary<EditionVolume, Volume, EditionVolume>(v => v.Source, v => v, ReferenceEqualityComparer.Instance);
        Volumes = site.Volumes.Select(volume =>
        {
            if (before is not null && before.TryGetValue(volume, out var was) && holds(volume))
            {
                _neighbours[volume.Slug] = kept!._neighbours[volume.Slug];
                return was;
            }

            var title = converter.Convert(volume.Title, volume.Script);
            string? Local(string? text) => text is null ? null : converter.Convert(text, site.Config.DefaultScript);
            var p = volume.Publication;
            var publication = new Publication(Local(p.Editor), Local(p.Publisher), Local(p.Place), p.Isbn, p.Issn);
            return Index(new EditionVolume(volume, title, converter.Convert(volume.Preface, volume.Script), []) { Publication = publication }, chapters);
        }).ToList();
    }

    /// <summary>Lists the chapters of <paramref name="volume"/> by category and records their neighbours.</summary>
    private EditionVolume Index(EditionVolume volume, Func<Chapter, EditionChapter> chapters)
    {
        // A folder is named by its first chapter's category; two folders of the same name are one entry.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chapter in volume.Source.Chapters)
        {
            names.TryAdd(chapter.CategorySlug ?? "", chapter.FrontMatter.Category is { Length: > 0 } name ? "name:" + name : "folder:" + chapter.CategorySlug);
        }

        var categories = volume.Source.Chapters
            .Select(chapters)
            .GroupBy(c => names[c.Source.CategorySlug ?? ""], StringComparer.Ordinal)
            .Select(g => new CategoryEntry(
                g.First().Category.Length > 0 ? g.First().Category : volume.Title,
                g.First().Source.CategorySlug is { Length: > 0 } slug ? slug : "chapters",
                (IReadOnlyList<EditionChapter>)g.ToList()))
            .ToList();
        var listed = volume with { Categories = categories };
        var ordered = listed.Chapters.ToList();
        var neighbours = new Dictionary<Chapter, (EditionChapter?, EditionChapter?, EditionVolume)>(ordered.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < ordered.Count; i++)
        {
            neighbours[ordered[i].Source] = (i > 0 ? ordered[i - 1] : null, i + 1 < ordered.Count ? ordered[i + 1] : null, listed);
        }

        _neighbours[volume.Source.Slug] = neighbours;

        return listed;
    }

    /// <summary>The volumes, newest first.</summary>
    public IReadOnlyList<EditionVolume> Volumes { get; }

    /// <summary>The chapter before <paramref name="chapter"/> in its volume, if any.</summary>
    public EditionChapter? Previous(Chapter chapter)
    {
        ContentReads.Note(chapter.Path, ContentPart.Neighbours);
        return _neighbours[chapter.VolumeSlug][chapter].Previous;
    }

    /// <summary>The chapter after <paramref name="chapter"/> in its volume, if any.</summary>
    public EditionChapter? Next(Chapter chapter)
    {
        ContentReads.Note(chapter.Path, ContentPart.Neighbours);
        return _neighbours[chapter.VolumeSlug][chapter].Next;
    }

    /// <summary>The volume holding <paramref name="chapter"/>.</summary>
    public EditionVolume VolumeOf(Chapter chapter) => _neighbours[chapter.VolumeSlug][chapter].Volume; // which volume follows from the chapter's path
}
