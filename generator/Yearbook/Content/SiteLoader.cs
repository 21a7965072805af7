using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using Yearbook.Diagnostics;

namespace Yearbook.Content;

/// <summary>
/// Loads a site folder: <c>yearbook.yml</c>, the glossary, every volume folder (one with a
/// <c>_volume.yml</c>) and its chapters, directly inside it or one category folder deep.
/// Chapters are read in parallel; the result is ordered deterministically.
/// </summary>
public sealed partial class SiteLoader
{
    /// <summary>The name of the site settings file that marks a site folder.</summary>
    public const string ConfigFileName = "yearbook.yml";

    /// <summary>The name of the file that marks a volume folder.</summary>
    public const string VolumeFileName = "_volume.yml";

    private static readonly IReadOnlyCollection<string> ConfigKeys =
        ["title", "district", "description", "base_url", "default_script", "editions", "theme", "glossary", "conversion", "raw_html", "subjects", "statistics", "print", .. Publication.Keys];
    private static readonly IReadOnlyCollection<string> ConversionKeys = ["quotes", "variant"];
    private static readonly IReadOnlyCollection<string> SubjectsKeys = ["traditional_order"];
    /// <summary>Folders of an edition that the generator writes itself; a volume of that name would overwrite them.</summary>
    private static readonly IReadOnlyCollection<string> ReservedVolumeNames = ["honors", "statistics", "subjects", "chronicle", "search", "assets", "media"];
    private static readonly IReadOnlyCollection<string> VolumeKeys = ["title", "year", "record_year", "preface", "script", "categories", .. Publication.Keys];

    private readonly DiagnosticBag _diagnostics;
    private readonly ConcurrentDictionary<string, SourceLocation> _recordYearLocations = new(StringComparer.Ordinal);
    private ContentBoundary? _boundary;

