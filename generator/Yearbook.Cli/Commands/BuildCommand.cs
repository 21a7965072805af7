using System.CommandLine;
using Yearbook.Build;

namespace Yearbook.Cli.Commands;

/// <summary><c>yearbook build [SITE] [--output DIR] [--base-url URL] [--drafts]</c>: writes the static site.</summary>
public static class BuildCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var site = SiteArgument.Create();
        var output = new Option<string?>("--output", "-o") { Description = "The output folder (default: _site/ beside the site folder)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "The address the site is published at, e.g. https://example.org/yearbook/ or /yearbook/." };
        var drafts = new Option<bool>("--drafts") { Description = "Publish chapters marked draft: true." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only diagnostics and the summary." };
        var command = new Command("build", "Build both editions of the yearbook into a static site.") { site, output, baseUrl, drafts, quiet };
        command.SetAction(parse =>
        {
            var siteFolder = parse.GetValue(site)!;
            var started = System.Diagnostics.Stopwatch.StartNew();
            var options = new BuildOptions
            {
                SiteFolder = siteFolder,
                OutputFolder = parse.GetValue(output),
                BaseUrl = parse.GetValue(baseUrl),
                IncludeDrafts = parse.GetValue(drafts),
            };
            var result = BuildDisplay.Run(progress => new SiteBuilder(options with { Progress = progress }).Build(), parse.GetValue(quiet), parse.GetValue(GlobalOptions.Verbose));
            DiagnosticPrinter.Print(result.Diagnostics, siteFolder, Console.Error);
            Console.Out.WriteLine(result.Published
                ? $"Built {result.PageCount} pages into {options.ResolvedOutputFolder} in {started.Elapsed.TotalSeconds:0.0} s ({result.ErrorCount} errors, {result.WarningCount} warnings)."
                : $"Build failed: {result.ErrorCount} errors, {result.WarningCount} warnings; the output folder was left as it was.");
            return ExitCodes.For(result);
        });
        return command;
    }
}
