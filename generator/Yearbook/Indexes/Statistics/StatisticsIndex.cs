using Yearbook.Editions;

namespace Yearbook.Indexes.Statistics;

/// <summary>One point of a series: a statistic of a chapter, its value in the series' unit.</summary>
/// <param name="Statistic">The statistic in the edition's script.</param>
/// <param name="Chapter">The chapter it is recorded in.</param>
/// <param name="Url">The address of its row on the chapter page (<c>…/#stat-N</c>).</param>
/// <param name="Value">The value in the series' unit, with its stated precision (converted exactly when the unit was another).</param>
/// <param name="Unit">The unit in the edition's script.</param>
/// <param name="Note">The note, with the value as written when it was converted.</param>
internal sealed record StatisticPoint(EditionStatistic Statistic, EditionChapter Chapter, string Url, string Value, string Unit, string Note)
{
    /// <summary>Whether the value was written in another unit and converted into the series' unit.</summary>
    public bool Converted { get; init; }

    /// <summary>The period in the edition's script.</summary>
    public string Period => Statistic.Period;

    /// <summary>The stated change, or empty.</summary>
    public string Change => Statistic.Change ?? "";

    /// <summary>The value as a number, when it is one.</summary>
    public decimal? Number => decimal.TryParse(Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}

/// <summary>The values of one indicator over time, in one unit.</summary>
/// <param name="Code">The indicator's code (<see cref="IndicatorCode"/>), from the Simplified indicator, so it is the same in both editions.</param>
/// <param name="Indicator">The indicator in the edition's script.</param>
/// <param name="Unit">The unit of every point, in the edition's script.</param>
/// <param name="Points">The points, oldest period first.</param>
internal sealed record StatisticsSeries(string Code, string Indicator, string Unit, IReadOnlyList<StatisticPoint> Points)
{
    /// <summary>The Simplified indicator, and its unit when the indicator is split by unit: what the code is made from.</summary>
    public string Key { get; init; } = "";

    /// <summary>The id of the series' chart and table.</summary>
    public string Anchor => "series-" + Code;

    /// <summary>Whether the series' values were given in more than one unit and converted into <see cref="Unit"/>.</summary>
    public bool Reconciled => Points.Any(p => p.Converted);
}

/// <summary>Every statistic of every chapter of one edition, as series.</summary>
/// <param name="Series">The series: the longest first, then in reading order.</param>
internal sealed record StatisticsIndex(IReadOnlyList<StatisticsSeries> Series)
{
    /// <summary>What the build took from the chapters, for the next build after an edit; null in an index made otherwise.</summary>
    public RecordedStatistics? Recorded { get; init; }
}
