using System.Globalization;
using Yearbook.Content;

namespace Yearbook.Cli.Commands;

/// <summary>
/// <c>yearbook new site DIR</c>: a yearbook that builds as it is — settings and glossary explained in
/// comments, one volume with one chapter showing every front matter field, and a GitHub Pages
/// workflow that publishes it. The theme is the one bundled with the tool, so nothing else is needed.
/// </summary>
public static class NewSite
{
    /// <summary>The category folder of the first chapter.</summary>
    private const string FirstCategory = "overview";

    /// <summary>Writes a new yearbook into <paramref name="folder"/>, which must be new or empty; returns the exit code.</summary>
    public static int Create(string folder, string? title, string? district, TextWriter output, TextWriter error)
    {
        if (File.Exists(folder) || (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any()))
        {
            error.WriteLine($"error: {folder} is not empty; `yearbook new site` starts a yearbook in a new or empty folder, so nothing was written.");
            return 1;
        }

        district ??= "示例区";
        title ??= district + "年鉴";
        Directory.CreateDirectory(folder);
        Write(folder, SiteLoader.ConfigFileName, Settings(title, district));
        Write(folder, "glossary.yml", Glossary);
        Write(folder, ".gitignore", "_site/\n");
        Write(folder, ".github/workflows/pages.yml", PagesWorkflow);

        var year = DateTime.Today.Year;
        var volume = year.ToString(CultureInfo.InvariantCulture);
        var quiet = TextWriter.Null;
        if (NewCommand.CreateVolume(folder, year, quiet, error, [FirstCategory]) != 0
            || NewCommand.CreateChapter(folder, $"{volume}/{FirstCategory}/general", "hans", quiet, error) != 0)
        {
            return 1;
        }

        output.WriteLine($"Created the yearbook {title} in {folder}:");
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            output.WriteLine("  " + Path.GetRelativePath(folder, file).Replace('\\', '/'));
        }

        output.WriteLine($"""
            Next:
              yearbook serve {folder}      preview it at http://127.0.0.1:8080/ while you edit
              yearbook build {folder}      write both editions into _site/ beside it
              yearbook new chapter {volume}/{FirstCategory}/SLUG --site {folder}
            """);
        return 0;
    }

    private static void Write(string folder, string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>A YAML double-quoted scalar, so a title with a colon or a '#' stays one value.</summary>
    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>A YAML scalar as written where that reads back the same, else double-quoted.</summary>
    internal static string Scalar(string value) =>
        value.Length > 0 && value.IndexOfAny(":#[]{},&*!|>'\"%@`\\".ToCharArray()) < 0 && value.Trim() == value && value[0] is not ('-' or '?') ? value : Quoted(value);

    private static string Settings(string title, string district) => $"""
        # The settings of this yearbook (年鉴). Every field is optional but the title.
        # Chapters live in volume folders beside this file: YEAR/_volume.yml, YEAR/CATEGORY/NN-slug.md.
        title: {Quoted(title)}            # the yearbook as printed; a volume's title adds its year: {title}（2026）
        district: {Quoted(district)}            # the district (区/县) it records
        description: {Quoted(district + "综合年鉴，逐年记述全区经济社会发展的基本情况与重要事项。")}
        base_url: /                    # where the site is published; `yearbook build --base-url URL` overrides it
        default_script: hans           # the edition the root page suggests first: hans (简体) or hant (繁體)
        editions: [zh-hans, zh-hant]   # the editions published
        theme: default                 # themes/NAME/ inside or beside this folder; 'default' is built into the tool
                                       # (`yearbook new theme NAME` writes a copy to change)
        glossary: glossary.yml         # conversion overrides owned by the editors
        conversion:
          quotes: keep                 # keep “” in the Traditional edition, or corner: 「」
          variant: t                   # Traditional forms: t (OpenCC standard), tw (Taiwan), hk (Hong Kong)
        raw_html: false                # true publishes HTML written in chapters as HTML (it trusts every contributor)
        subjects:
          traditional_order: pinyin    # order of the Traditional subject index: pinyin or stroke
        # What every chapter's citation (GB/T 7714, RIS, BibTeX, CSL-JSON) names; a YEAR/_volume.yml may
        # override them and give the volume's isbn. Unset, a citation prints [出版地不详]: [出版者不详].
        # editor: 某区地方史志编纂委员会     # the editor body (编纂者)
        # publisher: 某出版社
        # publisher_place: 郑州
        # issn: 1234-5679                # the series' ISSN, if it has one

        """;

    private const string Glossary = """
        # Conversion overrides owned by the editors. Each entry wins over OpenCC's dictionaries in both
        # directions (hans -> hant and hant -> hans), the longest match first. Add the place names,
        # person names (余/范/于/党 as surnames), institutions and terms the converter gets wrong, e.g.:
        #
        # - hans: 源汇区
        #   hant: 源匯區
        #   note: 区名用“匯”，不是“彙”
        # - hans: 新三板
        #   hant: 新三板
        #   note: 证券市场名，“板”不转为“闆”

        """;

    private const string PagesWorkflow = """
        # Publishes the yearbook to GitHub Pages on every push to main.
        # Once, in the repository's Settings > Pages, set Source to "GitHub Actions".
        # This file works where this folder is the repository's root; for a yearbook in a subfolder,
        # move .github/ to the root and set SITE below to the subfolder.
        name: Publish the yearbook

        on:
          push:
            branches: [main]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        env:
          SITE: .

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: 10.0.x
              - id: pages
                uses: actions/configure-pages@v5
              # Yearbook.Cli is not on nuget.org yet. Until it is, commit the .nupkg files that
              # `dotnet pack generator/Yearbook.Cli -c Release -o packages` writes in the Yearbook
              # repository to a packages/ folder here: the tool is then installed from there.
              - name: Install the yearbook tool
                run: |
                  echo "$HOME/.dotnet/tools" >> "$GITHUB_PATH"
                  if [ -d packages ]; then
                    dotnet tool install --global Yearbook.Cli --add-source packages
                  else
                    dotnet tool install --global Yearbook.Cli
                  fi
              # The Pages address (https://USER.github.io/REPOSITORY) is the base of every link.
              # A build with errors exits with 1 and nothing is deployed.
              - name: Build both editions
                run: yearbook build "$SITE" --output _site --base-url "${{ steps.pages.outputs.base_url }}/"
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: _site

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """;
}
