namespace Yearbook.Model;

/// <summary>
/// What every page of an edition shows besides its own kind's data: the site, the editions, the UI strings, the page's
/// own addresses, the navigation and the breadcrumbs (the theme README's "Context of every edition page").
/// </summary>
internal sealed record EditionPageData : ITemplateData
{
    /// <summary>The yearbook itself: its name, description, district and base path.</summary>
    public required SiteView Site { get; init; }

    /// <summary>The edition the page belongs to.</summary>
    public required EditionView Edition { get; init; }

    /// <summary>The other edition, and the same page in it (the edition switch's target).</summary>
    public required AlternateView Alternate { get; init; }

    /// <summary>The theme's UI strings (<c>ui.yml</c>) in the edition's script, by key.</summary>
    public required IReadOnlyDictionary<string, string> Ui { get; init; }

    /// <summary>The page's kind, title, description and addresses.</summary>
    public required PageView Page { get; init; }

    /// <summary>The main navigation, in order: home, honors, statistics, subjects, chronicle, search.</summary>
    public required IReadOnlyList<NavLink> Nav { get; init; }

    /// <summary>The trail from the home page down to this page; empty on the home page.</summary>
    public required IReadOnlyList<Crumb> Breadcrumbs { get; init; }

    /// <summary>The addresses of the theme's shared assets.</summary>
    public required AssetsView Assets { get; init; }

    /// <summary>The edition's Atom feed.</summary>
    public required string FeedUrl { get; init; }

    /// <summary>The program that built the page, and the year its footer shows.</summary>
    public required GeneratorView Generator { get; init; }
}

/// <summary>The yearbook as its pages name it, in the edition's script.</summary>
internal sealed record SiteView : ITemplateData
{
    /// <summary>The yearbook's name: 源汇区年鉴.</summary>
    public required string Title { get; init; }

    /// <summary>A sentence describing it, the default meta description.</summary>
    public required string Description { get; init; }

    /// <summary>The district it records: 漯河市源汇区.</summary>
    public required string District { get; init; }

    /// <summary>The path the whole site is published under, ending in <c>/</c>: <c>/</c> or <c>/yearbook/</c>.</summary>
    public required string BaseUrl { get; init; }
}

/// <summary>The edition a page belongs to.</summary>
internal sealed record EditionView : ITemplateData
{
    /// <summary>The edition's code and folder: <c>zh-hans</c> or <c>zh-hant</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Its BCP 47 tag for <c>lang</c> and <c>hreflang</c>: <c>zh-Hans</c> or <c>zh-Hant</c>.</summary>
    public required string Lang { get; init; }

    /// <summary>Its name as the edition switch shows it: 简体 or 繁體.</summary>
    public required string Label { get; init; }

    /// <summary>The edition's home page.</summary>
    public required string HomeUrl { get; init; }
}

/// <summary>The other edition, with the address of the page being rendered in it.</summary>
internal sealed record AlternateView : ITemplateData
{
    /// <summary>The other edition's code.</summary>
    public required string Code { get; init; }

    /// <summary>The other edition's BCP 47 tag.</summary>
    public required string Lang { get; init; }

    /// <summary>The other edition's name: 繁體 or 简体.</summary>
    public required string Label { get; init; }

    /// <summary>The same page in the other edition.</summary>
    public required string Url { get; init; }
}

/// <summary>The page being rendered: its kind, title and addresses.</summary>
internal sealed record PageView : ITemplateData
{
    /// <summary>The page kind, which names its layout: <c>home</c>, <c>chapter</c> ….</summary>
    public required string Kind { get; init; }

    /// <summary>The page's own title, without the site's.</summary>
    public required string Title { get; init; }

    /// <summary>The meta description; may be empty (then the site's is used).</summary>
    public required string Description { get; init; }

    /// <summary>The page's address.</summary>
    public required string Url { get; init; }

    /// <summary>The page's absolute address, or empty when the site has no absolute base address.</summary>
    public required string Canonical { get; init; }

    /// <summary>The absolute address of the same page in the other edition, or empty.</summary>
    public required string AlternateCanonical { get; init; }
}

/// <summary>An item of the main navigation.</summary>
internal sealed record NavLink : ITemplateData
{
    /// <summary>The item's text.</summary>
    public required string Title { get; init; }

    /// <summary>The page it leads to.</summary>
    public required string Url { get; init; }

    /// <summary>Whether it is the page being rendered (<c>aria-current="page"</c>).</summary>
    public required bool Current { get; init; }

    /// <summary>Whether the page being rendered is below it, as a year of honors is below the honors page (<c>aria-current="true"</c>).</summary>
    public required bool Section { get; init; }
}

/// <summary>The addresses of the theme's shared assets.</summary>
internal sealed record AssetsView : ITemplateData
{
    /// <summary><c>site.css</c>.</summary>
    public required string Css { get; init; }

    /// <summary><c>site.js</c>.</summary>
    public required string Js { get; init; }

    /// <summary>The search script, which only the search page loads.</summary>
    public required string SearchJs { get; init; }

    /// <summary><c>favicon.svg</c>, the site's icon.</summary>
    public required string Icon { get; init; }
}

/// <summary>The program that built the page.</summary>
internal sealed record GeneratorView : ITemplateData
{
    /// <summary><c>Yearbook</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The newest volume's year, shown in the footer: never the clock, so two builds of the same input are the same.</summary>
    public required int Year { get; init; }
}

/// <summary>One of the numbered pages of a long part of an index (a year of honors, a letter of subjects), for the page list.</summary>
internal sealed record PartLink : ITemplateData
{
    /// <summary>The page's number, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>The number as readers see it: 第2页.</summary>
    public required string Label { get; init; }

    /// <summary>The page's address.</summary>
    public required string Url { get; init; }

    /// <summary>Whether it is the page being rendered.</summary>
    public required bool Current { get; init; }
}
