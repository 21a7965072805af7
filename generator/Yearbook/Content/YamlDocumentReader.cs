using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using Yearbook.Diagnostics;

namespace Yearbook.Content;

/// <summary>
/// Parses one YAML document, turning syntax errors into diagnostics. Nesting depth is checked with
/// YamlDotNet's streaming parser first, because its node model recurses and a document nested
/// thousands of levels deep would overflow the stack and kill the process. The same pass counts what
/// aliases expand to: the node model shares aliased nodes, but printing or hashing one (an alias used as
/// a key) walks every copy, and a "billion laughs" document of a few lines expands to 10⁹ values.
/// </summary>
public static class YamlDocumentReader
{
    /// <summary>No yearbook file needs more nesting than this.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most values all aliases of a document may stand for together; harmless reuse stays far below.</summary>
    public const int MaxAliasValues = 10_000;

    /// <summary>Parses a document whose root is a mapping; an empty document is an empty mapping.</summary>
    public static YamlFields? ReadMapping(string yaml, string path, int lineOffset, DiagnosticBag diagnostics, string code = DiagnosticCodes.YamlSyntax)
    {
        if (!TryLoad(yaml, path, lineOffset, diagnostics, code, out var root))
        {
            return null;
        }

        switch (root)
        {
            case null:
                return new YamlFields(new YamlMappingNode(), path, lineOffset, diagnostics);
            case YamlMappingNode mapping:
                return new YamlFields(mapping, path, lineOffset, diagnostics);
            default:
                diagnostics.Error(code, "expected fields written as 'key: value'", At(root.Start, path, lineOffset));
                return null;
        }
    }

    /// <summary>Parses a document whose root is a list (the glossary); an empty document is an empty list.</summary>
    public static YamlSequenceNode? ReadSequence(string yaml, string path, DiagnosticBag diagnostics, string code)
    {
        if (!TryLoad(yaml, path, 0, diagnostics, code, out var root))
        {
            return null;
        }

        switch (root)
        {
            case null:
                return new YamlSequenceNode();
            case YamlSequenceNode sequence:
                return sequence;
            default:
                diagnostics.Error(code, "expected a list of entries, each starting with '- '", At(root.Start, path, 0));
                return null;
        }
    }

    /// <summary>Loads the first document; false (reported) on a syntax error, true with a null root when empty.</summary>
    private static bool TryLoad(string yaml, string path, int lineOffset, DiagnosticBag diagnostics, string code, out YamlNode? root)
    {
        root = null;
        var events = new List<ParsingEvent>(64);
        try
        {
            var parser = new Parser(new StringReader(yaml));
            if (FindExcess(parser, events) is { } excess)
            {
                diagnostics.Error(code, excess.Message, At(excess.Mark, path, lineOffset));
                return false;
            }

            // The node model is built from the events already parsed: scanning the text a second time
            // was a third of the time it takes to load a chapter.
            var stream = new YamlStream();
            stream.Load(new RecordedEvents(events));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            return true;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // InvalidOperationException and ArgumentException: YamlDotNet fails this way on some malformed
            // input (an unclosed '[' followed by more fields, found by the randomised tests).
            var (line, column, message) = new YamlSyntaxError(yaml, events, lineOffset).Explain(ex);
            diagnostics.Error(code, message, new SourceLocation(path, line + lineOffset, column));
            return false;
        }
    }

    /// <summary>
    /// The first place where the document nests too deep or its aliases expand to too much, or null.
    /// Every event read is added to <paramref name="events"/>.
    /// </summary>
    private static (string Message, Mark Mark)? FindExcess(Parser parser, List<ParsingEvent> events)
    {
        // Each open collection counts the values inside it, so an anchored one knows what its alias stands for.
        var open = new List<(string? Anchor, long Values)>();
        var anchored = new Dictionary<string, long>(StringComparer.Ordinal);
        long aliasValues = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            events.Add(current);
            long values = 1;
            switch (current)
            {
                case MappingStart or SequenceStart when open.Count + 1 > MaxDepth:
                    return ($"the YAML is nested more than {MaxDepth} levels deep", current.Start);
                case MappingStart or SequenceStart:
                    open.Add((((NodeEvent)current).Anchor.IsEmpty ? null : ((NodeEvent)current).Anchor.Value, 1));
                    continue;
                case MappingEnd or SequenceEnd:
                    (var anchor, values) = open[^1];
                    open.RemoveAt(open.Count - 1);
                    if (anchor is not null)
                    {
                        anchored[anchor] = values;
                    }

                    break;
                case Scalar scalar when !scalar.Anchor.IsEmpty:
                    anchored[scalar.Anchor.Value] = 1;
                    break;
                case AnchorAlias alias:
                    values = anchored.GetValueOrDefault(alias.Value.Value, 1);
                    aliasValues += values;
                    if (aliasValues > MaxAliasValues)
                    {
                        return ($"the YAML's aliases (*{alias.Value.Value} and others) stand for more than {MaxAliasValues:N0} values; write the values out or use fewer aliases", current.Start);
                    }

                    break;
                case not Scalar:
                    continue;
            }

            if (open.Count > 0)
            {
                open[^1] = (open[^1].Anchor, open[^1].Values + values);
            }
        }

        return null;
    }

    /// <summary>Events parsed once, replayed to the node model.</summary>
    private sealed class RecordedEvents(List<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }

    private static SourceLocation At(Mark mark, string path, int lineOffset) =>
        new(path, (int)mark.Line + lineOffset, (int)mark.Column);
}
