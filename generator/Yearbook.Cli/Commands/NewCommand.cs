using System.CommandLine;
using System.Text.RegularExpressions;
using Yearbook.Content;
using Yearbook.Diagnostics;

namespace Yearbook.Cli.Commands;

/// <summary>
/// <c>yearbook new volume 2025</c> and <c>yearbook new chapter 2025/economy/industry</c>: a well-formed
/// skeleton with every front matter field present and explained, so editors never copy boilerplate.
/// </summary>
public static partial class NewCommand
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    /// <summary>Creates the command with its two subcommands.</summary>
    public static Command Create()
    {
        var volumeSite = new Option<string>("--site") { Description = "The site folder (default: content).", DefaultValueFactory = _ => "content" };
        var year = new Argument<int>("YEAR") { Description = "The volume's year, e.g. 2025 (it records the year before)." };
        var volume = new Command("volume", "Create a volume folder with its _volume.yml.") { year, volumeSite };
        volume.SetAction(parse => CreateVolume(parse.GetValue(volumeSite)!, parse.GetValue(year), Console.Out, Console.Error));

        var chapterSite = new Option<string>("--site") { Description = "The site folder (default: content).", DefaultValueFactory = _ => "content" };
        var path = new Argument<string>("PATH") { Description = "VOLUME/CATEGORY/SLUG or VOLUME/SLUG, e.g. 2025/economy/industry (ASCII; it becomes the address)." };
        var script = new Option<string>("--script") { Description = "hans or hant: the script the chapter is written in.", DefaultValueFactory = _ => "hans" };
        script.AcceptOnlyFromAmong("hans", "hant");
        var chapter = new Command("chapter", "Create a chapter file with every front matter field explained.") { path, chapterSite, script };
        chapter.SetAction(parse => CreateChapter(parse.GetValue(chapterSite)!, parse.GetValue(path)!, parse.GetValue(script)!, Console.Out, Console.Error));

        var siteFolder = new Argument<string>("DIR") { Description = "The folder to create the yearbook in; it must be new or empty." };
        var title = new Option<string>("--title") { Description = "The yearbook's title, e.g. 源汇区年鉴 (default: the district followed by 年鉴)." };
        var district = new Option<string>("--district") { Description = "The district it records, e.g. 漯河市源汇区." };
        var newSite = new Command("site", "Start a yearbook: settings, glossary, one volume with one chapter, and a GitHub Pages workflow.") { siteFolder, title, district };
        newSite.SetAction(parse => NewSite.Create(parse.GetValue(siteFolder)!, parse.GetValue(title), parse.GetValue(district), Console.Out, Console.Error));

        var themeSite = new Option<string>("--site") { Description = "The site folder (default: content).", DefaultValueFactory = _ => "content" };
        var themeName = new Argument<string>("NAME") { Description = "The new theme's folder name under SITE/themes/, e.g. district-blue." };
        var theme = new Command("theme", "Write the default theme out to SITE/themes/NAME/ to change it.") { themeName, themeSite };
        theme.SetAction(parse => NewTheme.Create(parse.GetValue(themeSite)!, parse.GetValue(themeName)!, Console.Out, Console.Error));

        return new Command("new", "Start a new yearbook, volume, chapter or theme from a skeleton.") { newSite, volume, chapter, theme };
    }

    /// <summary>
    /// Writes <c>SITE/YEAR/_volume.yml</c>, titled after the site's title (源汇区年鉴（2026）); with
    /// <paramref name="categories"/>, those category folders are listed; returns the exit code.
    /// </summary>
    public static int CreateVolume(string site, int year, TextWriter output, TextWriter error, IReadOnlyList<string>? categories = null)
    {
        if (year is < 1900 or > 2200)
        {
            error.WriteLine($"error: {year} is not a plausible volume year.");
            return 1;
        }

        var file = Path.Combine(site, year.ToString(System.Globalization.CultureInfo.InvariantCulture), SiteLoader.VolumeFileName);
        if (File.Exists(file))
        {
            error.WriteLine($"error: {file} already exists; nothing was written.");
            return 1;
        }

        var title = NewSite.Scalar($"{SiteTitle(site)}（{year}）");
        var categoryLine = categories is null
            ? "# categories: [overview, economy, society]   # category folders in reading order (类目顺序)"
            : $"categories: [{string.Join(", ", categories)}]   # category folders in reading order (类目顺序)";
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, $"""
            # The volume (卷) for {year}. Chapters go in category folders beside this file:
            #   yearbook new chapter {year}/economy/industry
            title: {title}          # the volume title as printed
            year: {year}                   # the year of the volume
            record_year: {year - 1}            # the year it documents (a {year} volume records {year - 1})
            {categoryLine}
            # script: hans                 # the script of this file's texts: hans or hant
            preface: |
              本卷记述……（卷首语，Markdown）

            """);
        output.WriteLine($"Created {file}");
        return 0;
    }

    /// <summary>The title in the site's yearbook.yml (源汇区年鉴), or 年鉴 when it has none that reads.</summary>
    private static string SiteTitle(string site)
    {
        var file = Path.Combine(site, SiteLoader.ConfigFileName);
        var diagnostics = new DiagnosticBag(); // a broken yearbook.yml is for `check` to report
        var text = File.Exists(file) ? SourceText.Read(file, SiteLoader.ConfigFileName, diagnostics) : null;
        var title = text is null ? null : YamlDocumentReader.ReadMapping(text, SiteLoader.ConfigFileName, 0, diagnostics)?.String("title");
        return string.IsNullOrWhiteSpace(title) ? "年鉴" : title.Trim();
    }

    /// <summary>Writes a chapter skeleton at <paramref name="path"/> under <paramref name="site"/>; returns the exit code.</summary>
    public static int CreateChapter(string site, string path, string script, TextWriter output, TextWriter error)
    {
        var parts = path.Replace('\\', '/').Trim('/').Split('/');
        if (parts.Length is < 2 or > 3 || parts.Any(p => !Slug().IsMatch(p)))
        {
            error.WriteLine($"error: '{path}' must be VOLUME/CATEGORY/SLUG or VOLUME/SLUG in lower-case ASCII letters, digits and hyphens, e.g. 2025/economy/industry.");
            return 1;
        }

        var volumeFolder = Path.Combine(site, parts[0]);
        if (!File.Exists(Path.Combine(volumeFolder, SiteLoader.VolumeFileName)))
        {
            error.WriteLine($"error: there is no volume {parts[0]} in {site}; create it first with: yearbook new volume {parts[0]}");
            return 1;
        }

        var folder = parts.Length == 3 ? Path.Combine(volumeFolder, parts[1]) : volumeFolder;
        var slug = parts[^1];
        Directory.CreateDirectory(folder);
        if (Directory.EnumerateFiles(folder, "*.md").Any(f => Regex.IsMatch(Path.GetFileName(f), $@"^(\d+-)?{Regex.Escape(slug)}\.md$")))
        {
            error.WriteLine($"error: a chapter '{slug}' already exists in {folder}; nothing was written.");
            return 1;
        }

        var order = Directory.EnumerateFiles(folder, "*.md")
            .Select(f => Regex.Match(Path.GetFileName(f), @"^(\d+)-"))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0)
            .Max() + 1;
        var file = Path.Combine(folder, $"{order:00}-{slug}.md");
        var today = DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var skeleton = $$"""
            ---
            title: 篇目标题                 # required: the chapter title
            category: 类目名称              # the category (类目) as readers see it, e.g. 经济发展
            order: {{order}}                        # position within the category
            script: {{script}}                    # hans (简体) or hant (繁體): the script this file is written in
            date: {{today}}                # yyyy-mm-dd: the date of the entry
            source: 供稿单位                # 供稿/来源
            authors: [撰稿人]               # list of authors or contributing units
            summary: 一句话摘要。           # shown in tables of contents and feeds
            tags: [主题词]                  # subject headings for the subject index (索引)
            # sort_key: pinyin              # pinyin sort key when the title starts with a polyphonic word (单, 召陵)
            honors: []                      # - {title: …, level: national|provincial|municipal|district, year: 2024, recipient: …, recipient_type: 集体|个人, awarded_by: …, document: 文号}
            stats: []                       # - {indicator: …, value: 152, unit: 亿元, period: "2024", change: "+6.5%", note: …}
            # draft: true                   # drafts are left out of `yearbook build` unless --drafts
            ---

            ## 小标题

            正文。需要原样保留、不做简繁转换的文字写作 -{文字}-；两版分别给出写作 -{zh-hans:简体;zh-hant:繁體}-。

            """;

        // A Traditional chapter starts in Traditional, so the lint has nothing to say about the skeleton.
        File.WriteAllText(file, script == "hant" ? Yearbook.Conversion.ChineseConverter.Create("s2t").Convert(skeleton) : skeleton);
        output.WriteLine($"Created {file}");
        return 0;
    }
}
