using Yearbook.Content;
using Yearbook.Diagnostics;

namespace Yearbook.Build;

/// <summary>
/// The site as an edit in <c>serve</c> leaves it: the kept site with only the chapter files the watcher reported read
/// again, each put back into its volume's reading order; every other <see cref="Chapter"/> object is the one kept.
/// </summary>
internal sealed class EditedSite(PipelineMemory kept, DiagnosticBag diagnostics, bool includeDrafts)
{
    private readonly PipelineMemory _kept = kept;
    private readonly DiagnosticBag _diagnostics = diagnostics;
    private readonly bool _includeDrafts = includeDrafts;

    /// <summary>
    /// The site after the chapter files <paramref name="paths"/> changed: each read again, its volume's reading
    /// order made again. Null when a full build must load the site (a new category, an address taken twice);
    /// <paramref name="unpublished"/> when an edited chapter has errors (often: caught half saved).
    /// </summary>
    public Site? Reload(IReadOnlyList<string> paths, out bool unpublished)
    {
        unpublished = false;
        var site = _kept.Site;
        if (paths.Count == 0)
        {
            return site;
        }

        var changes = new List<(Chapter? Old, Chapter? New)>();
        foreach (var path in paths)
        {
            var old = _kept.ChapterAt(path);
            var full = Path.Combine(site.Root, path);
            Chapter? current = null;
            if (File.Exists(full))
            {
                var parts = path.Split('/');
                // A chronicle's dates are read against its volume's years, as the loader reads them.
                var years = site.Volumes.FirstOrDefault(v => v.Slug == parts[0]) is { } volume ? (volume.RecordYear, volume.Year) : ((int, int)?)null;
                var reader = new ChapterReader(site.Config.DefaultScript, site.Config.District, _kept.Markdown, _diagnostics) { Years = years };
                current = reader.Read(full, path, parts[0], parts.Length == 3 ? parts[1] : null);
                if (current is null || _diagnostics.HasErrors)
                {
                    unpublished = _diagnostics.HasErrors;
                    return null;
                }

                if (!_includeDrafts && current.FrontMatter.Draft)
                {
                    current = null;
                }
            }

            if (old is not null || current is not null)
            {
                changes.Add((old, current));
            }
        }

        var removed = changes.Where(c => c.Old is not null).Select(c => c.Old!).ToHashSet(ReferenceEqualityComparer.Instance);
        var added = changes.Where(c => c.New is not null).Select(c => c.New!).ToList();
        var fresh = added.Where(c => _kept.ChapterAt(c.Path) is null).ToList();
        // Every other chapter of the site is listed only for a new chapter (an edit to one does not walk 10,000).
        var others = fresh.Count == 0 ? [] : site.Chapters.Where(c => !removed.Contains(c)).ToList();
        foreach (var chapter in fresh)
        {
            // A new chapter must go into a category its volume already has (a new category folder is checked
            // by a full build) and have an address of its own.
            if ((chapter.CategorySlug is not null && !others.Any(c => c.VolumeSlug == chapter.VolumeSlug && c.CategorySlug == chapter.CategorySlug))
                || others.Concat(added).Count(c => string.Equals(c.RelativeUrl, chapter.RelativeUrl, StringComparison.OrdinalIgnoreCase)) > 1)
            {
                return null;
            }
        }

        var volumes = site.Volumes.Select(v =>
            changes.Any(c => (c.New ?? c.Old)!.VolumeSlug == v.Slug)
                ? v with { Chapters = Volume.ReadingOrder(v.Chapters.Where(c => !removed.Contains(c)).Concat(added.Where(c => c.VolumeSlug == v.Slug)), v.CategoryOrder) }
                : v).ToList();
        return site with { Volumes = volumes };
    }
}
