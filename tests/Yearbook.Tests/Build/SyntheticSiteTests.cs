using System.Text.RegularExpressions;
using Yearbook.Build;
using Yearbook.SyntheticSite.Output;
using Yearbook.SyntheticSite.Planning;

namespace Yearbook.Tests.Build;

/// <summary>
/// The synthetic yearbooks the benchmarks build: the same size and seed always give the same bytes,
/// and the generator accepts them without errors.
/// </summary>
public sealed partial class SyntheticSiteTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "yearbook-synthetic-" + Guid.NewGuid().ToString("N"));

    [GeneratedRegex(@"indicator: ""(?<name>[^""]+)""\n    value: [0-9.]+\n    unit: ""[^""]+""\n    period: ""(?<period>\d{4})""")]
    private static partial Regex StatisticPattern();

    [GeneratedRegex(@"- title: ""(?<title>[^""]+)""\n    level: [a-z]+\n    year: (?<year>\d{4})\n    recipient: ""(?<recipient>[^""]+)""")]
    private static partial Regex HonorPattern();

    [Fact]
    public void Same_size_and_seed_write_byte_identical_sites()
    {
        var first = Generate(30, seed: 7, "first");
        var second = Generate(30, seed: 7, "second");
        var otherSeed = Generate(30, seed: 8, "other");

        var files = RelativeFiles(first);
        Assert.Equal(files, RelativeFiles(second));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(first, f)), File.ReadAllBytes(Path.Combine(second, f))));
        // The comparison can fail: another seed writes other chapters under the same names.
        Assert.Equal(files, RelativeFiles(otherSeed));
        Assert.Contains(files, f => f.EndsWith(".md", StringComparison.Ordinal) && File.ReadAllText(Path.Combine(first, f)) != File.ReadAllText(Path.Combine(otherSeed, f)));
    }

    [Fact]
    public void Generator_builds_the_synthetic_site_without_errors_in_both_editions()
    {
        var site = Generate(30, seed: 7, "site");
        var output = Path.Combine(_root, "out");

        var result = new SiteBuilder(new BuildOptions { SiteFolder = site, OutputFolder = output }).Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.True(result.Published);
        var chapterPages = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => Regex.IsMatch(f, @"^zh-han[st]/\d{4}/[a-z]+/[a-z]+-\d{5}/index\.html$"))
            .ToList();
        Assert.Equal(60, chapterPages.Count);
        // Every chapter shows one of the images; they are copied as media.
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(output, "media", "images"), "photo-*.png"));
    }

    [Fact]
    public void Chapters_have_the_shape_of_yearbook_chapters()
    {
        var site = Generate(30, seed: 7, "site");
        var chapters = Directory.EnumerateFiles(site, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(site, f).StartsWith("themes", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();

        Assert.Equal(30, chapters.Count);
        Assert.All(chapters, text =>
        {
            Assert.Contains("\n## ", text);
            Assert.Contains("\n- ", text);
            Assert.Contains("\n| --- |", text);
            Assert.Matches(@"!\[[^\]]+\]\(\.\./\.\./images/photo-\d\d\.png\)", text);
            Assert.Matches(@"\]\([^)]*\.md\)", text);
            var body = text[(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
            Assert.InRange(Regex.Replace(body, @"\s", "").Length, 800, 3_000);
        });

        // Some chapters are written in Traditional, most in Simplified.
        var traditional = chapters.Count(t => t.Contains("\nscript: hant\n", StringComparison.Ordinal));
        Assert.InRange(traditional, 1, 15);
        Assert.Contains(chapters, t => t.Contains("\nscript: hant\n", StringComparison.Ordinal) && t.Contains("發展", StringComparison.Ordinal));

        // The ambiguous characters occur in context.
        var all = string.Concat(chapters);
        Assert.All(new[] { "以后", "发展", "干部", "方面", "公里", "平台", "系统", "历史" }, word => Assert.Contains(word, all));

        // The same indicator is reported by every volume, so it forms a series.
        var periodsByIndicator = chapters.SelectMany(t => StatisticPattern().Matches(t))
            .GroupBy(m => m.Groups["name"].Value, m => m.Groups["period"].Value);
        Assert.Contains(periodsByIndicator, g => g.Distinct().Count() == 3);

        // Honor levels come with their level word, and honors recur: the same title and recipient in several years.
        Assert.Contains("level: provincial", all);
        Assert.Matches("title: \"省级", all);
        var awards = chapters.SelectMany(t => HonorPattern().Matches(t))
            .GroupBy(m => (m.Groups["title"].Value, m.Groups["recipient"].Value), m => m.Groups["year"].Value);
        Assert.Contains(awards, g => g.Distinct().Count() >= 2);
    }

    private string Generate(int chapters, int seed, string name)
    {
        var folder = Path.Combine(_root, name);
        new YearbookSiteWriter(YearbookPlan.Create(chapters, seed), Path.Combine(RepositoryPaths.Themes, "default")).WriteTo(folder);
        return folder;
    }

    private static List<string> RelativeFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
