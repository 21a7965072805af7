using System.Globalization;
using System.Text;

namespace Yearbook.SyntheticSite.Prose;

/// <summary>
/// Writes yearbook sentences for one chapter: an opener, an actor, one or two measures and a result,
/// with the slots of <see cref="Domain"/>'s patterns filled from the chapter's own random sequence.
/// </summary>
public sealed class ProseWriter
{
    private readonly Domain _domain;
    private readonly SeededRandom _random;
    private readonly int _year;
    private readonly string _place;

    /// <summary>Creates a writer for a chapter of <paramref name="domain"/> about <paramref name="place"/> in <paramref name="year"/>.</summary>
    public ProseWriter(Domain domain, SeededRandom random, int year, string place)
    {
        _domain = domain;
        _random = random;
        _year = year;
        _place = place;
    }

    /// <summary>One sentence, ending in 。.</summary>
    public string Sentence()
    {
        if (_random.Chance(0.18))
        {
            return Fill(_random.Pick(Vocabulary.Connectives));
        }

        var text = new StringBuilder();
        text.Append(_random.Pick(Vocabulary.Openers));
        text.Append(_random.Chance(0.3) ? _place : _random.Pick(_domain.Actors));
        var measures = _random.PickDistinct(_domain.Measures, _random.Between(1, 2));
        text.Append(string.Join("，", measures));
        text.Append('，');
        text.Append(string.Join("，", _random.PickDistinct(_domain.Results, _random.Chance(0.35) ? 2 : 1)));

        text.Append('。');
        return Fill(text.ToString());
    }

    /// <summary>A paragraph of <paramref name="min"/> to <paramref name="max"/> sentences.</summary>
    public string Paragraph(int min = 3, int max = 6)
    {
        var text = new StringBuilder();
        var count = _random.Between(min, max);
        for (var i = 0; i < count; i++)
        {
            text.Append(Sentence());
        }

        return text.ToString();
    }

    /// <summary>Fills the slots of <paramref name="pattern"/>.</summary>
    public string Fill(string pattern)
    {
        if (!pattern.Contains('{'))
        {
            return pattern;
        }

        var text = new StringBuilder(pattern.Length + 16);
        for (var i = 0; i < pattern.Length; i++)
        {
            var close = pattern[i] == '{' ? pattern.IndexOf('}', i) : -1;
            if (close < 0)
            {
                text.Append(pattern[i]);
                continue;
            }

            text.Append(pattern[(i + 1)..close] switch
            {
                "y" => _year.ToString(CultureInfo.InvariantCulture),
                "place" => _place,
                "n" => _random.Between(2, 60).ToString(CultureInfo.InvariantCulture),
                "N" => _random.Between(100, 9_999).ToString(CultureInfo.InvariantCulture),
                "f" => (_random.Between(10, 999) / 10.0).ToString("0.0", CultureInfo.InvariantCulture),
                "p" => (_random.Between(5, 150) / 10.0).ToString("0.0", CultureInfo.InvariantCulture),
                var other => "{" + other + "}",
            });
            i = close;
        }

        return text.ToString();
    }
}
