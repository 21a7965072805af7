using Yearbook.Diagnostics;

namespace Yearbook.Tests.Content;

/// <summary>
/// The common YAML mistakes in front matter, each reported where the fix goes and in words an editor
/// understands rather than YamlDotNet's ("While parsing a flow sequence, did not find expected ',' or ']'").
/// Lines are the file's: the front matter starts on line 2.
/// </summary>
public sealed class YamlErrorTests
{
    public static TheoryData<string, int, int, string> Cases => new()
    {
        // front matter, line, column, message (whole)
        { "title: 甲\ncategory: [经济\ndate: 2025-01-01\n", 3, 11, "the list opened with '[' on line 3 is never closed: end it with ']'" },
        { "title: 甲\ncategory: [经济\n", 3, 11, "the list opened with '[' on line 3 is never closed: end it with ']'" },
        { "title: [a, [b, c]\nsummary: x\n", 2, 8, "the list opened with '[' on line 2 is never closed: end it with ']'" },
        { "title: 甲\nstats: {indicator: 产值\ndate: 2025-01-01\n", 3, 8, "the '{ … }' opened on line 3 is never closed: end it with '}'" },
        { "title: 甲\nsummary: \"经济\ndate: 2025-01-01\n", 3, 10, "the text opened with '\"' on line 3 is never closed: end it with '\"'" },
        { "title: 甲\nsummary: '经济\n", 3, 10, "the text opened with \"'\" on line 3 is never closed: end it with \"'\"" },
        { "title: 甲\nsummary: 时间: 上午\n", 3, 12, "this value holds ': ', which YAML takes for a new field: quote a value that holds a colon, e.g. summary: \"时间: 上午\"" },
        { "title: 甲\n  summary: 上午\n", 3, 3, "this line is indented more than line 2, so YAML reads it as part of the value there: start it in the same column as the fields around it (quote a value that holds a colon)" },
        { "title:甲\nsummary: x\n", 2, 6, "'title:甲' needs a space after ':' to be a field (and a value that holds a colon needs quotes)" },
        { "title: 甲\nhonors:\n  - title: 乙\n   level: district\n", 5, 4, "this line is not lined up with the list above it: a new item starts with '- ' in column 3, a field of the item above in column 5 (as on line 4)" },
        { "title: 甲\nhonors:\n\t- title: 乙\n", 4, 1, "a tab is used for indentation; indent with spaces" },
        { "title: 甲\n\tsummary: x\n", 3, 1, "a tab is used for indentation; indent with spaces" },
        { "title: 甲\nsummary: 一 # 注\n  date: 2025-01-01\n", 4, 3, "this line starts in column 3, but the fields it belongs with start in column 1 (as on line 2): line it up with them, or indent it below a field that ends with ':'" },
        { "title: \"甲\" 乙\n", 2, 12, "there is text after the closing quote: put the whole value inside the quotes" },
        { "title: 甲\ntags: [a, b]]\n", 3, 13, "there is text after the closing ']': put the whole value inside the brackets, or quote it" },
        { "title: 甲\ntags: [a, \"b\" c]\n", 3, 15, "expected ',' or ']' here, in the list opened on line 3: separate the items with commas, and quote an item that holds a quote mark, ':' or ','" },
        { "title: 甲\n- a\n", 3, 1, "a list item ('- ') stands where a field ('key: value') was expected: put the list under a field that ends with ':', indented below it" },
        { "title: 甲\nsummary: @新闻\n", 3, 10, "a value cannot start with '@' in YAML: put the value in quotes" },
        { "title: 甲\nsummary: *注\n", 3, 10, "'*注' refers to an anchor '&注' that is not defined above it: put the value in quotes if '*' is part of the text" },
        { "title: 甲\ntitle: 乙\n", 3, 1, "the field 'title' is given twice; keep one" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Yaml_error_is_reported_where_the_fix_goes(string frontMatter, int line, int column, string message)
    {
        using var site = new TempSite().Write("2025/01-a.md", "---\n" + frontMatter + "---\n\n正文。\n");

        var diagnostic = Assert.Single(site.Build(write: false).Diagnostics);

        Assert.Equal((DiagnosticCodes.YamlSyntax, "2025/01-a.md", line, column, message),
            (diagnostic.Code, diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Message));
    }
}
