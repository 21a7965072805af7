namespace Yearbook.Model;

/// <summary>
/// The folder and file names of the pages every edition has beside its volumes, in one place: the
/// pages, their navigation, the feed and the search files all take them from here.
/// </summary>
internal static class SitePaths
{
    /// <summary>The honors page's folder, relative to an edition.</summary>
    public const string Honors = "honors/";

    /// <summary>The statistics page's folder, relative to an edition.</summary>
    public const string Statistics = "statistics/";

    /// <summary>The subject index's folder, relative to an edition.</summary>
    public const string Subjects = "subjects/";

    /// <summary>The chronicle's (大事记) folder, relative to an edition.</summary>
    public const string Chronicle = "chronicle/";

    /// <summary>The search page's folder, relative to an edition; the same name relative to the site holds the files both editions share.</summary>
    public const string Search = "search/";

    /// <summary>The folder of one edition's search documents, relative to the edition.</summary>
    public const string SearchDocuments = Search + "docs/";

    /// <summary>The Data Package descriptor of the downloads, relative to an edition and to a volume's folder.</summary>
    public const string DataPackage = "datapackage.json";

    /// <summary>A volume's honors table, relative to the volume's folder.</summary>
    public const string DataPackageHonors = "honors.csv";

    /// <summary>A volume's statistics table, relative to the volume's folder.</summary>
    public const string DataPackageStatistics = "statistics.csv";

    /// <summary>The Atom feed, relative to an edition.</summary>
    public const string Feed = "atom.xml";

    /// <summary>The page shown for an address that does not exist, relative to an edition.</summary>
    public const string NotFound = "404.html";

    /// <summary>
    /// A split page of an index, relative to the edition: the part <paramref name="key"/> of the index at
    /// <paramref name="index"/> (<c>honors/2024/</c>), its later pages numbered (<c>honors/2024/2/</c>).
    /// </summary>
    public static string Part(string index, string key, int page = 1) => page <= 1 ? $"{index}{key}/" : $"{index}{key}/{page}/";
}
