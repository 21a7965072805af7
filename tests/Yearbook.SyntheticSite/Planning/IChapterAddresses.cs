namespace Yearbook.SyntheticSite.Planning;

/// <summary>How a chapter body names other chapters and images: each site format has its own link form.</summary>
public interface IChapterAddresses
{
    /// <summary>The link target, in the body of <paramref name="from"/>, of the chapter <paramref name="to"/>.</summary>
    string Chapter(PlannedChapter from, PlannedChapter to);

    /// <summary>The image source, in the body of <paramref name="from"/>, of the image file <paramref name="fileName"/>.</summary>
    string Image(PlannedChapter from, string fileName);
}
