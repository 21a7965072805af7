using Markdig.Helpers;
using Markdig.Parsers;

namespace Yearbook.Content;

/// <summary>Parses <c>-{…}-</c> spans in Markdown text. An unclosed "-{" stays literal text.</summary>
internal sealed class NoConvertInlineParser : InlineParser
{
    /// <summary>Triggers on '-'.</summary>
    public NoConvertInlineParser() => OpeningCharacters = ['-'];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '{')
        {
            return false;
        }

        var span = NoConvertMarkup.ReadSpan(slice.Text.AsSpan(0, slice.End + 1), slice.Start);
        if (span is null)
        {
            return false;
        }

        var start = slice.Start;
        processor.Inline = new NoConvertInline(span.Value.Segment)
        {
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(span.Value.End - 1)),
            Line = line,
            Column = column,
        };
        slice.Start = span.Value.End;
        return true;
    }
}
