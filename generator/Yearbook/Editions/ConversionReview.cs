using System.Collections.Concurrent;
using Yearbook.Content;
using Yearbook.Diagnostics;
using Yearbook.Editions.Review;

namespace Yearbook.Editions;

/// <summary>
/// What <c>yearbook review</c> lists: every conversion at risk in a site, drafts included, that the
/// site's reviewed list does not settle yet.
/// </summary>
public static class ConversionReview
{
    /// <summary>The file, at the site's root, of conversions read and found right.</summary>
    public const string ReviewedFileName = ReviewedList.FileName;

    /// <summary>The open risks of the site in <paramref name="siteFolder"/>, unordered; null when the site cannot be loaded (see <paramref name="diagnostics"/>).</summary>
    public static IReadOnlyCollection<ReviewFinding>? Find(string siteFolder, DiagnosticBag diagnostics)
    {
        var loaded = new SiteLoader(diagnostics).Load(siteFolder, includeDrafts: true);
        if (loaded is null)
        {
            return null;
        }

        var findings = new ConcurrentBag<ReviewFinding>();
        var lint = new ScriptLint(new ChapterMarkdown(loaded.Config.RawHtml), loaded, ReviewedList.Load(loaded.Root, diagnostics), findings.Add);
        // The lint's own diagnostics are the build's business; review lists findings only.
        Parallel.ForEach(loaded.Chapters, chapter => lint.Check(chapter, new DiagnosticBag()));
        foreach (var volume in loaded.Volumes)
        {
            lint.Check(volume, new DiagnosticBag());
        }

        return findings;
    }
}
