using Yearbook.Indexes.Downloads;
using System.Text.Json.Nodes;
using Yearbook.Content;
using Yearbook.Model;

namespace Yearbook.Indexes.DataPackages;

/// <summary>
/// The <c>datapackage.json</c> beside a set of downloads: a Frictionless Data Package (v2) descriptor of
/// its <c>honors.csv</c> and <c>statistics.csv</c>, each a table resource whose schema names the CSV's
/// columns as its header writes them (in the edition's script, like every other text), gives their types
/// and says what a blank cell or <c>…</c> means. No <c>created</c>: the output holds no clock, so two
/// builds of the same chapters stay byte-identical.
/// </summary>
internal static class DataPackage
{
    /// <summary>The descriptor's file name.</summary>
    public const string FileName = SitePaths.DataPackage;

    /// <summary>The honors table's file name.</summary>
    public const string HonorsFile = SitePaths.DataPackageHonors;

    /// <summary>The statistics table's file name.</summary>
    public const string StatisticsFile = SitePaths.DataPackageStatistics;

    /// <summary>The Data Package v2 profile the descriptor declares.</summary>
    public const string Profile = "https://datapackage.org/profiles/2.0/datapackage.json";

    /// <summary>The symbol yearbooks print for a figure that is not available (数据不详).</summary>
    public const string NotAvailable = "…";

    /// <summary>
    /// The descriptor of the package <paramref name="name"/> (lower-case ASCII) titled <paramref name="title"/>,
    /// whose tables lie at <paramref name="honorsPath"/> and <paramref name="statisticsPath"/> (relative to it).
    /// <paramref name="numericValues"/> tells whether every value of the statistics table is a number or a missing value:
    /// when one is not, the value column is declared text, so the package never promises a number it does not hold.
    /// </summary>
    public static byte[] Descriptor(string name, string title, string honorsPath, string statisticsPath, bool numericValues, EditionContext context)
    {
        var package = new JsonObject
        {
            ["$schema"] = Profile,
            ["name"] = name,
            ["title"] = title,
            ["resources"] = new JsonArray(
                Resource("honors", honorsPath, context.Text("honors"), context.Text("dpHonors"), HonorsSchema(context)),
                Resource("statistics", statisticsPath, context.Text("statistics"), context.Text("dpStatistics"), StatisticsSchema(context, numericValues))),
        };
        return IndexJson.Write(package);
    }

    /// <summary>True when <paramref name="value"/> is a Table Schema <c>number</c> as written in our CSV (no group separators, '.' for decimals).</summary>
    public static bool IsTableNumber(string value) =>
        value.Length > 0 && System.Text.RegularExpressions.Regex.IsMatch(value, @"\A[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\z");

    /// <summary>True when <paramref name="value"/> may stand in a statistics table's value column declared a number.</summary>
    public static bool FitsNumberColumn(string value) => value.Length == 0 || value == NotAvailable || IsTableNumber(value);

    private static JsonObject Resource(string name, string path, string title, string description, JsonObject schema) => new()
    {
        ["name"] = name,
        ["type"] = "table",
        ["path"] = path,
        ["title"] = title,
        ["description"] = description,
        ["format"] = "csv",
        ["mediatype"] = "text/csv",
        // The files begin with a byte order mark (spreadsheets need it to read Chinese); UTF-8 readers skip it.
        ["encoding"] = "utf-8",
        ["schema"] = schema,
    };

    // The columns in the order HonorsDownloads.Csv writes them.
    private static JsonObject HonorsSchema(EditionContext context)
    {
        string[] levels = ["levelNational", "levelProvincial", "levelMunicipal", "levelDistrict", "levelUnknown"];
        var fields = new JsonArray(
            Field(context, "level", "string", "dpLevel", required: true, values: levels.Select(context.Text)),
            Field(context, "year", "integer", "dpYear"),
            Field(context, "honorTitle", "string", "dpHonorTitle", required: true),
            Field(context, "recipient", "string", "dpRecipient", required: true),
            Field(context, "recipientType", "string", "dpRecipientType", values: [HonorLevels.RecipientTypeLabel(RecipientType.Collective, context), HonorLevels.RecipientTypeLabel(RecipientType.Individual, context)]),
            Field(context, "awardedBy", "string", "dpAwardedBy"),
            Field(context, "document", "string", "dpDocument"),
            Field(context, "chapter", "string", "dpHonorChapter", required: true),
            Field(context, "URL", "string", "dpHonorUrl", required: true));
        return new JsonObject
        {
            ["fields"] = fields,
            ["missingValues"] = new JsonArray(Missing("", context.Text("dpMissingBlank"))),
            // An honor is one row per level, year, title and recipient; the year may be unknown, which a primary key would not allow.
            ["uniqueKeys"] = new JsonArray(new JsonArray(context.Text("level"), context.Text("year"), context.Text("honorTitle"), context.Text("recipient"))),
        };
    }

    // The columns in the order StatisticsDownloads.Csv writes them. No key: the same indicator and period may be
    // recorded twice with different values (YB0405), and both rows are kept.
    private static JsonObject StatisticsSchema(EditionContext context, bool numericValues)
    {
        var fields = new JsonArray(
            Field(context, "indicator", "string", "dpIndicator", required: true),
            Field(context, "period", "string", "dpPeriod"),
            numericValues ? Field(context, "value", "number", "dpValue") : Field(context, "value", "string", "dpValueText"),
            Field(context, "unit", "string", "dpUnit"),
            Field(context, "change", "string", "dpChange"),
            Field(context, "note", "string", "dpNote"),
            Field(context, "chapter", "string", "dpStatisticChapter", required: true),
            Field(context, "URL", "string", "dpStatisticUrl", required: true),
            Field(context, "indicatorCode", "string", "dpIndicatorCode", required: true, pattern: "[a-z0-9]{1,}(-[a-z0-9]{1,})*"));
        return new JsonObject
        {
            ["fields"] = fields,
            ["missingValues"] = new JsonArray(Missing("", context.Text("dpMissingBlank")), Missing(NotAvailable, context.Text("dpMissingNotAvailable"))),
        };
    }

    private static JsonObject Field(EditionContext context, string header, string type, string description, bool required = false,
        IEnumerable<string>? values = null, string? pattern = null)
    {
        var name = header == "URL" ? header : context.Text(header);
        var field = new JsonObject { ["name"] = name, ["type"] = type, ["title"] = name, ["description"] = context.Text(description) };
        var constraints = new JsonObject();
        if (required)
        {
            constraints["required"] = true;
        }

        if (values is not null)
        {
            constraints["enum"] = new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
        }

        if (pattern is not null)
        {
            constraints["pattern"] = pattern;
        }

        if (constraints.Count > 0)
        {
            field["constraints"] = constraints;
        }

        return field;
    }

    private static JsonObject Missing(string value, string label) => new() { ["value"] = value, ["label"] = label };
}
