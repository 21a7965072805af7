using Yearbook.Build;
using Yearbook.Content;

namespace Yearbook.Tests.Build;

/// <summary>
/// A group's reads after an edit are those of its pages now: a part read only by a page rendered again without it
/// is gone, one another page still reads stays, and the new page's reads are added.
/// </summary>
public sealed class GroupReadsTests
{
    private static readonly ContentRead VolumeListing = new("2024", ContentPart.Listing);
    private static readonly ContentRead OldNeighbour = new("2024/b.md", ContentPart.Title);
    private static readonly ContentRead NewNeighbour = new("2024/c.md", ContentPart.Title);

    [Fact]
    public void A_page_rendered_again_replaces_only_its_own_reads()
    {
        var volume = Source(VolumeListing);
        var chapter = Source(VolumeListing, OldNeighbour);
        var last = new PageGroup("zh-hans/volume:2024", ["a", "b"], [volume, chapter], GroupReads.Of([volume, chapter], null));
        Assert.True(last.Reads!.Contains(OldNeighbour));

        var again = Source(VolumeListing, NewNeighbour);
        var reads = GroupReads.Of([volume, again], last)!;

        Assert.False(reads.Contains(OldNeighbour));
        Assert.True(reads.Contains(NewNeighbour));
        Assert.True(reads.Contains(VolumeListing)); // still read by the volume's page
        Assert.True(last.Reads.Contains(OldNeighbour)); // the last run's counts are left as they were
    }

    [Fact]
    public void A_page_whose_reads_were_not_recorded_leaves_the_group_without_reads()
    {
        Assert.Null(GroupReads.Of([Source(VolumeListing), new OutputSource(null, null)], null));
    }

    private static OutputSource Source(params ContentRead[] reads) => new([.. reads], null);
}
