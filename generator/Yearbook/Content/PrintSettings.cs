namespace Yearbook.Content;

/// <summary>
/// The <c>print:</c> section of <c>yearbook.yml</c>: the printed book's page size (its editor, publisher and ISBN are the
/// citation's: <c>editor</c>, <c>publisher</c>, <c>isbn</c> in <c>yearbook.yml</c> or <c>_volume.yml</c>).
/// Its presence makes <c>build</c> publish each volume as a PDF in both editions.
/// </summary>
public sealed record PrintSettings
{
    private static readonly IReadOnlyCollection<string> Keys = ["paper"];

    /// <summary><c>185x260</c> (大16开, the default) or <c>a4</c>.</summary>
    public string Paper { get; init; } = "185x260";


    internal static PrintSettings Read(YamlFields fields)
    {
        fields.ReportUnknownKeys(Keys);
        return new PrintSettings
        {
            Paper = fields.OneOf("paper", "185x260", "a4") ?? "185x260",
        };
    }
}
