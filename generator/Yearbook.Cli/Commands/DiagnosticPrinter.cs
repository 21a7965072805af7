using Yearbook.Diagnostics;

namespace Yearbook.Cli.Commands;

/// <summary>Prints diagnostics in the canonical compiler form, with paths as the editor named the site folder.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Writes each diagnostic to standard error, prefixed with <paramref name="siteArgument"/>.</summary>
    public static void Print(IEnumerable<Diagnostic> diagnostics, string siteArgument, TextWriter writer)
    {
        var prefix = siteArgument.Replace('\\', '/').TrimEnd('/');
        prefix = prefix is "." or "" ? "" : prefix;
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.Format(prefix));
        }
    }
}
