using Yearbook.Content;
using Yearbook.Editions;

namespace Yearbook.Model;

/// <summary>
/// The part of the template context every page of an edition shares (site, edition, UI strings,
/// navigation), and the one place that assembles a page's full context from it.
/// </summary>
internal sealed class EditionContext
{
    private readonly object _site;
    private readonly object _edition;
    private readonly object _assets;
    private readonly string _feedUrl;
    private readonly SiteUrls _urls;
    private readonly Edition _editionInfo;
    private readonly int _latestYear;

    /// <summary>Prepares the shared context of <paramref name="converter"/>'s edition.</summary>
    /// <param name="config">The site settings.</param>
    /// <param name="uiStrings">The theme's UI strings, written in Simplified.</param>
    /// <param name="converter">The edition's converter.</param>
    /// <param name="urls">The site's addresses.</param>
    /// <param name="latestYear">The newest volume's year, shown in the footer; never the clock, so builds are reproducible.</param>
    public EditionContext(SiteConfig config, IReadOnlyDictionary<string, string> uiStrings, EditionConverter converter, SiteUrls urls, int latestYear)
    {
        _latestYear = latestYear;
        var edition = converter.Edition;
        _editionInfo = edition;
        _urls = urls;
        var from = config.DefaultScript;
        _site = new
        {
            title = converter.Convert(config.Title, from),
            description = converter.Convert(config.Description, from),
            district = converter.Convert(config.District, from),
            baseUrl = config.BasePath,
        };
        _edition = new { code = edition.Code, lang = edition.Lang, label = edition.Label, homeUrl = urls.Page(edition, "") };
        Ui = uiStrings.ToDictionary(p => p.Key, p => converter.Convert(p.Value, Script.Hans), StringComparer.Ordinal);
        _assets = new { css = urls.Asset("site.css"), js = urls.Asset("site.js"), searchJs = urls.Asset("search.js"), icon = urls.Asset("favicon.svg") };
        _feedUrl = urls.Page(edition, SitePaths.Feed);
    }

    /// <summary>The UI strings in the edition's script.</summary>
    public IReadOnlyDictionary<string, string> Ui { get; }

    /// <summary>A UI string, or its key when the theme lacks it.</summary>
    public string Text(string key) => Ui.TryGetValue(key, out var text) ? text : key;

    /// <summary>The full template context of <paramref name="page"/>.</summary>
    public Dictionary<string, object?> For(Page page)
    {
        var other = _editionInfo.Other;
        var nav = new (string Key, string Relative)[] { ("home", ""), ("honors", SitePaths.Honors), ("statistics", SitePaths.Statistics), ("subjects", SitePaths.Subjects), ("chronicle", SitePaths.Chronicle), ("search", SitePaths.Search) }
            .Select(n => new
            {
                title = Text(n.Key),
                url = _urls.Page(_editionInfo, n.Relative),
                current = _urls.Page(_editionInfo, n.Relative) == page.Url,
                // A page below a section's page (a year of honors) is in that section.
                section = n.Relative.Length > 0 && page.Url.StartsWith(_urls.Page(_editionInfo, n.Relative), StringComparison.Ordinal) && _urls.Page(_editionInfo, n.Relative) != page.Url,
            })
            .ToList();
        var context = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = _site,
            ["edition"] = _edition,
            ["alternate"] = new { code = other.Code, lang = other.Lang, label = other.Label, url = page.AlternateUrl },
            ["ui"] = Ui,
            ["page"] = new
            {
                kind = page.Kind,
                title = page.Title,
                description = page.Description,
                url = page.Url,
                canonical = _urls.Absolute(page.Url),
                alternateCanonical = _urls.Absolute(page.AlternateUrl),
            },
            ["nav"] = nav,
            ["breadcrumbs"] = page.Breadcrumbs.Select(c => new { title = c.Title, url = c.Url }).ToList(),
            ["assets"] = _assets,
            ["feedUrl"] = _feedUrl,
            ["generator"] = new { name = "Yearbook", year = _latestYear },
        };
        foreach (var (key, value) in page.Data)
        {
            context[key] = value;
        }

        return context;
    }
}
