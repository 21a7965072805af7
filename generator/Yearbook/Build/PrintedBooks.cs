using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;
using Yearbook.Print;

namespace Yearbook.Build;

/// <summary>The books of a build, in the temporary <paramref name="Folder"/> removed once they are published.</summary>
/// <param name="Folder">The folder the PDFs were set in; empty when nothing was printed.</param>
/// <param name="Books">Each volume's book in each edition.</param>
internal sealed record PrintedBooks(string Folder, IReadOnlyList<PrintedBook> Books) : IDisposable
{
    /// <summary>No books: a site without a <c>print:</c> section.</summary>
    public static PrintedBooks None { get; } = new("", []);

    /// <summary>Sets every volume of <paramref name="site"/> as a book in both editions, in a folder of its own until the output takes the PDFs.</summary>
    public static PrintedBooks Print(Site site, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress)
    {
        var folder = Path.Combine(Path.GetTempPath(), "yearbook-print-" + Guid.NewGuid().ToString("N"));
        // The site still builds without its PDFs when the typesetter is missing: a warning, not an error.
        var printed = new BookPrinter(site, diagnostics) { MissingTypesetterIsWarning = true, Notice = _ => progress?.Report(new BuildProgress("Installing the typesetter", 0, 0)) }.Print([], Edition.All, folder);
        return new PrintedBooks(folder, printed);
    }

    /// <summary>The book of <paramref name="volume"/> in <paramref name="edition"/>, if it was printed.</summary>
    public PrintedBook? Of(Volume volume, Edition edition) => Books.FirstOrDefault(b => b.VolumeSlug == volume.Slug && b.Edition == edition);

    public void Dispose()
    {
        if (Folder.Length > 0 && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
