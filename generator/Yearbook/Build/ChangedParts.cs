using Yearbook.Content;
using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Build;

/// <summary>
/// The parts of the content an edit changed, compared by value: the field groups of each chapter converted
/// again (as written and in every edition), the listing of each volume, and the subjects whose place in
/// the index moved. A stage whose recorded reads meet none of them keeps its result.
/// </summary>
internal sealed class ChangedParts
{
    private static readonly ContentPart[] ChapterParts = Enum.GetValues<ContentPart>().Where(p => p is not (ContentPart.Listing or ContentPart.Neighbours or ContentPart.SubjectAnchor)).ToArray();

    /// <summary>The parts that changed.</summary>
    public HashSet<ContentRead> Parts { get; } = [];

    /// <summary>Adds the parts of the chapter at <paramref name="path"/> that differ between <paramref name="old"/> and <paramref name="now"/> (null: none there).</summary>
    public void AddChapter(string path, ChapterConversion? old, ChapterConversion? now)
    {
        foreach (var part in ChapterParts)
        {
            if (old is null || now is null || !Same(part, old, now))
            {
                Parts.Add(new ContentRead(path, part));
            }
        }
    }

    /// <summary>Adds the volumes whose listing differs between two tables of contents of one edition, and the whole site's when its chapters differ.</summary>
    public void AddListings(TableOfContents old, TableOfContents now)
    {
        var before = old.Volumes.ToDictionary(v => v.Source.Slug, StringComparer.Ordinal);
        foreach (var volume in now.Volumes)
        {
            // A volume kept from the last table of contents is the same listing; only those listed again are compared.
            if (!before.TryGetValue(volume.Source.Slug, out var was) || (!ReferenceEquals(was, volume) && !SameListing(was, volume)))
            {
                Parts.Add(new ContentRead(volume.Source.Slug, ContentPart.Listing));
                Parts.Add(new ContentRead("", ContentPart.Listing));
                AddNeighbours(was, volume);
            }
        }

        if (before.Count != now.Volumes.Count)
        {
            Parts.Add(new ContentRead("", ContentPart.Listing));
        }
    }

    /// <summary>Adds the chapters of a volume whose previous or next chapter is another one (or none) now.</summary>
    private void AddNeighbours(EditionVolume? old, EditionVolume now)
    {
        var before = Neighbours(old);
        foreach (var (path, around) in Neighbours(now))
        {
            if (!before.TryGetValue(path, out var was) || was != around)
            {
                Parts.Add(new ContentRead(path, ContentPart.Neighbours));
            }
        }

        static Dictionary<string, (string?, string?)> Neighbours(EditionVolume? volume)
        {
            var paths = volume?.Chapters.Select(c => c.Source.Path).ToList() ?? [];
            return paths.Select((p, i) => (p, (i > 0 ? paths[i - 1] : null, i + 1 < paths.Count ? paths[i + 1] : null)))
                .ToDictionary(x => x.p, x => x.Item2, StringComparer.Ordinal);
        }
    }

    /// <summary>Adds the subjects whose address (page and anchor) differs between two subject indexes of one edition.</summary>
    public void AddSubjects(IReadOnlyDictionary<string, string> old, IReadOnlyDictionary<string, string> now)
    {
        foreach (var tag in old.Keys.Concat(now.Keys))
        {
            if (old.GetValueOrDefault(tag) != now.GetValueOrDefault(tag))
            {
                Parts.Add(new ContentRead(tag, ContentPart.SubjectAnchor));
            }
        }
    }

    private static bool SameListing(EditionVolume a, EditionVolume b) =>
        a.Categories.Count == b.Categories.Count && a.Categories.Zip(b.Categories).All(p =>
            p.First.Name == p.Second.Name && p.First.Anchor == p.Second.Anchor
            && p.First.Chapters.Select(c => c.Source.Path).SequenceEqual(p.Second.Chapters.Select(c => c.Source.Path), StringComparer.Ordinal));

    /// <summary>Whether a field group reads the same, as written and in every edition.</summary>
    private static bool Same(ContentPart part, ChapterConversion a, ChapterConversion b)
    {
        var (x, y) = (a.Source.FrontMatter, b.Source.FrontMatter);
        return part switch
        {
            ContentPart.Title => x.Title == y.Title && Each(e => e.Title),
            ContentPart.Category => x.Category == y.Category && Each(e => e.Category),
            ContentPart.Order => x.Order == y.Order,
            ContentPart.Script => x.Script == y.Script,
            ContentPart.Date => x.Date == y.Date,
            ContentPart.SourceName => x.Source == y.Source && Each(e => e.SourceName),
            ContentPart.Authors => x.Authors.SequenceEqual(y.Authors) && EachList(e => e.Authors),
            ContentPart.Summary => x.Summary == y.Summary && Each(e => e.Summary),
            ContentPart.Tags => x.Tags.SequenceEqual(y.Tags) && EachList(e => e.Tags),
            ContentPart.SortKey => x.SortKey == y.SortKey,
            ContentPart.Honors => x.Honors.SequenceEqual(y.Honors) && EachList(e => e.Honors),
            ContentPart.Stats => x.Stats.SequenceEqual(y.Stats) && EachList(e => e.Stats),
            ContentPart.Body => a.Source.Body == b.Source.Body && Each(e => e.BodyHtml) && Each(e => e.PlainText) && Each(e => e.TextOutsideEntries) && EachList(e => e.Headings),
            ContentPart.Kind => x.Kind == y.Kind,
            ContentPart.Document => x.Document == y.Document && Each(e => e.Document),
            ContentPart.Page => x.Page == y.Page,
            ContentPart.Entries => a.Editions.Zip(b.Editions).All(p => p.First.Entries.Select(Entry).SequenceEqual(p.Second.Entries.Select(Entry))),
            ContentPart.Chronicle => EachList(e => e.Chronicle),
            _ => false,
        };

        // An entry as the subject index reads it; its text is the body's.
        static string Entry(EditionEntry e) => string.Join('\u001f', [e.Id, e.Title, e.WrittenTitle, .. e.Tags, "", .. e.WrittenTags]);

        bool Each<T>(Func<EditionChapter, T> field) => a.Editions.Zip(b.Editions).All(p => EqualityComparer<T>.Default.Equals(field(p.First), field(p.Second)));
        bool EachList<T>(Func<EditionChapter, IReadOnlyList<T>> field) => a.Editions.Zip(b.Editions).All(p => field(p.First).SequenceEqual(field(p.Second)));
    }
}
