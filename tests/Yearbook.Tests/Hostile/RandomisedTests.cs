using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Yearbook.Content;
using Yearbook.Conversion;
using Yearbook.Diagnostics;
using Yearbook.Rendering;

namespace Yearbook.Tests.Hostile;

/// <summary>
/// Randomised tests for what we did not think of: 10,000 generated inputs each, built from fragments
/// that matter to the parser under test (so most inputs reach deep code, not the first syntax error)
/// mixed with random code points. Seeded: a failure names the seed and case, and
/// <c>YEARBOOK_SEED=n</c> replays it.
/// </summary>
public sealed partial class RandomisedTests
{
    private const int Cases = 10_000;

    private static readonly string[] YamlFragments =
    [
        "title: ", "order: ", "date: ", "tags: ", "honors:\n", "stats:\n", "  - ", "    ", "- ", ": ", "\n", "[", "]", "{", "}", ",",
        "&a ", "*a", "? ", "!!str ", "!!binary ", "|\n", ">-\n", "\"", "'", "\\", "\\x01", "\\uD800", "#", "---\n", "...\n", "%YAML 1.1\n",
        "~", "null", "true", "2025-02-30", "99999999999999999999", "-{", "}-", "源汇区", "\t", "\r", "<<: *a\n",
    ];

    private static readonly string[] MarkdownFragments =
    [
        "# ", "## ", "> ", "- ", "1. ", "* ", "+ ", "    ", "\n", "\n\n", "|", "---", ":--", "*", "**", "_", "~~", "`", "```\n", "[", "]", "(", ")",
        "![", "<", ">", "&", "&amp;", "&#0;", "\\", "[^1]", "[^1]: ", "-{", "}-", "zh-hans:", ";", "http://x.example/", "<b>", "</b>", "<!--",
        "+---+\n", "| a |\n", "源汇区", "发展", "\u0301", "\uFEFF", "\u200D", "😀", "\uD83D", "\uDE00",
    ];

    private static int Seed() => int.TryParse(Environment.GetEnvironmentVariable("YEARBOOK_SEED"), out var seed) ? seed : Environment.TickCount;

    private static string Generate(Random random, string[] fragments, int maxParts)
    {
        var text = new StringBuilder();
        var parts = random.Next(maxParts);
        for (var i = 0; i < parts; i++)
        {
            if (random.Next(5) == 0)
            {
                // Any UTF-16 unit at all, lone surrogates included.
                text.Append((char)random.Next(0x10000));
            }
            else
            {
                text.Append(fragments[random.Next(fragments.Length)]);
            }
        }

        return text.ToString();
    }

