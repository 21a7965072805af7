using System.Text.Json;
using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;

namespace Yearbook.Print;

/// <summary>What <c>yearbook print</c> did: the books printed, and the diagnostics.</summary>
/// <param name="Diagnostics">Every problem found, sorted.</param>
/// <param name="Books">The books printed.</param>
/// <param name="OutputFolder">Where the PDFs are.</param>
public sealed record PrintResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<PrintedBook> Books, string OutputFolder)
{
    /// <summary>The number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);
}

/// <summary><c>yearbook print</c>: loads the site and prints the volumes asked for, writing the PDFs and <c>print.json</c> (the page of every chapter and entry).</summary>
public static class PrintRun
{
    /// <summary>The file beside the PDFs listing each book's pages and chapter pages.</summary>
    public const string PageFile = "print.json";

    /// <summary>Prints <paramref name="volumes"/> of the site in <paramref name="siteFolder"/> (all when empty) in <paramref name="editions"/> (both when empty) into <paramref name="outputFolder"/> (default <c>_print/</c> beside the site).</summary>
    /// <param name="siteFolder">The site folder.</param>
    /// <param name="volumes">The volumes' folder names; all when empty.</param>
    /// <param name="editions">The editions' codes; both when empty.</param>
    /// <param name="outputFolder">The folder for the PDFs; <c>_print/</c> beside the site when null.</param>
    /// <param name="notice">Told, in one line, when the typesetter is being installed on first use.</param>
    public static PrintResult Run(string siteFolder, IReadOnlyCollection<string> volumes, IReadOnlyCollection<string> editions, string? outputFolder, Action<string>? notice = null)
    {
        var diagnostics = new DiagnosticBag();
        var folder = Path.GetFullPath(outputFolder ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(siteFolder).TrimEnd(Path.DirectorySeparatorChar))!, "_print"));
        var site = new SiteLoader(diagnostics).Load(siteFolder);
        if (site is null)
        {
            return new PrintResult(diagnostics.Sorted, [], folder);
        }

        foreach (var missing in volumes.Where(v => site.Volumes.All(s => s.Slug != v)))
        {
            diagnostics.Error(DiagnosticCodes.PrintVolumeUnknown,
                $"the site has no volume '{missing}'; its volumes are {string.Join(", ", site.Volumes.Select(v => v.Slug))}", site.Config.Location);
        }

        if (diagnostics.HasErrors)
        {
            return new PrintResult(diagnostics.Sorted, [], folder);
        }

        var chosen = Edition.All.Where(e => editions.Count == 0 || editions.Contains(e.Code)).ToList();
        var books = new BookPrinter(site, diagnostics) { Notice = notice }.Print(volumes, chosen, folder);
        if (books.Count > 0)
        {
            File.WriteAllText(Path.Combine(folder, PageFile), PageJson(books, folder));
        }

        return new PrintResult(diagnostics.Sorted, books, folder);
    }

    /// <summary>The books as JSON: volume, edition, file, page count and each chapter's page.</summary>
    internal static string PageJson(IEnumerable<PrintedBook> books, string folder) => JsonSerializer.Serialize(
        books.Select(b => new
        {
            volume = b.VolumeSlug,
            edition = b.Edition.Code,
            pdf = Path.GetRelativePath(folder, b.Pdf).Replace('\\', '/'),
            pages = b.Pages,
            chapters = b.Chapters.OrderBy(c => c.Value.Page).Select(c => new
            {
                path = c.Key,
                page = c.Value.Page,
                printed = c.Value.Printed,
                entries = b.Entries.Where(e => e.Key.Chapter == c.Key).OrderBy(e => e.Value.Page)
                    .Select(e => new { id = e.Key.Entry, page = e.Value.Page, printed = e.Value.Printed }),
            }),
        }),
        new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
