using Yearbook.Editions;
using Yearbook.Model;

namespace Yearbook.Indexes.Subjects;

/// <summary>
/// The subject index pages of an edition: the landing page (<c>/{edition}/subjects/</c>), which lists the
/// letters with their counts, and one page per letter (<c>subjects/a/</c>), numbered where a letter is long
/// (<c>subjects/a/2/</c>); their context is documented in the theme's README.
/// </summary>
internal static class SubjectsPage
{
    /// <summary>The folder of the page, relative to the edition.</summary>
    public const string Folder = SitePaths.Subjects;

    /// <summary>
    /// Builds the pages; <paramref name="sameInOther"/> tells whether the other edition cuts its index into the
    /// same letters and pages (not when one of them is in stroke order): if not, a letter's page switches to its landing page.
    /// </summary>
    public static IReadOnlyList<Page> Build(SubjectIndex index, Edition edition, EditionContext context, SiteUrls urls, TableOfContents contents, bool sameInOther = true)
    {
        var letters = index.Parts.Select(p => new
        {
            letter = p.Group.Letter,
            url = urls.Page(edition, SitePaths.Part(Folder, p.Key)),
            count = p.Count,
        }).ToList();
        var pages = new List<Page>
        {
            SectionPage.Build("subjects", Folder, edition, context, urls, new
            {
                total = index.Parts.Sum(p => p.Count),
                letters,
            }, context.Text("subjectsIntro")),
        };

        foreach (var part in index.Parts)
        {
            for (var n = 0; n < part.Pages.Count; n++)
            {
                pages.Add(SplitPage.Build("subjectsLetter", "subjects", Folder, part.Key, part.Group.Letter, n + 1, part.Pages.Count, edition, context, urls, new
                {
                    letter = part.Group.Letter,
                    count = part.Count,
                    letters = letters.Select(l => new { l.letter, l.url, l.count, current = l.letter == part.Group.Letter }).ToList(),
                    entries = part.Pages[n].Select(piece => new
                    {
                        heading = piece.Entry.Heading,
                        kind = piece.Entry.Kind.ToString().ToLowerInvariant(),
                        // A heading continued from the page before keeps its anchor there.
                        anchor = piece.Continued ? "" : piece.Entry.Anchor,
                        continued = piece.Continued,
                        chapters = piece.Chapters.Select(c => new
                        {
                            title = c.Title,
                            url = urls.Chapter(edition, c.Source),
                            volumeTitle = contents.VolumeOf(c.Source).Title,
                        }).ToList(),
                        // The entries (条目) it leads to: the entry's anchor on its chapter page.
                        entries = piece.Places.Select(p => new
                        {
                            title = p.Entry.Title,
                            chapterTitle = p.Chapter.Title,
                            url = urls.Chapter(edition, p.Chapter.Source) + "#" + p.Entry.Id,
                            volumeTitle = contents.VolumeOf(p.Chapter.Source).Title,
                        }).ToList(),
                    }).ToList(),
                }, sameInOther ? null : Folder));
            }
        }

        return pages;
    }

    /// <summary>The address of the heading <paramref name="anchor"/>: its letter's page where it begins, with the anchor.</summary>
    public static string Url(SubjectIndex index, SiteUrls urls, Edition edition, string anchor)
    {
        var (key, number) = index.PageOf(anchor);
        return urls.Page(edition, SitePaths.Part(Folder, key, number)) + "#" + anchor;
    }
}
