using Yearbook.Tests.Snapshots;

namespace Yearbook.Tests;

/// <summary>Golden files of the three index pages' &lt;main&gt; and of a split page of honors and of subjects, in both editions, built from the fixture site.</summary>
public sealed class IndexPagesSnapshotTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    [Theory]
    [InlineData("zh-hans", "honors")]
    [InlineData("zh-hant", "honors")]
    [InlineData("zh-hans", "statistics")]
    [InlineData("zh-hant", "statistics")]
    [InlineData("zh-hans", "subjects")]
    [InlineData("zh-hant", "subjects")]
    [InlineData("zh-hans", "honors/2023")]
    [InlineData("zh-hant", "honors/2023")]
    [InlineData("zh-hans", "subjects/c")]
    [InlineData("zh-hant", "subjects/c")]
    public void MainElement(string edition, string page)
    {
        var html = File.ReadAllText(Path.Combine(fixture.Site.Output, edition, page, "index.html"));
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal) + "</main>".Length;
        Assert.True(start >= 0 && end > start, "the page has a <main> element");
        Snapshot.Match(html[start..end], "html", $"{edition}_{page.Replace('/', '-')}");
    }
}
