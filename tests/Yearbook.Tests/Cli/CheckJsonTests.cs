using System.Text.Json;

namespace Yearbook.Tests.Cli;

/// <summary><c>yearbook check --format json</c>: a report people can read as well as tools.</summary>
public sealed class CheckJsonTests
{
    [Fact]
    public void Chinese_is_written_as_itself_and_paths_carry_the_site_folder()
    {
        using var site = new TempSite()
            .Write("2025/01-a.md", "---\ntitle: 甲\nhonors:\n  - {title: 全国文明城市, level: national, year: 2024, recipient: 测试区}\n---\n\n正文。\n")
            .Write("2025/02-b.md", "---\ntitle: 乙\nhonors:\n  - {title: 全国文明城市, level: provincial, year: 2024, recipient: 测试区}\n---\n\n正文。\n");

        using var process = CliProcess.Start("check", site.Content, "--format", "json");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("全国文明城市", output);
        Assert.DoesNotContain("\\u", output);
        using var json = JsonDocument.Parse(output);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        var prefix = site.Content.Replace('\\', '/').TrimEnd('/');
        Assert.Equal(prefix + "/2025/02-b.md", diagnostic.GetProperty("path").GetString());
        Assert.Contains($"also recorded at {prefix}/2025/01-a.md(4,5)", diagnostic.GetProperty("message").GetString());
    }
}
