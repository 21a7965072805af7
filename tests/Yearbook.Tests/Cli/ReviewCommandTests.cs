using Yearbook.Build;
using Yearbook.Cli.Commands;
using Yearbook.Diagnostics;

namespace Yearbook.Tests.Cli;

/// <summary>`yearbook review` lists open conversion risks in both readings, and its snippet settles them.</summary>
public sealed class ReviewCommandTests
{
    [Fact]
    public void Lists_each_risk_by_file_in_both_readings_and_the_snippet_settles_them()
    {
        using var site = new TempSite().Write("2025/01-meeting.md", "---\ntitle: 甲\n---\n\n会上余华先生讲话。\n");
        var output = new StringWriter();

        Assert.Equal(0, ReviewCommand.Run(site.Content, snippet: true, output, TextWriter.Null));

        var text = output.ToString();
        Assert.Contains("2025/01-meeting.md\n  (5,3) '余华'", text.Replace("\r\n", "\n"));
        Assert.Contains("會上餘華先生講話。", text);
        Assert.Contains("會上余華先生講話。", text);
        Assert.Contains("1 conversion(s) to review", text);

        // Pasting the snippet records the decision: the warning is gone for good.
        var snippet = text[text.IndexOf("- span:", StringComparison.Ordinal)..];
        site.Write("reviewed.yml", snippet);
        var after = new SiteBuilder(new BuildOptions { SiteFolder = site.Content, WriteOutput = false }).Build();
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == DiagnosticCodes.AmbiguousConversion);
    }
}
