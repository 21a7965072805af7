using Yearbook.Model;

namespace Yearbook.Rendering.Pages;

/// <summary>What a volume page's layout sees: the volume.</summary>
[PageKind("volume")]
internal sealed record VolumePageData : ITemplateData
{
    /// <summary>The volume: its preface and its table of contents by category.</summary>
    public required VolumeView Volume { get; init; }
}

/// <summary>A volume as its own page shows it.</summary>
internal sealed record VolumeView : ITemplateData
{
    /// <summary>The volume's title, as on the home page.</summary>
    public required string Title { get; init; }

    /// <summary>The year it was published.</summary>
    public required int Year { get; init; }

    /// <summary>The year it records.</summary>
    public required int RecordYear { get; init; }

    /// <summary>This page.</summary>
    public required string Url { get; init; }

    /// <summary>The printed book, when the site is printed (<c>print:</c>); null otherwise.</summary>
    public required BookLink? Pdf { get; init; }

    /// <summary>The volume's own downloads.</summary>
    public required VolumeDataView Data { get; init; }

    /// <summary>The preface (卷首语), its headings from <c>&lt;h2&gt;</c>; may be empty.</summary>
    public required RawHtml PrefaceHtml { get; init; }

    /// <summary>The categories (类目) in order, with their chapters.</summary>
    public required IReadOnlyList<CategoryView> Categories { get; init; }
}

/// <summary>A volume's printed book.</summary>
internal sealed record BookLink : ITemplateData
{
    /// <summary>The PDF's address.</summary>
    public required string Url { get; init; }

    /// <summary>How many pages it has.</summary>
    public required int Pages { get; init; }
}

/// <summary>A volume's own downloads.</summary>
internal sealed record VolumeDataView : ITemplateData
{
    /// <summary>The volume's <c>honors.csv</c>.</summary>
    public required string HonorsCsvUrl { get; init; }

    /// <summary>The volume's <c>statistics.csv</c>.</summary>
    public required string StatisticsCsvUrl { get; init; }

    /// <summary>The Data Package descriptor of the two (<c>{volume}/datapackage.json</c>).</summary>
    public required string DataPackageUrl { get; init; }
}

/// <summary>A category (类目) of a volume with its chapters.</summary>
internal sealed record CategoryView : ITemplateData
{
    /// <summary>The category's name: 工业经济.</summary>
    public required string Name { get; init; }

    /// <summary>The id of its section on the page, so <c>#economy</c> links work.</summary>
    public required string Anchor { get; init; }

    /// <summary>Its chapters in reading order.</summary>
    public required IReadOnlyList<ChapterRow> Chapters { get; init; }
}

/// <summary>A chapter as the volume's table of contents lists it.</summary>
internal sealed record ChapterRow : ITemplateData
{
    /// <summary>The chapter's title.</summary>
    public required string Title { get; init; }

    /// <summary>The chapter's page.</summary>
    public required string Url { get; init; }

    /// <summary>The chapter's summary; may be empty.</summary>
    public required string Summary { get; init; }

    /// <summary>Its <c>order:</c> in the front matter.</summary>
    public required int Order { get; init; }
}
