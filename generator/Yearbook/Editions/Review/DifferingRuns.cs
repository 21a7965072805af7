namespace Yearbook.Editions.Review;

/// <summary>The runs where two texts of the same length differ, character by character.</summary>
internal static class DifferingRuns
{
    /// <summary>The runs, as start and end (exclusive) in <paramref name="text"/>.</summary>
    public static IEnumerable<(int Start, int End)> Of(string text, string other)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == other[i])
            {
                continue;
            }

            var start = i;
            while (i < text.Length && text[i] != other[i])
            {
                i++;
            }

            yield return (start, i);
        }
    }
}
