using System.Globalization;
using System.Text;
using Yearbook.Conversion;
using Yearbook.SyntheticSite.Planning;
using Yearbook.SyntheticSite.Prose;

namespace Yearbook.SyntheticSite.Output;

/// <summary>
/// Writes the same synthetic yearbook as a Hugo site, the peer the benchmark compares against:
/// multilingual, with zh-hans and zh-hant as two content copies (the Traditional copy converted
/// here with OpenCC's s2t, so Hugo does no script conversion), and a minimal theme that renders
/// what the yearbook renders for each chapter: title, body, honors and statistics, a page per volume
/// and tag pages. The layouts are in <c>Output/Hugo/</c>, embedded in this program.
/// </summary>
public sealed class HugoSiteWriter : IChapterAddresses
{
    private static readonly (string Code, string Name, int Weight)[] Languages = [("zh-hans", "简体", 1), ("zh-hant", "繁體", 2)];

    private readonly YearbookPlan _plan;

    /// <summary>Creates a writer for <paramref name="plan"/>.</summary>
    public HugoSiteWriter(YearbookPlan plan) => _plan = plan;

    /// <summary>Writes the Hugo site into <paramref name="folder"/>.</summary>
    public void WriteTo(string folder)
    {
        var config = new StringBuilder();
        config.Append($"""
            baseURL = "https://example.org/yearbook/"
            title = "{Vocabulary.District}年鉴"
            defaultContentLanguage = "zh-hans"
            defaultContentLanguageInSubdir = true
            hasCJKLanguage = true
            rssLimit = 50
            enableRobotsTXT = false

            [taxonomies]
              tag = "tags"

            """);
        foreach (var (code, name, weight) in Languages)
        {
            config.Append(CultureInfo.InvariantCulture, $"""

                [languages.{code}]
                  languageName = "{name}"
                  languageCode = "{code}"
                  weight = {weight}
                  contentDir = "content/{code}"

                """);
        }

        Write(folder, "hugo.toml", config.ToString());
        foreach (var layout in new[] { "baseof.html", "single.html", "list.html", "terms.html" })
        {
            Write(folder, $"layouts/_default/{layout}", Layout(layout));
        }

        Write(folder, "layouts/index.html", Layout("index.html"));

        var toTraditional = ChineseConverter.Create("s2t");
        foreach (var volume in _plan.Volumes)
        {
            var year = volume.Year.ToString(CultureInfo.InvariantCulture);
            var text = $"""
                ---
                title: "{Vocabulary.District}年鉴（{year}）"
                weight: {(Enumerable.Last(_plan.Volumes).Year - volume.Year + 1).ToString(CultureInfo.InvariantCulture)}
                ---

                本卷记述{Vocabulary.District}{volume.RecordYear.ToString(CultureInfo.InvariantCulture)}年经济社会发展情况，资料截至当年年底。

                """;
            Write(folder, $"content/zh-hans/{year}/_index.md", text);
            Write(folder, $"content/zh-hant/{year}/_index.md", toTraditional.Convert(text));
        }

        var composer = new ChapterComposer(_plan.Seed);
        Parallel.ForEach(_plan.Chapters, plan =>
        {
            var text = Format(composer.Compose(plan, this));
            var path = $"{plan.Volume.Year.ToString(CultureInfo.InvariantCulture)}/{plan.Domain.Slug}/{plan.Slug}.md";
            Write(folder, "content/zh-hans/" + path, text);
            Write(folder, "content/zh-hant/" + path, toTraditional.Convert(text));
        });

        ImageSet.WriteTo(Path.Combine(folder, "static", ImageSet.Folder));
    }

    /// <inheritdoc />
    public string Chapter(PlannedChapter from, PlannedChapter to) =>
        $"{{{{< relref \"/{to.Volume.Year.ToString(CultureInfo.InvariantCulture)}/{to.Domain.Slug}/{to.Slug}.md\" >}}}}";

    /// <inheritdoc />
    public string Image(PlannedChapter from, string fileName) => $"/{ImageSet.Folder}/{fileName}";

    private static string Format(SyntheticChapter chapter)
    {
        var plan = chapter.Plan;
        var text = new StringBuilder(chapter.Body.Length + 1_024);
        text.Append("---\n");
        text.Append("title: ").Append(Yaml.Quote(plan.Title)).Append('\n');
        text.Append("date: ").Append(chapter.Date).Append('\n');
        text.Append("weight: ").Append(plan.Order.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("category: ").Append(Yaml.Quote(plan.Domain.Name)).Append('\n');
        ChapterRecords.AppendTo(text, chapter);
        text.Append("---\n\n").Append(chapter.Body);
        return text.ToString();
    }

    private static string Layout(string name)
    {
        using var stream = typeof(HugoSiteWriter).Assembly.GetManifestResourceStream("Hugo." + name)
            ?? throw new InvalidOperationException($"the Hugo layout {name} is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Write(string folder, string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
