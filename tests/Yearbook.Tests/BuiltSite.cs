using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Yearbook.Build;
using Yearbook.Model;

namespace Yearbook.Tests;

/// <summary>A site built once into a temporary folder, with helpers to read its pages.</summary>
public sealed class BuiltSite : IDisposable
{
    private readonly string _temp;

    private BuiltSite(string temp, string output, BuildResult result)
    {
        _temp = temp;
        Output = output;
        Result = result;
    }

    /// <summary>The output folder.</summary>
    public string Output { get; }

    /// <summary>The build's result.</summary>
    public BuildResult Result { get; }

    /// <summary>Builds the site in <paramref name="siteFolder"/> with the repository's themes; <paramref name="config"/> may rewrite its yearbook.yml.</summary>
    public static BuiltSite Build(string siteFolder, Func<string, string>? config = null)
    {
        var temp = Directory.CreateTempSubdirectory("yearbook-tests-").FullName;
        var site = Path.Combine(temp, "site");
        TempSite.CopyFolder(siteFolder, site);
        if (config is not null)
        {
            var file = Path.Combine(site, "yearbook.yml");
            File.WriteAllText(file, config(File.ReadAllText(file)));
        }

        Directory.CreateSymbolicLink(Path.Combine(temp, "themes"), Path.Combine(RepositoryPaths.Root, "themes"));
        var output = Path.Combine(temp, "_site");
        var result = new SiteBuilder(new BuildOptions { SiteFolder = site, OutputFolder = output }).Build();
        return new BuiltSite(temp, output, result);
    }

    /// <summary>The test fixture site.</summary>
    public static string FixtureFolder => Path.Combine(RepositoryPaths.Root, "tests", "Yearbook.Tests", "Fixtures", "site");

    /// <summary>The sample yearbook.</summary>
    public static string SampleFolder => Path.Combine(RepositoryPaths.Root, "content");

    /// <summary>Parses the page at a site address such as <c>/zh-hans/honors/</c>.</summary>
    public IDocument Page(string url)
    {
        var relative = Uri.UnescapeDataString(url.Split('#')[0]).TrimStart('/');
        var file = Path.Combine(Output, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative);
        return new HtmlParser().ParseDocument(File.ReadAllText(file));
    }

    /// <summary>
    /// The split pages of the index whose landing page is <paramref name="landingUrl"/> (<c>/zh-hans/subjects/</c>), in reading
    /// order: each part the landing page links (a letter, a year), then its numbered pages.
    /// </summary>
    public IReadOnlyList<IDocument> SplitPages(string landingUrl)
    {
        var parts = Page(landingUrl).QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!.Split('#')[0])
            .Where(h => h.StartsWith(landingUrl, StringComparison.Ordinal) && h.Length > landingUrl.Length && h.EndsWith('/') && !h[landingUrl.Length..^1].Contains('/'))
            .Distinct(StringComparer.Ordinal);
        var pages = new List<IDocument>();
        foreach (var part in parts)
        {
            var first = Page(part);
            pages.Add(first);
            pages.AddRange(first.QuerySelectorAll(".part-pages a[href]").Select(a => a.GetAttribute("href")!).Distinct(StringComparer.Ordinal).Skip(1).Select(Page));
        }

        return pages;
    }

    /// <summary>The elements that match <paramref name="selector"/> on every split page of an index, in reading order.</summary>
    public IReadOnlyList<IElement> InSplitPages(string landingUrl, string selector) =>
        SplitPages(landingUrl).SelectMany(p => p.QuerySelectorAll(selector)).ToList();

    /// <summary>The honors of every year's pages of an index, by level as the downloads list them (each level's years newest first, as the pages come).</summary>
    public IReadOnlyList<IElement> HonorsInDownloadOrder(string landingUrl)
    {
        string[] levels = ["national", "provincial", "municipal", "district", "unknown"];
        return InSplitPages(landingUrl, ".honor-group")
            .SelectMany(g => g.QuerySelectorAll(".honor-list > li").Select(li => (Level: Array.IndexOf(levels, g.Id!["level-".Length..]), Item: li)))
            .OrderBy(x => x.Level).Select(x => x.Item).ToList();
    }

    /// <summary>The bytes of an output file.</summary>
    public byte[] Bytes(string relative) => File.ReadAllBytes(Path.Combine(Output, relative));

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_temp, recursive: true);
}

/// <summary>The fixture site, built once for a test class.</summary>
public sealed class FixtureSite : IDisposable
{
    /// <summary>The built site.</summary>
    public BuiltSite Site { get; } = BuiltSite.Build(BuiltSite.FixtureFolder);

    /// <inheritdoc />
    public void Dispose() => Site.Dispose();
}

/// <summary>The sample yearbook, built once for a test class.</summary>
public sealed class SampleSite : IDisposable
{
    /// <summary>The built site.</summary>
    public BuiltSite Site { get; } = BuiltSite.Build(BuiltSite.SampleFolder);

    /// <inheritdoc />
    public void Dispose() => Site.Dispose();
}
