using System.Text;

namespace Yearbook.Tests;

/// <summary>
/// A constructed yearbook whose index parts are too long for one page, so that their numbered pages exist: one year
/// of <see cref="Honors"/> honors (honors/2023/, /2/, /3/), <see cref="Entries"/> entries each tagged 标签N (the letter
/// B of the subject index over several pages) and <see cref="Indicators"/> indicators in one category
/// (statistics/category/economy/, /2/, /3/). Shared by the generator's tests and the browser tests (linked source).
/// </summary>
public static class LongIndexSite
{
    /// <summary>How many honors the year 2023 has: about 214 fit a page.</summary>
    public const int Honors = 450;

    /// <summary>How many indicators the category economy has: 200 fit a page.</summary>
    public const int Indicators = 450;

    /// <summary>How many entries, each with its own tag: about 300 tags fit a page.</summary>
    public const int Entries = 700;

    /// <summary>Writes the site into <paramref name="folder"/> (the site folder; the theme is found beside it or in the tool).</summary>
    public static void Write(string folder)
    {
        Write(folder, "yearbook.yml", "title: 长卷区年鉴\ndistrict: 长卷区\nbase_url: https://example.org/\nglossary: glossary.yml\n");
        Write(folder, "glossary.yml", "");
        Write(folder, "2024/_volume.yml", "title: 长卷区年鉴（2024）\nyear: 2024\nrecord_year: 2023\ncategories: [economy, society]\n");

        var honors = new StringBuilder("---\ntitle: 荣誉\ncategory: 社会\nhonors:\n");
        string[] levels = ["national", "provincial", "municipal", "district"];
        for (var i = 1; i <= Honors; i++)
        {
            honors.Append($"  - {{title: 先进集体{i}号, level: {levels[i % 4]}, year: 2023, recipient: 单位{i}}}\n");
        }

        Write(folder, "2024/society/01-honors.md", honors.Append("---\n本年度所获荣誉。\n").ToString());

        var stats = new StringBuilder("---\ntitle: 统计\ncategory: 经济\nstats:\n");
        for (var i = 1; i <= Indicators; i++)
        {
            stats.Append($"  - {{indicator: 指标{i}, value: {i}, unit: 个, period: '2023'}}\n");
        }

        Write(folder, "2024/economy/01-stats.md", stats.Append("---\n主要统计指标。\n").ToString());

        var entries = new StringBuilder("---\ntitle: 条目\ncategory: 经济\norder: 2\n---\n");
        for (var i = 1; i <= Entries; i++)
        {
            entries.Append($"【事项{i}】{{标签{i}}}第{i}项工作按期完成。\n\n");
        }

        Write(folder, "2024/economy/02-entries.md", entries.ToString());
    }

    private static void Write(string folder, string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
