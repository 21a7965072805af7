using Xunit.Abstractions;
using Yearbook.Conversion;
using Yearbook.Editions.Review;

namespace Yearbook.Tests.Editions;

/// <summary>
/// The conversion check measured on a labelled corpus (ConversionCorpus.tsv): sentences OpenCC gets
/// wrong, which it should flag at the wrong span, and sentences it gets right, which it should leave
/// alone. The figures may rise; a change that lowers them fails here.
/// </summary>
public sealed class ConversionCorpusTests(ITestOutputHelper output)
{
    /// <summary>The figures when the corpus was last measured (README, "Conversion review").</summary>
    private const double MinimumPrecision = 0.92; // 35 of 38 flagged sentences
    private const double MinimumRecall = 0.875; // 35 of 40 OpenCC mistakes

    private sealed record Row(int Line, string Hans, string Hant, bool OpenCCRight, string Span, string Source);

    private static readonly ConversionRiskFinder Finder = new(ChineseConverter.Create("s2t"), ChineseConverter.Create("t2s"));

    private static List<Row> Corpus()
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "Yearbook.Tests", "Editions", "ConversionCorpus.tsv");
        var rows = new List<Row>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#') || lines[i].StartsWith("hans\t", StringComparison.Ordinal) || lines[i].Length == 0)
            {
                continue;
            }

            var f = lines[i].Split('\t');
            rows.Add(new Row(i + 1, f[0], f[1], f[2] == "right", f[3], f[4]));
        }

        return rows;
    }

    [Fact]
    public void Labels_agree_with_what_OpenCC_writes()
    {
        var s2t = ChineseConverter.Create("s2t");
        var mislabelled = Corpus().Where(r => (s2t.Convert(r.Hans) == r.Hant) != r.OpenCCRight).Select(r => $"line {r.Line}: {r.Hans} → {s2t.Convert(r.Hans)}").ToList();

        Assert.Empty(mislabelled);
        Assert.True(Corpus().Count(r => !r.OpenCCRight) >= 40 && Corpus().Count(r => r.OpenCCRight) >= 60);
    }

    [Fact]
    public void Precision_and_recall_do_not_drop()
    {
        int truePositives = 0, flagged = 0, wrong = 0;
        foreach (var row in Corpus())
        {
            var risks = Finder.Find(row.Hans);
            var at = row.OpenCCRight ? -1 : row.Hans.IndexOf(row.Span, StringComparison.Ordinal);
            var hit = at >= 0 && risks.Any(r => r.Start < at + row.Span.Length && r.End > at);
            wrong += row.OpenCCRight ? 0 : 1;
            flagged += risks.Count > 0 ? 1 : 0;
            truePositives += hit ? 1 : 0;
            var verdict = row.OpenCCRight ? (risks.Count > 0 ? "FALSE ALARM" : "quiet, right") : hit ? "caught" : risks.Count > 0 ? "MISPLACED" : "MISSED";
            output.WriteLine($"{verdict,-12} {row.Hans}  {string.Join("; ", risks.Select(r => $"{r.Kind} {r.Source}→{r.Converted}/{r.Alternative}"))}");
        }

        var precision = flagged == 0 ? 1 : (double)truePositives / flagged;
        var recall = (double)truePositives / wrong;
        output.WriteLine($"precision {truePositives}/{flagged} = {precision:0.000}, recall {truePositives}/{wrong} = {recall:0.000}");
        Assert.True(precision >= MinimumPrecision, $"precision {precision:0.000} < {MinimumPrecision}");
        Assert.True(recall >= MinimumRecall, $"recall {recall:0.000} < {MinimumRecall}");
    }
}
