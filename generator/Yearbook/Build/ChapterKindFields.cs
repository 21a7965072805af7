using System.Text.RegularExpressions;
using Yearbook.Content;

namespace Yearbook.Build;

/// <summary>
/// Whether an edited chapter file may change what the chapter-by-chapter rebuild does not follow: the
/// chronicle pages (大事记), the place of a kind in its volume, or a printed page that citations show.
/// That is so when the chapter as published is of another kind than entries, or when the file as saved
/// names a kind or a page. A look at the front matter's lines only; such a change goes to a full build.
/// </summary>
internal static partial class ChapterKindFields
{
    /// <summary>Whether a change of the file at <paramref name="full"/> (<paramref name="published"/> as it was, null if new) needs a full build.</summary>
    public static bool Matter(Chapter? published, string full)
    {
        if (published is not null && (published.FrontMatter.Kind != ChapterKind.Entries || published.FrontMatter.Page is not null))
        {
            return true;
        }

        try
        {
            using var reader = new StreamReader(full);
            var first = reader.ReadLine();
            if (first?.TrimEnd() != "---")
            {
                return false;
            }

            for (var line = reader.ReadLine(); line is not null && line.TrimEnd() is not ("---" or "..."); line = reader.ReadLine())
            {
                if (KindOrPage().IsMatch(line))
                {
                    return true;
                }
            }
        }
        catch (IOException)
        {
            return false; // gone or locked: the chapter-by-chapter rebuild reports it
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }

        return false;
    }

    [GeneratedRegex(@"^[""']?(kind|page)[""']?\s*:")]
    private static partial Regex KindOrPage();
}
