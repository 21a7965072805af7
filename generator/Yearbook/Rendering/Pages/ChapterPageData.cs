using Yearbook.Model;
using Yearbook.Rendering.Citations;

namespace Yearbook.Rendering.Pages;

/// <summary>What a chapter page's layout sees: the chapter, its volume, its citation and its neighbours.</summary>
[PageKind("chapter")]
internal sealed record ChapterPageData : ITemplateData
{
    /// <summary>The chapter: its fields, its body, its honors and statistics.</summary>
    public required ChapterView Chapter { get; init; }

    /// <summary>The volume the chapter is in.</summary>
    public required ChapterVolumeLink Volume { get; init; }

    /// <summary>How to cite the chapter.</summary>
    public required CitationBlock Citation { get; init; }

    /// <summary>The chapter before it in reading order; null for the first.</summary>
    public required NeighbourLink? Prev { get; init; }

    /// <summary>The chapter after it in reading order; null for the last.</summary>
    public required NeighbourLink? Next { get; init; }
}

/// <summary>A chapter as its page shows it, every text in the edition's script.</summary>
internal sealed record ChapterView : ITemplateData
{
    /// <summary>The chapter's title.</summary>
    public required string Title { get; init; }

    /// <summary>Its file name without extension, the last part of its address.</summary>
    public required string Slug { get; init; }

    /// <summary>The name of its category.</summary>
    public required string Category { get; init; }

    /// <summary>Its date as Chinese readers write it (2025年2月10日); may be empty.</summary>
    public required string Date { get; init; }

    /// <summary>The body that contributed it; may be empty.</summary>
    public required string Source { get; init; }

    /// <summary>Its authors; may be empty.</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    /// <summary>Its summary; may be empty.</summary>
    public required string Summary { get; init; }

    /// <summary>Its tags, each linked to its heading in the subject index.</summary>
    public required IReadOnlyList<TagLink> Tags { get; init; }

    /// <summary>The body: headings from <c>&lt;h2&gt;</c> with ids, entries (条目), figures and tables numbered.</summary>
    public required RawHtml BodyHtml { get; init; }

    /// <summary>The same body cut after each entry's block, so the layout can set an entry's citation under it.</summary>
    public required IReadOnlyList<BodyPart> BodyParts { get; init; }

    /// <summary>The body's headings, entries and titled tables, in order.</summary>
    public required IReadOnlyList<TocLine> Toc { get; init; }

    /// <summary>The honors recorded in the chapter.</summary>
    public required IReadOnlyList<HonorRow> Honors { get; init; }

    /// <summary>The figures recorded in the chapter.</summary>
    public required IReadOnlyList<StatisticRow> Stats { get; init; }

    /// <summary>Its kind as the front matter writes it: <c>entries</c>, <c>chronicle</c>, <c>feature</c>, <c>appendix</c>, <c>people</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The kind as readers see it (大事记, 特载, 附录, 人物); empty for <c>entries</c>.</summary>
    public required string KindLabel { get; init; }

    /// <summary>A feature's source document; null when it has none.</summary>
    public required DocumentView? Document { get; init; }

    /// <summary>Its page in the printed book as the front matter gives it (<c>page:</c>); may be empty.</summary>
    public required string Page { get; init; }

    /// <summary>Where the chapter starts in the printed book, when the site is printed; null otherwise.</summary>
    public required PrintLink? Print { get; init; }
}

/// <summary>A chapter's tag, linked to its heading in the subject index.</summary>
internal sealed record TagLink : ITemplateData
{
    /// <summary>The tag.</summary>
    public required string Name { get; init; }

    /// <summary>Its heading in the subject index, on the page where the heading begins.</summary>
    public required string Url { get; init; }
}

/// <summary>A part of a chapter's body: up to and including an entry's block, or what follows the last entry.</summary>
internal sealed record BodyPart : ITemplateData
{
    /// <summary>The part's HTML.</summary>
    public required RawHtml Html { get; init; }

    /// <summary>The entry the part ends with; null for the last part.</summary>
    public required EntryView? Entry { get; init; }
}

/// <summary>An entry (条目) of a chapter, for what the layout sets under it.</summary>
internal sealed record EntryView : ITemplateData
{
    /// <summary>Its id on the chapter page.</summary>
    public required string Id { get; init; }

