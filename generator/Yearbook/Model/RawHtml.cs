namespace Yearbook.Model;

/// <summary>
/// HTML the generator made from trusted parts (a rendered chapter body, a preface, a chart): the one
/// kind of value a template prints as it is. Every other value is escaped, so a theme cannot print
/// contributor text as markup by mistake.
/// </summary>
/// <param name="Html">The markup.</param>
internal sealed record RawHtml(string Html)
{
    /// <summary>No markup; false in a template's <c>if</c>.</summary>
    public static readonly RawHtml Empty = new("");

    /// <summary>Wraps <paramref name="html"/>, sharing <see cref="Empty"/> for an empty string.</summary>
    public static RawHtml From(string html) => html.Length == 0 ? Empty : new RawHtml(html);

    /// <inheritdoc />
    public override string ToString() => Html;
}
