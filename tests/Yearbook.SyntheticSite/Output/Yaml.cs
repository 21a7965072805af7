using System.Text;

namespace Yearbook.SyntheticSite.Output;

/// <summary>YAML scalars as the writers need them.</summary>
internal static class Yaml
{
    /// <summary>A double-quoted scalar: safe for any text, including values that start with % or contain ': '.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>A flow sequence of quoted scalars.</summary>
    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";
}
