using Yearbook.Model;

namespace Yearbook.Indexes.Statistics;

/// <summary>What the statistics landing page's layout sees: counts by category and by volume.</summary>
[PageKind("statistics")]
internal sealed record StatisticsPageData : ITemplateData
{
    /// <summary>The statistics of the whole yearbook, counted.</summary>
    public required StatisticsView Statistics { get; init; }
}

/// <summary>The statistics of the whole yearbook, counted so that the landing page stays small, with the downloads.</summary>
internal sealed record StatisticsView : ITemplateData
{
    /// <summary>How many indicators (series) there are.</summary>
    public required int SeriesCount { get; init; }

    /// <summary>How many figures there are.</summary>
    public required int PointCount { get; init; }

    /// <summary>How many indicators have a chart.</summary>
    public required int ChartCount { get; init; }

    /// <summary>The categories, in the order of the table of contents, newest volume first.</summary>
    public required IReadOnlyList<StatisticsCategoryLink> Categories { get; init; }

    /// <summary>The volumes that give figures, and how many each gives.</summary>
    public required IReadOnlyList<StatisticsVolumeLink> Volumes { get; init; }

    /// <summary>All series as CSV.</summary>
    public required string CsvUrl { get; init; }

    /// <summary>All series as JSON.</summary>
    public required string JsonUrl { get; init; }

    /// <summary>The edition's Data Package descriptor.</summary>
    public required string DataPackageUrl { get; init; }
}

/// <summary>A category of indicators on the landing page.</summary>
internal sealed record StatisticsCategoryLink : ITemplateData
{
    /// <summary>The category's name.</summary>
    public required string Title { get; init; }

    /// <summary>Its first page.</summary>
    public required string Url { get; init; }

    /// <summary>How many indicators it has.</summary>
    public required int SeriesCount { get; init; }

    /// <summary>How many figures its indicators have.</summary>
    public required int PointCount { get; init; }
}

/// <summary>A volume on the landing page, with the figures it gives.</summary>
internal sealed record StatisticsVolumeLink : ITemplateData
{
    /// <summary>The volume's title.</summary>
    public required string Title { get; init; }

    /// <summary>The year it records.</summary>
    public required int RecordYear { get; init; }

    /// <summary>Its contents page.</summary>
    public required string Url { get; init; }

    /// <summary>How many figures it gives.</summary>
    public required int PointCount { get; init; }
}

/// <summary>What a page of a category's indicators sees.</summary>
[PageKind("statisticsCategory")]
internal sealed record StatisticsCategoryPageData : ITemplateData
{
    /// <summary>The category and this page's indicators.</summary>
    public required StatisticsCategoryView StatisticsCategory { get; init; }
}

/// <summary>A category of indicators, or one page of a long one.</summary>
internal sealed record StatisticsCategoryView : ITemplateData
{
    /// <summary>The category's heading: its name and <c>ui.categoryIndicators</c>.</summary>
    public required string Title { get; init; }

    /// <summary>How many indicators the category has.</summary>
    public required int SeriesCount { get; init; }

    /// <summary>This page's indicators, by code.</summary>
    public required IReadOnlyList<IndicatorRow> Series { get; init; }

    /// <summary>Every page of the category; empty when it has one.</summary>
    public required IReadOnlyList<CategoryPageLink> Pages { get; init; }

    /// <summary>The page before, or empty.</summary>
    public required string PreviousUrl { get; init; }

    /// <summary>The page after, or empty.</summary>
    public required string NextUrl { get; init; }
}

/// <summary>An indicator as its category's page lists it.</summary>
internal sealed record IndicatorRow : ITemplateData
{
    /// <summary>What is measured.</summary>
    public required string Indicator { get; init; }

    /// <summary>The series' unit; may be empty.</summary>
    public required string Unit { get; init; }

    /// <summary>The indicator's page.</summary>
    public required string Url { get; init; }

    /// <summary>Its first period.</summary>
    public required string FirstPeriod { get; init; }

    /// <summary>Its last period.</summary>
    public required string LastPeriod { get; init; }

    /// <summary>How many figures it has.</summary>
    public required int Count { get; init; }

    /// <summary>The value of its last period.</summary>
    public required string LatestValue { get; init; }

    /// <summary>Whether its page has a chart.</summary>
    public required bool Chart { get; init; }
}

/// <summary>A page of a category, for the page list.</summary>
internal sealed record CategoryPageLink : ITemplateData
{
    /// <summary>The page's number, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>The page's address.</summary>
    public required string Url { get; init; }

    /// <summary>Whether it is the page being rendered.</summary>
    public required bool Current { get; init; }
}

/// <summary>What an indicator's page sees: its series and how its units were reconciled.</summary>
[PageKind("statisticsIndicator")]
internal sealed record StatisticsIndicatorPageData : ITemplateData
{
    /// <summary>The indicator.</summary>
    public required IndicatorView StatisticsIndicator { get; init; }
}

/// <summary>An indicator: its series, its units, and the downloads.</summary>
internal sealed record IndicatorView : ITemplateData
{
    /// <summary>The indicator's code, the same in both editions: <c>dqsczz</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The series: chart and table.</summary>
    public required SeriesView Series { get; init; }

    /// <summary>Whether values written in other units were converted into the series' unit.</summary>
    public required bool Reconciled { get; init; }

    /// <summary>The units the values were written in, joined by 、: 万元、亿元.</summary>
    public required string WrittenUnits { get; init; }

    /// <summary>Whether the indicator has other values in units that cannot be converted, on another page.</summary>
    public required bool SplitByUnit { get; init; }

    /// <summary>All series as CSV.</summary>
    public required string CsvUrl { get; init; }

    /// <summary>All series as JSON.</summary>
    public required string JsonUrl { get; init; }

    /// <summary>The edition's Data Package descriptor.</summary>
    public required string DataPackageUrl { get; init; }
}

/// <summary>A series drawn and tabled: its chart and its points.</summary>
internal sealed record SeriesView : ITemplateData
{
    /// <summary>The series' id: <c>series-{code}</c>.</summary>
    public required string Anchor { get; init; }

    /// <summary>What is measured: 规模以上工业增加值.</summary>
    public required string Indicator { get; init; }

    /// <summary>The series' unit: 亿元.</summary>
    public required string Unit { get; init; }

    /// <summary>An inline SVG line chart drawn by the generator, or empty when the series has fewer than two numeric points.</summary>
    public required RawHtml ChartSvg { get; init; }

    /// <summary>The figures, by period.</summary>
    public required IReadOnlyList<PointRow> Points { get; init; }
}

/// <summary>A figure of a series.</summary>
internal sealed record PointRow : ITemplateData
{
    /// <summary>The period it covers.</summary>
    public required string Period { get; init; }

    /// <summary>The value in the series' unit, at its written precision.</summary>
    public required string Value { get; init; }

    /// <summary>Its unit.</summary>
    public required string Unit { get; init; }

    /// <summary>The change it notes; may be empty.</summary>
    public required string Change { get; init; }

    /// <summary>A note, with the value as written when it was converted; may be empty.</summary>
    public required string Note { get; init; }

    /// <summary>The title of the chapter that gives it.</summary>
    public required string ChapterTitle { get; init; }

    /// <summary>The figure's row in its chapter.</summary>
    public required string Url { get; init; }
}
