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
        var letters = index.Parts.Select(p => new LetterCount
        {
            Letter = p.Group.Letter,
            Url = urls.Page(edition, SitePaths.Part(Folder, p.Key)),
            Count = p.Count,
        }).ToList();
        var pages = new List<Page>
        {
            SectionPage.Build("subjects", Folder, edition, context, urls, new SubjectsPageData
            {
                Subjects = new SubjectsView { Total = index.Parts.Sum(p => p.Count), Letters = letters },
            }, context.Text("subjectsIntro")),
        };

        foreach (var part in index.Parts)
        {
            for (var n = 0; n < part.Pages.Count; n++)
            {
                pages.Add(SplitPage.Build("subjectsLetter", "subjects", Folder, part.Key, part.Group.Letter, n + 1, part.Pages.Count, edition, context, urls, parts => new SubjectsLetterPageData
                {
                    SubjectsLetter = new SubjectsLetterView
                    {
                        Letter = part.Group.Letter,
                        Count = part.Count,
                        Letters = letters.Select(l => new LetterLink { Letter = l.Letter, Url = l.Url, Count = l.Count, Current = l.Letter == part.Group.Letter }).ToList(),
                        Entries = part.Pages[n].Select(piece => new SubjectHeadingRow
                        {
                            Heading = piece.Entry.Heading,
                            Kind = piece.Entry.Kind.ToString().ToLowerInvariant(),
                            // A heading continued from the page before keeps its anchor there.
                            Anchor = piece.Continued ? "" : piece.Entry.Anchor,
                            Continued = piece.Continued,
                            Chapters = piece.Chapters.Select(c => new SubjectChapterLink
                            {
                                Title = c.Title,
                                Url = urls.Chapter(edition, c.Source),
                                VolumeTitle = contents.VolumeOf(c.Source).Title,
                            }).ToList(),
                            // The entries (条目) it leads to: the entry's anchor on its chapter page.
                            Entries = piece.Places.Select(p => new SubjectEntryLink
                            {
                                Title = p.Entry.Title,
                                ChapterTitle = p.Chapter.Title,
                                Url = urls.Chapter(edition, p.Chapter.Source) + "#" + p.Entry.Id,
                                VolumeTitle = contents.VolumeOf(p.Chapter.Source).Title,
                            }).ToList(),
                        }).ToList(),
                    },
                    Parts = parts,
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
