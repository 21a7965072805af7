using Yearbook.Content;
using Yearbook.Editions;

namespace Yearbook.Model;

/// <summary>
/// Every address of the site, in one place. Pages live in folders (<c>…/industry/index.html</c>) so
/// addresses end in '/'; all of them start with the site's base path, so the site works from a sub-path.
/// </summary>
internal sealed class SiteUrls
{
    private readonly SiteConfig _config;

    /// <summary>Creates the addresses of a site with <paramref name="config"/>.</summary>
    public SiteUrls(SiteConfig config) => _config = config;

    /// <summary>The base path, e.g. <c>/</c> or <c>/yearbook/</c>.</summary>
    public string Base => _config.BasePath;

    /// <summary>The address of a page of <paramref name="edition"/>: <paramref name="relative"/> is e.g. <c>2025/economy/industry/</c>.</summary>
    public string Page(Edition edition, string relative) => $"{_config.BasePath}{edition.Code}/{relative}";

    /// <summary>The address of a chapter in <paramref name="edition"/>.</summary>
    public string Chapter(Edition edition, Chapter chapter) => Page(edition, chapter.RelativeUrl);

    /// <summary>The address of a volume page.</summary>
    public string Volume(Edition edition, Volume volume) => Page(edition, volume.Slug + "/");

    /// <summary>The address of a file copied from the content folder (images, documents).</summary>
    public string Media(string contentPath) => $"{_config.BasePath}media/{contentPath}";

    /// <summary>The address of a theme asset.</summary>
    public string Asset(string name) => $"{_config.BasePath}assets/{name}";

    /// <summary>The absolute form of a site address, or empty when the site's absolute address is not configured.</summary>
    public string Absolute(string path) =>
        _config.AbsoluteBase is null ? "" : _config.AbsoluteBase.GetLeftPart(UriPartial.Authority) + path;

    /// <summary>The output file of a page address: folders get <c>index.html</c>.</summary>
    public string OutputFile(string path)
    {
        var relative = path[_config.BasePath.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
