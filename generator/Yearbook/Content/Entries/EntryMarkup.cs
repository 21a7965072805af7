using System.Text;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Yearbook.Content.Entries;

/// <summary>
/// The entry markup: a paragraph or heading whose text opens with <c>【title】</c> is an entry, and
/// <c>{tag tag}</c> right after the bracket gives its subject-index tags. The title is kept in the text
/// (a yearbook prints 【项目投产】) inside a <c>strong.entry-title</c>; the tags are taken out of it.
/// </summary>
internal static class EntryMarkup
{
    /// <summary>The bracket that opens an entry title.</summary>
    public const char Open = '【';

    /// <summary>The bracket that closes it.</summary>
    public const char Close = '】';

    private static readonly char[] TagSeparators = [' ', '\u3000', ',', '，', '、', ';', '；'];

    /// <summary>
    /// Whether <paramref name="block"/> opens with an entry title; if so, the title is wrapped for styling,
    /// the tags are removed from the text, and both are returned as written.
    /// </summary>
    public static (string Title, IReadOnlyList<string> Tags)? Take(LeafBlock block)
    {
        if (block.Inline?.FirstChild is not LiteralInline first)
        {
            return null;
        }

        JoinFollowingLiterals(first);
        var text = first.Content.ToString();
        var close = text.IndexOf(Close, StringComparison.Ordinal);
        if (text.Length == 0 || text[0] != Open || close < 2 || text.AsSpan(1, close - 1).Contains(Open))
        {
            return null; // 【】 with nothing inside, or an unclosed bracket: plain text
        }

        var rest = close + 1;
        IReadOnlyList<string> tags = [];
        if (rest < text.Length && text[rest] == '{' && text.IndexOf('}', rest) is var end and > 0)
        {
            tags = text[(rest + 1)..end].Split(TagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            rest = end + 1;
        }

        while (rest < text.Length && text[rest] is ' ' or '\u3000')
        {
            rest++;
        }

        var title = new EmphasisInline { DelimiterChar = '*', DelimiterCount = 2, Span = new SourceSpan(first.Span.Start, first.Span.Start + close) };
        title.GetAttributes().AddClass("entry-title");
        title.AppendChild(new LiteralInline(text[..(close + 1)]) { Span = title.Span });
        first.InsertBefore(title);
        if (rest < text.Length)
        {
            first.Content = new StringSlice(text[rest..]);
            first.Span = new SourceSpan(first.Span.Start + rest, first.Span.End);
        }
        else
        {
            first.Remove();
        }

        return (text[1..close].Trim(), tags);
    }

    /// <summary>Markdig may split a run of text into several literals; the title is looked for in the run.</summary>
    private static void JoinFollowingLiterals(LiteralInline first)
    {
        if (first.NextSibling is not LiteralInline)
        {
            return;
        }

        var builder = new StringBuilder(first.Content.ToString());
        while (first.NextSibling is LiteralInline next)
        {
            builder.Append(next.Content.AsSpan());
            next.Remove();
        }

        first.Content = new StringSlice(builder.ToString());
    }
}
