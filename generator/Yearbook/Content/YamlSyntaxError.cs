using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Yearbook.Content;

/// <summary>
/// Turns what YamlDotNet says about a syntax error ("While parsing a flow sequence, did not find
/// expected ',' or ']'") into the place and the words an editor needs ("the list opened with '[' on
/// line 3 is never closed"). It reads the text and the parsing events recorded up to the failure.
/// </summary>
internal sealed partial class YamlSyntaxError
{
    private readonly string _yaml;
    private readonly string[] _lines;
    private readonly IReadOnlyList<ParsingEvent> _events;
    private readonly int _lineOffset;

    /// <summary>Prepares to explain a failure in <paramref name="yaml"/>, whose line 1 is line <paramref name="lineOffset"/> + 1 of its file.</summary>
    public YamlSyntaxError(string yaml, IReadOnlyList<ParsingEvent> events, int lineOffset)
    {
        _yaml = yaml;
        _lines = yaml.Split('\n');
        _events = events;
        _lineOffset = lineOffset;
    }

    /// <summary>The line and column (in the YAML text, 1-based) and the message for <paramref name="exception"/>.</summary>
    public (int Line, int Column, string Message) Explain(Exception exception)
    {
        var said = exception is YamlException yaml ? Said(yaml) : exception.Message;
        (int Line, int Column) at = exception is YamlException located && located.Start.Line > 0 ? ((int)located.Start.Line, (int)located.Start.Column) : LastEventEnd();

        if (said.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndentedLine() is { } tabLine)
        {
            // YamlDotNet points at the mapping that holds the tab; the editor needs the tab itself.
            return (tabLine, 1, "a tab is used for indentation; indent with spaces");
        }

        if (OpenFlowCollection() is { } open && (exception is not YamlException || said.Contains("did not find expected ','", StringComparison.Ordinal) || said.Contains("end of stream", StringComparison.Ordinal)))
        {
            return UnclosedOrBadFlow(open, at);
        }

        if (exception is not YamlException)
        {
            // YamlDotNet fails this way on some malformed input (found by the randomised tests) and names no place.
            return (at.Line, at.Column, "the YAML cannot be read from here on; check the quotes and brackets on this line and the one above");
        }

        if (said.Contains("quoted scalar", StringComparison.Ordinal) && (said.Contains("end of stream", StringComparison.Ordinal) || said.Contains("wrong indentation", StringComparison.Ordinal)))
        {
            var quote = CharAt(at) is '\'' ? "'" : "\"";
            return (at.Line, at.Column, $"the text opened with {Quoted(quote)} on line {FileLine(at.Line)} is never closed: end it with {Quoted(quote)}");
        }

        if (said.Contains("unknown escape character", StringComparison.Ordinal))
        {
            var end = ((int)((YamlException)exception).End.Line, (int)((YamlException)exception).End.Column);
            return (end.Item1, end.Item2, $"'\\{CharAt((end.Item1, end.Item2 + 1))}' is not an escape YAML knows inside double quotes: write '\\\\' for a backslash, or put the value in single quotes");
        }

        if (said.Contains("found invalid mapping", StringComparison.Ordinal))
        {
            return ColonInPlainValue(at);
        }

        if (said.Contains("did not find expected '-' indicator", StringComparison.Ordinal))
        {
            return (at.Line, at.Column, ListNotLinedUp(at));
        }

        if (said.Contains("did not find expected key", StringComparison.Ordinal))
        {
            return (at.Line, at.Column, UnexpectedInMapping(at));
        }

        if (said.Contains("cannot start any token", StringComparison.Ordinal))
        {
            return (at.Line, at.Column, $"a value cannot start with '{CharAt(at)}' in YAML: put the value in quotes");
        }

        if (said.Contains("anchor or alias", StringComparison.Ordinal))
        {
            return (at.Line, at.Column, "'&' and '*' at the start of a value mark YAML anchors: put the value in quotes");
        }

        if (exception is YamlDotNet.Core.AnchorNotFoundException && _events.OfType<AnchorAlias>().LastOrDefault() is { } alias)
        {
            return ((int)alias.Start.Line, (int)alias.Start.Column,
                $"'*{alias.Value.Value}' refers to an anchor '&{alias.Value.Value}' that is not defined above it: put the value in quotes if '*' is part of the text");
        }

        if (said.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            return (at.Line, at.Column, $"the field '{said["Duplicate key ".Length..]}' is given twice; keep one");
        }

        return (at.Line, at.Column, $"YAML syntax error: {said}");
    }