    /// <summary>Its title, without 【】.</summary>
    public required string Title { get; init; }

    /// <summary>Its page in the printed book, when the book gives it one; null otherwise.</summary>
    public required PrintLink? Print { get; init; }

    /// <summary>How to cite the entry; its address ends in <c>#id</c>.</summary>
    public required CitationBlock Citation { get; init; }
}

/// <summary>A page of the printed book.</summary>
internal sealed record PrintLink : ITemplateData
{
    /// <summary>The PDF at that page (<c>#page=N</c>).</summary>
    public required string Url { get; init; }

    /// <summary>The number printed on the page.</summary>
    public required int Page { get; init; }

    /// <summary>The page as readers see it (印刷版第N页, from <c>ui.printPage</c>).</summary>
    public required string Label { get; init; }
}

/// <summary>A line of a chapter's table of contents.</summary>
internal sealed record TocLine : ITemplateData
{
    /// <summary>The id it links to.</summary>
    public required string Id { get; init; }

    /// <summary>The heading's text; an entry's title without 【】.</summary>
    public required string Title { get; init; }

    /// <summary>Its level, 2 to 4.</summary>
    public required int Level { get; init; }

    /// <summary>What it leads to: <c>heading</c>, <c>entry</c> or <c>table</c>.</summary>
    public required string Kind { get; init; }
}

/// <summary>An honor as the chapter that records it shows it.</summary>
internal sealed record HonorRow : ITemplateData
{
    /// <summary>The row's id, which the honors index links to.</summary>
    public required string Anchor { get; init; }

    /// <summary>The honor's title.</summary>
    public required string Title { get; init; }

    /// <summary>Its level as a CSS class name: <c>national</c>, <c>provincial</c>, <c>municipal</c>, <c>district</c>.</summary>
    public required string Level { get; init; }

    /// <summary>The level as readers see it: 国家级 ….</summary>
    public required string LevelLabel { get; init; }

    /// <summary>The year it was awarded; may be empty.</summary>
    public required string Year { get; init; }

    /// <summary>Who received it.</summary>
    public required string Recipient { get; init; }

    /// <summary>Who awarded it; may be empty.</summary>
    public required string AwardedBy { get; init; }

    /// <summary>集体 or 个人; may be empty.</summary>
    public required string RecipientType { get; init; }

    /// <summary>The document that conferred it (文号); may be empty.</summary>
    public required string Document { get; init; }
}

/// <summary>A figure as the chapter that records it shows it.</summary>
internal sealed record StatisticRow : ITemplateData
{
    /// <summary>The row's id, which the statistics pages link to.</summary>
    public required string Anchor { get; init; }

    /// <summary>What is measured: 规模以上工业增加值.</summary>
    public required string Indicator { get; init; }

    /// <summary>The value as written.</summary>
    public required string Value { get; init; }

    /// <summary>The unit; may be empty.</summary>
    public required string Unit { get; init; }

    /// <summary>The period it covers: 2024年.</summary>
    public required string Period { get; init; }

    /// <summary>The change it notes; may be empty.</summary>
    public required string Change { get; init; }

    /// <summary>A note; may be empty.</summary>
    public required string Note { get; init; }
}

/// <summary>A feature's source document; each field may be empty.</summary>
internal sealed record DocumentView : ITemplateData
{
    /// <summary>The document's title.</summary>
    public required string Title { get; init; }

    /// <summary>Who issued it.</summary>
    public required string Issuer { get; init; }

    /// <summary>Its number (文号).</summary>
    public required string Number { get; init; }

    /// <summary>Its date, written 2025年2月10日.</summary>
    public required string Date { get; init; }
}

/// <summary>The volume of a chapter, for its breadcrumbs and heading.</summary>
internal sealed record ChapterVolumeLink : ITemplateData
{
    /// <summary>The volume's title.</summary>
    public required string Title { get; init; }

    /// <summary>Its contents page.</summary>
    public required string Url { get; init; }

    /// <summary>The year it was published.</summary>
    public required int Year { get; init; }

    /// <summary>The year it records.</summary>
    public required int RecordYear { get; init; }
}

/// <summary>The chapter before or after one in reading order.</summary>
internal sealed record NeighbourLink : ITemplateData
{
    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Its page.</summary>
    public required string Url { get; init; }
}
