namespace Yearbook.Content;

/// <summary>The typed front matter of a chapter, as written (in the chapter's own script).</summary>
internal sealed record FrontMatter
{
    /// <summary>Every key the generator knows; others are reported with a did-you-mean.</summary>
    public static readonly IReadOnlyCollection<string> Keys =
    [
        "title", "category", "order", "script", "date", "source", "authors", "summary", "tags",
        "sort_key", "honors", "stats", "draft",
        "kind", "document", "page",
    ];

    /// <summary>The chapter title.</summary>
    public required string Title { get { ContentReads.Note(ChapterPath, ContentPart.Title); return field; } init; }

    /// <summary>The category (类目) the chapter belongs to within its volume.</summary>
    public string? Category { get { ContentReads.Note(ChapterPath, ContentPart.Category); return field; } init; }

    /// <summary>The position within the category; defaults to the file name's number.</summary>
    public int Order { get { ContentReads.Note(ChapterPath, ContentPart.Order); return field; } init; }

    /// <summary>The script the chapter is written in.</summary>
    public Script Script { get { ContentReads.Note(ChapterPath, ContentPart.Script); return field; } init; }

    /// <summary>The date of the entry.</summary>
    public DateOnly? Date { get { ContentReads.Note(ChapterPath, ContentPart.Date); return field; } init; }

    /// <summary>Where the material came from (供稿/来源).</summary>
    public string? Source { get { ContentReads.Note(ChapterPath, ContentPart.SourceName); return field; } init; }

    /// <summary>The authors or contributing units.</summary>
    public IReadOnlyList<string> Authors { get { ContentReads.Note(ChapterPath, ContentPart.Authors); return field; } init; } = [];

    /// <summary>One sentence about the chapter.</summary>
    public string? Summary { get { ContentReads.Note(ChapterPath, ContentPart.Summary); return field; } init; }

    /// <summary>Subject headings for the subject index.</summary>
    public IReadOnlyList<string> Tags { get { ContentReads.Note(ChapterPath, ContentPart.Tags); return field; } init; } = [];

    /// <summary>A pinyin sort key that overrides the title's, for polyphonic words (单, 召陵).</summary>
    public string? SortKey { get { ContentReads.Note(ChapterPath, ContentPart.SortKey); return field; } init; }

    /// <summary>The honors the chapter records.</summary>
    public IReadOnlyList<Honor> Honors { get { ContentReads.Note(ChapterPath, ContentPart.Honors); return field; } init; } = [];

    /// <summary>The statistics the chapter records.</summary>
    public IReadOnlyList<Statistic> Stats { get { ContentReads.Note(ChapterPath, ContentPart.Stats); return field; } init; } = [];

    /// <summary>The path of the chapter this front matter belongs to, the key its reads are recorded under (<see cref="ContentReads"/>).</summary>
    internal string? ChapterPath { get; init; }

    /// <summary>Drafts are left out of the build unless asked for.</summary>
    public bool Draft { get; init; }

    /// <summary>What kind of section the chapter is (<c>kind:</c>); entries by default.</summary>
    public ChapterKind Kind { get { ContentReads.Note(ChapterPath, ContentPart.Kind); return field; } init; }

    /// <summary>The document a feature (特载) reprints (<c>document:</c>), when given.</summary>
    public SourceDocument? Document { get { ContentReads.Note(ChapterPath, ContentPart.Document); return field; } init; }

    /// <summary>The page the chapter starts on in the printed book (<c>page:</c>), once it exists; cited.</summary>
    public int? Page { get { ContentReads.Note(ChapterPath, ContentPart.Page); return field; } init; }
}
