using System.Diagnostics;

namespace Yearbook.BrowserTests;

/// <summary>Every HTML file of the built sample site passes the Nu HTML checker (vnu.jar) without errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HtmlValidityTests(BrowserSite site)
{
    [Fact]
    public async Task The_Nu_HTML_checker_finds_no_error_in_any_page()
    {
        // A page with known errors is checked in the same run, so a checker that silently checks
        // nothing fails the test instead of passing it.
        var canary = Path.Combine(Path.GetTempPath(), $"yearbook-vnu-canary-{Environment.ProcessId}.html");
        await File.WriteAllTextAsync(canary, "<!DOCTYPE html><html lang=\"zh\"><head><title>x</title></head><body><p><div></p></body></html>");
        try
        {
            var errors = await CheckAsync(site.Output, canary);
            Assert.Contains(errors, e => e.Contains(Path.GetFileName(canary), StringComparison.Ordinal));
            var siteErrors = errors.Where(e => !e.Contains(Path.GetFileName(canary), StringComparison.Ordinal)).ToList();
            Assert.True(siteErrors.Count == 0, string.Join("\n", siteErrors));
        }
        finally
        {
            File.Delete(canary);
        }
    }

    /// <summary>Runs vnu.jar over the paths; returns its error lines.</summary>
    private static async Task<List<string>> CheckAsync(params string[] paths)
    {
        var jar = Path.Combine(RepositoryPaths.NodeModules, "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), jar + " is missing: run tests/setup");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        // --skip-non-html: the site also holds feeds, CSV and JSON; only HTML pages are checked.
        foreach (var argument in (string[])["-jar", jar, "--errors-only", "--format", "gnu", "--skip-non-html", .. paths])
        {
            start.ArgumentList.Add(argument);
        }

        using var java = Process.Start(start)!;
        var output = java.StandardOutput.ReadToEndAsync();
        var messages = java.StandardError.ReadToEndAsync();
        await java.WaitForExitAsync();
        return [.. ((await output) + (await messages)).Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