    /// <summary>Creates a loader that reports to <paramref name="diagnostics"/>.</summary>
    internal SiteLoader(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    /// <summary>
    /// Called with each chapter's full path after the folders were listed and before the file is read:
    /// the seam where a test removes a file at that moment, deterministically.
    /// </summary>
    internal Action<string>? BeforeChapterRead { get; init; }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex FolderSlugPattern();

    /// <summary>The preface <c>yearbook new volume</c> writes: 本卷记述……（卷首语，Markdown）.</summary>
    [GeneratedRegex(@"^\s*本卷[记記]述……|（卷首[语語]，Markdown）")]
    private static partial Regex PlaceholderPreface();

    /// <summary>Loads the site in <paramref name="root"/>; null when it has no usable <c>yearbook.yml</c>.</summary>
    /// <param name="root">The site folder.</param>
    /// <param name="includeDrafts">Whether chapters marked <c>draft: true</c> are kept.</param>
    /// <param name="baseUrlOverride">A base URL that replaces the configured one (<c>--base-url</c>).</param>
    internal Site? Load(string root, bool includeDrafts = false, string? baseUrlOverride = null)
    {
        root = Path.GetFullPath(root);
        if (CannotOpenSiteFolder(root) is { } problem)
        {
            _diagnostics.Error(DiagnosticCodes.SiteUnreadable, problem, new SourceLocation(""));
            return null;
        }

        _boundary = new ContentBoundary(root);
        var config = ReadSiteConfig(root, baseUrlOverride);
        if (config is null)
        {
            return null;
        }

        var glossary = config.GlossaryFile is null ? Glossary.Empty : PipelineException.Guard(Path.Combine(root, config.GlossaryFile), () => ReadGlossary(root, config.GlossaryFile));
        var markdown = new ChapterMarkdown(config.RawHtml);
        var volumes = new List<Volume>();
        foreach (var folder in List(root, "", Directory.EnumerateDirectories).Order(StringComparer.Ordinal))
        {
            if (!File.Exists(Path.Combine(folder, VolumeFileName)))
            {
                continue;
            }

            if (!_boundary.Contains(folder))
            {
                _diagnostics.Error(DiagnosticCodes.UnsafePath, "the volume folder is a link to a place outside the site folder; it is not read",
                    new SourceLocation($"{Path.GetFileName(folder)}/{VolumeFileName}"));
            }
            else
            {
                var volume = PipelineException.Guard(Path.Combine(folder, VolumeFileName), () => ReadVolume(root, folder, config, markdown, includeDrafts));
                if (volume is not null)
                {
                    volumes.Add(volume);
                }
            }
        }

        ReportDuplicateAddresses(volumes);
        ReportRepeatedRecordYears(volumes);
        return new Site(root, config, glossary, volumes.OrderByDescending(v => v.Year).ThenBy(v => v.Slug, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Only the settings and the glossary of the site in <paramref name="root"/>, for converting text
    /// as the site publishes it (<c>yearbook convert --site</c>); null when it has no usable <c>yearbook.yml</c>.
    /// </summary>
    internal (SiteConfig Config, Glossary Glossary)? LoadSettings(string root)
    {
        root = Path.GetFullPath(root);
        _boundary = new ContentBoundary(root);
        var config = ReadSiteConfig(root, null);
        return config is null ? null : (config, config.GlossaryFile is null ? Glossary.Empty : ReadGlossary(root, config.GlossaryFile));
    }

    /// <summary>The site's <c>yearbook.yml</c>, or null (reported) when it is missing or unusable.</summary>
    private SiteConfig? ReadSiteConfig(string root, string? baseUrlOverride)
    {
        var configPath = Path.Combine(root, ConfigFileName);
        if (!File.Exists(configPath))
        {
            _diagnostics.Error(DiagnosticCodes.SiteConfigMissing,
                $"no {ConfigFileName} here: the site folder must hold one (see the README)", new SourceLocation(ConfigFileName));
            return null;
        }

        return PipelineException.Guard(configPath, () => ReadConfig(configPath, baseUrlOverride));
    }

    private SiteConfig? ReadConfig(string configPath, string? baseUrlOverride)
    {
        var text = SourceText.Read(configPath, ConfigFileName, _diagnostics);
        var fields = text is null ? null : YamlDocumentReader.ReadMapping(text, ConfigFileName, 0, _diagnostics, DiagnosticCodes.SiteConfigInvalid);
        if (fields is null)
        {
            return null;
        }

        fields.ReportUnknownKeys(ConfigKeys);
        var baseUrlText = baseUrlOverride ?? fields.String("base_url") ?? "/";
        var baseUrl = SiteConfig.ParseBaseUrl(baseUrlText);
        if (baseUrl is null)
        {
            _diagnostics.Error(DiagnosticCodes.SiteConfigInvalid,
                $"the base URL '{baseUrlText}' must be an http(s) address or a path starting with '/'",
                baseUrlOverride is null ? fields.LocationOf("base_url") : new SourceLocation(ConfigFileName));
            baseUrl = (null, "/");
        }

        var conversion = fields.Mapping("conversion");
        conversion?.ReportUnknownKeys(ConversionKeys);
        var subjects = fields.Mapping("subjects");
        subjects?.ReportUnknownKeys(SubjectsKeys);
        var theme = fields.String("theme") ?? "default";
        if (!FolderSlugPattern().IsMatch(theme))
        {
            _diagnostics.Error(DiagnosticCodes.SiteConfigInvalid, $"the theme name '{theme}' must be a folder name under themes/", fields.LocationOf("theme"));
            theme = "default";
        }

        var editions = fields.StringList("editions");
        foreach (var edition in editions.Where(e => e is not ("zh-hans" or "zh-hant")))
        {
            _diagnostics.Error(DiagnosticCodes.SiteConfigInvalid, $"unknown edition '{edition}': the editions are zh-hans and zh-hant", fields.LocationOf("editions"));
        }

        return new SiteConfig
        {
            Title = fields.String("title", required: true) ?? "Yearbook",
            District = fields.String("district") ?? "",
            Description = fields.String("description") ?? "",
            AbsoluteBase = baseUrl.Value.Absolute,
            BasePath = baseUrl.Value.Path,
            DefaultScript = fields.OneOf("default_script", "hans", "hant") == "hant" ? Script.Hant : Script.Hans,
            Theme = theme,
            GlossaryFile = fields.String("glossary"),
            Quotes = conversion?.OneOf("quotes", "keep", "corner") == "corner" ? QuoteStyle.Corner : QuoteStyle.Keep,
            Variant = conversion?.OneOf("variant", "t", "tw", "hk") ?? "t",
            RawHtml = fields.Bool("raw_html") ?? false,
            SubjectsTraditionalOrder = subjects?.OneOf("traditional_order", "pinyin", "stroke") == "stroke" ? TraditionalOrder.Stroke : TraditionalOrder.Pinyin,
            IndicatorCodes = IndicatorCodeSetting.Read(fields.Mapping("statistics"), _diagnostics),
            Publication = Publication.Read(fields, _diagnostics),
            Print = fields.Mapping("print") is { } print ? PrintSettings.Read(print) : null,
            Location = new SourceLocation(ConfigFileName),
        };
    }

    private Glossary ReadGlossary(string root, string file)
    {
        var full = Path.GetFullPath(Path.Combine(root, file));
        var path = file.Replace('\\', '/');
        if (!_boundary!.Contains(full) || !File.Exists(full))
        {
            _diagnostics.Error(DiagnosticCodes.GlossaryInvalid, $"the glossary file '{file}' does not exist in the site folder", new SourceLocation(ConfigFileName));
            return Glossary.Empty;
        }

        var text = SourceText.Read(full, path, _diagnostics);
        var sequence = text is null ? null : YamlDocumentReader.ReadSequence(text, path, _diagnostics, DiagnosticCodes.GlossaryInvalid);
        if (sequence is null)
        {
            return Glossary.Empty;
        }

        var entries = new List<GlossaryEntry>();
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode mapping)
            {
                _diagnostics.Error(DiagnosticCodes.GlossaryInvalid, "each glossary entry needs 'hans:' and 'hant:'",
                    new SourceLocation(path, (int)item.Start.Line, (int)item.Start.Column));
                continue;
            }

            var fields = new YamlFields(mapping, path, 0, _diagnostics);
            fields.ReportUnknownKeys(["hans", "hant", "tw", "hk", "note", "person"]);
            var hans = fields.String("hans", required: true);
            var hant = fields.String("hant", required: true);
            if (!string.IsNullOrEmpty(hans) && !string.IsNullOrEmpty(hant))
            {
                entries.Add(new GlossaryEntry(hans, hant) { Tw = NonEmpty(fields.String("tw")), Hk = NonEmpty(fields.String("hk")), IsPerson = fields.Bool("person") ?? false });
            }
        }

        return new Glossary(entries);
    }

    private static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private Volume? ReadVolume(string root, string folder, SiteConfig config, ChapterMarkdown markdown, bool includeDrafts)
    {
        var slug = Path.GetFileName(folder);
        var path = $"{slug}/{VolumeFileName}";
        if (!FolderSlugPattern().IsMatch(slug))
        {
            _diagnostics.Error(DiagnosticCodes.SlugInvalid, $"the volume folder '{slug}' must be an ASCII name such as '2025'; it becomes the volume's address", new SourceLocation(path));
            return null;
        }

        if (ReservedVolumeNames.Contains(slug))
        {
            _diagnostics.Error(DiagnosticCodes.DuplicateSlug, $"the volume folder '{slug}' has the address of the site's {slug} pages; rename it", new SourceLocation(path));
            return null;
        }

        var text = SourceText.Read(Path.Combine(folder, VolumeFileName), path, _diagnostics);
        var fields = text is null ? null : YamlDocumentReader.ReadMapping(text, path, 0, _diagnostics, DiagnosticCodes.VolumeInvalid);
        if (fields is null)
        {
            return null;
        }

        fields.ReportUnknownKeys(VolumeKeys);
        var year = fields.Int("year") ?? (int.TryParse(slug, out var y) ? y : 0);
        var categoryOrder = fields.StringList("categories");
        foreach (var missing in categoryOrder.Where(c => !Directory.Exists(Path.Combine(folder, c))))
        {
            _diagnostics.Warning(DiagnosticCodes.VolumeInvalid, $"'categories' names '{missing}', which is not a folder of this volume", fields.LocationOf("categories"));
        }

        var recordYear = fields.Int("record_year");
        var chapters = ReadChapters(root, folder, slug, config, markdown, includeDrafts, categoryOrder, (recordYear ?? year - 1, year));
        if (categoryOrder.Count > 0)
        {
            // Only folders that hold chapters are categories; a folder of images is not.
            foreach (var unlisted in chapters.Select(c => c.CategorySlug).OfType<string>().Distinct(StringComparer.Ordinal)
                         .Where(c => !categoryOrder.Contains(c, StringComparer.Ordinal)).Order(StringComparer.Ordinal))
            {
                _diagnostics.Warning(DiagnosticCodes.CategoryUnlisted,
                    $"the category folder '{unlisted}' is not in 'categories', so its place in the volume is a guess; add it to the list where it belongs",
                    fields.LocationOf("categories"));
            }
        }

        // Empty: no chapter file at all (a chapter left out for its errors, or a draft, is reported otherwise or meant).
        if (chapters.Count == 0 && !Directory.EnumerateFiles(folder, "*.md").Any() && !Directory.EnumerateDirectories(folder).Any(d => Directory.EnumerateFiles(d, "*.md").Any()))
        {
            _diagnostics.Warning(DiagnosticCodes.VolumeUnfinished,
                $"the volume has no chapters; add them with: yearbook new chapter {slug}/CATEGORY/SLUG, or remove the folder",
                new SourceLocation(path));
        }

        var preface = fields.String("preface") ?? "";
        if (PlaceholderPreface().IsMatch(preface))
        {
            _diagnostics.Warning(DiagnosticCodes.VolumeUnfinished,
                "the preface is still the placeholder of `yearbook new volume` (本卷记述……); write it or remove the field", fields.LocationOf("preface"));
        }

        if (MarkdownNesting.FindTooDeep(preface, markdown) is not null)
        {
            _diagnostics.Error(DiagnosticCodes.VolumeInvalid,
                $"the preface is nested more than {MarkdownNesting.MaxDepth} levels deep (block quotes, lists or emphasis inside each other); it is left out", fields.LocationOf("preface"));
            preface = "";
        }

        if (recordYear is not null)
        {
            _recordYearLocations[slug] = fields.LocationOf("record_year");
        }

        return new Volume
        {
            Slug = slug,
            Title = fields.String("title", required: true) ?? slug,
            Year = year,
            RecordYear = recordYear ?? year - 1,
            Preface = preface,
            Script = fields.OneOf("script", "hans", "hant") switch { "hant" => Script.Hant, "hans" => Script.Hans, _ => config.DefaultScript },
            Chapters = chapters,
            Location = new SourceLocation(path),
            CategoryOrder = categoryOrder,
            Publication = config.Publication.Over(Publication.Read(fields, _diagnostics)),
        };
    }

    private List<Chapter> ReadChapters(string root, string volumeFolder, string volumeSlug, SiteConfig config, ChapterMarkdown markdown, bool includeDrafts,
        IReadOnlyList<string> categoryOrder, (int Record, int Volume) years)
    {
        var files = new List<(string Full, string? Category)>();
        foreach (var file in List(volumeFolder, volumeSlug, f => Directory.EnumerateFiles(f, "*.md")))
        {
            files.Add((file, null));
        }

        foreach (var categoryFolder in List(volumeFolder, volumeSlug, Directory.EnumerateDirectories))
        {
            var category = Path.GetFileName(categoryFolder);
            if (!FolderSlugPattern().IsMatch(category))
            {
                _diagnostics.Error(DiagnosticCodes.SlugInvalid,
                    $"the category folder '{category}' must be an ASCII name such as 'economy'; it becomes part of the address",
                    new SourceLocation($"{volumeSlug}/{category}"));
                continue;
            }

            files.AddRange(List(categoryFolder, $"{volumeSlug}/{category}", f => Directory.EnumerateFiles(f, "*.md")).Select(f => (f, (string?)category)));
        }

        var reader = new ChapterReader(config.DefaultScript, config.District, markdown, _diagnostics) { Years = years };
        var chapters = new ConcurrentBag<Chapter>();
        Parallel.ForEach(files, file => PipelineException.Guard(file.Full, () =>
        {
            var path = Path.GetRelativePath(root, file.Full).Replace('\\', '/');
            if (!_boundary!.Contains(file.Full))
            {
                _diagnostics.Error(DiagnosticCodes.UnsafePath, "the file is a link to a place outside the site folder; it is not read", new SourceLocation(path));
                return;
            }

            BeforeChapterRead?.Invoke(file.Full);
            var chapter = reader.Read(file.Full, path, volumeSlug, file.Category);
            if (chapter is not null && (includeDrafts || !chapter.FrontMatter.Draft))
            {
                chapters.Add(chapter);
            }
        }));

        return Volume.ReadingOrder(chapters, categoryOrder);
    }

    /// <summary>Why the site folder cannot be read, or null when it can.</summary>
    private static string? CannotOpenSiteFolder(string root)
    {
        if (File.Exists(root))
        {
            return $"the site folder is a file; name the folder that holds {ConfigFileName}";
        }

        if (!Directory.Exists(root))
        {
            return $"the site folder does not exist; name the folder that holds {ConfigFileName}";
        }

        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(root).GetEnumerator();
            entries.MoveNext();
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return SourceText.CannotRead(ex, "site folder");
        }
    }

    /// <summary>Lists a folder of the site; one that cannot be listed (removed meanwhile, no permission) is reported and read as empty.</summary>
    private List<string> List(string folder, string relativeFolder, Func<string, IEnumerable<string>> list)
    {
        try
        {
            return list(folder).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error(DiagnosticCodes.SiteUnreadable, SourceText.CannotRead(ex, "folder"), new SourceLocation(relativeFolder));
            return [];
        }
    }

    private void ReportDuplicateAddresses(IEnumerable<Volume> volumes)
    {
        // Case-insensitive, because the site may be published to a file system that is.
        foreach (var group in volumes.SelectMany(v => v.Chapters).GroupBy(c => c.RelativeUrl, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var first = group.OrderBy(c => c.Path, StringComparer.Ordinal).First();
            foreach (var other in group.Where(c => c != first))
            {
                _diagnostics.Error(DiagnosticCodes.DuplicateSlug,
                    $"this chapter would be published at {other.RelativeUrl}, as is {first.Path}; rename one of the files",
                    new SourceLocation(other.Path, 1, 1));
            }
        }
    }

    /// <summary>Two volumes recording the same year: the later folder is reported, naming the first.</summary>
    private void ReportRepeatedRecordYears(IEnumerable<Volume> volumes)
    {
        foreach (var group in volumes.GroupBy(v => v.RecordYear).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(v => v.Slug, StringComparer.Ordinal).ToList();
            foreach (var other in ordered.Skip(1))
            {
                _diagnostics.Warning(DiagnosticCodes.RecordYearRepeated,
                    $"this volume records {other.RecordYear}, as does {ordered[0].Location.Format()}; correct 'record_year' of one of them",
                    _recordYearLocations.GetValueOrDefault(other.Slug, other.Location), ordered[0].Location);
            }
        }
    }

    /// <summary>True when <paramref name="path"/>, with symbolic links resolved, lies inside <paramref name="root"/>.</summary>
    public static bool IsInside(string root, string path) => new ContentBoundary(root).Contains(path);
}
