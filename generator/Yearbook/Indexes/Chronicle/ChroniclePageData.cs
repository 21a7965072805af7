using Yearbook.Model;

namespace Yearbook.Indexes.Chronicle;

/// <summary>What the chronicle's landing page sees: the years and months of every volume's chronicle, counted.</summary>
[PageKind("chronicle")]
internal sealed record ChroniclePageData : ITemplateData
{
    /// <summary>The chronicle across volumes, counted by year and month.</summary>
    public required ChronicleView Chronicle { get; init; }
}

/// <summary>The chronicle (大事记) of every volume, as its landing page lists it.</summary>
internal sealed record ChronicleView : ITemplateData
{
    /// <summary>How many items every volume's chronicle has.</summary>
    public required int Total { get; init; }

    /// <summary>The years with items, oldest first.</summary>
    public required IReadOnlyList<ChronicleYearRow> Years { get; init; }
}

/// <summary>A year of the chronicle on the landing page, with its months.</summary>
internal sealed record ChronicleYearRow : ITemplateData
{
    /// <summary>The year: <c>2024</c>.</summary>
    public required string Year { get; init; }

    /// <summary>Its id on the landing page: <c>y2024</c>.</summary>
    public required string Anchor { get; init; }

    /// <summary>Its page: <c>chronicle/2024/</c>.</summary>
    public required string Url { get; init; }

    /// <summary>How many items it has.</summary>
    public required int Count { get; init; }

    /// <summary>Its months with items.</summary>
    public required IReadOnlyList<ChronicleMonthRow> Months { get; init; }
}

/// <summary>A month of the chronicle on the landing page.</summary>
internal sealed record ChronicleMonthRow : ITemplateData
{
    /// <summary>The month: <c>1</c> … <c>12</c>.</summary>
    public required string Month { get; init; }

    /// <summary>Its id on the year's page: <c>m2024-01</c>.</summary>
    public required string Anchor { get; init; }

    /// <summary>The month on the year's page.</summary>
    public required string Url { get; init; }

    /// <summary>How many items it has.</summary>
    public required int Count { get; init; }
}

/// <summary>What the page of a year of the chronicle sees: the year's items by month.</summary>
[PageKind("chronicleYear")]
internal sealed record ChronicleYearPageData : ITemplateData
{
    /// <summary>The year and its items.</summary>
    public required ChronicleYearView ChronicleYear { get; init; }

    /// <summary>Always empty: a year is one or two volumes' chronicle, never cut into pages.</summary>
    public required IReadOnlyList<PartLink> Parts { get; init; }
}

/// <summary>A year of the chronicle with its items.</summary>
internal sealed record ChronicleYearView : ITemplateData
{
    /// <summary>The year: <c>2024</c>.</summary>
    public required string Year { get; init; }

    /// <summary>Its id: <c>y2024</c>.</summary>
    public required string Anchor { get; init; }

    /// <summary>How many items it has.</summary>
    public required int Count { get; init; }

    /// <summary>Every year, for the navigator.</summary>
    public required IReadOnlyList<ChronicleYearLink> Years { get; init; }

    /// <summary>Its months with items, in order.</summary>
    public required IReadOnlyList<ChronicleMonthView> Months { get; init; }
}

/// <summary>A year in the navigator of the years' pages.</summary>
internal sealed record ChronicleYearLink : ITemplateData
{
    /// <summary>The year.</summary>
    public required string Year { get; init; }

    /// <summary>Its page.</summary>
    public required string Url { get; init; }

    /// <summary>How many items it has.</summary>
    public required int Count { get; init; }

    /// <summary>Whether it is the year being shown.</summary>
    public required bool Current { get; init; }
}

/// <summary>A month of a year's page, with its items.</summary>
internal sealed record ChronicleMonthView : ITemplateData
{
    /// <summary>The month: <c>1</c> … <c>12</c>.</summary>
    public required string Month { get; init; }

    /// <summary>Its id: <c>m2024-01</c>.</summary>
    public required string Anchor { get; init; }

    /// <summary>Its items, in the order of their dates.</summary>
    public required IReadOnlyList<ChronicleItemRow> Items { get; init; }
}

/// <summary>A dated item of the chronicle.</summary>
internal sealed record ChronicleItemRow : ITemplateData
{
    /// <summary>Its id (<c>d2024-01-05</c>, numbered when volumes repeat a day), the same in both editions.</summary>
    public required string Anchor { get; init; }

    /// <summary>The date as written: 1月5日, 1月28日至2月4日, 是月.</summary>
    public required string Date { get; init; }

    /// <summary>The date for <c>&lt;time datetime&gt;</c>: <c>2024-01-05</c>, or <c>2024-03</c> for a month's item.</summary>
    public required string Datetime { get; init; }

    /// <summary>What happened.</summary>
    public required string Text { get; init; }

    /// <summary>The item on its chapter page.</summary>
    public required string Url { get; init; }

    /// <summary>The title of its volume.</summary>
    public required string VolumeTitle { get; init; }
}
