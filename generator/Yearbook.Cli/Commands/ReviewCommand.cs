using System.CommandLine;
using Yearbook.Diagnostics;
using Yearbook.Editions;

namespace Yearbook.Cli.Commands;

/// <summary>
/// <c>yearbook review [SITE] [--snippet]</c>: every open conversion risk (YB0203) with the sentence in
/// both readings, grouped by file, so an editor can settle them in one sitting; <c>--snippet</c> also
/// prints the <c>reviewed.yml</c> entries that confirm the converter's choice, to paste where it is right.
/// </summary>
public static class ReviewCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var site = SiteArgument.Create();
        var snippet = new Option<bool>("--snippet") { Description = "Also print a reviewed.yml entry for each risk (paste the ones where the converter is right)." };
        var command = new Command("review", "List every conversion at risk with both readings in context.") { site, snippet };
        command.SetAction(parse => Run(parse.GetValue(site)!, parse.GetValue(snippet), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Lists the open risks of the site in <paramref name="siteFolder"/>; 1 when the site cannot be loaded.</summary>
    public static int Run(string siteFolder, bool snippet, TextWriter output, TextWriter error)
    {
        var diagnostics = new DiagnosticBag();
        var findings = ConversionReview.Find(siteFolder, diagnostics);
        if (findings is null)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted, siteFolder, error);
            return 1;
        }

        DiagnosticPrinter.Print(diagnostics.Sorted, siteFolder, error);
        Write(findings, siteFolder, snippet, output);
        return 0;
    }

    private static void Write(IEnumerable<ReviewFinding> findings, string siteFolder, bool snippet, TextWriter writer)
    {
        var prefix = siteFolder.Replace('\\', '/').TrimEnd('/');
        prefix = prefix is "." or "" ? "" : prefix + "/";
        var ordered = findings.OrderBy(f => f.Location.Path, StringComparer.Ordinal).ThenBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ToList();
        foreach (var file in ordered.GroupBy(f => f.Location.Path))
        {
            writer.WriteLine($"{prefix}{file.Key}");
            foreach (var f in file)
            {
                writer.WriteLine($"  ({f.Location.Line},{f.Location.Column}) '{f.Risk.Source}': {f.Risk.Reason}");
                writer.WriteLine($"    简  {f.Sentence.Trim()}");
                writer.WriteLine($"    繁  {f.Converted.Trim()}   ← {f.Risk.Converted}, as converted");
                writer.WriteLine($"    或  {f.Alternative.Trim()}   ← {f.Risk.Alternative}");
            }

            writer.WriteLine();
        }

        writer.WriteLine($"{ordered.Count} conversion(s) to review. Where the converter is wrong, add a glossary entry or -{{…}}-; where it is right, add the entry to {ConversionReview.ReviewedFileName}.");
        if (!snippet || ordered.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine($"# {ConversionReview.ReviewedFileName}: conversions read and found right");
        foreach (var f in ordered)
        {
            var context = Context(f.Sentence, f.Risk.Source);
            writer.WriteLine($"- span: {f.Risk.Source}");
            writer.WriteLine($"  context: \"{context.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
            writer.WriteLine($"  hant: {f.Risk.Converted}");
        }
    }

    /// <summary>A few characters either side of the span within its sentence: enough to find the place again, short enough to survive edits nearby.</summary>
    private static string Context(string sentence, string span)
    {
        var at = sentence.IndexOf(span, StringComparison.Ordinal);
        var from = Math.Max(0, at - 4);
        var to = Math.Min(sentence.Length, at + span.Length + 4);
        return sentence[from..to];
    }
}
