using System.Globalization;
using Yearbook.Indexes.Downloads;
using Yearbook.Model;

namespace Yearbook.Indexes.Honors;

/// <summary>
/// <c>honors.csv</c> and <c>honors.json</c>: the same honors as the page, in the same order
/// (by level, then year newest first), with texts in the edition's script.
/// </summary>
internal static class HonorsDownloads
{
    /// <summary>One honor as the downloads hold it.</summary>
    /// <param name="Level">The level code (national, provincial, municipal, district, unknown).</param>
    /// <param name="LevelLabel">The level in the edition's script.</param>
    /// <param name="Year">The year, or null.</param>
    /// <param name="Title">The honor.</param>
    /// <param name="Recipient">Who received it.</param>
    /// <param name="RecipientType">集体 or 个人 in the edition's script, or null when not stated.</param>
    /// <param name="AwardedBy">The awarding body, or null.</param>
    /// <param name="Document">The document that conferred it (文号), or null.</param>
    /// <param name="Chapter">The title of the chapter that records it first.</param>
    /// <param name="Url">The address of the honor on that chapter's page (absolute when the site's address is configured).</param>
    /// <param name="Sources">Every chapter that records it, the first one first.</param>
    public sealed record Row(string Level, string LevelLabel, int? Year, string Title, string Recipient, string? RecipientType, string? AwardedBy,
        string? Document, string Chapter, string Url,
        IReadOnlyList<Source> Sources);

    /// <summary>A chapter that records an honor.</summary>
    /// <param name="Chapter">The chapter's title.</param>
    /// <param name="Url">The address of the honor on the chapter page.</param>
    public sealed record Source(string Chapter, string Url);

    /// <summary>The rows, in page order.</summary>
    public static IReadOnlyList<Row> Rows(HonorsIndex index, EditionContext context, SiteUrls urls) => index.All
        .Select(e =>
        {
            var sources = e.Sources.Select(s => new Source(s.Chapter.Title, urls.Absolute(s.Url) is { Length: > 0 } absolute ? absolute : s.Url)).ToList();
            var type = HonorLevels.RecipientTypeLabel(e.Honor.Source.RecipientType, context);
            return new Row(HonorLevels.Code(e.Level), HonorsPage.LevelLabel(e.Level, context), e.Year, e.Honor.Title, e.Honor.Recipient,
                type.Length == 0 ? null : type, e.Honor.AwardedBy, e.Honor.Document, sources[0].Chapter, sources[0].Url, sources);
        })
        .ToList();

    /// <summary>The CSV file (UTF-8 with BOM, RFC 4180, CRLF).</summary>
    public static byte[] Csv(IReadOnlyList<Row> rows, EditionContext context)
    {
        var table = new CsvTable(context.Text("level"), context.Text("year"), context.Text("honorTitle"), context.Text("recipient"),
            context.Text("recipientType"), context.Text("awardedBy"), context.Text("document"), context.Text("chapter"), "URL");
        foreach (var row in rows)
        {
            // One row per honor: its chapters joined by "；", their addresses by spaces (an address holds none).
            table.Row(row.LevelLabel, row.Year?.ToString(CultureInfo.InvariantCulture), row.Title, row.Recipient, row.RecipientType, row.AwardedBy, row.Document,
                string.Join("；", row.Sources.Select(s => s.Chapter)), string.Join(' ', row.Sources.Select(s => s.Url)));
        }

        return table.ToBytes();
    }

    /// <summary>The JSON file.</summary>
    public static byte[] Json(IReadOnlyList<Row> rows) => IndexJson.Write(new { honors = rows });
}
