namespace Yearbook.Indexes.Search;

/// <summary>
/// The compact text form of a sorted list of document numbers, as the index shards store it: each
/// gap to the previous number (minus one) in base 32, most significant digit first, the last digit
/// from <c>0-9a-v</c> and the others from <c>A-Z()*+-.</c>, so a gap below 32 takes one character and
/// no separator is needed. Every character is plain ASCII that JSON writes as is.
/// </summary>
internal static class PostingList
{
    /// <summary>The digits that end a number.</summary>
    public const string Last = "0123456789abcdefghijklmnopqrstuv";

    /// <summary>The digits before the last one.</summary>
    public const string Leading = "ABCDEFGHIJKLMNOPQRSTUVWXYZ()*+-.";

    /// <summary>Encodes <paramref name="ids"/>, which must be ascending and not negative.</summary>
    public static string Encode(IEnumerable<int> ids)
    {
        var builder = new PostingListBuilder();
        foreach (var id in ids)
        {
            builder.Add(id);
        }

        return builder.ToString();
    }

    /// <summary>Decodes what <see cref="Encode"/> wrote (search.js does the same in the browser).</summary>
    public static IReadOnlyList<int> Decode(string text)
    {
        var ids = new List<int>();
        var previous = -1;
        var gap = 0;
        foreach (var c in text)
        {
            var leading = Leading.IndexOf(c, StringComparison.Ordinal);
            if (leading >= 0)
            {
                gap = (gap << 5) | leading;
                continue;
            }

            var last = Last.IndexOf(c, StringComparison.Ordinal);
            if (last < 0)
            {
                throw new FormatException($"'{c}' is not a digit of a posting list.");
            }

            previous += ((gap << 5) | last) + 1;
            ids.Add(previous);
            gap = 0;
        }

        return ids;
    }
}