    /// <summary>YamlDotNet's message without the "(Line: …)" position it prefixes; the location carries it.</summary>
    private static string Said(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && cut > 0 ? message[(cut + 3)..] : message;
    }

    private (int Line, int Column, string Message) UnclosedOrBadFlow(ParsingEvent open, (int Line, int Column) at)
    {
        var start = ((int)open.Start.Line, (int)open.Start.Column);
        if (FindUnclosed(IndexOf(start)) is { } unclosed)
        {
            var (line, column) = PositionOf(unclosed);
            return _yaml[unclosed] == '['
                ? (line, column, $"the list opened with '[' on line {FileLine(line)} is never closed: end it with ']'")
                : (line, column, $"the '{{ … }}' opened on line {FileLine(line)} is never closed: end it with '}}'");
        }

        var closer = open is SequenceStart ? "]" : "}";
        return (at.Line, at.Column,
            $"expected ',' or '{closer}' here, in the {(open is SequenceStart ? "list" : "'{ … }'")} opened on line {FileLine(start.Item1)}: separate the items with commas, and quote an item that holds a quote mark, ':' or ','");
    }

    /// <summary>"key: a: b", or a field indented under the value above it: both end a plain value at a ':'.</summary>
    private (int Line, int Column, string Message) ColonInPlainValue((int Line, int Column) at)
    {
        var text = LineText(at.Line);
        var before = text[..Math.Min(text.Length, Math.Max(0, at.Column - 1))];
        var field = before.IndexOf(": ", StringComparison.Ordinal);
        if (field >= 0)
        {
            var key = before[..field].Trim().TrimStart('-', ' ');
            var value = text[(field + 2)..].Trim();
            var quoted = value.Contains('"') ? $"'{value.Replace("'", "''")}'" : $"\"{value}\"";
            return (at.Line, at.Column, $"this value holds ': ', which YAML takes for a new field: quote a value that holds a colon, e.g. {key}: {quoted}");
        }

        var indent = text.Length - text.TrimStart().Length;
        for (var line = at.Line - 1; line >= 1; line--)
        {
            var above = LineText(line);
            if (above.Trim().Length == 0 || above.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (NoSpaceAfterColon().Match(above) is { Success: true } glued)
            {
                return (line, glued.Groups["colon"].Index + 1,
                    $"'{above.Trim()}' needs a space after ':' to be a field (and a value that holds a colon needs quotes)");
            }

            var aboveIndent = above.Length - above.TrimStart().Length;
            if (indent > aboveIndent)
            {
                return (at.Line, indent + 1,
                    $"this line is indented more than line {FileLine(line)}, so YAML reads it as part of the value there: start it in the same column as the fields around it (quote a value that holds a colon)");
            }

            break;
        }

        return (at.Line, at.Column, "YAML reads this ':' as the start of a field inside a value: quote a value that holds a colon");
    }

    private string ListNotLinedUp((int Line, int Column) at)
    {
        var item = _events.OfType<MappingStart>().LastOrDefault(m => m.Style == MappingStyle.Block && m.Start.Line < at.Line);
        var dash = _events.OfType<SequenceStart>().LastOrDefault(s => s.Style == SequenceStyle.Block && s.Start.Line < at.Line);
        return item is null || dash is null
            ? "this line is not lined up with the list above it: every item starts with '- ' in the same column"
            : $"this line is not lined up with the list above it: a new item starts with '- ' in column {dash.Start.Column}, a field of the item above in column {item.Start.Column} (as on line {FileLine((int)item.Start.Line)})";
    }

    private string UnexpectedInMapping((int Line, int Column) at)
    {
        var previous = _events.Count > 0 ? _events[^1] : null;
        if (previous is Scalar { Style: ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted } scalar && scalar.End.Line == at.Line)
        {
            return "there is text after the closing quote: put the whole value inside the quotes";
        }

        if (previous is SequenceEnd or MappingEnd && previous.End.Line == at.Line && CharAt(((int)previous.Start.Line, (int)previous.Start.Column)) is ']' or '}')
        {
            return $"there is text after the closing '{CharAt(((int)previous.Start.Line, (int)previous.Start.Column))}': put the whole value inside the brackets, or quote it";
        }

        if (LineText(at.Line).TrimStart().StartsWith('-'))
        {
            return "a list item ('- ') stands where a field ('key: value') was expected: put the list under a field that ends with ':', indented below it";
        }

        var mapping = OpenBlockMapping();
        return mapping is null
            ? "this line is not lined up with the fields above it: fields that belong together start in the same column"
            : $"this line starts in column {at.Column}, but the fields it belongs with start in column {mapping.Start.Column} (as on line {FileLine((int)mapping.Start.Line)}): line it up with them, or indent it below a field that ends with ':'";
    }

    /// <summary>The outermost flow collection ('[' or '{') the events opened and never closed.</summary>
    private ParsingEvent? OpenFlowCollection() =>
        OpenCollections().FirstOrDefault(e => e is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow });

    /// <summary>The innermost block mapping still open: the fields the failing line should line up with.</summary>
    private MappingStart? OpenBlockMapping() =>
        OpenCollections().OfType<MappingStart>().LastOrDefault(m => m.Style == MappingStyle.Block);

    /// <summary>The collections the events opened and did not close when the parser stopped, outermost first.</summary>
    private List<ParsingEvent> OpenCollections()
    {
        var open = new List<ParsingEvent>();
        foreach (var e in _events)
        {
            switch (e)
            {
                case SequenceStart or MappingStart:
                    open.Add(e);
                    break;
                case SequenceEnd or MappingEnd when open.Count > 0:
                    open.RemoveAt(open.Count - 1);
                    break;
            }
        }

        return open;
    }

    /// <summary>
    /// From the '[' or '{' at <paramref name="start"/>, the innermost bracket never closed before the end
    /// of the text, or null when every one is closed. Quoted text and comments are skipped.
    /// </summary>
    private int? FindUnclosed(int start)
    {
        var open = new Stack<int>();
        for (var i = start; i < _yaml.Length; i++)
        {
            var c = _yaml[i];
            switch (c)
            {
                case '[' or '{':
                    open.Push(i);
                    break;
                case ']' or '}' when open.Count > 0:
                    open.Pop();
                    if (open.Count == 0)
                    {
                        return null;
                    }

                    break;
                case '"' or '\'' when PreviousNonSpace(i) is '[' or '{' or ',' or ':':
                    i = EndOfQuoted(i);
                    break;
                case '#' when i > 0 && char.IsWhiteSpace(_yaml[i - 1]):
                    i = _yaml.IndexOf('\n', i) is var eol && eol >= 0 ? eol : _yaml.Length;
                    break;
            }
        }

        return open.Count > 0 ? open.Peek() : null;
    }

    private int EndOfQuoted(int quote)
    {
        var q = _yaml[quote];
        for (var i = quote + 1; i < _yaml.Length; i++)
        {
            if (q == '"' && _yaml[i] == '\\')
            {
                i++;
            }
            else if (_yaml[i] == q)
            {
                if (q == '\'' && i + 1 < _yaml.Length && _yaml[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return _yaml.Length;
    }

    private char PreviousNonSpace(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(_yaml[i]))
            {
                return _yaml[i];
            }
        }

        return '[';
    }

    private int? FirstTabIndentedLine()
    {
        for (var i = 0; i < _lines.Length; i++)
        {
            var indent = _lines[i].AsSpan()[..(_lines[i].Length - _lines[i].TrimStart().Length)];
            if (indent.Contains('\t'))
            {
                return i + 1;
            }
        }

        return null;
    }

    private (int Line, int Column) LastEventEnd() =>
        _events.Count == 0 ? (1, 1) : ((int)_events[^1].End.Line, (int)_events[^1].End.Column);

    private string LineText(int line) => line >= 1 && line <= _lines.Length ? _lines[line - 1] : "";

    private char CharAt((int Line, int Column) at)
    {
        var text = LineText(at.Line);
        return at.Column >= 1 && at.Column <= text.Length ? text[at.Column - 1] : ' ';
    }

    private int IndexOf((int Line, int Column) at)
    {
        var index = 0;
        for (var line = 1; line < at.Line && line <= _lines.Length; line++)
        {
            index += _lines[line - 1].Length + 1;
        }

        return Math.Min(_yaml.Length, index + Math.Max(0, at.Column - 1));
    }

    private (int Line, int Column) PositionOf(int index) => SourceText.LineAndColumn(_yaml, index);

    private int FileLine(int line) => line + _lineOffset;

    private static string Quoted(string quote) => quote == "'" ? "\"'\"" : "'\"'";

    /// <summary>A line that looks like a field written without the space after its colon: <c>title:甲</c>.</summary>
    [GeneratedRegex(@"^\s*(?:-\s+)?[^\s#'""\-\[{:][^:]*?(?<colon>:)[^\s:/]")]
    private static partial Regex NoSpaceAfterColon();
}
