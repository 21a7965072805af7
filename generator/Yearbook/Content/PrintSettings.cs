namespace Yearbook.Content;

/// <summary>
/// The <c>print:</c> section of <c>yearbook.yml</c>: the printed book's page size, editor and publisher.
/// Its presence makes <c>build</c> publish each volume as a PDF in both editions.
/// </summary>
public sealed record PrintSettings
{
    private static readonly IReadOnlyCollection<string> Keys = ["paper", "editor", "publisher"];

    /// <summary><c>185x260</c> (大16开, the default) or <c>a4</c>.</summary>
    public string Paper { get; init; } = "185x260";

    /// <summary>The editor (编者) on the title and copyright pages, e.g. 源汇区地方史志编纂委员会.</summary>
    public string? Editor { get; init; }

    /// <summary>The publisher on the title and copyright pages.</summary>
    public string? Publisher { get; init; }

    internal static PrintSettings Read(YamlFields fields)
    {
        fields.ReportUnknownKeys(Keys);
        return new PrintSettings
        {
            Paper = fields.OneOf("paper", "185x260", "a4") ?? "185x260",
            Editor = fields.String("editor"),
            Publisher = fields.String("publisher"),
        };
    }
}
