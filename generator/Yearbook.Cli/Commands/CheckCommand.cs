using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Yearbook.Build;
using Yearbook.Diagnostics;

namespace Yearbook.Cli.Commands;

/// <summary>
/// <c>yearbook check [SITE] [--warnaserror] [--format text|json]</c>: everything <c>build</c> validates,
/// the script lint included (build and serve run it too), drafts as well, without writing anything.
/// </summary>
public static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var site = SiteArgument.Create();
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Exit with code 1 on warnings too." };
        var format = new Option<string>("--format") { Description = "text (compiler-style lines) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Check the yearbook for mistakes without writing the site.") { site, warnAsError, format };
        command.SetAction(parse =>
        {
            var siteFolder = parse.GetValue(site)!;
            var result = new SiteBuilder(new BuildOptions { SiteFolder = siteFolder, WriteOutput = false, Lint = true, IncludeDrafts = true }).Build();
            if (parse.GetValue(format) == "json")
            {
                WriteJson(result, siteFolder);
            }
            else
            {
                DiagnosticPrinter.Print(result.Diagnostics, siteFolder, Console.Out);
                Console.Out.WriteLine($"{result.ErrorCount} error(s), {result.WarningCount} warning(s).");
            }

            return ExitCodes.For(result, parse.GetValue(warnAsError));
        });
        return command;
    }

    private static void WriteJson(BuildResult result, string siteFolder)
    {
        var prefix = siteFolder.Replace('\\', '/').TrimEnd('/');
        var payload = new
        {
            errors = result.ErrorCount,
            warnings = result.WarningCount,
            diagnostics = result.Diagnostics.Select(d => new
            {
                path = prefix is "" or "." ? d.Location.Path : prefix + "/" + d.Location.Path,
                line = d.Location.Line,
                column = d.Location.Column,
                severity = d.Severity == Severity.Error ? "error" : "warning",
                code = d.Code,
                message = d.MessageWith(prefix is "" or "." ? null : prefix),
            }),
        };
        // Chinese as itself, not \uXXXX: the report is read by people too. Relaxed escaping is safe here,
        // since the JSON goes to a terminal or a tool, never into an HTML page.
        Console.Out.WriteLine(JsonSerializer.Serialize(payload, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
