namespace Yearbook.Conversion.Tests;

/// <summary>Real prose for property tests: the shared seed texts when present, else a built-in paragraph.</summary>
internal static class Seeds
{
    private const string Fallback =
        "源汇区位于漯河市中心城区，2024年全区地区生产总值同比增长5.8%。后来，区里发展软件产业，头发制品、干面条和台风预警系统都有涉及。\r\n" +
        "乾隆年間的舊宅裡，後面是一座臺階；繫鞋帶的孩子說：「這裏的麵條真好吃。」\n";

    public static IReadOnlyList<string> Texts { get; } = Load();

    private static List<string> Load()
    {
        string folder = Path.Combine(TestData.SharedFolder, "seeds");
        var texts = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList()
            : [];
        texts.Add(Fallback);
        return texts;
    }
}
