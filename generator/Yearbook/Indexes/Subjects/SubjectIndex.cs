using Yearbook.Editions;

namespace Yearbook.Indexes.Subjects;

/// <summary>What a subject heading comes from.</summary>
internal enum SubjectKind
{
    /// <summary>A chapter title.</summary>
    Title,

    /// <summary>A category (类目).</summary>
    Category,

    /// <summary>A tag.</summary>
    Tag,

    /// <summary>An entry's (条目) title.</summary>
    Entry,
}

/// <summary>An entry (条目) a subject heading leads to.</summary>
/// <param name="Chapter">The chapter that holds it.</param>
/// <param name="Entry">The entry.</param>
internal sealed record SubjectPlace(EditionChapter Chapter, EditionEntry Entry);

/// <summary>One heading of the subject index and the chapters it leads to.</summary>
/// <param name="Heading">The heading in the edition's script.</param>
/// <param name="Kind">Where it comes from.</param>
/// <param name="Anchor">The entry's id, from the Simplified heading, so it is the same in both editions.</param>
/// <param name="Chapters">The chapters, in reading order (newest volume first).</param>
internal sealed record SubjectEntry(string Heading, SubjectKind Kind, string Anchor, IReadOnlyList<EditionChapter> Chapters)
{
    /// <summary>The entries (条目) it leads to, in reading order: those titled so, or tagged with it.</summary>
    public IReadOnlyList<SubjectPlace> Entries { get; init; } = [];
}

/// <summary>The entries under one initial letter (or one stroke-order group).</summary>
/// <param name="Letter">The letter shown, e.g. <c>A</c>, or <c>#</c> for headings that begin with digits or symbols.</param>
/// <param name="Anchor">The section id, e.g. <c>letter-a</c>.</param>
/// <param name="Entries">The entries in index order.</param>
internal sealed record SubjectGroup(string Letter, string Anchor, IReadOnlyList<SubjectEntry> Entries);

/// <summary>The subject index (索引) of one edition.</summary>
/// <param name="Groups">The groups, in order.</param>
internal sealed record SubjectIndex(IReadOnlyList<SubjectGroup> Groups)
{
    private readonly Dictionary<string, string> _tagAnchors = Groups
        .SelectMany(g => g.Entries)
        .Where(e => e.Kind == SubjectKind.Tag)
        .GroupBy(e => e.Heading, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Anchor, StringComparer.Ordinal);

    /// <summary>The groups cut into pages.</summary>
    public IReadOnlyList<SubjectPart> Parts { get; } = SubjectPaging.Split(Groups);

    // The page where each heading begins, by anchor (chapter pages link their tags there), made on first use.
    private Dictionary<string, (string Key, int Number)>? _pages;

    /// <summary>The page (its group's key and its number) where the heading <paramref name="anchor"/> begins.</summary>
    public (string Key, int Number) PageOf(string anchor) => LazyInitializer.EnsureInitialized(ref _pages, () => Parts
        .SelectMany(part => part.Pages.SelectMany((page, n) => page.Where(p => !p.Continued).Select(p => (p.Entry.Anchor, part.Key, Number: n + 1))))
        .ToDictionary(p => p.Anchor, p => (p.Key, p.Number), StringComparer.Ordinal))[anchor];

    /// <summary>The anchor of the entry of a tag as a chapter page of this edition shows it.</summary>
    public string? TagAnchor(string tag) => _tagAnchors.GetValueOrDefault(tag);

    /// <summary>The anchor of every tag's entry, by tag.</summary>
    internal IReadOnlyDictionary<string, string> TagAnchors => _tagAnchors;

    /// <summary>The entry id of a heading: its kind and its Simplified form, so both editions agree.</summary>
    public static string AnchorOf(SubjectKind kind, string simplifiedHeading)
    {
        var slug = ChapterConverter.Slugify(simplifiedHeading);
        return $"{kind.ToString().ToLowerInvariant()}-{(slug.Length > 0 ? slug : "x")}";
    }
}
