using Yearbook.Content;

namespace Yearbook.Editions;

/// <summary>A heading of a chapter, for its table of contents.</summary>
/// <param name="Id">The anchor: derived from the source text, so it is the same in both editions.</param>
/// <param name="Title">The heading text in the edition's script.</param>
/// <param name="Level">The heading level (2 or 3).</param>
internal sealed record Heading(string Id, string Title, int Level)
{
    /// <summary>What the line leads to: <c>heading</c>, <c>entry</c> (a 【…】 entry) or <c>table</c> (a titled table).</summary>
    public string Kind { get; init; } = "heading";
}

/// <summary>An entry (条目) of a chapter in an edition's script.</summary>
/// <param name="Id">Its anchor on the chapter page, the same in both editions.</param>
/// <param name="Title">The title, without its brackets.</param>
/// <param name="WrittenTitle">The title as written.</param>
/// <param name="Tags">The tags given after the title, converted.</param>
/// <param name="WrittenTags">The same tags as written.</param>
/// <param name="Text">Its plain text: its paragraph or heading and what follows up to the next entry or heading.</param>
internal sealed record EditionEntry(string Id, string Title, string WrittenTitle, IReadOnlyList<string> Tags, IReadOnlyList<string> WrittenTags, string Text);

/// <summary>An honor in an edition's script, with its stable anchor on the chapter page.</summary>
/// <param name="Anchor">The element id on the chapter page, e.g. <c>honor-2</c>.</param>
/// <param name="Source">The honor as written.</param>
/// <param name="Title">The title in the edition's script.</param>
/// <param name="Recipient">The recipient in the edition's script.</param>
/// <param name="AwardedBy">The awarding body in the edition's script, when known.</param>
internal sealed record EditionHonor(string Anchor, Honor Source, string Title, string Recipient, string? AwardedBy)
{
    /// <summary>The document that conferred it (文号) in the edition's script, when known.</summary>
    public string? Document { get; init; }
}

/// <summary>A statistic in an edition's script, with its stable anchor on the chapter page.</summary>
/// <param name="Anchor">The element id on the chapter page, e.g. <c>stat-3</c>.</param>
/// <param name="Source">The statistic as written.</param>
/// <param name="Indicator">The indicator in the edition's script.</param>
/// <param name="Unit">The unit in the edition's script.</param>
/// <param name="Period">The period in the edition's script.</param>
/// <param name="Change">The change in the edition's script.</param>
/// <param name="Note">The note in the edition's script.</param>
internal sealed record EditionStatistic(string Anchor, Statistic Source, string Indicator, string Unit, string Period, string? Change, string? Note);

/// <summary>A chronicle item in an edition's script.</summary>
/// <param name="Source">The item as read: its date and anchor.</param>
/// <param name="Date">Its date as the chapter writes it (1月5日, 1月28日至2月4日, 是月), in the edition's script.</param>
/// <param name="Text">The rest of its first line, in the edition's script.</param>
internal sealed record EditionChronicleItem(Content.Chronicle.ChronicleItem Source, string Date, string Text);

/// <summary>
/// A chapter as one edition publishes it: every text in the edition's script, the body as a converted Markdown tree.
/// Each getter records the part it reads (<see cref="ContentReads"/>), so what a page shows is known from what its builder read.
/// </summary>
internal sealed record EditionChapter
{
    /// <summary>The chapter as written.</summary>
    public required Chapter Source { get; init; }

    /// <summary>The edition.</summary>
    public required Edition Edition { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get { ContentReads.Note(Source.Path, ContentPart.Title); return field; } init; }

    /// <summary>The category (类目), or empty.</summary>
    public required string Category { get { ContentReads.Note(Source.Path, ContentPart.Category); return field; } init; }

    /// <summary>The source (供稿/来源), or empty.</summary>
    public required string SourceName { get { ContentReads.Note(Source.Path, ContentPart.SourceName); return field; } init; }

    /// <summary>The authors.</summary>
    public required IReadOnlyList<string> Authors { get { ContentReads.Note(Source.Path, ContentPart.Authors); return field; } init; }

    /// <summary>The summary, or empty.</summary>
    public required string Summary { get { ContentReads.Note(Source.Path, ContentPart.Summary); return field; } init; }

    /// <summary>The tags.</summary>
    public required IReadOnlyList<string> Tags { get { ContentReads.Note(Source.Path, ContentPart.Tags); return field; } init; }

    /// <summary>The honors.</summary>
    public required IReadOnlyList<EditionHonor> Honors { get { ContentReads.Note(Source.Path, ContentPart.Honors); return field; } init; }

    /// <summary>The statistics.</summary>
    public required IReadOnlyList<EditionStatistic> Stats { get { ContentReads.Note(Source.Path, ContentPart.Stats); return field; } init; }

    /// <summary>The body in the edition's script, rendered to HTML with its links resolved for the edition.</summary>
    public required string BodyHtml { get { ContentReads.Note(Source.Path, ContentPart.Body); return field; } init; }

    /// <summary>The chapter's contents: its level-2 and level-3 headings, its entries and its titled tables, in order.</summary>
    public required IReadOnlyList<Heading> Headings { get { ContentReads.Note(Source.Path, ContentPart.Body); return field; } init; }

    /// <summary>The entries (条目), in order.</summary>
    public IReadOnlyList<EditionEntry> Entries { get { ContentReads.Note(Source.Path, ContentPart.Entries); return field; } init; } = [];

    /// <summary>The body's plain text outside its entries (null when it has none: then <see cref="PlainText"/>).</summary>
    public string? TextOutsideEntries { get { ContentReads.Note(Source.Path, ContentPart.Body); return field; } init; }

    /// <summary>The document a feature (特载) reprints, in the edition's script; null when none is given.</summary>
    public SourceDocument? Document { get { ContentReads.Note(Source.Path, ContentPart.Document); return field; } init; }

    /// <summary>A chronicle's dated items; empty for other kinds.</summary>
    public IReadOnlyList<EditionChronicleItem> Chronicle { get { ContentReads.Note(Source.Path, ContentPart.Chronicle); return field; } init; } = [];

    /// <summary>The body's plain text in the edition's script, for search and feeds.</summary>
    public required string PlainText { get { ContentReads.Note(Source.Path, ContentPart.Body); return field; } init; }
}
