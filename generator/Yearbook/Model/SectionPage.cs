using Yearbook.Editions;

namespace Yearbook.Model;

/// <summary>
/// A page one step below an edition's home, with the same folder in both editions: the honors,
/// statistics, subjects, chronicle and search pages. Titled by the edition's text for its kind, with breadcrumbs
/// that lead home.
/// </summary>
internal static class SectionPage
{
    /// <summary>Builds the page of <paramref name="kind"/> at <paramref name="folder"/> (relative to the edition).</summary>
    /// <param name="kind">The page kind: its layout and its title's text key.</param>
    /// <param name="folder">The page's folder, relative to the edition.</param>
    /// <param name="edition">The edition the page belongs to.</param>
    /// <param name="context">The edition's texts.</param>
    /// <param name="urls">The site's addresses.</param>
    /// <param name="data">The kind's page data (its <see cref="PageKindAttribute"/> type), which holds one field named after the kind.</param>
    /// <param name="description">A description for search engines, or empty.</param>
    public static Page Build(string kind, string folder, Edition edition, EditionContext context, SiteUrls urls, ITemplateData data, string description = "")
    {
        var title = context.Text(kind);
        return new Page
        {
            Kind = kind,
            Url = urls.Page(edition, folder),
            AlternateUrl = urls.Page(edition.Other, folder),
            Title = title,
            Description = description,
            Breadcrumbs = [new Crumb(context.Text("home"), urls.Page(edition, "")), new Crumb(title, "")],
            Data = TemplateFields.Values(data),
        };
    }
}
