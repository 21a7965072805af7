namespace Yearbook.Content;

/// <summary>
/// The document a feature (特载) reprints, from its <c>document:</c> front matter: the title, who
/// issued it, when, and its number (文号), each as written.
/// </summary>
/// <param name="Title">The document's title.</param>
/// <param name="Issuer">The body that issued it (发文机关), when given.</param>
/// <param name="Date">The date it was issued or adopted, when given.</param>
/// <param name="Number">Its document number (文号), when given.</param>
internal sealed record SourceDocument(string Title, string? Issuer, DateOnly? Date, string? Number);
