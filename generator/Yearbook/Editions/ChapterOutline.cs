using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Yearbook.Content.Entries;

namespace Yearbook.Editions;

/// <summary>A line of a chapter's contents: a heading, an entry or a titled table, with the inlines of its title.</summary>
/// <param name="Id">The anchor.</param>
/// <param name="Kind"><c>heading</c>, <c>entry</c> or <c>table</c>.</param>
/// <param name="Title">The title's inlines in the tree, converted with it.</param>
/// <param name="Level">The level the contents indent it to (2 to 4).</param>
internal sealed record OutlineItem(string Id, string Kind, ContainerInline Title, int Level);

/// <summary>What a chapter body holds beyond its text, found once from the text as written.</summary>
/// <param name="Headings">The level-2 and level-3 headings that are not entries, with their anchors.</param>
/// <param name="Entries">The entries (条目), in order.</param>
/// <param name="Contents">The chapter's contents: headings, entries and titled tables in order.</param>
internal sealed record ChapterOutline(
    IReadOnlyList<(string Id, HeadingBlock Block)> Headings, IReadOnlyList<ChapterEntry> Entries, IReadOnlyList<OutlineItem> Contents);
