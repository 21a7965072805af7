using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Yearbook.Content;
using Yearbook.Conversion;
using Yearbook.Editions;

namespace Yearbook.Rendering;

/// <summary>
/// The anchors a chapter page has: its headings' and entries' ids (made from the text as written, so the
/// same in both editions), its figures and tables, its honors' and statistics' rows, and its footnotes. A link may name a heading
/// in either script (區裏概況 for a heading written 区里概况): <see cref="Find"/> gives the id it means.
/// </summary>
internal sealed partial class ChapterAnchors
{
    private static readonly ConditionalWeakTable<Chapter, ChapterAnchors> Known = new();
    private static readonly Lazy<ChineseConverter> ToSimplified = new(() => ChineseConverter.Create("t2s"));

    private readonly Dictionary<string, string> _byFolded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Chapter _chapter;
    private readonly bool _rawHtml;

    private ChapterAnchors(Chapter chapter, IEnumerable<string> headingIds, bool rawHtml)
    {
        _chapter = chapter;
        _rawHtml = rawHtml;
        foreach (var id in headingIds)
        {
            _ids.Add(id);
            _byFolded.TryAdd(Fold(id), id);
        }
    }

    /// <summary>The headings' ids, in order.</summary>
    public IEnumerable<string> Headings => _ids;

    /// <summary>The anchors of <paramref name="chapter"/>, whose body is parsed already as <paramref name="document"/> (ids assigned).</summary>
    public static ChapterAnchors Of(Chapter chapter, MarkdownDocument document, bool rawHtml) =>
        new(chapter, document.Descendants<Block>().Select(b => b.TryGetAttributes()?.Id).OfType<string>(), rawHtml);

    /// <summary>The anchors of <paramref name="chapter"/>, parsing its body once per chapter read.</summary>
    public static ChapterAnchors Of(Chapter chapter, ChapterMarkdown markdown, bool rawHtml) =>
        Known.GetValue(chapter, c =>
        {
            var document = markdown.Parse(c.Body);
            ChapterConverter.Outline(document, c.FrontMatter.Script);
            return Of(c, document, rawHtml);
        });

    /// <summary>The id <paramref name="fragment"/> (without '#', percent-decoded) means, or null when the page has no such anchor.</summary>
    public string? Find(string fragment)
    {
        if (fragment.Length == 0 || _ids.Contains(fragment))
        {
            return fragment;
        }

        if (_byFolded.TryGetValue(Fold(fragment), out var id))
        {
            return id;
        }

        // A chronicle item's date anchor (d2024-01-05), the same in both editions.
        if (_chapter.Chronicle.Any(i => i.Anchor == fragment))
        {
            return fragment;
        }

        if (RowAnchor().Match(fragment) is { Success: true } row)
        {
            var count = row.Groups["kind"].Value == "honor" ? _chapter.FrontMatter.Honors.Count : _chapter.FrontMatter.Stats.Count;
            return int.TryParse(row.Groups["n"].Value, out var n) && n >= 1 && n <= count ? fragment : null;
        }

        // Footnotes, and with raw HTML any id written in the body.
        return fragment.StartsWith("fn:", StringComparison.Ordinal) || fragment.StartsWith("fnref:", StringComparison.Ordinal)
            || (_rawHtml && _chapter.Body.Contains(fragment, StringComparison.Ordinal)) ? fragment : null;
    }

    private static string Fold(string id) => ToSimplified.Value.Convert(id).ToLowerInvariant();

    [GeneratedRegex("^(?<kind>honor|stat)-(?<n>[0-9]{1,4})$")]
    private static partial Regex RowAnchor();
}
