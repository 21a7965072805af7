using System.Globalization;

namespace Yearbook.Indexes.Search;

/// <summary>
/// The keys of the search index: every character of folded text that is a letter or a digit, and
/// every pair of such characters that stand next to each other. Chinese is written without spaces,
/// so character pairs rather than words: 扶贫 is a key of 精准扶贫工作 wherever it stands, a query needs
/// no word boundaries, and a query of n characters is found by its n-1 pairs (one character by itself).
/// </summary>
/// <remarks>
/// A key is packed in a <see cref="uint"/>: a single character as its code, a pair as first × 65536 +
/// second (a first character is never U+0000, so the two kinds never meet). Characters outside the
/// Basic Multilingual Plane count as their two UTF-16 units, in the index and in the browser alike.
/// search.js applies the same rule to queries.
/// </remarks>
internal static class SearchKeys
{
    /// <summary>True for a character that is part of a word: letters and digits of any script (and the halves of a surrogate pair).</summary>
    public static bool IsToken(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.Surrogate => true,
        _ => false,
    };

    /// <summary>Adds the keys of <paramref name="folded"/> (text already folded by <see cref="ScriptFold"/>) to <paramref name="keys"/>.</summary>
    internal static void Add(ReadOnlySpan<char> folded, KeySet keys)
    {
        var previous = '\0';
        foreach (var c in folded)
        {
            if (!IsToken(c))
            {
                previous = '\0';
                continue;
            }

            keys.Add(c);
            if (previous != '\0')
            {
                keys.Add(((uint)previous << 16) | c);
            }

            previous = c;
        }
    }

    /// <summary>The keys of <paramref name="folded"/> as text, in ordinal order (for tests and diagnostics).</summary>
    public static IReadOnlyList<string> Of(string folded)
    {
        var keys = new KeySet();
        Add(folded, keys);
        return [.. keys.Keys.ToArray().Select(Text).Order(StringComparer.Ordinal)];
    }

    /// <summary>The text of a packed key: one character or two.</summary>
    public static string Text(uint key) => key > char.MaxValue
        ? new string([(char)(key >> 16), (char)(key & 0xFFFF)])
        : ((char)key).ToString();
}
