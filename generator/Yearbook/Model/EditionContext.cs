using Yearbook.Content;
using Yearbook.Editions;

namespace Yearbook.Model;

/// <summary>
/// The part of the template context every page of an edition shares (site, edition, UI strings,
/// navigation), and the one place that assembles a page's full context from it.
/// </summary>
internal sealed class EditionContext
{
    private readonly SiteView _site;
    private readonly EditionView _edition;
    private readonly AssetsView _assets;
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
        _site = new SiteView
        {
            Title = converter.Convert(config.Title, from),
            Description = converter.Convert(config.Description, from),
            District = converter.Convert(config.District, from),
            BaseUrl = config.BasePath,
        };
        _edition = new EditionView { Code = edition.Code, Lang = edition.Lang, Label = edition.Label, HomeUrl = urls.Page(edition, "") };
        Ui = uiStrings.ToDictionary(p => p.Key, p => converter.Convert(p.Value, Script.Hans), StringComparer.Ordinal);
        _assets = new AssetsView { Css = urls.Asset("site.css"), Js = urls.Asset("site.js"), SearchJs = urls.Asset("search.js"), Icon = urls.Asset("favicon.svg") };
        _feedUrl = urls.Page(edition, SitePaths.Feed);
    }

    /// <summary>The UI strings in the edition's script.</summary>
    public IReadOnlyDictionary<string, string> Ui { get; }

    /// <summary>A UI string, or its key when the theme lacks it.</summary>
    public string Text(string key) => Ui.TryGetValue(key, out var text) ? text : key;

    /// <summary>The full template context of <paramref name="page"/>: the names of every edition page (<see cref="EditionPageData"/>), then the page's own.</summary>
    public Dictionary<string, object?> For(Page page)
    {
        var other = _editionInfo.Other;
        var nav = new (string Key, string Relative)[] { ("home", ""), ("honors", SitePaths.Honors), ("statistics", SitePaths.Statistics), ("subjects", SitePaths.Subjects), ("chronicle", SitePaths.Chronicle), ("search", SitePaths.Search) }
            .Select(n => new NavLink
            {
                Title = Text(n.Key),
                Url = _urls.Page(_editionInfo, n.Relative),
                Current = _urls.Page(_editionInfo, n.Relative) == page.Url,
                // A page below a section's page (a year of honors) is in that section.
                Section = n.Relative.Length > 0 && page.Url.StartsWith(_urls.Page(_editionInfo, n.Relative), StringComparison.Ordinal) && _urls.Page(_editionInfo, n.Relative) != page.Url,
            })
            .ToList();
        var context = TemplateFields.Values(new EditionPageData
        {
            Site = _site,
            Edition = _edition,
            Alternate = new AlternateView { Code = other.Code, Lang = other.Lang, Label = other.Label, Url = page.AlternateUrl },
            Ui = Ui,
            Page = new PageView
            {
                Kind = page.Kind,
                Title = page.Title,
                Description = page.Description,
                Url = page.Url,
                Canonical = _urls.Absolute(page.Url),
                AlternateCanonical = _urls.Absolute(page.AlternateUrl),
            },
            Nav = nav,
            Breadcrumbs = page.Breadcrumbs,
            Assets = _assets,
            FeedUrl = _feedUrl,
            Generator = new GeneratorView { Name = "Yearbook", Year = _latestYear },
        }, page.Data.Count);
        foreach (var (key, value) in page.Data)
        {
            context[key] = value;
        }

        return context;
    }
}
