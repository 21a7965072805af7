namespace Yearbook.Conversion.Tests;

/// <summary>
/// A large deterministic text for differential tests: seed prose cut into sentences and shuffled,
/// interleaved with keys drawn from every OpenCC dictionary (so most entries, and their neighbours,
/// are exercised), compatibility ideographs and ideographic description sequences.
/// </summary>
internal static class GeneratedText
{
    public static string Build(int seed = 2024, int targetLength = 400_000)
    {
        var random = new Random(seed);
        var sentences = Seeds.Texts
            .SelectMany(t => t.Split(['。', '\n', '！', '？'], StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        string folder = Path.Combine(TestData.NpmModules, "opencc", "data", "dictionary");
        var keys = Directory.GetFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(f => TextDict.Lines(File.ReadAllText(f)))
            .Where(l => l.Length > 0 && l[0] != '#' && l.Contains('\t'))
            .SelectMany(l => l.Split('\t', ' '))
            .ToArray();
        string[] separators = ["", "", "", "，", "。", "\n", "\r\n", " ", "、"];
        var builder = new System.Text.StringBuilder(targetLength + 1000);
        while (builder.Length < targetLength)
        {
            int pick = random.Next(10);
            if (pick < 3)
            {
                builder.Append(sentences[random.Next(sentences.Length)]);
            }
            else if (pick < 9)
            {
                builder.Append(keys[random.Next(keys.Length)]);
            }
            else
            {
                builder.Append(random.Next(2) == 0 ? "⿰車兩" : "\uF900\uF901");
            }
            builder.Append(separators[random.Next(separators.Length)]);
        }
        return builder.ToString();
    }
}
