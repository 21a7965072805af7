using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Yearbook.Diagnostics;

namespace Yearbook.Editions.Review;

/// <summary>
/// The text values of a YAML document (front matter, <c>_volume.yml</c>, <c>ui.yml</c>) with the place
/// of each of their characters in the file, so a warning about a value points into it. Values were
/// already checked by the loader; a document that does not parse yields nothing.
/// </summary>
internal static class YamlText
{
    /// <summary>One text value: its key path (<c>honors.title</c>), the value, and the location of each character.</summary>
    public sealed record Value(string Key, string Text, Func<int, SourceLocation> At);

    /// <summary>
    /// The scalar values of <paramref name="yaml"/> whose key path <paramref name="include"/> accepts;
    /// <paramref name="lineOffset"/> is the file line the document starts after.
    /// </summary>
    public static IEnumerable<Value> Values(string yaml, string path, int lineOffset, Func<string, bool> include)
    {
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException)
        {
            yield break;
        }

        if (root is null)
        {
            yield break;
        }

        var found = new List<(string Key, YamlScalarNode Node)>();
        Collect(root, "", found, depth: 0);
        foreach (var (key, node) in found)
        {
            if (!include(key) || string.IsNullOrEmpty(node.Value))
            {
                continue;
            }

            var map = Locate(yaml, node);
            yield return new Value(key, node.Value, i =>
            {
                var (line, column) = Content.SourceText.LineAndColumn(yaml, map[Math.Clamp(i, 0, map.Length - 1)]);
                return new SourceLocation(path, line + lineOffset, column);
            });
        }
    }

    private static void Collect(YamlNode node, string key, List<(string, YamlScalarNode)> found, int depth)
    {
        if (depth > Content.YamlDocumentReader.MaxDepth)
        {
            return;
        }

        switch (node)
        {
            case YamlScalarNode scalar when key.Length > 0:
                found.Add((key, scalar));
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence)
                {
                    Collect(item, key, found, depth + 1);
                }

                break;
            case YamlMappingNode mapping:
                foreach (var (k, v) in mapping.Children)
                {
                    if (k is YamlScalarNode { Value: { } name })
                    {
                        Collect(v, key.Length == 0 ? name : key + "." + name, found, depth + 1);
                    }
                }

                break;
        }
    }

    /// <summary>
    /// For each character of the value, its index in the document: the characters are found in order in
    /// the node's source text, which holds them as written (quotes, indentation and folding aside).
    /// </summary>
    private static int[] Locate(string yaml, YamlScalarNode node)
    {
        var value = node.Value!;
        var map = new int[value.Length];
        var from = (int)Math.Min(node.Start.Index, yaml.Length);
        var to = (int)Math.Min(Math.Max(node.End.Index, node.Start.Index), yaml.Length);
        var at = from;
        for (var i = 0; i < value.Length; i++)
        {
            var found = at < to ? yaml.IndexOf(value[i], at, to - at) : -1;
            map[i] = found >= 0 ? found : Math.Max(from, at - 1);
            if (found >= 0)
            {
                at = found + 1;
            }
        }

        return map;
    }
}
