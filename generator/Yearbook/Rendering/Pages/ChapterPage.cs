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
        NeighbourLink? Neighbour(EditionChapter? c) => c is null ? null : new NeighbourLink { Title = c.Title, Url = urls.Chapter(edition, c.Source) };
        var address = urls.Absolute(urls.Chapter(edition, chapter.Source)) is { Length: > 0 } absolute ? absolute : urls.Chapter(edition, chapter.Source);
        var words = new CitationWords(context.Text("citationPlaceUnknown"), context.Text("citationPublisherUnknown"), context.Text("citationEtAl"));
        // The printed book's page, when there is one, is the one cited; else the page: the editor gave.
        Citation Cite(CitedEntry? entry = null) =>
            ChapterCitation.For(volume, chapter.Source, chapter.Title, chapter.Authors, address, edition.Lang, entry, words, printed?.Page);
        PrintLink? Print((string Url, int Page)? at) => at is { } p
            ? new PrintLink { Url = p.Url, Page = p.Page, Label = context.Text("printPage").Replace("{page}", p.Page.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) }
            : null;
        var entries = chapter.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        EntryView? Entry(string? id)
        {
            if (id is null || !entries.TryGetValue(id, out var entry))
            {
                return null;
            }

            (string Url, int Page)? at = printedEntries is not null && printedEntries.TryGetValue(id, out var p) ? p : null;
            return new EntryView
            {
                Id = id,
                Title = entry.Title,
                Print = Print(at),
                Citation = CitationBlock.Of(Cite(new CitedEntry(entry.Title, id, at?.Page)), $"{chapter.Source.Slug}-{id}"),
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
            Data = TemplateFields.Values(new ChapterPageData
            {
                Chapter = new ChapterView
                {
                    Title = chapter.Title,
                    Slug = chapter.Source.Slug,
                    Category = chapter.Category,
                    Date = FormatDate(chapter.Source.FrontMatter.Date),
                    Source = chapter.SourceName,
                    Authors = chapter.Authors,
                    Summary = chapter.Summary,
                    Tags = chapter.Tags.Select(t => new TagLink { Name = t, Url = subjectUrl(t) }).ToList(),
                    BodyHtml = RawHtml.From(bodyHtml),
                    BodyParts = EntryBlocks.Split(bodyHtml, [.. chapter.Entries.Select(e => e.Id)]).Select(p => new BodyPart { Html = RawHtml.From(p.Html), Entry = Entry(p.EntryId) }).ToList(),
                    Toc = chapter.Headings.Select(h => new TocLine { Id = h.Id, Title = h.Title, Level = h.Level, Kind = h.Kind }).ToList(),
                    Honors = chapter.Honors.Select(h => new HonorRow
                    {
                        Anchor = h.Anchor,
                        Title = h.Title,
                        Level = HonorLevels.Code(h.Source.Level),
                        LevelLabel = HonorLevels.Label(h.Source.Level, context),
                        Year = h.Source.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                        Recipient = h.Recipient,
                        AwardedBy = h.AwardedBy ?? "",
                        RecipientType = HonorLevels.RecipientTypeLabel(h.Source.RecipientType, context),
                        Document = h.Document ?? "",
                    }).ToList(),
                    Stats = chapter.Stats.Select(s => new StatisticRow
                    {
                        Anchor = s.Anchor,
                        Indicator = s.Indicator,
                        Value = s.Source.Value,
                        Unit = s.Unit,
                        Period = s.Period,
                        Change = s.Change ?? "",
                        Note = s.Note ?? "",
                    }).ToList(),
                    Kind = chapter.Source.FrontMatter.Kind.Word(),
                    KindLabel = KindLabel(chapter.Source.FrontMatter.Kind, context),
                    Document = chapter.Document is { } d ? new DocumentView
                    {
                        Title = d.Title,
                        Issuer = d.Issuer ?? "",
                        Number = d.Number ?? "",
                        Date = FormatDate(d.Date),
                    } : null,
                    Page = chapter.Source.FrontMatter.Page?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    Print = Print(printed),
                },
                Volume = new ChapterVolumeLink { Title = volume.Title, Url = volumeUrl, Year = volume.Source.Year, RecordYear = volume.Source.RecordYear },
                Citation = CitationBlock.Of(Cite(), chapter.Source.Slug),
                Prev = Neighbour(previous),
                Next = Neighbour(next),
            }),
        };
    }

    /// <summary>A date as Chinese readers write it: 2025年2月10日 (the same in both scripts).</summary>
    public static string FormatDate(DateOnly? date) => date is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "";


    /// <summary>The label of a chapter's kind (特载, 大事记, 附录, 人物); empty for a chapter of entries.</summary>
    public static string KindLabel(ChapterKind kind, EditionContext context) =>
        kind == ChapterKind.Entries ? "" : context.Text("kind" + char.ToUpperInvariant(kind.Word()[0]) + kind.Word()[1..]);
}
