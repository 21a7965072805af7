namespace Yearbook.Conversion.Tests;

/// <summary>
/// Real prose for property tests: the sample yearbook's chapters (<c>content/**.md</c>, both scripts,
/// front matter included), which every clone holds, and a built-in paragraph of ambiguous characters.
/// </summary>
internal static class Seeds
{
    private const string Fallback =
        "源汇区位于漯河市中心城区，2024年全区地区生产总值同比增长5.8%。后来，区里发展软件产业，头发制品、干面条和台风预警系统都有涉及。\r\n" +
        "乾隆年間的舊宅裡，後面是一座臺階；繫鞋帶的孩子說：「這裏的麵條真好吃。」\n";

    public static IReadOnlyList<string> Texts { get; } = Load();

    private static List<string> Load()
    {
        string folder = Path.Combine(TestData.RepositoryRoot, "content");
        var texts = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        // Without the sample the big-input tests would quietly test a paragraph.
        if (texts.Sum(t => t.Length) < 10_000)
        {
            throw new InvalidOperationException($"the sample chapters in {folder} are missing or too short to serve as seed texts");
        }

        texts.Add(Fallback);
        return texts;
    }
}