    private static void Run(Action<string, int> check, Func<Random, string> generate)
    {
        var seed = Seed();
        var random = new Random(seed);
        for (var i = 0; i < Cases; i++)
        {
            var input = generate(random);
            try
            {
                check(input, i);
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"case {i} of seed {seed} (replay with YEARBOOK_SEED={seed}) failed on {Escape(input)}: {ex.Message}", ex);
            }
        }
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c is >= ' ' and < '\u007f' ? c.ToString() : $"\\u{(int)c:X4}"));

    [Fact]
    public void Front_matter_parsing_never_throws()
    {
        var markdown = new ChapterMarkdown(rawHtml: false);
        Run((yaml, i) =>
        {
            var diagnostics = new DiagnosticBag();
            var chapter = new ChapterReader(Script.Hans, "测试区", markdown, diagnostics).Parse("---\n" + yaml + "\n---\n正文\n", "2025/01-a.md", "2025", null, "a", 1);

            // Either a chapter, or at least one error saying why not; every diagnostic has its file.
            Assert.True(chapter is not null || diagnostics.HasErrors);
            Assert.All(diagnostics.Sorted, d => Assert.Equal("2025/01-a.md", d.Location.Path));
        }, random => Generate(random, YamlFragments, 40));
    }

    [Fact]
    public void Converter_on_any_string_never_throws_and_keeps_surrogate_pairs()
    {
        var toTraditional = ChineseConverter.Create("s2t");
        var toSimplified = ChineseConverter.Create("t2s");
        Run((text, i) =>
        {
            foreach (var converter in new[] { toTraditional, toSimplified })
            {
                var converted = converter.Convert(text);

                // OpenCC's phrases change length by a few characters at most.
                Assert.InRange(converted.Length, text.Length / 2, (text.Length * 2) + 8);
                // Pairs are never split. Their number may change either way: some characters convert to ones
                // outside the BMP, and OpenCC's normalization step turns CJK compatibility ideographs outside it
                // (U+2F800) into their unified forms inside it (丽, then 麗 in s2t).
                Assert.Equal(LoneSurrogates(text), LoneSurrogates(converted));
                Assert.Equal(text.Split("😀").Length, converted.Split("😀").Length);
            }
        }, random => Generate(random, MarkdownFragments, 60));
    }

    [Fact]
    public void Markdown_to_html_never_throws_and_is_balanced()
    {
        var markdown = new ChapterMarkdown(rawHtml: false);
        var html = new MarkdownHtml(markdown.Pipeline);
        Run((text, i) =>
        {
            if (MarkdownNesting.FindTooDeep(text, markdown) is not null)
            {
                return; // refused with a diagnostic before it reaches the renderer
            }

            // Chapter bodies are decoded strictly from UTF-8, so they never hold lone surrogates.
            text = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
            if (MarkdownNesting.FindTooDeep(text, markdown) is not null)
            {
                return;
            }

            var output = html.Render(markdown.Parse(text));

            Assert.InRange(output.Length, 0, (text.Length * 40) + 200);
            AssertBalanced(output);
        }, random => Generate(random, MarkdownFragments, 80));
    }

    private static readonly string[] NestingFragments =
    [
        "> ", ">", "- ", "-", "* ", "+ ", "1. ", "a. ", "i) ", "\t", "  ", "    ", "*", "**", "_", "~~", "~", "[", "](#x)", "![", "]",
        "[^1]", "[^1]: ", "| a | b |\n", "|---|---|\n", "\n", "\n\n", "深", "发展", "-{", "}-", "`", "<x>", "\\",
    ];

    [Fact]
    public void Nesting_bound_from_characters_is_never_below_the_depth_Markdig_builds()
    {
        // The bound lets almost every chapter skip a second parse, so it must never be too low.
        var markdown = new ChapterMarkdown(rawHtml: false);
        var cleared = 0;
        Run((text, i) =>
        {
            var bound = MarkdownNesting.DepthBound(text);
            MarkdownDocument document;
            try
            {
                document = markdown.Parse(text);
            }
            catch (ArgumentException)
            {
                Assert.True(bound > MarkdownNesting.MaxDepth, $"Markdig gave up on text bounded at {bound}");
                return;
            }

            var depth = DepthOf(document);
            Assert.True(depth <= bound, $"depth {depth} above the bound {bound}");
            cleared += bound <= MarkdownNesting.MaxDepth ? 1 : 0;
        }, random => Generate(random, NestingFragments, random.Next(2) == 0 ? 40 : 160));

        // Both sides of the limit were tried.
        Assert.InRange(cleared, Cases / 10, Cases - (Cases / 10));
    }

    private static int DepthOf(MarkdownDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            switch (item.Node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, item.Depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, item.Depth + 1));
                    break;
                case ContainerInline inlines:
                    foreach (var child in inlines)
                    {
                        pending.Push((child, item.Depth + 1));
                    }

                    break;
            }
        }

        return deepest;
    }

    [GeneratedRegex(@"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?(/?)>")]
    private static partial Regex Tag();

    private static readonly HashSet<string> VoidElements = ["br", "hr", "img", "input", "meta", "link", "col", "wbr"];

    /// <summary>Every element that is opened is closed, in order; no raw markup character is left outside a tag.</summary>
    private static void AssertBalanced(string html)
    {
        var open = new Stack<string>();
        var end = 0;
        foreach (Match match in Tag().Matches(html))
        {
            Assert.DoesNotContain("<", html[end..match.Index]);
            end = match.Index + match.Length;
            var name = match.Groups[2].Value.ToLowerInvariant();
            if (VoidElements.Contains(name) || match.Groups[3].Value == "/")
            {
                continue;
            }

            if (match.Groups[1].Value == "/")
            {
                Assert.True(open.TryPop(out var top) && top == name, $"</{name}> closes {(open.Count == 0 ? "nothing" : "<" + top + ">")}");
            }
            else
            {
                open.Push(name);
            }
        }

        Assert.DoesNotContain("<", html[end..]);
        Assert.Empty(open);
    }

    private static int CountPairs(string text)
    {
        var pairs = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsSurrogatePair(text[i], text[i + 1]))
            {
                pairs++;
                i++;
            }
        }

        return pairs;
    }

    private static int LoneSurrogates(string text) => text.Count(char.IsSurrogate) - (2 * CountPairs(text));
}
