using System.Globalization;
using System.Text;
using Yearbook.SyntheticSite.Output;
using Yearbook.SyntheticSite.Prose;

namespace Yearbook.SyntheticSite.Planning;

/// <summary>
/// Writes a planned chapter: front matter values and a Markdown body of 800–3,000 characters with
/// an introduction, sections under headings, a list, an image, links to other chapters and a table of
/// its figures. Each chapter draws from its own random sequence (seed and chapter number), so it reads
/// the same whatever else is generated and in whichever order.
/// </summary>
public sealed class ChapterComposer
{
    private static readonly (string Word, string Level)[] Levels =
        [("国家级", "national"), ("省级", "provincial"), ("市级", "municipal"), ("区级", "district")];

    private static readonly HashSet<string> PerHeadUnits = ["元", "岁", "天", "微克/立方米"];

    private readonly int _seed;

    /// <summary>Creates a composer for the yearbook seeded with <paramref name="seed"/>.</summary>
    public ChapterComposer(int seed) => _seed = seed;

    /// <summary>Writes <paramref name="plan"/>, naming links and images with <paramref name="addresses"/>.</summary>
    public SyntheticChapter Compose(PlannedChapter plan, IChapterAddresses addresses)
    {
        var random = new SeededRandom(_seed, plan.Number);
        var year = plan.Volume.RecordYear;
        var prose = new ProseWriter(plan.Domain, random, year, plan.Place);
        var statistics = Statistics(plan);
        var honors = Honors(plan, random);
        // The body ends up a little longer than its target (the last paragraph), so aim below 3,000.
        var target = random.Between(800, 2_700);

        var intro = new StringBuilder(prose.Paragraph(2, 4));
        if (plan.Links.Count > 0)
        {
            var link = plan.Links[0];
            intro.Append(CultureInfo.InvariantCulture, $"相关情况详见[{link.Title}]({addresses.Chapter(plan, link)})。");
        }

        var image = ImageSet.FileNames[random.Next(ImageSet.FileNames.Count)];
        var figure = $"![{plan.Place}{random.Pick(plan.Domain.Tags)}]({addresses.Image(plan, image)})";

        var list = new StringBuilder("主要做法：\n\n");
        foreach (var measure in random.PickDistinct(plan.Domain.Measures, random.Between(3, 5)))
        {
            list.Append("- ").Append(measure).Append('，').Append(prose.Fill(random.Pick(plan.Domain.Results))).Append("；\n");
        }

        var table = new StringBuilder("## 主要指标\n\n| 指标 | 数值 | 单位 | 时期 |\n| --- | ---: | --- | --- |\n");
        foreach (var statistic in statistics)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {statistic.Indicator} | {statistic.Value} | {statistic.Unit} | {statistic.Period}年 |\n");
        }

        var previousYear = "";
        if (plan.Links.Count > 1)
        {
            var lastYear = plan.Links[1];
            previousYear = $"上年情况参见[{lastYear.Volume.Year}卷“{lastYear.Title}”]({addresses.Chapter(plan, lastYear)})。\n\n";
        }

        var headings = random.PickDistinct(plan.Domain.Headings.Where(h => h != "主要指标").ToList(), random.Between(2, 4));
        var sections = headings.Select(h => new List<string> { prose.Paragraph() }).ToList();

        // Grow the sections in turn until the chapter reaches its length.
        var length = intro.Length + figure.Length + list.Length + table.Length + previousYear.Length + sections.Sum(s => s[0].Length);
        for (var i = 0; length < target; i++)
        {
            var paragraph = prose.Paragraph(2, 4);
            sections[i % sections.Count].Add(paragraph);
            length += paragraph.Length;
        }

        var body = new StringBuilder(length + 256);
        body.Append(intro).Append("\n\n").Append(figure).Append("\n\n");
        for (var s = 0; s < sections.Count; s++)
        {
            body.Append("## ").Append(headings[s]).Append("\n\n");
            foreach (var paragraph in sections[s])
            {
                body.Append(paragraph).Append("\n\n");
            }

            if (s == 0)
            {
                body.Append(list).Append('\n');
            }
        }

        body.Append(previousYear).Append(table);

        var tags = new List<string> { plan.Place };
        tags.AddRange(random.PickDistinct(plan.Domain.Tags, random.Between(1, 3)));
        return new SyntheticChapter
        {
            Plan = plan,
            Date = $"{plan.Volume.Year.ToString(CultureInfo.InvariantCulture)}-{random.Between(1, 6):D2}-{random.Between(1, 28):D2}",
            Summary = $"记述{year.ToString(CultureInfo.InvariantCulture)}年{plan.Title}情况。" + prose.Sentence(),
            Authors = random.PickDistinct(Vocabulary.Authors, random.Between(1, 2)),
            Source = random.Pick(Vocabulary.Sources),
            Tags = tags,
            Honors = honors,
            Statistics = statistics,
            Body = body.ToString(),
        };
    }

    /// <summary>
    /// The chapter's figures. Which indicators a place reports depends on the place only, and each
    /// value on the indicator, place and year only, so the same figures recur volume after volume.
    /// </summary>
    private List<SyntheticStatistic> Statistics(PlannedChapter plan)
    {
        var placeRandom = new SeededRandom(_seed, (int)(SeededRandom.Hash(plan.Domain.Slug + plan.Place) & 0x7FFFFFFF));
        var indicators = placeRandom.PickDistinct(plan.Domain.Indicators, placeRandom.Between(2, Math.Min(4, plan.Domain.Indicators.Count)));
        var share = 0.02 + placeRandom.NextDouble() * 0.1;
        var statistics = new List<SyntheticStatistic>(indicators.Count);
        foreach (var indicator in indicators)
        {
            var noise = 0.97 + (SeededRandom.Hash($"{_seed}/{plan.Place}/{indicator.Name}/{plan.Volume.RecordYear}") % 600) / 10_000.0;
            var trend = indicator.Base * Math.Pow(1 + indicator.Growth, plan.Volume.RecordYear - 2000) * noise;
            // Rates and per-head figures are the same order for a place as for the district; totals are a share of it.
            var value = indicator.Unit == "%" ? Math.Min(99.5, trend) : PerHeadUnits.Contains(indicator.Unit) ? trend : trend * share;
            statistics.Add(new SyntheticStatistic(
                plan.Place + indicator.Name,
                value.ToString("F" + indicator.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                indicator.Unit,
                plan.Volume.RecordYear.ToString(CultureInfo.InvariantCulture)));
        }

        return statistics;
    }

    /// <summary>
    /// Up to two honors of the year, with the level word in the title matching the level field. Titles
    /// carry no year, so a place wins the same honor again in other volumes (a re-award, as in real yearbooks).
    /// </summary>
    private static List<SyntheticHonor> Honors(PlannedChapter plan, SeededRandom random)
    {
        var honors = new List<SyntheticHonor>();
        foreach (var name in random.PickDistinct(plan.Domain.Honors, random.Next(3)))
        {
            var (word, level) = Levels[random.Next(Levels.Length)];
            var year = plan.Volume.RecordYear;
            honors.Add(new SyntheticHonor($"{word}{name}", level, year, plan.Place));
        }

        return honors;
    }
}
