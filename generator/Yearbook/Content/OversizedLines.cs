using System.Globalization;

namespace Yearbook.Content;

/// <summary>
/// Finds the first line of a chapter body that no reader can take in: a line longer than
/// <see cref="MaxLineLength"/> characters, or a table row with more than <see cref="MaxTableColumns"/>
/// columns. Such content is still published whole (nothing is lost); the editor is warned where it is.
/// </summary>
internal static class OversizedLines
{
    /// <summary>The longest line that passes without a warning.</summary>
    public const int MaxLineLength = 32_768;

    /// <summary>The most table columns that pass without a warning.</summary>
    public const int MaxTableColumns = 100;

    /// <summary>The 1-based line of the first oversized line of <paramref name="body"/> and what is wrong with it, or null.</summary>
    public static (int Line, string Problem)? Find(string body)
    {
        var line = 1;
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var text = body.AsSpan(range);
            var trimmed = text.TrimStart();
            if (trimmed.StartsWith('|') && trimmed.Count('|') - 1 > MaxTableColumns)
            {
                return (line, string.Create(CultureInfo.InvariantCulture, $"table row of {trimmed.Count('|') - 1:N0} columns"));
            }

            if (text.Length > MaxLineLength)
            {
                return (line, string.Create(CultureInfo.InvariantCulture, $"line of {text.Length:N0} characters"));
            }

            line++;
        }

        return null;
    }
}
