using Yearbook.Model;

namespace Yearbook.Rendering.Pages;

/// <summary>What the home page's layout sees: every volume.</summary>
[PageKind("home")]
internal sealed record HomePageData : ITemplateData
{
    /// <summary>Every volume, newest first.</summary>
    public required IReadOnlyList<VolumeLink> Volumes { get; init; }
}

/// <summary>A volume as the home page lists it.</summary>
internal sealed record VolumeLink : ITemplateData
{
    /// <summary>The volume's title: 源汇区年鉴（2025）.</summary>
    public required string Title { get; init; }

    /// <summary>The year it was published: 2025.</summary>
    public required int Year { get; init; }

    /// <summary>The year it records: 2024.</summary>
    public required int RecordYear { get; init; }

    /// <summary>Its contents page.</summary>
    public required string Url { get; init; }

    /// <summary>How many chapters it has.</summary>
    public required int ChapterCount { get; init; }

    /// <summary>Its categories' names joined by 、; empty when it has none.</summary>
    public required string Summary { get; init; }
}
