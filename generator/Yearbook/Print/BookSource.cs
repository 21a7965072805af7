using System.Text;
using Yearbook.Content;
using Yearbook.Editions;
using Yearbook.Model;
using Yearbook.Print.Renderers;

namespace Yearbook.Print;

/// <summary>
/// The Typst source of one printed volume in one edition: the calls to the theme's <c>print/book.typ</c>
/// in the book's order — title pages, 编辑说明 (the preface), contents, the body by category, the
/// honors and statistics as 附录, the subject index and the page map the generator reads back.
/// </summary>
internal static class BookSource
{
    /// <summary>Where the theme's print layout is mapped in the typesetter's workspace.</summary>
    public const string LayoutPath = "/_yearbook/print/book.typ";

    /// <summary>Writes the book of <paramref name="volume"/>.</summary>
    /// <param name="volume">The volume in the edition's script, its chapters in reading order.</param>
    /// <param name="edition">The edition.</param>
    /// <param name="series">The yearbook's title in the edition's script.</param>
    /// <param name="settings">The site's print settings, texts in the edition's script.</param>
    /// <param name="preface">The preface as Typst markup.</param>
    /// <param name="bodies">Each chapter's body as Typst markup.</param>
    /// <param name="terms">The subject index's terms in index order.</param>
    public static string Write(EditionVolume volume, Edition edition, string series, PrintSettings settings, string preface,
        IReadOnlyDictionary<Chapter, string> bodies, IReadOnlyList<string> terms)
    {
        var s = new StringBuilder();
        var v = volume.Source;
        s.AppendLine($"#import \"{LayoutPath}\": *");
        s.Append("#show: book.with(")
            .Append($"title: {TypstText.String(volume.Title)}, series: {TypstText.String(series)}, edition: {TypstText.String(edition.Code)}, ")
            .Append($"year: {v.Year}, record-year: {v.RecordYear}, paper: {TypstText.String(settings.Paper)}, ")
            .Append($"editor: {Optional(volume.Publication.Editor)}, publisher: {Optional(volume.Publication.Publisher)}, isbn: {Optional(volume.Publication.Isbn)})")
            .AppendLine();
        if (preface.Trim().Length > 0)
        {
            s.AppendLine("#preface[").Append(preface).AppendLine("]");
        }

        s.AppendLine("#contents()");
        s.AppendLine("#body-start()");
        s.AppendLine("#set page(..body-page)");
        foreach (var category in volume.Categories)
        {
            s.AppendLine($"#category({TypstText.String(category.Name.Length > 0 ? category.Name : volume.Title)})");
            foreach (var chapter in category.Chapters)
            {
                var byline = string.Join("　", new[] { chapter.SourceName }.Concat(chapter.Authors).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal));
                s.Append($"#chapter({TypstText.String(chapter.Source.Path)}, {TypstText.String(chapter.Title)}");
                s.Append(byline.Length > 0 ? $", byline: [{TypstText.Markup(byline)}]" : "").AppendLine(")[");
                s.Append(bodies[chapter.Source]);
                s.AppendLine("]");
            }
        }

        var honors = volume.Chapters.SelectMany(c => c.Honors).ToList();
        var statistics = volume.Chapters.SelectMany(c => c.Stats).ToList();
        s.Append("#appendices(honors: (");
        foreach (var h in honors)
        {
            s.Append($"({Cell(h.Title)}, {Cell(h.Recipient)}, {TypstText.String(h.Source.Level.ToString().ToLowerInvariant())}, {Cell(h.AwardedBy)}), ");
        }

        s.Append("), statistics: (");
        foreach (var st in statistics)
        {
            s.Append($"({Cell(st.Indicator)}, {Cell(st.Source.Value)}, {Cell(st.Unit)}, {Cell(st.Period)}, {Cell(st.Change)}), ");
        }

        s.AppendLine("))");
        s.Append("#subject-index((");
        foreach (var term in terms)
        {
            s.Append(TypstText.String(term)).Append(", ");
        }

        s.AppendLine("))");
        s.AppendLine("#page-map()");
        return s.ToString();
    }

    private static string Optional(string? text) => text is { Length: > 0 } ? TypstText.String(text) : "none";

    private static string Cell(string? text) => "[" + TypstText.Markup(text) + "]";
}
