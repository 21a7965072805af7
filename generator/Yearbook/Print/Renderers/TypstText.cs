using System.Text;

namespace Yearbook.Print.Renderers;

/// <summary>Text made safe for Typst: in markup (every character that Typst reads as syntax escaped) and as a string literal.</summary>
internal static class TypstText
{
    // Characters that start Typst syntax in markup (functions, emphasis, math, labels, references,
    // comments, headings, lists, dashes, smart quotes, non-breaking space) are escaped with a backslash.
    private const string Special = "\\#*_`$<>@[]~/=-+'\".:";

    /// <summary>Appends <paramref name="text"/> to <paramref name="output"/> as literal markup text.</summary>
    public static void AppendMarkup(StringBuilder output, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (Special.Contains(c))
            {
                output.Append('\\').Append(c);
            }
            else if (c is '\r' or '\n' or '\t')
            {
                output.Append(' ');
            }
            else
            {
                output.Append(c);
            }
        }
    }

    /// <summary><paramref name="text"/> as literal markup text.</summary>
    public static string Markup(string? text)
    {
        var output = new StringBuilder((text?.Length ?? 0) + 8);
        AppendMarkup(output, text);
        return output.ToString();
    }

    /// <summary><paramref name="text"/> as a Typst string literal, quotes included.</summary>
    public static string String(string? text)
    {
        var output = new StringBuilder((text?.Length ?? 0) + 2).Append('"');
        foreach (var c in text ?? "")
        {
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': break;
                case '\t': output.Append("\\t"); break;
                default: output.Append(c); break;
            }
        }

        return output.Append('"').ToString();
    }

    /// <summary>Whether <paramref name="c"/> is a CJK character or punctuation, between which a line break of the source is no space.</summary>
    public static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' or >= '\u3000' and <= '\u303F' || char.IsSurrogate(c);
}
