using System.Diagnostics;
using System.Text.Json;
using Yearbook.Print;

namespace Yearbook.Tests.Print;

/// <summary>The sample yearbook printed once, every volume in both editions, with the poppler tools that read the PDFs back.</summary>
public sealed class PrintedSample : IDisposable
{
    /// <summary>Prints the sample into a temporary folder.</summary>
    public PrintedSample()
    {
        Folder = Path.Combine(Path.GetTempPath(), "yearbook-print-test-" + Guid.NewGuid().ToString("N"));
        Result = PrintRun.Run(RepositoryPaths.SampleSite, [], [], Folder);
        Books = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, PrintRun.PageFile))).RootElement.EnumerateArray()
            .Select(b => new Book(
                b.GetProperty("volume").GetString()!,
                b.GetProperty("edition").GetString()!,
                Path.Combine(Folder, b.GetProperty("pdf").GetString()!),
                b.GetProperty("pages").GetInt32(),
                b.GetProperty("chapters").EnumerateArray().Select(c => (c.GetProperty("path").GetString()!, c.GetProperty("page").GetInt32(), c.GetProperty("printed").GetInt32())).ToList()))
            .ToList();
    }

    /// <summary>The folder of the PDFs.</summary>
    public string Folder { get; }

    /// <summary>What the print returned.</summary>
    public PrintResult Result { get; }

    /// <summary>The books as print.json lists them.</summary>
    public IReadOnlyList<Book> Books { get; }

    /// <summary>The text of one page (1-based, as in the PDF) by pdftotext.</summary>
    public static string PageText(string pdf, int page, bool layout = true) =>
        Poppler("pdftotext", [.. layout ? ["-layout"] : Array.Empty<string>(), "-f", $"{page}", "-l", $"{page}", pdf, "-"]);

    /// <summary>Runs a poppler tool and returns its output.</summary>
    public static string Poppler(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed on {string.Join(" ", arguments)}");
        return output;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>One printed book.</summary>
    public sealed record Book(string Volume, string Edition, string Pdf, int Pages, IReadOnlyList<(string Path, int Page, int Printed)> Chapters)
    {
        /// <summary>The PDF page whose printed number (in the body) is <paramref name="printed"/>.</summary>
        public int PageOf(int printed) => printed + (Chapters[0].Page - Chapters[0].Printed);
    }
}
