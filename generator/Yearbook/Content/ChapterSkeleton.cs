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
        // Searched, not split into lines: this runs for every chapter of every build.
        var first = -1;
        foreach (var text in Body.Value)
        {
            for (var at = body.IndexOf(text, StringComparison.Ordinal); at >= 0; at = body.IndexOf(text, at + 1, StringComparison.Ordinal))
            {
                var lineStart = at == 0 ? 0 : body.LastIndexOf('\n', at - 1) + 1;
                var lineEnd = body.IndexOf('\n', at) is var end and >= 0 ? end : body.Length;
                var line = body.AsSpan(lineStart, lineEnd - lineStart).Trim();
                // The heading only as a line of its own; the paragraph by its start.
                if (line.StartsWith(text) && (!text.StartsWith('#') || line.Length == text.Length))
                {
                    first = first < 0 || lineStart < first ? lineStart : first;
                    break;
                }
            }
        }

        return first < 0 ? -1 : body.AsSpan(0, first).Count('\n');
    }

    private static HashSet<string> BothScripts(string text) => new(StringComparer.Ordinal) { text, ChineseConverter.Create("s2t").Convert(text) };
}
