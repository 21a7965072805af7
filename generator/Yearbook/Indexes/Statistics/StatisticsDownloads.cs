using System.Text;
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
    /// <param name="Series">The indicator's code (<see cref="IndicatorCode"/>, the same in both editions and in its page's address).</param>
    /// <param name="Indicator">The indicator.</param>
    /// <param name="Period">The period.</param>
    /// <param name="Value">The value, as written or converted exactly to the series' unit.</param>
    /// <param name="Unit">The unit.</param>
    /// <param name="Change">The stated change, or empty.</param>
    /// <param name="Note">The note, or empty.</param>
    /// <param name="Chapter">The chapter's title.</param>
    /// <param name="Url">The address of the statistic on the chapter page (absolute when the site's address is configured).</param>
    public sealed record Row(string Series, string Indicator, string Period, string Value, string Unit, string Change, string Note, string Chapter, string Url);

    /// <summary>The rows of <paramref name="series"/> (see <see cref="StatisticsParts"/>).</summary>
    internal static Row[] SeriesRows(StatisticsSeries series, SiteUrls urls) => series.Points
        .Select(p => new Row(series.Code, series.Indicator, p.Period, p.Value, p.Unit, p.Change, p.Note, p.Chapter.Title,
            urls.Absolute(p.Url) is { Length: > 0 } absolute ? absolute : p.Url))
        .ToArray();

    /// <summary>
    /// The CSV lines of <paramref name="rows"/> (UTF-8, CRLF), made once per series and kept: an edit of one
    /// statistic then writes the files from the kept lines of every other series rather than a few megabytes again.
    /// </summary>
    internal static byte[] CsvLines(IEnumerable<Row> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(',', new[] { row.Indicator, row.Period, row.Value, row.Unit, row.Change, row.Note, row.Chapter, row.Url, row.Series }.Select(CsvTable.Field)).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The JSON objects of <paramref name="rows"/> as the file's array holds them (indented, comma-separated), made once per series like <see cref="CsvLines"/>.</summary>
    internal static byte[] JsonItems(IEnumerable<Row> rows) => Encoding.UTF8.GetBytes(string.Join(",\n", rows.Select(row =>
        string.Join('\n', Encoding.UTF8.GetString(IndexJson.Write(row)).TrimEnd('\n').Split('\n').Select(line => "    " + line)))));

    /// <summary>The CSV file (UTF-8 with BOM, RFC 4180, CRLF) of the series whose <see cref="CsvLines"/> are <paramref name="lines"/>, in pieces.</summary>
    public static IReadOnlyList<byte[]> Csv(IEnumerable<byte[]> lines, EditionContext context)
    {
        var header = new CsvTable(context.Text("indicator"), context.Text("period"), context.Text("value"), context.Text("unit"),
            context.Text("change"), context.Text("note"), context.Text("chapter"), "URL", context.Text("indicatorCode")).ToBytes();
        return [header, .. lines];
    }

    /// <summary>The JSON file of the series whose <see cref="JsonItems"/> are <paramref name="items"/>: <c>{"statistics": [...]}</c>, in pieces.</summary>
    public static IReadOnlyList<byte[]> Json(IEnumerable<byte[]> items)
    {
        var list = items.Where(i => i.Length > 0).ToList();
        return list.Count == 0
            ? ["{\n  \"statistics\": []\n}\n"u8.ToArray()]
            : ["{\n  \"statistics\": [\n"u8.ToArray(), .. list.SelectMany((item, i) => i == 0 ? [item] : new[] { Comma, item }), "\n  ]\n}\n"u8.ToArray()];
    }

    private static readonly byte[] Comma = ",\n"u8.ToArray();
}
