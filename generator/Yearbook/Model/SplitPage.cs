using Yearbook.Editions;

namespace Yearbook.Model;

/// <summary>
/// A page below an index's landing page that holds one part of it (a year of honors, a letter of the
/// subject index), and when the part is too big for one page, one of its numbered pages: titled
/// <c>荣誉 · 2024年 · 第2页</c>, with breadcrumbs through the landing page and a list of the part's pages.
/// </summary>
internal static class SplitPage
{
    /// <summary>Builds one page of a part.</summary>
    /// <param name="kind">The page kind: its layout.</param>
    /// <param name="section">The landing page's kind (its title's text key).</param>
    /// <param name="folder">The landing page's folder, relative to the edition.</param>
    /// <param name="key">The part's folder name (<c>2024</c>, <c>a</c>).</param>
    /// <param name="label">The part as readers see it (<c>2024年</c>, <c>A</c>).</param>
    /// <param name="number">The page's number within the part, from 1.</param>
    /// <param name="count">How many pages the part has.</param>
    /// <param name="edition">The edition the page belongs to.</param>
    /// <param name="context">The edition's texts.</param>
    /// <param name="urls">The site's addresses.</param>
    /// <param name="data">The kind's page data (its <see cref="PageKindAttribute"/> type), given the part's pages for its <c>parts</c> (empty when the part fits on one page).</param>
    /// <param name="alternate">The twin page's address relative to the other edition, when it is not the same page (e.g. the landing page).</param>
    public static Page Build(string kind, string section, string folder, string key, string label, int number, int count,
        Edition edition, EditionContext context, SiteUrls urls, Func<IReadOnlyList<PartLink>, ITemplateData> data, string? alternate = null)
    {
        var sectionTitle = context.Text(section);
        var partUrl = urls.Page(edition, SitePaths.Part(folder, key));
        var pageLabel = PageLabel(number, context);
        List<Crumb> crumbs = [new(context.Text("home"), urls.Page(edition, "")), new(sectionTitle, urls.Page(edition, folder))];
        crumbs.AddRange(number > 1 ? [new Crumb(label, partUrl), new Crumb(pageLabel, "")] : [new Crumb(label, "")]);
        var url = urls.Page(edition, SitePaths.Part(folder, key, number));
        return new Page
        {
            Kind = kind,
            Url = url,
            AlternateUrl = urls.Page(edition.Other, alternate ?? SitePaths.Part(folder, key, number)),
            Title = number > 1 ? $"{sectionTitle} · {label} · {pageLabel}" : $"{sectionTitle} · {label}",
            Breadcrumbs = crumbs,
            Data = TemplateFields.Values(data(count < 2 ? [] : Enumerable.Range(1, count).Select(n => new PartLink
            {
                Number = n,
                Label = PageLabel(n, context),
                Url = urls.Page(edition, SitePaths.Part(folder, key, n)),
                Current = n == number,
            }).ToList())),
        };
    }

    /// <summary>A page number as readers see it: 第2页.</summary>
    public static string PageLabel(int number, EditionContext context) => $"{context.Text("pagePrefix")}{number}{context.Text("pageSuffix")}";
}
