using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;
using Yearbook.Diagnostics;

namespace Yearbook.Content;

/// <summary>
/// Parses one YAML document, turning syntax errors into diagnostics. Nesting depth is checked with
/// YamlDotNet's streaming parser first, because its node model recurses and a document nested
/// thousands of levels deep would overflow the stack and kill the process.
/// </summary>
public static class YamlDocumentReader
{
    /// <summary>No yearbook file needs more nesting than this.</summary>
    public const int MaxDepth = 32;

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
        try
        {
            var depth = 0;
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        diagnostics.Error(code, $"the YAML is nested more than {MaxDepth} levels deep",
                            At(parser.Current!.Start, path, lineOffset));
                        return false;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            return true;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            // YamlDotNet prefixes its own "(Line: …)" position; ours is in the location already.
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line", StringComparison.Ordinal) && cut > 0)
            {
                message = message[(cut + 3)..];
            }

            var location = At(ex.Start, path, lineOffset);
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndentedLine(yaml) is { } tabLine)
            {
                // YamlDotNet points at the mapping that holds the tab; the editor needs the tab itself.
                location = new SourceLocation(path, tabLine + lineOffset, 1);
                message = "a tab is used for indentation; indent with spaces";
            }

            diagnostics.Error(code, $"YAML syntax error: {message}", location);
            return false;
        }
    }

    private static int? FirstTabIndentedLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].AsSpan()[..(lines[i].Length - lines[i].TrimStart().Length)];
            if (indent.Contains('\t'))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static SourceLocation At(Mark mark, string path, int lineOffset) =>
        new(path, (int)mark.Line + lineOffset, (int)mark.Column);
}
