using Yearbook.Content;
using Yearbook.Editions;

namespace Yearbook.Model;

/// <summary>A category (类目) of a volume, with its chapters in reading order.</summary>
/// <param name="Name">The category name in the edition's script.</param>
/// <param name="Anchor">The anchor on the volume page.</param>
/// <param name="Chapters">The chapters.</param>
internal sealed record CategoryEntry(string Name, string Anchor, IReadOnlyList<EditionChapter> Chapters);

/// <summary>A volume as one edition publishes it: its texts converted and its table of contents.</summary>
/// <param name="Source">The volume as written.</param>
/// <param name="Title">The title in the edition's script.</param>
/// <param name="Preface">The preface Markdown in the edition's script.</param>
/// <param name="Categories">The table of contents by category.</param>
internal sealed record EditionVolume(Volume Source, string Title, string Preface, IReadOnlyList<CategoryEntry> Categories)
{
    /// <summary>The table of contents by category; reading it records that the volume's listing was read (<see cref="ContentReads"/>).</summary>
    public IReadOnlyList<CategoryEntry> Categories { get { ContentReads.Note(Source.Slug, ContentPart.Listing); return field; } init; } = Categories;

    /// <summary>The editor body, publisher and place in the edition's script (ISBN and ISSN as written), for citations.</summary>
    public Publication Publication { get; init; } = Publication.None;

    /// <summary>The chapters in reading order.</summary>
    public IEnumerable<EditionChapter> Chapters => Categories.SelectMany(c => c.Chapters);
}
