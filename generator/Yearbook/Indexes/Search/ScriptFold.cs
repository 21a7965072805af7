using Yearbook.Conversion;

namespace Yearbook.Indexes.Search;

/// <summary>
/// Folds text to one script, character by character, so that the same words written in either
/// script (and in either width or case) compare equal: 醫療器械 and 医疗器械 both fold to 医疗器械,
/// 頭髮 and 头发 to 头发, ＧＤＰ to gdp. The search index is built from folded text and the browser folds
/// queries with the same table (written into the index), so a query in either script finds both.
/// </summary>
/// <remarks>
/// Folding is per character, not per phrase: phrase conversion needs context a two-character query
/// does not have, and a per-character table can be shipped to the browser. It maps one UTF-16 unit
/// to one, so positions in folded text are positions in the original (used for highlighting). Where
/// OpenCC's character table offers several Simplified characters, the first is taken; both the index
/// and the query take the same one, which is all matching needs.
/// </remarks>
internal sealed class ScriptFold
{
    private static readonly Lazy<ScriptFold> Shared = new(() => new ScriptFold(FromConverterTables()));

    private readonly char[] _map;

    private ScriptFold(char[] map)
    {
        _map = map;
        var pairs = new List<(char From, char To)>();
        for (var c = 0; c < map.Length; c++)
        {
            if (map[c] != c)
            {
                pairs.Add(((char)c, map[c]));
            }
        }

        Pairs = pairs;
    }

    /// <summary>The fold of OpenCC's character tables (Traditional, Taiwan and Hong Kong forms to Simplified), built once per process.</summary>
    public static ScriptFold Chinese => Shared.Value;

    /// <summary>Every character that folds to another, in code order: the table the browser folds queries with.</summary>
    public IReadOnlyList<(char From, char To)> Pairs { get; }

    /// <summary>The folded form of one character.</summary>
    public char Fold(char c) => _map[c];

    /// <summary>The folded form of <paramref name="text"/>, as long as the text.</summary>
    public string Fold(string text) => string.Create(text.Length, text, (span, source) => Fold(source, span));

    /// <summary>Writes the folded form of <paramref name="text"/> into <paramref name="destination"/>, which must be at least as long.</summary>
    public void Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        destination = destination[..text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = _map[text[i]];
        }
    }

    private static char[] FromConverterTables()
    {
        var map = new char[char.MaxValue + 1];
        for (var c = 0; c < map.Length; c++)
        {
            map[c] = (char)c;
        }

        // Latin letters and digits: full width to ASCII, upper case to lower (full-width capitals
        // reach lower case through the chain pass below). Punctuation is left alone: it only
        // separates words, in whichever width.
        for (var c = '０'; c <= 'ｚ'; c++)
        {
            if (char.IsAsciiLetterOrDigit((char)(c - '０' + '0')))
            {
                map[c] = (char)(c - '０' + '0');
            }
        }

        for (var c = 'A'; c <= 'Z'; c++)
        {
            map[c] = char.ToLowerInvariant(c);
        }

        // Chinese: OpenCC's character tables, Traditional first, then the Taiwan and Hong Kong forms
        // that the regional editions use (裡, 綫). A character no table changes folds to itself.
        var converters = new[] { "t2s", "tw2s", "hk2s" }.Select(ChineseConverter.Create).ToList();
        var one = new char[1];
        for (var c = 0x2E80; c <= 0xFFEF; c++)
        {
            if (char.IsSurrogate((char)c) || c is >= 0xE000 and < 0xF900 || map[c] != c)
            {
                continue;
            }

            one[0] = (char)c;
            var text = new string(one);
            foreach (var converter in converters)
            {
                var folded = converter.Convert(text);
                if (folded.Length == 1 && folded[0] != c)
                {
                    map[c] = folded[0];
                    break;
                }
            }
        }

        // A few tables chain (a Hong Kong form to a Traditional one to a Simplified one): follow
        // every chain to its end, so folding twice gives what folding once gives.
        for (var c = 0; c < map.Length; c++)
        {
            var to = map[c];
            for (var step = 0; step < 4 && map[to] != to; step++)
            {
                to = map[to];
            }

            map[c] = to;
        }

        return map;
    }
}
