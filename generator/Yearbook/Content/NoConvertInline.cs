using Markdig.Syntax.Inlines;

namespace Yearbook.Content;

/// <summary>A <c>-{…}-</c> span in Markdown: shown as written (or as given for the edition), never converted.</summary>
internal sealed class NoConvertInline : LeafInline
{
    /// <summary>Creates the node for a parsed span.</summary>
    public NoConvertInline(MarkupSegment segment)
    {
        Segment = segment;
        Display = segment.Text;
    }

    /// <summary>The span as parsed.</summary>
    public MarkupSegment Segment { get; }

    /// <summary>The text rendered; set for the edition by <see cref="Editions.ChapterConverter"/>.</summary>
    public string Display { get; set; }
}
