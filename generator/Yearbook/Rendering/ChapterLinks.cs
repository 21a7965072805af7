using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Rendering;

/// <summary>
/// Resolves the links and images of a chapter body. Editors link other chapters by their file
/// (<c>../economy/02-industry.md#产业集群</c>), which becomes the address of that chapter in the same
/// edition; images and documents are copied from the content folder. A target that does not exist,
/// or that lies outside the content folder, is a diagnostic and never read.
/// </summary>
internal sealed class ChapterLinks
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    private readonly Site _site;
    private readonly SiteUrls _urls;
    private readonly IReadOnlyDictionary<string, Chapter> _chaptersByPath;
    private readonly ContentBoundary _boundary;
    private readonly ChapterMarkdown _markdown;

    /// <summary>Creates the resolver for <paramref name="site"/>.</summary>
    public ChapterLinks(Site site, SiteUrls urls)
        : this(site, urls, site.Chapters.ToDictionary(c => c.Path, StringComparer.Ordinal))
    {
    }

    /// <summary>Creates the resolver for <paramref name="site"/>, whose chapters by path are <paramref name="chaptersByPath"/> (kept from run to run by the pipeline).</summary>
    public ChapterLinks(Site site, SiteUrls urls, IReadOnlyDictionary<string, Chapter> chaptersByPath)
    {
        _site = site;
        _urls = urls;
        _chaptersByPath = chaptersByPath;
        _boundary = new ContentBoundary(site.Root);
        _markdown = new ChapterMarkdown(site.Config.RawHtml);
    }

    /// <summary>
    /// Rewrites the links of <paramref name="body"/>, the body of <paramref name="chapter"/>, for
    /// <paramref name="edition"/>; adds the content files it uses to <paramref name="media"/>. Problems
    /// are reported only when <paramref name="report"/> is set, so two editions do not report the same link twice.
    /// </summary>
    public void Resolve(MarkdownDocument body, Chapter chapter, Edition edition, ISet<string> media, DiagnosticBag diagnostics, bool report)
    {
        ChapterAnchors? own = null;
        foreach (var link in body.Descendants<LinkInline>())
        {
            if (link.Url is null)
            {
                continue;
            }

            var location = new SourceLocation(chapter.Path, chapter.BodyLine + link.Line, link.Column + 1);
            if (link.Url.StartsWith('#') && !link.IsImage)
            {
                own ??= ChapterAnchors.Of(chapter, body, _site.Config.RawHtml);
                link.Url = Anchor(link.Url, link.Url[1..], own, null, location, report ? diagnostics : null);
                continue;
            }

            link.Url = Resolve(link.Url, link.IsImage, chapter, edition, media, location, report ? diagnostics : null);
        }

        // <scheme:…> autolinks are their own node: one with an unsafe scheme is shown as text.
        foreach (var autolink in body.Descendants<AutolinkInline>().Where(a => !a.IsEmail).ToList())
        {
            var colon = autolink.Url.IndexOf(':');
            var scheme = colon > 0 ? autolink.Url[..colon].ToLowerInvariant() : "";
            if (!SafeSchemes.Contains(scheme))
            {
                if (report)
                {
                    diagnostics.Error(DiagnosticCodes.UnsafePath, $"links with '{scheme}:' addresses are not allowed; the link is removed",
                        new SourceLocation(chapter.Path, chapter.BodyLine + autolink.Line, autolink.Column + 1));
                }

                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    private string Resolve(string url, bool isImage, Chapter chapter, Edition edition, ISet<string> media, SourceLocation location, DiagnosticBag? diagnostics)
    {
        var colon = url.IndexOf(':');
        var slash = url.IndexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            var scheme = url[..colon].ToLowerInvariant();
            if (SafeSchemes.Contains(scheme))
            {
                return url;
            }

            diagnostics?.Error(DiagnosticCodes.UnsafePath, $"links with '{scheme}:' addresses are not allowed; the link is removed", location);
            return "";
        }

        if (url.StartsWith('#') || url.Length == 0)
        {
            return url;
        }

        if (url.StartsWith('/') || url.StartsWith('\\'))
        {
            diagnostics?.Error(DiagnosticCodes.UnsafePath,
                $"'{url}' is an absolute path; link to the file relative to this chapter instead (for example ../economy/02-industry.md)", location);
            return "";
        }

        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? url[hash..] : "";
        var target = Uri.UnescapeDataString(hash >= 0 ? url[..hash] : url);
        var folder = Path.GetDirectoryName(chapter.Path)?.Replace('\\', '/') ?? "";
        var combined = Normalize(folder.Length == 0 ? target : folder + "/" + target);
        ContentReads.Note(combined, ContentPart.Body); // whether a chapter is there, and its anchors
        if (combined is not null && _chaptersByPath.TryGetValue(combined, out var linked))
        {
            // A chapter of the site: the loader read it from inside the content folder, so the file
            // system need not be asked again (for each of thousands of links, in each edition).
            var address = _urls.Chapter(edition, linked);
            return fragment.Length <= 1 ? address + fragment
                : address + Anchor(url, fragment[1..], ChapterAnchors.Of(linked, _markdown, _site.Config.RawHtml), combined, location, diagnostics);
        }

        if (combined is null || !_boundary.Contains(Path.Combine(_site.Root, combined)))
        {
            diagnostics?.Error(DiagnosticCodes.UnsafePath, $"'{url}' points outside the content folder; it is not read or copied", location);
            return "";
        }

        if (combined.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics?.Error(DiagnosticCodes.BrokenLink, $"the link '{url}' points to no chapter (looked for {combined})", location);
            return url;
        }

        if (!File.Exists(Path.Combine(_site.Root, combined)))
        {
            diagnostics?.Error(isImage ? DiagnosticCodes.MissingImage : DiagnosticCodes.BrokenLink,
                $"'{url}' does not exist (looked for {combined})", location);
            return url;
        }

        lock (media)
        {
            media.Add(combined);
        }

        return _urls.Media(combined) + fragment;
    }

    /// <summary>
    /// The fragment of a link to a heading (<c>#标题</c>) as the page has it: as written, or the id of the
    /// heading it names in the other script. One the page does not have is a warning and stays as written.
    /// </summary>
    private static string Anchor(string url, string fragment, ChapterAnchors anchors, string? target, SourceLocation location, DiagnosticBag? diagnostics)
    {
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(fragment);
        }
        catch (UriFormatException)
        {
            decoded = fragment;
        }

        if (anchors.Find(decoded) is { } id)
        {
            return "#" + id;
        }

        var headings = anchors.Headings.Take(8).ToList();
        diagnostics?.Warning(DiagnosticCodes.BrokenAnchor,
            $"the link '{url}' points to a heading that {(target is null ? "this chapter" : target)} does not have" +
            (headings.Count == 0 ? " (it has no headings)" : $"; its headings are: {string.Join(", ", headings.Select(h => "#" + h))}"),
            location, target is null ? [] : [new SourceLocation(target)]);
        return "#" + fragment;
    }

    /// <summary>Collapses "." and ".." in a relative path; null when it climbs above its root.</summary>
    private static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }

        return string.Join('/', parts);
    }
}
