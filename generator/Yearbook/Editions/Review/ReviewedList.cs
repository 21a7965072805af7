using YamlDotNet.RepresentationModel;
using Yearbook.Content;
using Yearbook.Diagnostics;

namespace Yearbook.Editions.Review;

/// <summary>One decision in <c>reviewed.yml</c>: in this context, this span's Traditional form is the one the converter writes.</summary>
/// <param name="Span">The Simplified span (尽早).</param>
/// <param name="Context">The Simplified text around it that identifies the place (确保尽早交付).</param>
/// <param name="Hant">The Traditional form the editor confirmed (儘早).</param>
/// <param name="Location">Where the entry is written.</param>
internal sealed record ReviewedEntry(string Span, string Context, string Hant, SourceLocation Location);

/// <summary>
/// The site's <c>reviewed.yml</c>: conversions an editor has read and found right, so that their
/// warning is silenced for good. An entry settles a risk when its span and context are found around it
/// and the converter still writes the confirmed form; an entry whose context no longer occurs in the
/// site, or whose confirmed form the converter no longer writes, is reported as stale. A conversion
/// that is wrong belongs in the glossary or in <c>-{…}-</c>, which change what is published.
/// Thread-safe.
/// </summary>
internal sealed class ReviewedList
{
    /// <summary>The file name, in the site folder.</summary>
    public const string FileName = "reviewed.yml";

    private readonly IReadOnlyList<ReviewedEntry> _entries;
    private readonly int[] _settled;
    private readonly int[] _contextSeen;

    private ReviewedList(IReadOnlyList<ReviewedEntry> entries)
    {
        _entries = entries;
        _settled = new int[entries.Count];
        _contextSeen = new int[entries.Count];
    }

    /// <summary>A list with no decisions.</summary>
    public static ReviewedList Empty => new([]);

    /// <summary>The entries in file order.</summary>
    public IReadOnlyList<ReviewedEntry> Entries => _entries;

    /// <summary>Reads <c>reviewed.yml</c> from <paramref name="siteRoot"/>; a missing file is an empty list, a malformed entry an error.</summary>
    public static ReviewedList Load(string siteRoot, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(siteRoot, FileName);
        if (!File.Exists(full))
        {
            return Empty;
        }

        var text = SourceText.Read(full, FileName, diagnostics);
        var sequence = text is null ? null : YamlDocumentReader.ReadSequence(text, FileName, diagnostics, DiagnosticCodes.AmbiguousConversion);
        var entries = new List<ReviewedEntry>();
        foreach (var item in sequence ?? [])
        {
            var at = new SourceLocation(FileName, (int)item.Start.Line, (int)item.Start.Column);
            var fields = item is YamlMappingNode mapping ? new YamlFields(mapping, FileName, 0, diagnostics) : null;
            fields?.ReportUnknownKeys(["span", "context", "hant", "note"]);
            var span = fields?.String("span");
            var context = fields?.String("context") ?? span;
            var hant = fields?.String("hant");
            if (string.IsNullOrEmpty(span) || string.IsNullOrEmpty(hant) || context is null || !context.Contains(span, StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.AmbiguousConversion, "each reviewed entry needs 'span:', 'context:' (text that holds the span) and 'hant:' (its Traditional form)", at);
                continue;
            }

            entries.Add(new ReviewedEntry(span, context, hant, at));
        }

        return new ReviewedList(entries);
    }

    /// <summary>
    /// True when an entry settles <paramref name="risk"/> found in <paramref name="text"/>: the entry's
    /// context holds the span at the risk's place and confirms what the converter writes there.
    /// </summary>
    public bool Settles(string text, ConversionRisk risk)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (entry.Span != risk.Source)
            {
                continue;
            }

            var offset = entry.Context.IndexOf(entry.Span, StringComparison.Ordinal);
            while (offset >= 0)
            {
                var start = risk.Start - offset;
                if (start >= 0 && start + entry.Context.Length <= text.Length && string.CompareOrdinal(text, start, entry.Context, 0, entry.Context.Length) == 0)
                {
                    Interlocked.Exchange(ref _contextSeen[i], 1);
                    if (entry.Hant == risk.Converted)
                    {
                        Interlocked.Exchange(ref _settled[i], 1);
                        return true;
                    }
                }

                offset = entry.Context.IndexOf(entry.Span, offset + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>Notes which entries' contexts occur in <paramref name="text"/>, risky or not, so that only entries found nowhere are stale.</summary>
    public void See(string text)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            if (Volatile.Read(ref _contextSeen[i]) == 0 && text.Contains(_entries[i].Context, StringComparison.Ordinal))
            {
                Interlocked.Exchange(ref _contextSeen[i], 1);
            }
        }
    }

    /// <summary>Reports every entry that settled nothing in the texts checked so far: its context is gone, or the converter now writes something else.</summary>
    public void ReportStale(Func<string, string> convert, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (_settled[i] == 1)
            {
                continue;
            }

            if (_contextSeen[i] == 0)
            {
                diagnostics.Warning(DiagnosticCodes.AmbiguousConversion,
                    $"reviewed entry '{entry.Span}' is stale: its context “{entry.Context}” no longer occurs in the site; remove the entry", entry.Location);
            }
            else if (convert(entry.Context) is var written && !written.Contains(entry.Hant, StringComparison.Ordinal))
            {
                diagnostics.Warning(DiagnosticCodes.AmbiguousConversion,
                    $"reviewed entry '{entry.Span}' is stale: the converter now writes “{written}” for “{entry.Context}”, not {entry.Hant}; review it again", entry.Location);
            }
        }
    }
}
