using Yearbook.Content;
using Yearbook.Editions;
using Yearbook.Model;
using Yearbook.Rendering.Citations;

namespace Yearbook.Rendering.Pages;

/// <summary>The page of one chapter: body, honors and statistics, breadcrumbs, previous and next.</summary>
internal static class ChapterPage
{
    /// <summary>
    /// Builds the page of <paramref name="chapter"/>; <paramref name="bodyHtml"/> is its rendered body; <paramref name="printed"/>,
    /// when the volume is printed, the address of the chapter's first page in the PDF and the number printed on it;
    /// <paramref name="printedEntries"/> the same for each entry the book gives a page, by its id.
    /// </summary>
    public static Page Build(EditionChapter chapter, string bodyHtml, TableOfContents contents, EditionContext context, SiteUrls urls, Func<string, string> subjectUrl,
        (string Url, int Page)? printed = null, IReadOnlyDictionary<string, (string Url, int Page)>? printedEntries = null)
    {
        var edition = chapter.Edition;
        var volume = contents.VolumeOf(chapter.Source);
        var previous = contents.Previous(chapter.Source);
        var next = contents.Next(chapter.Source);
        var volumeUrl = urls.Volume(edition, volume.Source);
        object? Neighbour(EditionChapter? c) => c is null ? null : new { title = c.Title, url = urls.Chapter(edition, c.Source) };
        var address = urls.Absolute(urls.Chapter(edition, chapter.Source)) is { Length: > 0 } absolute ? absolute : urls.Chapter(edition, chapter.Source);
        var words = new CitationWords(context.Text("citationPlaceUnknown"), context.Text("citationPublisherUnknown"), context.Text("citationEtAl"));
        // The printed book's page, when there is one, is the one cited; else the page: the editor gave.
        Citation Cite(CitedEntry? entry = null) =>
            ChapterCitation.For(volume, chapter.Source, chapter.Title, chapter.Authors, address, edition.Lang, entry, words, printed?.Page);
        object? Print((string Url, int Page)? at) => at is { } p ? new { url = p.Url, page = p.Page, label = context.Text("printPage").Replace("{page}", p.Page.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) } : null;
        var entries = chapter.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        object? Entry(string? id)
        {
            if (id is null || !entries.TryGetValue(id, out var entry))
            {
                return null;
            }

            (string Url, int Page)? at = printedEntries is not null && printedEntries.TryGetValue(id, out var p) ? p : null;
            return new
            {
                id,
                title = entry.Title,
                print = Print(at),
                citation = CitationBlock.Of(Cite(new CitedEntry(entry.Title, id, at?.Page)), $"{chapter.Source.Slug}-{id}"),
            };
        }

        return new Page
        {
            Kind = "chapter",
            Url = urls.Chapter(edition, chapter.Source),
            AlternateUrl = urls.Chapter(edition.Other, chapter.Source),
            Title = chapter.Title,
            Description = chapter.Summary,
            Breadcrumbs =
            [
                new Crumb(context.Text("home"), urls.Page(edition, "")),
                new Crumb(volume.Title, volumeUrl),
                new Crumb(chapter.Title, ""),
            ],
            Data = new Dictionary<string, object?>
            {
                ["chapter"] = new
                {
                    title = chapter.Title,
                    slug = chapter.Source.Slug,
                    category = chapter.Category,
                    date = FormatDate(chapter.Source.FrontMatter.Date),
                    source = chapter.SourceName,
                    authors = chapter.Authors,
                    summary = chapter.Summary,
                    tags = chapter.Tags.Select(t => new { name = t, url = subjectUrl(t) }).ToList(),
                    bodyHtml = RawHtml.From(bodyHtml),
                    bodyParts = EntryBlocks.Split(bodyHtml, [.. chapter.Entries.Select(e => e.Id)]).Select(p => new { html = RawHtml.From(p.Html), entry = Entry(p.EntryId) }).ToList(),
                    toc = chapter.Headings.Select(h => new { id = h.Id, title = h.Title, level = h.Level, kind = h.Kind }).ToList(),
                    honors = chapter.Honors.Select(h => new
                    {
                        anchor = h.Anchor,
                        title = h.Title,
                        level = HonorLevels.Code(h.Source.Level),
                        levelLabel = HonorLevels.Label(h.Source.Level, context),
                        year = h.Source.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                        recipient = h.Recipient,
                        awardedBy = h.AwardedBy ?? "",
                        recipientType = HonorLevels.RecipientTypeLabel(h.Source.RecipientType, context),
                        document = h.Document ?? "",
                    }).ToList(),
                    stats = chapter.Stats.Select(s => new
                    {
                        anchor = s.Anchor,
                        indicator = s.Indicator,
                        value = s.Source.Value,
                        unit = s.Unit,
                        period = s.Period,
                        change = s.Change ?? "",
                        note = s.Note ?? "",
                    }).ToList(),
                    kind = chapter.Source.FrontMatter.Kind.Word(),
                    kindLabel = KindLabel(chapter.Source.FrontMatter.Kind, context),
                    document = chapter.Document is { } d ? new
                    {
                        title = d.Title,
                        issuer = d.Issuer ?? "",
                        number = d.Number ?? "",
                        date = FormatDate(d.Date),
                    } : null,
                    page = chapter.Source.FrontMatter.Page?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    print = Print(printed),
                },
                ["volume"] = new { title = volume.Title, url = volumeUrl, year = volume.Source.Year, recordYear = volume.Source.RecordYear },
                ["citation"] = CitationBlock.Of(Cite(), chapter.Source.Slug),
                ["prev"] = Neighbour(previous),
                ["next"] = Neighbour(next),
            },
        };
    }

    /// <summary>A date as Chinese readers write it: 2025年2月10日 (the same in both scripts).</summary>
    public static string FormatDate(DateOnly? date) => date is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "";


    /// <summary>The label of a chapter's kind (特载, 大事记, 附录, 人物); empty for a chapter of entries.</summary>
    public static string KindLabel(ChapterKind kind, EditionContext context) =>
        kind == ChapterKind.Entries ? "" : context.Text("kind" + char.ToUpperInvariant(kind.Word()[0]) + kind.Word()[1..]);
}
