using System.Text;
using System.Text.Json.Nodes;
using Yearbook.Build;
using Yearbook.Tests.Snapshots;

namespace Yearbook.Tests.DataPackages;

/// <summary>
/// The downloads as Frictionless Data Packages (v2): a descriptor per edition and per volume, each valid and each
/// describing its CSV tables truly (<see cref="DataPackageCheck"/>), in the edition's script.
/// </summary>
public sealed class DataPackageTests(SampleSite sample) : IClassFixture<SampleSite>
{
    private static readonly string[] Volumes = ["2017", "2021", "2023", "2025"];

    private BuiltSite Site => sample.Site;

    [Fact]
    public void Every_descriptor_the_sample_writes_is_valid_and_its_tables_match_it()
    {
        var descriptors = Directory.EnumerateFiles(Site.Output, "datapackage.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        // One per edition and one per volume of each edition.
        string[] expected = [.. new[] { "zh-hans", "zh-hant" }.SelectMany(e => Volumes.Select(v => $"{e}/{v}/datapackage.json").Append($"{e}/datapackage.json"))];
        Assert.Equal(expected.Order(StringComparer.Ordinal), descriptors);
        foreach (var descriptor in descriptors)
        {
            var problems = DataPackageCheck.Problems(Path.Combine(Site.Output, descriptor));
            Assert.True(problems.Count == 0, descriptor + ":\n" + string.Join("\n", problems));
            var resources = JsonNode.Parse(File.ReadAllText(Path.Combine(Site.Output, descriptor)))!["resources"]!.AsArray();
            Assert.Equal(["honors", "statistics"], resources.Select(r => (string)r!["name"]!));
        }
    }

    [Fact]
    public void The_volumes_tables_together_hold_the_editions_rows()
    {
        foreach (var edition in new[] { "zh-hans", "zh-hant" })
        {
            // Statistics: each point belongs to one chapter, so to one volume.
            var all = Rows($"{edition}/statistics/statistics.csv");
            var byVolume = Volumes.SelectMany(v => Rows($"{edition}/{v}/statistics.csv")).ToList();
            Assert.Equal(all.Order(StringComparer.Ordinal), byVolume.Order(StringComparer.Ordinal));
            // Honors: an honor recorded in chapters of two volumes is in both volumes' tables; level, year, title and recipient identify it.
            static string Key(string row) => string.Join(',', row.Split(',').Take(4));
            Assert.Equal(Rows($"{edition}/honors/honors.csv").Select(Key).ToHashSet(StringComparer.Ordinal),
                Volumes.SelectMany(v => Rows($"{edition}/{v}/honors.csv")).Select(Key).ToHashSet(StringComparer.Ordinal));
            Assert.All(Volumes, v => Assert.All(Rows($"{edition}/{v}/honors.csv"), r => Assert.Contains($"/{edition}/{v}/", r, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void The_traditional_descriptor_is_in_traditional_script_like_its_tables()
    {
        var text = Encoding.UTF8.GetString(Site.Bytes("zh-hant/datapackage.json"));
        var statistics = JsonNode.Parse(text)!["resources"]![1]!["schema"]!;
        Assert.Equal(["指標", "時期", "數值", "單位", "增減", "備註", "出處", "URL", "指標代碼"], statistics["fields"]!.AsArray().Select(f => (string)f!["name"]!));
        Assert.Equal("number", (string)statistics["fields"]![2]!["type"]!);
        Assert.Equal([("", "未記載"), ("…", "數據不詳")], statistics["missingValues"]!.AsArray().Select(m => ((string)m!["value"]!, (string)m["label"]!)));
        Assert.DoesNotContain("数值", text, StringComparison.Ordinal);
        Assert.Equal("源匯區年鑑（2025）", (string)JsonNode.Parse(Site.Bytes("zh-hant/2025/datapackage.json"))!["title"]!);
    }

    [Fact]
    public void The_simplified_edition_descriptor_matches_its_golden_file() =>
        Snapshot.Match(Encoding.UTF8.GetString(Site.Bytes("zh-hans/datapackage.json")), "json");

    [Fact]
    public void Volume_and_index_pages_link_the_downloads()
    {
        var volume = Site.Page("/zh-hans/2025/");
        Assert.Equal(["/zh-hans/2025/honors.csv", "/zh-hans/2025/statistics.csv", "/zh-hans/2025/datapackage.json"],
            volume.QuerySelectorAll("main .downloads a").Select(a => a.GetAttribute("href")));
        Assert.Contains(Site.Page("/zh-hant/honors/").QuerySelectorAll("main .downloads a"), a => a.GetAttribute("href") == "/zh-hant/datapackage.json");
        Assert.Contains(Site.Page("/zh-hans/statistics/").QuerySelectorAll("main .downloads a"), a => a.GetAttribute("href") == "/zh-hans/datapackage.json");
    }

    // The checks can fail: each corrupts one thing of a valid package and expects it named.
    [Theory]
    [InlineData("number", "integer", "数值")]                 // 37.4 is not an integer
    [InlineData("\"name\": \"honors\"", "\"name\": \"Honors\"", "name")] // v2 names are lower-case
    [InlineData("\"value\": \"…\"", "\"vaule\": \"…\"", "missingValues")] // a labelled missing value needs its value
    [InlineData("\"path\": \"statistics/", "\"path\": \"../statistics/", "path")] // a path may not climb out
    [InlineData("\"name\": \"单位\"", "\"name\": \"增减\"", "增减")]  // two fields of one name, and a header that no longer matches
    public void A_corrupted_descriptor_is_reported(string from, string to, string named)
    {
        var text = Encoding.UTF8.GetString(Site.Bytes("zh-hans/datapackage.json"));
        Assert.Contains(from, text, StringComparison.Ordinal);
        var folder = Directory.CreateTempSubdirectory("yearbook-dp-").FullName;
        try
        {
            foreach (var table in new[] { "honors/honors.csv", "statistics/statistics.csv" })
            {
                Directory.CreateDirectory(Path.Combine(folder, Path.GetDirectoryName(table)!));
                File.WriteAllBytes(Path.Combine(folder, table), Site.Bytes("zh-hans/" + table));
            }

            // The first occurrence within the statistics resource (the honors resource's own name comes before it).
            var index = text.IndexOf(from, from.Contains("honors", StringComparison.Ordinal) ? 0 : text.IndexOf("\"name\": \"statistics\"", StringComparison.Ordinal), StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, "datapackage.json"), text[..index] + to + text[(index + from.Length)..]);
            var problems = DataPackageCheck.Problems(Path.Combine(folder, "datapackage.json"));
            Assert.True(problems.Any(p => p.Contains(named, StringComparison.Ordinal)), $"no problem names '{named}':\n" + string.Join("\n", problems));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_table_that_breaks_its_schema_is_reported()
    {
        var schema = JsonNode.Parse(Site.Bytes("zh-hans/datapackage.json"))!["resources"]![0]!["schema"]!.AsObject();
        var csv = Encoding.UTF8.GetString(Site.Bytes("zh-hans/honors/honors.csv"));
        Assert.Empty(DataPackageCheck.TableProblems(schema, csv));
        var lines = csv.Split("\r\n");
        // A repeated honor breaks the unique key; a year that is no number, its type; an unknown level, the enum; a missing title, required.
        Assert.Contains(DataPackageCheck.TableProblems(schema, csv + lines[1] + "\r\n"), p => p.Contains("repeats", StringComparison.Ordinal));
        Assert.Contains(DataPackageCheck.TableProblems(schema, csv + "国家级,二〇二四,某荣誉,某人,,,,篇,/u\r\n"), p => p.Contains("not a integer", StringComparison.Ordinal));
        Assert.Contains(DataPackageCheck.TableProblems(schema, csv + "国际级,2024,某荣誉,某人,,,,篇,/u\r\n"), p => p.Contains("enum", StringComparison.Ordinal));
        Assert.Contains(DataPackageCheck.TableProblems(schema, csv + "国家级,2024,,某人,,,,篇,/u\r\n"), p => p.Contains("required", StringComparison.Ordinal));
    }

    [Fact]
    public void Not_available_is_a_declared_missing_value_and_a_value_that_is_no_number_makes_the_column_text()
    {
        using var site = new TempSite();
        site.Write("2025/_volume.yml", "title: 测试区年鉴（2025）\nyear: 2025\nrecord_year: 2024\n")
            .Write("2025/01-economy.md", "---\ntitle: 经济\nstats:\n  - {indicator: 地区生产总值, value: 152.5, unit: 亿元, period: \"2024\"}\n  - {indicator: 地区生产总值, value: …, unit: 亿元, period: \"2023\"}\n---\n正文。\n")
            .Write("2024/_volume.yml", "title: 测试区年鉴（2024）\nyear: 2024\nrecord_year: 2023\n")
            .Write("2024/01-economy.md", "---\ntitle: 经济\nstats:\n  - {indicator: 地区生产总值, value: 152亿, unit: 元, period: \"2022\"}\n---\n正文。\n");
        var result = site.Build();

        // 152亿 is the error it always was, at its place; … is no error.
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal(("YB0104", "2024/01-economy.md"), (error.Code, error.Location.Path));
        Assert.Contains(",…,亿元,", site.ReadOutput("zh-hans/2025/statistics.csv"), StringComparison.Ordinal);
        // The volume that holds only numbers and … declares a number; the volume and the edition that hold 152亿 declare text.
        Assert.Equal("number", ValueType(site, "zh-hans/2025/datapackage.json"));
        Assert.Equal("string", ValueType(site, "zh-hans/2024/datapackage.json"));
        Assert.Equal("string", ValueType(site, "zh-hans/datapackage.json"));
        foreach (var descriptor in new[] { "zh-hans/datapackage.json", "zh-hant/datapackage.json", "zh-hans/2024/datapackage.json", "zh-hans/2025/datapackage.json" })
        {
            Assert.Empty(DataPackageCheck.Problems(Path.Combine(site.Output, descriptor)));
        }
    }

    private static string ValueType(TempSite site, string descriptor) =>
        (string)JsonNode.Parse(site.ReadOutput(descriptor))!["resources"]![1]!["schema"]!["fields"]![2]!["type"]!;

    private List<string> Rows(string relative) => Encoding.UTF8.GetString(Site.Bytes(relative)).TrimStart('\uFEFF').Split("\r\n").Skip(1).Where(l => l.Length > 0).ToList();
}

/// <summary>The fixture site's awkward cases (converted units, a Traditional chapter, conflicting honors and figures) still make valid packages.</summary>
public sealed class FixtureDataPackageTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    [Fact]
    public void Every_descriptor_of_the_fixture_site_is_valid_and_its_tables_match_it()
    {
        var descriptors = Directory.EnumerateFiles(fixture.Site.Output, "datapackage.json", SearchOption.AllDirectories).ToList();
        Assert.Equal(6, descriptors.Count); // two editions, each with its own and two volumes'
        Assert.All(descriptors, d => Assert.Empty(DataPackageCheck.Problems(d)));
    }
}
