using Yearbook.Model;

namespace Yearbook.Indexes.Honors;

/// <summary>What the honors landing page's layout sees: the counts by year and level.</summary>
[PageKind("honors")]
internal sealed record HonorsPageData : ITemplateData
{
    /// <summary>The honors of the whole yearbook, counted.</summary>
    public required HonorsView Honors { get; init; }
}

/// <summary>The honors of the whole yearbook, counted by year and level, with the downloads.</summary>
internal sealed record HonorsView : ITemplateData
{
    /// <summary>How many honors there are.</summary>
    public required int Total { get; init; }

    /// <summary>The levels that have honors, highest first, then <c>unknown</c>: the table's columns.</summary>
    public required IReadOnlyList<HonorLevelCount> Levels { get; init; }

    /// <summary>Every year with honors, newest first, then the honors without a year.</summary>
    public required IReadOnlyList<HonorYearCount> Years { get; init; }

    /// <summary>The whole list as CSV.</summary>
    public required string CsvUrl { get; init; }

    /// <summary>The whole list as JSON.</summary>
    public required string JsonUrl { get; init; }

    /// <summary>The edition's Data Package descriptor (<c>{edition}/datapackage.json</c>).</summary>
    public required string DataPackageUrl { get; init; }
}

/// <summary>A level and how many honors it has.</summary>
internal sealed record HonorLevelCount : ITemplateData
{
    /// <summary>The level as a CSS class name: <c>national</c> … <c>unknown</c>.</summary>
    public required string Level { get; init; }

    /// <summary>The level as readers see it: 国家级 … 级别未注明.</summary>
    public required string Label { get; init; }

    /// <summary>How many honors it has.</summary>
    public required int Count { get; init; }
}

/// <summary>A year of honors on the landing page, linked to its page.</summary>
internal sealed record HonorYearCount : ITemplateData
{
    /// <summary>The year, or 年份未注明.</summary>
    public required string Year { get; init; }

    /// <summary>Its page: <c>honors/2024/</c>, <c>honors/undated/</c>.</summary>
    public required string Url { get; init; }

    /// <summary>How many honors it has.</summary>
    public required int Count { get; init; }

    /// <summary>Its honors counted by level, in the order of the landing page's levels.</summary>
    public required IReadOnlyList<int> Levels { get; init; }
}

/// <summary>What the page of a year of honors sees: the year's honors (or a page of them) by level.</summary>
[PageKind("honorsYear")]
internal sealed record HonorsYearPageData : ITemplateData
{
    /// <summary>The year and this page's honors.</summary>
    public required HonorsYearView HonorsYear { get; init; }

    /// <summary>The year's numbered pages; empty when it has one.</summary>
    public required IReadOnlyList<PartLink> Parts { get; init; }
}

/// <summary>A year of honors, or one page of a long one.</summary>
internal sealed record HonorsYearView : ITemplateData
{
    /// <summary>The year, or 年份未注明.</summary>
    public required string Year { get; init; }

    /// <summary>How many honors the year has.</summary>
    public required int Count { get; init; }

    /// <summary>This page's honors by level, highest first (a level may continue from the page before).</summary>
    public required IReadOnlyList<HonorLevelGroupView> Levels { get; init; }

    /// <summary>Every year, for the navigator; no counts, so a year's page changes only with its own honors.</summary>
    public required IReadOnlyList<HonorYearLink> Years { get; init; }

    /// <summary>The landing page.</summary>
    public required string LandingUrl { get; init; }
}

/// <summary>The honors of one level on a year's page.</summary>
internal sealed record HonorLevelGroupView : ITemplateData
{
    /// <summary>The level as a CSS class name: <c>national</c> … <c>unknown</c>.</summary>
    public required string Level { get; init; }

    /// <summary>The level as readers see it.</summary>
    public required string Label { get; init; }

    /// <summary>The id of its section: <c>level-national</c>.</summary>
    public required string Anchor { get; init; }

    /// <summary>Its honors.</summary>
    public required IReadOnlyList<HonorItem> Items { get; init; }
}

/// <summary>A year in the navigator of the years' pages.</summary>
internal sealed record HonorYearLink : ITemplateData
{
    /// <summary>The year, or 年份未注明.</summary>
    public required string Year { get; init; }

    /// <summary>Its page.</summary>
    public required string Url { get; init; }

    /// <summary>Whether it is the year being shown.</summary>
    public required bool Current { get; init; }
}

/// <summary>
/// An honor of the index: one honor (title, recipient, year, level), however many chapters record it; its fields are
/// those of the first place it is recorded.
/// </summary>
internal sealed record HonorItem : ITemplateData
{
    /// <summary>The honor's title.</summary>
    public required string Title { get; init; }

    /// <summary>Who received it.</summary>
    public required string Recipient { get; init; }

    /// <summary>Who awarded it; may be empty.</summary>
    public required string AwardedBy { get; init; }

    /// <summary>集体 or 个人; may be empty.</summary>
    public required string RecipientType { get; init; }

    /// <summary>The document that conferred it (文号); may be empty.</summary>
    public required string Document { get; init; }

    /// <summary>The year; empty for an honor without one.</summary>
    public required string Year { get; init; }

    /// <summary>The level as a CSS class name; empty for an honor without one.</summary>
    public required string Level { get; init; }

    /// <summary>The level as readers see it.</summary>
    public required string LevelLabel { get; init; }

    /// <summary>The title of the chapter that records it first.</summary>
    public required string ChapterTitle { get; init; }

    /// <summary>That chapter's page.</summary>
    public required string ChapterUrl { get; init; }

    /// <summary>The honor's row in that chapter: <c>chapterUrl#anchor</c>.</summary>
    public required string Url { get; init; }

    /// <summary>Every place the honor is recorded, the first included.</summary>
    public required IReadOnlyList<HonorPlace> Sources { get; init; }
}

/// <summary>A chapter that records an honor.</summary>
internal sealed record HonorPlace : ITemplateData
{
    /// <summary>The chapter's title.</summary>
    public required string ChapterTitle { get; init; }

    /// <summary>The honor's row in the chapter.</summary>
    public required string Url { get; init; }
}
