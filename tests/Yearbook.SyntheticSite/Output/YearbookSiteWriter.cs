using System.Globalization;
using System.Text;
using Yearbook.Conversion;
using Yearbook.SyntheticSite.Planning;
using Yearbook.SyntheticSite.Prose;

namespace Yearbook.SyntheticSite.Output;

/// <summary>
/// Writes a synthetic yearbook as a site folder for <c>yearbook build</c>: <c>yearbook.yml</c>,
/// <c>glossary.yml</c>, one folder per volume with <c>_volume.yml</c> and a folder per category,
/// the images, and a copy of the theme in <c>themes/</c> (a site finds its theme inside or beside its
/// folder, and the synthetic site may be written anywhere). Chapters marked Traditional are written in
/// Simplified and converted with OpenCC's s2t, as an editor's converted copy would be.
/// </summary>
public sealed class YearbookSiteWriter : IChapterAddresses
{
    private readonly YearbookPlan _plan;
    private readonly string _themeFolder;

    /// <summary>Creates a writer for <paramref name="plan"/> that copies the theme from <paramref name="themeFolder"/> (e.g. the repository's themes/default).</summary>
    public YearbookSiteWriter(YearbookPlan plan, string themeFolder)
    {
        _plan = plan;
        _themeFolder = themeFolder;
    }

    /// <summary>
    /// How many dated items each volume's chronicle (大事记, <c>{year}/chronicle/</c>) lists; 0 (the default) writes no
    /// chronicle, so the chapters stay those of the Hugo site the build is compared with.
    /// </summary>
    public int ChronicleItems { get; init; }

    /// <summary>Writes the site into <paramref name="folder"/>, which must be empty or missing.</summary>
    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        Write(folder, "yearbook.yml", $"""
            # A synthetic yearbook ({_plan.Chapters.Count} chapters, seed {_plan.Seed}) written by tests/Yearbook.SyntheticSite for benchmarks.
            title: {Vocabulary.District}年鉴
            district: {Vocabulary.City}{Vocabulary.District}
            description: {Vocabulary.City}{Vocabulary.District}综合年鉴（合成数据，用于性能测试）。
            base_url: https://example.org/yearbook/
            default_script: hans
            editions: [zh-hans, zh-hant]
            theme: default
            glossary: glossary.yml
            conversion:
              quotes: keep
              variant: t
            raw_html: false
            subjects:
              traditional_order: pinyin

            """);
        Write(folder, "glossary.yml", """
            # Place names whose characters a converter could get wrong.
            - hans: 云溪区
              hant: 雲溪區
            - hans: 干河
              hant: 乾河
              note: 地名，“干”为干涸之“干”
            - hans: 后营
              hant: 後營

            """);

        foreach (var volume in _plan.Volumes)
        {
            var year = volume.Year.ToString(CultureInfo.InvariantCulture);
            var categories = volume.Domains.Where(d => _plan.Chapters.Any(c => c.Volume == volume && c.Domain == d)).Select(d => d.Slug);
            if (ChronicleItems > 0)
            {
                categories = categories.Prepend("chronicle");
                Write(folder, $"{year}/chronicle/01-chronicle.md", Chronicle(volume));
            }

            Write(folder, $"{year}/_volume.yml", $"""
                title: {Vocabulary.District}年鉴（{year}）
                year: {year}
                record_year: {volume.RecordYear.ToString(CultureInfo.InvariantCulture)}
                categories: [{string.Join(", ", categories)}]
                preface: 本卷记述{Vocabulary.District}{volume.RecordYear.ToString(CultureInfo.InvariantCulture)}年经济社会发展情况，资料截至当年年底。

                """);
        }

        var composer = new ChapterComposer(_plan.Seed);
        var toTraditional = ChineseConverter.Create("s2t");
        Parallel.ForEach(_plan.Chapters, plan =>
        {
            var text = Format(composer.Compose(plan, this));
            Write(folder, plan.Path, plan.Traditional ? toTraditional.Convert(text) : text);
        });

        ImageSet.WriteTo(Path.Combine(folder, ImageSet.Folder));
        CopyTheme(Path.Combine(folder, "themes", "default"));
    }

    /// <inheritdoc />
    public string Chapter(PlannedChapter from, PlannedChapter to) =>
        from.Volume == to.Volume
            ? from.Domain == to.Domain ? to.FileName : $"../{to.Domain.Slug}/{to.FileName}"
            : $"../../{to.Path}";

    /// <inheritdoc />
    public string Image(PlannedChapter from, string fileName) => $"../../{ImageSet.Folder}/{fileName}";

    /// <summary>The chapter file: front matter with every field, then the body.</summary>
    private static string Format(SyntheticChapter chapter)
    {
        var plan = chapter.Plan;
        var text = new StringBuilder(chapter.Body.Length + 1_024);
        text.Append("---\n");
        text.Append("title: ").Append(Yaml.Quote(plan.Title)).Append('\n');
        text.Append("category: ").Append(Yaml.Quote(plan.Domain.Name)).Append('\n');
        text.Append("order: ").Append(plan.Order.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("script: ").Append(plan.Traditional ? "hant" : "hans").Append('\n');
        text.Append("date: ").Append(chapter.Date).Append('\n');
        ChapterRecords.AppendTo(text, chapter);
        text.Append("---\n\n").Append(chapter.Body);
        return text.ToString();
    }

    /// <summary>A chronicle of <see cref="ChronicleItems"/> dated items, spread over the months of the record year.</summary>
    private string Chronicle(PlannedVolume volume)
    {
        var text = new StringBuilder($"---\ntitle: 大事记\ncategory: 大事记\nkind: chronicle\ndate: {volume.Year}-01-15\n---\n");
        var month = 0;
        for (var i = 0; i < ChronicleItems; i++)
        {
            var m = 1 + i * 12 / ChronicleItems;
            if (m != month)
            {
                month = m;
                text.Append(CultureInfo.InvariantCulture, $"\n## {volume.RecordYear}年{m}月\n\n");
            }

            var day = 1 + (i % Math.Max(1, ChronicleItems / 12)) % 28;
            text.Append(CultureInfo.InvariantCulture, $"- {m}月{day}日 {Vocabulary.District}召开第{i + 1}次专题工作会议，部署{Vocabulary.City}年度重点任务。\n");
        }

        return text.ToString();
    }

    private void CopyTheme(string target)
    {
        foreach (var file in Directory.EnumerateFiles(_themeFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(_themeFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

    private static void Write(string folder, string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
