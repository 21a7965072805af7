using Markdig.Syntax;

namespace Yearbook.Content.Entries;

/// <summary>
/// An entry (条目) of a chapter: a paragraph or heading that opens with 【title】, the unit readers
/// link, find and cite. Its id comes from the title as written, so it is the same in both editions.
/// </summary>
/// <param name="Id">The anchor on the chapter page, e.g. <c>项目投产</c> (<c>项目投产-2</c> for a second one).</param>
/// <param name="Title">The title as written, without the brackets.</param>
/// <param name="Tags">The subject-index tags given after the title (<c>【项目投产】{工业 招商}</c>), as written.</param>
/// <param name="Block">The paragraph or heading.</param>
/// <param name="Level">Its level in the chapter's contents: one below the heading it stands under.</param>
internal sealed record ChapterEntry(string Id, string Title, IReadOnlyList<string> Tags, LeafBlock Block, int Level);
