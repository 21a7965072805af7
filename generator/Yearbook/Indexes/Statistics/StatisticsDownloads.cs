using Yearbook.Indexes.Downloads;
using Yearbook.Model;

namespace Yearbook.Indexes.Statistics;

/// <summary>
/// <c>statistics.csv</c> and <c>statistics.json</c>: the same points as the page, series by series in
/// page order, values in the series' unit as the page shows them.
/// </summary>
internal static class StatisticsDownloads
{
    /// <summary>One point as the downloads hold it.</summary>
    /// <param name="Series">The series' anchor on the page (the same in both editions).</param>
    /// <param name="Indicator">The indicator.</param>
    /// <param name="Period">The period.</param>
    /// <param name="Value">The value, as written or converted exactly to the series' unit.</param>
    /// <param name="Unit">The unit.</param>
    /// <param name="Change">The stated change, or empty.</param>
    /// <param name="Note">The note, or empty.</param>
    /// <param name="Chapter">The chapter's title.</param>
    /// <param name="Url">The address of the statistic on the chapter page (absolute when the site's address is configured).</param>
    public sealed record Row(string Series, string Indicator, string Period, string Value, string Unit, string Change, string Note, string Chapter, string Url);

    /// <summary>The rows of <paramref name="index"/>, in page order, from <paramref name="parts"/>, the rows made of each series.</summary>
    public static IReadOnlyList<Row> Rows(StatisticsIndex index, StatisticsParts parts) => index.Series.SelectMany(parts.Rows).ToList();

    /// <summary>The rows of <paramref name="series"/> (see <see cref="StatisticsParts"/>).</summary>
    internal static Row[] SeriesRows(StatisticsSeries series, SiteUrls urls) => series.Points
        .Select(p => new Row(series.Anchor, series.Indicator, p.Period, p.Value, p.Unit, p.Change, p.Note, p.Chapter.Title,
            urls.Absolute(p.Url) is { Length: > 0 } absolute ? absolute : p.Url))
        .ToArray();

    /// <summary>The CSV file (UTF-8 with BOM, RFC 4180, CRLF).</summary>
    public static byte[] Csv(IReadOnlyList<Row> rows, EditionContext context)
    {
        var table = new CsvTable(context.Text("indicator"), context.Text("period"), context.Text("value"), context.Text("unit"),
            context.Text("change"), context.Text("note"), context.Text("chapter"), "URL");
        foreach (var row in rows)
        {
            table.Row(row.Indicator, row.Period, row.Value, row.Unit, row.Change, row.Note, row.Chapter, row.Url);
        }

        return table.ToBytes();
    }

    /// <summary>The JSON file.</summary>
    public static byte[] Json(IReadOnlyList<Row> rows) => IndexJson.Write(new { statistics = rows });
}
