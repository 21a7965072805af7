using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Yearbook.Print.Renderers;

/// <summary>A pipe or grid table, as the theme's three-line table (三线表): its header rows apart, its columns' alignment kept.</summary>
internal sealed class TypstTableRenderer : MarkdownObjectRenderer<TypstRenderer, Table>
{
    /// <inheritdoc />
    protected override void Write(TypstRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        var rows = table.OfType<TableRow>().ToList();
        var columns = Math.Max(1, rows.Select(r => r.Sum(c => ((TableCell)c).ColumnSpan)).DefaultIfEmpty(1).Max());
        var alignments = Enumerable.Range(0, columns).Select(i => i < table.ColumnDefinitions.Count ? table.ColumnDefinitions[i].Alignment : null).ToList();
        renderer.Write($"#three-line-table(columns: {columns}, align: ({string.Join(", ", alignments.Select(Align))},)");
        renderer.Write(", header: (");
        foreach (var row in rows.Where(r => r.IsHeader))
        {
            WriteCells(renderer, row, strong: true);
        }

        renderer.Write(")");
        foreach (var row in rows.Where(r => !r.IsHeader))
        {
            WriteCells(renderer, row, strong: false);
        }

        renderer.WriteLine(")").WriteLine();
    }

    private static void WriteCells(TypstRenderer renderer, TableRow row, bool strong)
    {
        foreach (var cell in row.OfType<TableCell>())
        {
            if (strong)
            {
                renderer.Write(cell.ColumnSpan > 1 ? $"table.cell(colspan: {cell.ColumnSpan}, strong(" : "strong(");
            }
            else
            {
                renderer.Write(", ");
                renderer.Write(cell.ColumnSpan > 1 ? $"table.cell(colspan: {cell.ColumnSpan}, " : "");
            }

            renderer.WriteContentBlock(cell);
            renderer.Write(strong ? ")" : "");
            renderer.Write(cell.ColumnSpan > 1 ? ")" : "");
            if (strong)
            {
                renderer.Write(", ");
            }
        }
    }

    private static string Align(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Center => "center",
        TableColumnAlign.Right => "right",
        _ => "left",
    };
}
