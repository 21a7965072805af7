using System.Text;
using Scriban.Runtime;
using Yearbook.Rendering;

namespace Yearbook.Tests.Rendering;

/// <summary>
/// An indented partial's text reaches the page with every line after its first indented, as when it
/// was buffered and indented whole: however Scriban splits the writes, and with no indent after a
/// final line break.
/// </summary>
public sealed class IndentedOutputTests
{
    private static string Indent(string indent, params string[] writes)
    {
        var page = new StringBuilderOutput(new StringBuilder("<"));
        var output = new IndentedOutput();
        output.Start(page, indent);
        foreach (var text in writes)
        {
            // Written from the middle of a longer string, as Scriban writes slices of a template's text.
            var source = "##" + text + "##";
            output.Write(source, 2, text.Length);
        }

        output.Stop();
        return page.Builder.ToString();
    }

    [Theory]
    [InlineData(new[] { "a\nb\nc" }, "<a\n  b\n  c")]
    [InlineData(new[] { "a\nb\n" }, "<a\n  b\n")]
    [InlineData(new[] { "a\n", "", "b\n", "c" }, "<a\n  b\n  c")]
    [InlineData(new[] { "\n\nx" }, "<\n  \n  x")]
    [InlineData(new[] { "one line" }, "<one line")]
    public void Lines_after_the_first_are_indented_and_a_final_line_break_is_not(string[] writes, string expected) =>
        Assert.Equal(expected, Indent("  ", writes));

    [Fact]
    public void A_partial_indented_inside_an_indented_partial_gets_both_indents()
    {
        var page = new StringBuilderOutput(new StringBuilder());
        var outer = new IndentedOutput();
        var inner = new IndentedOutput();
        outer.Start(page, "  ");
        outer.Write("<ul>\n  ", 0, 7);
        inner.Start(outer, "  ");
        inner.Write("<li>\n</li>\n", 0, 11);
        inner.Stop();
        outer.Write("</ul>", 0, 5);
        outer.Stop();
        Assert.Equal("<ul>\n    <li>\n    </li>\n  </ul>", page.Builder.ToString());
    }
}
