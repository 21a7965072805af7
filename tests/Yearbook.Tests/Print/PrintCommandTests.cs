using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Yearbook.Tests.Print;

/// <summary><c>yearbook print</c> and a site's <c>print:</c> section, end to end.</summary>
public sealed class PrintCommandTests
{
    [Fact]
    public void WithoutTheTypesetterThePrintCommandSaysSoAtItsPlace()
    {
        using var site = new TempSite();
        site.Write("2025/01-a.md", "---\ntitle: 概况\n---\n正文。\n");
        // No node on the PATH: the typesetter cannot run.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "Yearbook.Cli.dll"), "print", site.Content, "--output", Path.Combine(site.Root, "pdf")])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PATH"] = Path.Combine(site.Root, "no-tools");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(1, process.ExitCode);
        Assert.Matches(@"yearbook\.yml: error YB0601: the typesetter needs Node\.js, which is not installed", error);
        Assert.DoesNotContain("   at ", error + output);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "pdf")) && Directory.EnumerateFiles(Path.Combine(site.Root, "pdf")).Any());
    }

    [Fact]
    public void AnUnknownVolumeIsReported()
    {
        using var site = new TempSite();
        site.Write("2025/01-a.md", "---\ntitle: 概况\n---\n正文。\n");
        var result = Yearbook.Print.PrintRun.Run(site.Content, ["2030"], [], Path.Combine(site.Root, "pdf"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("YB0603", diagnostic.Code);
        Assert.Contains("its volumes are 2025", diagnostic.Message);
    }

    [Fact]
    public void ABuildWithAPrintSectionPublishesThePdfsAndThePrintPageOfEachChapter()
    {
        using var site = new TempSite("title: 测试区年鉴\ndistrict: 测试区\nglossary: glossary.yml\neditor: 测试区史志办\npublisher: 测试出版社\nprint:\n  paper: a4\n");
        site.Write("2025/_volume.yml", "title: 测试区年鉴（2025）\nyear: 2025\nrecord_year: 2024\nisbn: 978-7-0000-0000-1\ncategories: [a, b]\n");
        site.Write("2025/a/01-one.md", "---\ntitle: 第一篇\ncategory: 综述\n---\n" + string.Concat(Enumerable.Repeat("源汇区经济社会发展情况良好。", 400)) + "\n");
        site.Write("2025/b/01-two.md", "---\ntitle: 第二篇\ncategory: 经济\n---\n## 工业\n\n【工业】工业发展。\n");
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        foreach (var edition in (string[])["zh-hans", "zh-hant"])
        {
            var pdf = Path.Combine(site.Output, edition, "2025", $"2025-{edition}.pdf");
            Assert.True(File.Exists(pdf), pdf);
            Assert.Contains("Page size:       595.276 x 841.89 pts", PrintedSample.Poppler("pdfinfo", [pdf])); // A4
            Assert.Contains($"href=\"/{edition}/2025/2025-{edition}.pdf\"", site.ReadOutput($"{edition}/2025/index.html"));
            // The second chapter starts on the page after the first chapter's pages: its page, as the PDF has it.
            var page = site.ReadOutput($"{edition}/2025/b/two/index.html");
            var link = Regex.Match(page, $"href=\"/{edition}/2025/2025-{edition}\\.pdf#page&#x3D;(\\d+)\">印刷版第(\\d+)[页頁]</a>");
            Assert.True(link.Success, "no print page on the chapter page");
            var (physical, printed) = (int.Parse(link.Groups[1].Value), int.Parse(link.Groups[2].Value));
            Assert.True(printed > 1, $"the second chapter is on printed page {printed}");
            var text = Regex.Replace(PrintedSample.PageText(pdf, physical), @"\s", "");
            Assert.Contains(edition == "zh-hans" ? "第二篇" : "第二篇", text);
            Assert.EndsWith(printed.ToString(System.Globalization.CultureInfo.InvariantCulture), text);
        }

        // The copyright page carries the editor, the publisher and the ISBN.
        var front = string.Concat(Enumerable.Range(1, 4).Select(p => PrintedSample.PageText(Path.Combine(site.Output, "zh-hans", "2025", "2025-zh-hans.pdf"), p)));
        Assert.Contains("测试区史志办", front);
        Assert.Contains("测试出版社", front);
        Assert.Contains("ISBN 978-7-0000-0000-1", front);
    }
}
