namespace Yearbook.Rendering.Pages;

/// <summary>
/// Cuts a chapter body's HTML right after each entry's block (its <c>&lt;p id="…" class="entry"&gt;</c> or
/// heading), so the layout can set what belongs to an entry (its citation) after it without the
/// generator writing theme markup into the body.
/// </summary>
internal static class EntryBlocks
{
    /// <summary>
    /// The body in parts: each but the last ends with the block of the entry it names, in the order of
    /// <paramref name="ids"/>; an id the body does not hold is skipped.
    /// </summary>
    public static List<(string Html, string? EntryId)> Split(string bodyHtml, IReadOnlyList<string> ids)
    {
        var parts = new List<(string, string?)>(ids.Count + 1);
        var start = 0;
        foreach (var id in ids)
        {
            // Ids are made of letters, digits and '-', so they appear in the HTML as written.
            var at = bodyHtml.IndexOf($" id=\"{id}\"", start, StringComparison.Ordinal);
            var open = at < 0 ? -1 : bodyHtml.LastIndexOf('<', at);
            if (open < start)
            {
                continue;
            }

            var name = bodyHtml[(open + 1)..bodyHtml.IndexOf(' ', open)];
            // An entry is a paragraph or a heading: neither holds another of its kind, so the first end tag closes it.
            var close = bodyHtml.IndexOf($"</{name}>", at, StringComparison.Ordinal);
            if (close < 0)
            {
                continue;
            }

            var end = close + name.Length + 3;
            parts.Add((bodyHtml[start..end], id));
            start = end;
        }

        parts.Add((bodyHtml[start..], null));
        return parts;
    }
}
