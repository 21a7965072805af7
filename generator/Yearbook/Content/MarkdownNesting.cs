using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Yearbook.Content;

/// <summary>
/// Finds Markdown nested deeper than any chapter needs: block quotes in block quotes, lists in lists,
/// emphasis in emphasis. Markdig refuses such input with an exception that names no place, and its
/// renderer and the converter walk the tree recursively; a chapter that passes here is safe everywhere
/// after. The place reported is the first element past the limit.
/// </summary>
internal static class MarkdownNesting
{
    /// <summary>How many elements deep a chapter may nest, counting each list and its item, well below Markdig's own 128.</summary>
    public const int MaxDepth = 48;

    /// <summary>The 1-based line and column of the first element nested too deep, or null when the body is fine.</summary>
    public static (int Line, int Column)? FindTooDeep(string markdown, ChapterMarkdown dialect)
    {
        // Nearly every chapter can be cleared from its characters alone, without parsing it a second time.
        if (DepthBound(markdown) <= MaxDepth)
        {
            return null;
        }

        if (Walk(markdown, dialect, out var deepest) is { } found)
        {
            return found;
        }

        if (!deepest)
        {
            return null;
        }

        // Markdig gave up without saying where: find the shortest beginning of the text it gives up on
        // (or that nests too deep), by halving. Parsing is linear, so this stays cheap, and it only runs
        // on hostile input.
        int good = 0, bad = markdown.Length;
        while (bad - good > 1)
        {
            var middle = good + ((bad - good) / 2);
            if (Walk(markdown[..middle], dialect, out var failed) is not null || failed)
            {
                bad = middle;
            }
            else
            {
                good = middle;
            }
        }

        return Walk(markdown[..bad], dialect, out _) ?? SourceText.LineAndColumn(markdown, bad - 1);
    }

    /// <summary>
    /// An upper bound of how deep <paramref name="markdown"/> can nest, counted from its characters. Every
    /// container needs a character of its own: a block container (quote, list and item, footnote) one
    /// in the ASCII run that starts the line where it opens, and where it continues (a column each); an inline container
    /// (emphasis, link, no-convert span) a delimiter inside its leaf block, which never crosses a blank
    /// line. So a stretch of lines between blank lines nests at most as deep as its longest ASCII line
    /// start, plus its delimiters, plus the fixed levels (paragraph, inline root, text, table row and
    /// cell, footnote group). Grid tables put containers mid-line, so they are not bounded here.
    /// </summary>
    public static int DepthBound(string markdown)
    {
        const int FixedLevels = 10;
        var bound = FixedLevels;
        int stretchStart = 0, delimiters = 0;
        var lineStart = 0;
        while (lineStart <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', lineStart);
            var line = markdown.AsSpan(lineStart, (end < 0 ? markdown.Length : end) - lineStart);
            if (line.IsWhiteSpace())
            {
                delimiters = 0;
                stretchStart = 0;
            }
            else
            {
                if (line.StartsWith("+-") || line.StartsWith("+="))
                {
                    return int.MaxValue; // a grid table
                }

                // Counted in columns: a tab can stand for the indentation of two nested lists.
                var columns = 0;
                for (var i = 0; i < line.Length && char.IsAscii(line[i]); i++)
                {
                    columns += line[i] == '\t' ? 4 : 1;
                }

                stretchStart = Math.Max(stretchStart, columns);
                delimiters += line.Count('*') + line.Count('_') + line.Count('~') + line.Count('[') + line.Count("-{");
                bound = Math.Max(bound, FixedLevels + stretchStart + delimiters);
            }

            if (end < 0)
            {
                break;
            }

            lineStart = end + 1;
        }

        return bound;
    }

    /// <summary>The place of the first element past the limit; <paramref name="failed"/> when Markdig itself gave up.</summary>
    private static (int Line, int Column)? Walk(string markdown, ChapterMarkdown dialect, out bool failed)
    {
        MarkdownDocument document;
        try
        {
            document = dialect.Parse(markdown);
            failed = false;
        }
        catch (ArgumentException)
        {
            failed = true;
            return null;
        }

        // Walked with an explicit stack: the tree may be just under Markdig's limit, far deeper than ours.
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            var (node, depth) = item;
            if (depth > MaxDepth)
            {
                return (node.Line + 1, node.Column + 1);
            }

            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        pending.Push((container[i], depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    foreach (var child in inlines.Reverse())
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return null;
    }
}
