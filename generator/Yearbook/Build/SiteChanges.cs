using Yearbook.Content;
using Yearbook.Rendering;

namespace Yearbook.Build;

/// <summary>
/// The files a burst of change events touched, sorted by what they need: chapters to read again,
/// theme assets and content media to copy, templates to compile again, or a full build (settings,
/// volumes, the glossary, folders coming or going). Files that matter to no build (an editor's
/// temporary copies, an image no chapter uses) are left out.
/// </summary>
internal sealed class SiteChanges
{
    private SiteChanges()
    {
    }

    /// <summary>Chapter files (paths relative to the site folder) written, created or removed.</summary>
    public List<string> Chapters { get; } = [];

    /// <summary>Theme assets (paths relative to the theme's assets folder) written, created or removed.</summary>
    public List<string> Assets { get; } = [];

    /// <summary>Content files the site copies (paths relative to the site folder) that were written or removed.</summary>
    public List<string> Media { get; } = [];

    /// <summary>Whether a layout, partial or the UI strings of the theme changed.</summary>
    public bool Templates { get; private set; }

    /// <summary>Whether only a full build brings the site up to date.</summary>
    public bool NeedsFullBuild { get; private set; }

    /// <summary>Whether nothing that a build reads changed.</summary>
    public bool IsEmpty => !NeedsFullBuild && !Templates && Chapters.Count == 0 && Assets.Count == 0 && Media.Count == 0;

    /// <summary>Sorts <paramref name="changedFiles"/> (full paths) against the published <paramref name="state"/>.</summary>
    public static SiteChanges Classify(IEnumerable<string> changedFiles, PipelineMemory state)
    {
        var changes = new SiteChanges();
        var site = state.Site;
        var volumes = site.Volumes.ToDictionary(v => v.Slug, StringComparer.Ordinal);
        var theme = state.Theme.Folder;
        var themes = ThemeLocation.SiteThemeFolders(site.Root);
        foreach (var full in changedFiles.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            if (IsUnder(theme, full))
            {
                changes.ClassifyThemeFile(theme, full);
            }
            else if (themes.Any(t => IsUnder(Path.Combine(t, site.Config.Theme), full)))
            {
                // A theme of the site's theme name that is not the one in use: made, or removed, it may now win
                // over the one in use (a site's own theme over the bundled one), which a full build finds out.
                changes.NeedsFullBuild = true;
            }
            else if (IsUnder(site.Root, full))
            {
                changes.ClassifyContentFile(Relative(site.Root, full), full, state, volumes);
            }
            else if (!themes.Any(t => IsUnder(t, full)))
            {
                changes.NeedsFullBuild = true; // nothing else is watched; be safe
            }

            // Other themes than the site's are not read.
        }

        // A printed site's page numbers may move with any edit, and its chapter pages show them: built in full.
        changes.NeedsFullBuild |= site.Config.Print is not null && !changes.IsEmpty;
        return changes;
    }

    private void ClassifyThemeFile(string theme, string full)
    {
        var assets = Path.Combine(theme, "assets");
        if (Directory.Exists(full))
        {
            // A folder's time stamp; its files report their own changes. A new folder of assets moved in
            // whole reports nothing else, so it is copied by a full build.
            NeedsFullBuild |= IsUnder(assets, full) && full != assets && Directory.EnumerateFileSystemEntries(full).Any();
            return;
        }

        if (IsUnder(assets, full))
        {
            Assets.Add(Relative(assets, full));
        }
        else
        {
            Templates = true;
        }
    }

    private void ClassifyContentFile(string relative, string full, PipelineMemory state, Dictionary<string, Volume> volumes)
    {
        var site = state.Site;
        var media = state.Media;
        var parts = relative.Split('/');
        var name = parts[^1];
        if (relative == SiteLoader.ConfigFileName || relative == site.Config.GlossaryFile?.Replace('\\', '/') || name == SiteLoader.VolumeFileName)
        {
            NeedsFullBuild = true;
            return;
        }

        if (Directory.Exists(full))
        {
            // A folder's time stamp changes when a file inside it comes or goes, which reports itself;
            // but a folder moved in with chapters or a volume inside reports nothing else.
            var known = volumes.ContainsKey(relative) || state.HasChaptersIn(relative);
            NeedsFullBuild |= !known && (Directory.EnumerateFiles(full, "*.md", SearchOption.AllDirectories).Any()
                || Directory.EnumerateFiles(full, SiteLoader.VolumeFileName, SearchOption.AllDirectories).Any());
            return;
        }

        if (state.ChapterAt(relative) is not null)
        {
            Chapters.Add(relative);
        }
        else if (!File.Exists(full))
        {
            // Gone: a folder of chapters or a copied file going is a change; a temporary file going is not.
            NeedsFullBuild |= state.HasChaptersIn(relative) || volumes.ContainsKey(relative)
                || media.Any(m => m == relative || m.StartsWith(relative + "/", StringComparison.Ordinal));
        }
        else if (name.EndsWith(".md", StringComparison.Ordinal) && parts.Length is 2 or 3 && volumes.ContainsKey(parts[0]))
        {
            Chapters.Add(relative); // a new chapter
        }
        else if (media.Contains(relative))
        {
            Media.Add(relative);
        }

        // Anything else (an image no chapter uses yet, a note beside the volumes) is not read by a build.
    }

    private static bool IsUnder(string folder, string path) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Relative(string root, string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');
}
