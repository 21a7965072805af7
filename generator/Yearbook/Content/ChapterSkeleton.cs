using Yearbook.Conversion;

namespace Yearbook.Content;

/// <summary>
/// The placeholder texts that <c>yearbook new chapter</c> writes (in Simplified, or converted with
/// s2t for a Traditional chapter). A chapter that still holds one is unfinished: it would be
/// published with 篇目标题 as its title or 正文。 as its text.
/// </summary>
internal static class ChapterSkeleton
{
    /// <summary>The front matter fields and their placeholders (keep in step with NewCommand).</summary>
    private static readonly (string Field, string Text)[] FieldTexts =
    [
        ("title", "篇目标题"), ("category", "类目名称"), ("source", "供稿单位"), ("authors", "撰稿人"),
        ("summary", "一句话摘要。"), ("tags", "主题词"),
    ];

    /// <summary>The lines of the body's placeholder: its heading and the start of its paragraph.</summary>
    private static readonly string[] BodyLines = ["## 小标题", "正文。需要原样保留、不做简繁转换的文字写作"];

    private static readonly Lazy<(string Field, HashSet<string> Texts)[]> Fields = new(() =>
        FieldTexts.Select(f => (f.Field, BothScripts(f.Text))).ToArray());

    private static readonly Lazy<string[]> Body = new(() => BodyLines.SelectMany(BothScripts).ToArray());

    /// <summary>The fields of <paramref name="frontMatter"/> that still hold their placeholder, in file order.</summary>
    public static IEnumerable<string> FieldsLeft(FrontMatter frontMatter)
    {
        foreach (var (field, texts) in Fields.Value)
        {
            IEnumerable<string> values = field switch
            {
                "title" => [frontMatter.Title],
                "category" => [frontMatter.Category ?? ""],
                "source" => [frontMatter.Source ?? ""],
                "authors" => frontMatter.Authors,
                "summary" => [frontMatter.Summary ?? ""],
                _ => frontMatter.Tags,
            };
            if (values.Any(v => texts.Contains(v.Trim())))
            {
                yield return field;
            }
        }
    }

    /// <summary>The 0-based index of the first line of <paramref name="body"/> left from the skeleton, or -1.</summary>
    public static int FirstBodyLine(string body)
    {
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (Body.Value.Any(b => line.StartsWith(b, StringComparison.Ordinal) && (b.StartsWith('#') ? line.Length == b.Length : true)))
            {
                return i;
            }
        }

        return -1;
    }

    private static HashSet<string> BothScripts(string text) => new(StringComparer.Ordinal) { text, ChineseConverter.Create("s2t").Convert(text) };
}
