using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Yearbook.Diagnostics;

namespace Yearbook.Content;

/// <summary>
/// A typed, reporting view over one YAML mapping. Every read that fails adds a diagnostic at the
/// value's own line and column and returns null, so one bad field never hides the others.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Wraps <paramref name="node"/>; <paramref name="lineOffset"/> is added to YAML line numbers (front matter starts below the first <c>---</c>).</summary>
    public YamlFields(YamlMappingNode node, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        _node = node;
        _path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    /// <summary>The keys of the mapping, in file order.</summary>
    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>Where the mapping itself starts.</summary>
    public SourceLocation Location => At(_node.Start);

    /// <summary>The location of a YAML mark in the source file.</summary>
    public SourceLocation At(Mark mark) => new(_path, (int)mark.Line + _lineOffset, (int)mark.Column);

    /// <summary>The location of the value of <paramref name="key"/>, or of the mapping when absent.</summary>
    public SourceLocation LocationOf(string key) => Find(key) is { } node ? At(node.Start) : Location;

    /// <summary>A string field; numbers and dates are taken as written. Reports a missing required field.</summary>
    public string? String(string key, bool required = false)
    {
        var node = Find(key);
        if (node is null)
        {
            if (required)
            {
                _diagnostics.Error(DiagnosticCodes.FieldMissing, $"the required field '{key}' is missing", Location);
            }

            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value;
        }

        Mismatch(key, node, "a text");
        return null;
    }

    /// <summary>A whole number field.</summary>
    public int? Int(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _diagnostics.Error(DiagnosticCodes.FieldInvalid, $"'{key}' must be a whole number, not '{text}'", LocationOf(key));
        return null;
    }

    /// <summary>A true/false field.</summary>
    public bool? Bool(string key)
    {
        var text = String(key);
        switch (text)
        {
            case null: return null;
            case "true" or "True" or "TRUE" or "yes": return true;
            case "false" or "False" or "FALSE" or "no": return false;
            default:
                _diagnostics.Error(DiagnosticCodes.FieldInvalid, $"'{key}' must be true or false, not '{text}'", LocationOf(key));
                return null;
        }
    }

    /// <summary>An ISO date field (<c>2025-02-10</c>).</summary>
    public DateOnly? Date(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _diagnostics.Error(DiagnosticCodes.FieldInvalid, $"'{key}' must be a date written yyyy-mm-dd, not '{text}'", LocationOf(key));
        return null;
    }

    /// <summary>One of a fixed set of words.</summary>
    public string? OneOf(string key, params string[] allowed)
    {
        var text = String(key);
        if (text is null || allowed.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        _diagnostics.Error(DiagnosticCodes.FieldInvalid,
            $"'{key}' must be one of {string.Join(", ", allowed)}, not '{text}'", LocationOf(key));
        return null;
    }

    /// <summary>A list of strings; a single string is taken as a list of one.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return IsNull(scalar) ? [] : [scalar.Value!];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode s && !IsNull(s))
                    {
                        items.Add(s.Value!);
                    }
                    else
                    {
                        Mismatch(key, item, "a text");
                    }
                }

                return items;
            default:
                Mismatch(key, node, "a list of texts");
                return [];
        }
    }

    /// <summary>A list of mappings, each read through its own <see cref="YamlFields"/>.</summary>
    public IReadOnlyList<YamlFields> MappingList(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar when IsNull(scalar):
                return [];
            case YamlSequenceNode sequence:
                var items = new List<YamlFields>();
                foreach (var item in sequence)
                {
                    if (item is YamlMappingNode mapping)
                    {
                        items.Add(new YamlFields(mapping, _path, _lineOffset, _diagnostics));
                    }
                    else
                    {
                        Mismatch(key, item, "a mapping of fields");
                    }
                }

                return items;
            default:
                Mismatch(key, node, "a list");
                return [];
        }
    }

    /// <summary>A nested mapping, or null when absent.</summary>
    public YamlFields? Mapping(string key)
    {
        var node = Find(key);
        if (node is null or YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlFields(mapping, _path, _lineOffset, _diagnostics);
        }

        Mismatch(key, node, "a mapping of fields");
        return null;
    }

    /// <summary>Warns about every key not in <paramref name="known"/>, suggesting the nearest known key.</summary>
    public void ReportUnknownKeys(IReadOnlyCollection<string> known)
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
            if (known.Contains(key))
            {
                continue;
            }

            var suggestion = known.MinBy(k => EditDistance(k, key));
            var hint = suggestion is not null && EditDistance(suggestion, key) <= Math.Max(2, key.Length / 3)
                ? $"; did you mean '{suggestion}'?"
                : "";
            _diagnostics.Warning(DiagnosticCodes.FieldUnknown, $"unknown field '{key}'{hint}", At(keyNode.Start));
        }
    }

    private YamlNode? Find(string key)
    {
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";

    private void Mismatch(string key, YamlNode node, string expected)
    {
        var actual = node switch
        {
            YamlSequenceNode => "a list",
            YamlMappingNode => "a mapping",
            _ => "a text",
        };
        _diagnostics.Error(DiagnosticCodes.FieldInvalid, $"'{key}' must be {expected}, not {actual}", At(node.Start));
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
