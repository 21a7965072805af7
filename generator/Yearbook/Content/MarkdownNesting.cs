using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Yearbook.Content;

/// <summary>
/// Finds Markdown nested deeper than any chapter needs: block quotes in block quotes, lists in lists,
/// emphasis in emphasis. Markdig refuses such input with an exception that names no place, and its
/// renderer and the converter walk the tree recursively; a chapter that passes here is safe everywhere
/// after. The place reported is the first element past the limit.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>How many elements deep a chapter may nest, counting each list and its item, well below Markdig's own 128.</summary>
    public const int MaxDepth = 48;

    /// <summary>The 1-based line and column of the first element nested too deep, or null when the body is fine.</summary>
    public static (int Line, int Column)? FindTooDeep(string markdown, ChapterMarkdown dialect)
    {
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
