using AngleSharp.Html.Parser;
using Yearbook.Build;

namespace Yearbook.Tests.Build;

/// <summary>Builds the sample yearbook once and checks what readers of both editions get.</summary>
public sealed class SampleSiteFixture : IDisposable
{
    public SampleSiteFixture()
    {
        Output = Path.Combine(Path.GetTempPath(), "yearbook-sample-" + Guid.NewGuid().ToString("N"));
        Result = new SiteBuilder(new BuildOptions { SiteFolder = RepositoryPaths.SampleSite, OutputFolder = Output }).Build();
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public IEnumerable<string> HtmlFiles(string edition) =>
        Directory.EnumerateFiles(Path.Combine(Output, edition), "*.html", SearchOption.AllDirectories);

    public void Dispose() => Directory.Delete(Output, recursive: true);
}

public sealed class SampleSiteTests : IClassFixture<SampleSiteFixture>
{
    private readonly SampleSiteFixture _site;

    public SampleSiteTests(SampleSiteFixture site) => _site = site;

    [Fact]
    public void Sample_builds_without_errors_or_warnings()
    {
        // The sample lists 全省观摩小组第一 for 2015 and for 2016 in one chapter: an honor won twice,
        // not a conflicting record, so it must not warn.
        Assert.True(_site.Result.Published);
        Assert.Empty(_site.Result.Diagnostics.Select(d => d.Format()));
    }

    [Fact]
    public void Traditional_edition_reads_as_OpenCC_would_write_it()
    {
        var text = string.Concat(_site.HtmlFiles("zh-hant").Select(File.ReadAllText));

        Assert.Contains("源匯區", text);
        Assert.Contains("致力", text);
        Assert.Contains("新三板", text);
        Assert.Contains("產業鏈", text);
        Assert.DoesNotContain("緻力", text);
        Assert.DoesNotContain("新三闆", text);
        Assert.DoesNotContain("源彙區", text);
    }

    [Fact]
    public void Chapter_written_in_Traditional_is_published_in_Simplified_too()
    {
        var html = File.ReadAllText(Path.Combine(_site.Output, "zh-hans/2023/industry/leading-industries/index.html"));

        Assert.Contains("主导产业", html);
        Assert.Contains("产业链", html);
        Assert.Contains("新三板", html);
        Assert.DoesNotContain("產業", html);
    }

    [Fact]
    public void Every_page_exists_in_both_editions_and_links_to_its_twin()
    {
        var parser = new HtmlParser();
        var hans = _site.HtmlFiles("zh-hans").Select(f => Path.GetRelativePath(Path.Combine(_site.Output, "zh-hans"), f)).Order().ToList();
        var hant = _site.HtmlFiles("zh-hant").Select(f => Path.GetRelativePath(Path.Combine(_site.Output, "zh-hant"), f)).Order().ToList();
        Assert.Equal(hans, hant);
        Assert.True(hans.Count >= 20);

        foreach (var page in hans.Where(p => p != "404.html"))
        {
            foreach (var (edition, lang, other, otherLang) in new[] { ("zh-hans", "zh-Hans", "zh-hant", "zh-Hant"), ("zh-hant", "zh-Hant", "zh-hans", "zh-Hans") })
            {
                var document = parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, edition, page)));
                var twin = "/" + other + "/" + page.Replace("index.html", "").Replace('\\', '/');
                Assert.Equal(lang, document.DocumentElement.GetAttribute("lang"));
                Assert.Contains(document.QuerySelectorAll($"link[rel=alternate][hreflang={otherLang}]"), l => l.GetAttribute("href") == twin);
                Assert.Contains(document.QuerySelectorAll("a[hreflang]"), a => a.GetAttribute("href") == twin);
            }
        }
    }

    [Fact]
    public void Sitemap_lists_every_page_with_its_alternate()
    {
        var sitemap = File.ReadAllText(Path.Combine(_site.Output, "sitemap.xml"));
        var pages = _site.HtmlFiles("zh-hans").Count(f => !f.EndsWith("404.html", StringComparison.Ordinal));

        Assert.Equal(pages * 2, System.Text.RegularExpressions.Regex.Matches(sitemap, "<url>").Count);
        Assert.Contains("hreflang=\"zh-Hant\"", sitemap);
    }

    [Fact]
    public void Feeds_are_atom_in_each_edition()
    {
        var feed = System.Xml.Linq.XDocument.Load(Path.Combine(_site.Output, "zh-hant/atom.xml"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.Equal("zh-Hant", feed.Root!.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")!.Value);
        Assert.NotEmpty(feed.Root.Elements(atom + "entry"));
        Assert.Contains("源匯區", feed.Root.Element(atom + "title")!.Value);
    }
}
