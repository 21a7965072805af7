using System.CommandLine;
using Yearbook.Print;

namespace Yearbook.Cli.Commands;

/// <summary><c>yearbook print [SITE] [--volume YEAR] [--edition zh-hans|zh-hant] [--output DIR]</c>: the printed book of each volume as a PDF.</summary>
public static class PrintCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var site = SiteArgument.Create();
        var volume = new Option<string[]>("--volume") { Description = "The volume (its folder name, e.g. 2025) to print; repeat for more (default: every volume)." };
        var edition = new Option<string[]>("--edition") { Description = "zh-hans or zh-hant; repeat for both (default: both)." };
        edition.AcceptOnlyFromAmong("zh-hans", "zh-hant");
        var output = new Option<string?>("--output", "-o") { Description = "The folder for the PDFs (default: _print/ beside the site folder)." };
        var command = new Command("print", "Typeset each volume as a printed book (PDF) with Typst, in both editions.") { site, volume, edition, output };
        command.SetAction(parse =>
        {
            var siteFolder = parse.GetValue(site)!;
            var started = System.Diagnostics.Stopwatch.StartNew();
            var result = PrintRun.Run(siteFolder, parse.GetValue(volume) ?? [], parse.GetValue(edition) ?? [], parse.GetValue(output), notice: Console.Error.WriteLine);
            DiagnosticPrinter.Print(result.Diagnostics, siteFolder, Console.Error);
            foreach (var book in result.Books)
            {
                Console.Out.WriteLine($"{book.Pdf}: {book.Pages} pages, set in {book.TypesetTime.TotalSeconds:0.0} s (processor {book.TypesetCpuTime.TotalSeconds:0.0} s)");
            }

            Console.Out.WriteLine(result.ErrorCount == 0
                ? $"Printed {result.Books.Count} books into {result.OutputFolder} in {started.Elapsed.TotalSeconds:0.0} s."
                : $"Print failed: {result.ErrorCount} errors.");
            return result.ErrorCount == 0 ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }
}
