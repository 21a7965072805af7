using System.Globalization;
using System.Security;
using System.Text;

namespace Yearbook.Indexes.Statistics;

/// <summary>
/// Draws a series as an inline SVG line chart at build time, so it needs no script and prints.
/// Every text (title, axis labels, periods, values) is in the edition's script and XML-escaped:
/// indicators, periods and values come from contributors. Values are labelled as written; the
/// geometry only uses their numbers. The chart is an image with a text alternative listing every point.
/// </summary>
internal static class SeriesChart
{
    private const double Width = 640, Height = 340;
    private const double Left = 72, Right = 24, Top = 64, Bottom = 72;

    /// <summary>The texts the chart needs, in the edition's script.</summary>
    /// <param name="Period">The x axis title, e.g. 时期.</param>
    /// <param name="Unit">The word for unit, e.g. 单位.</param>
    public sealed record Labels(string Period, string Unit);

    /// <summary>Whether <paramref name="series"/> has a chart: two or more periods with a numeric value.</summary>
    public static bool Draws(StatisticsSeries series)
    {
        // Asked of every series by the landing page at each edit: it stops at the second period found.
        string? first = null;
        foreach (var point in series.Points)
        {
            if (point.Number is null)
            {
                continue;
            }

            var period = point.Period.Trim();
            if (first is null)
            {
                first = period;
            }
            else if (period != first)
            {
                return true;
            }
        }

        return false;
    }

    // One point per period: when two chapters give the same period, the first in reading order (the
    // newest volume's) is drawn; the table lists both, and the build warns of a disagreement (YB0405).
    private static List<StatisticPoint> Drawn(StatisticsSeries series) =>
        series.Points.Where(p => p.Number is not null).DistinctBy(p => p.Period.Trim(), StringComparer.Ordinal).ToList();

    /// <summary>The SVG, or empty when the series has fewer than two numeric periods.</summary>
    public static string Svg(StatisticsSeries series, Labels labels)
    {
        var points = Drawn(series);
        if (points.Count < 2)
        {
            return "";
        }

        var values = points.Select(p => (double)p.Number!.Value).ToList();
        var (low, high, step) = Scale(Math.Min(0, values.Min()), Math.Max(0, values.Max()));
        double X(int i) => Left + (Width - Left - Right) * (points.Count == 1 ? 0.5 : (i + 0.5) / points.Count);
        double Y(double v) => Top + (Height - Top - Bottom) * (1 - (v - low) / (high - low));

        var id = series.Anchor + "-chart";
        var title = series.Unit.Length > 0 ? $"{series.Indicator}（{series.Unit}）" : series.Indicator;
        var desc = string.Join("；", points.Select(p => $"{p.Period}：{p.Value}{p.Unit}"));
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"series-chart\" viewBox=\"0 0 {N(Width)} {N(Height)}\" role=\"img\" ")
           .Append($"aria-labelledby=\"{E(id)}-title {E(id)}-desc\" font-size=\"14\">")
           .Append($"<title id=\"{E(id)}-title\">{E(title)}</title>")
           .Append($"<desc id=\"{E(id)}-desc\">{E(desc)}</desc>")
           .Append($"<text class=\"chart-title\" x=\"{N(Width / 2)}\" y=\"24\" text-anchor=\"middle\" font-size=\"17\" font-weight=\"700\" fill=\"#1f2329\">{E(series.Indicator)}</text>");
        if (series.Unit.Length > 0)
        {
            svg.Append($"<text class=\"chart-unit\" x=\"8\" y=\"{N(Top - 18)}\" text-anchor=\"start\" fill=\"#4a525c\">{E(labels.Unit)}：{E(series.Unit)}</text>");
        }

        // Grid lines and value axis.
        for (var v = low; v <= high + step / 2; v += step)
        {
            var y = Y(v);
            svg.Append($"<line x1=\"{N(Left)}\" x2=\"{N(Width - Right)}\" y1=\"{N(y)}\" y2=\"{N(y)}\" stroke=\"{(Math.Abs(v) < step / 2 ? "#4a525c" : "#d9d4cc")}\" stroke-width=\"1\"/>")
               .Append($"<text x=\"{N(Left - 8)}\" y=\"{N(y + 5)}\" text-anchor=\"end\" fill=\"#4a525c\">{E(Tick(v, step))}</text>");
        }

        // Periods on the x axis; long ranges (2025-01-28/2025-02-04) on two lines.
        for (var i = 0; i < points.Count; i++)
        {
            var lines = points[i].Period.Split('/');
            svg.Append($"<text x=\"{N(X(i))}\" y=\"{N(Height - Bottom + 22)}\" text-anchor=\"middle\" fill=\"#1f2329\">");
            for (var l = 0; l < lines.Length; l++)
            {
                svg.Append($"<tspan x=\"{N(X(i))}\" dy=\"{(l == 0 ? "0" : "1.2em")}\">{E(lines[l] + (l < lines.Length - 1 ? "/" : ""))}</tspan>");
            }

            svg.Append("</text>");
        }

        svg.Append($"<text class=\"chart-axis\" x=\"{N(Width - Right)}\" y=\"{N(Height - 8)}\" text-anchor=\"end\" fill=\"#4a525c\">{E(labels.Period)}</text>");

        // The line, then the points with their values as written.
        svg.Append("<polyline fill=\"none\" stroke=\"#8e1c1c\" stroke-width=\"2.5\" points=\"")
           .Append(string.Join(' ', values.Select((v, i) => $"{N(X(i))},{N(Y(v))}")))
           .Append("\"/>");
        for (var i = 0; i < points.Count; i++)
        {
            svg.Append($"<circle cx=\"{N(X(i))}\" cy=\"{N(Y(values[i]))}\" r=\"4.5\" fill=\"#fff\" stroke=\"#8e1c1c\" stroke-width=\"2.5\"/>")
               .Append($"<text class=\"chart-value\" x=\"{N(X(i))}\" y=\"{N(Y(values[i]) - 12)}\" text-anchor=\"middle\" font-weight=\"700\" fill=\"#1f2329\">{E(points[i].Value)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Axis bounds and a step of 1, 2 or 5 × 10ⁿ giving about four intervals.</summary>
    private static (double Low, double High, double Step) Scale(double min, double max)
    {
        if (max - min <= 0)
        {
            max = min + 1;
        }

        var raw = (max - min) / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    private static string Tick(double value, double step)
    {
        var decimals = Math.Max(0, (int)-Math.Floor(Math.Log10(step) - 1e-9));
        return Math.Round(value, Math.Min(decimals + 1, 6)).ToString("0.######", CultureInfo.InvariantCulture);
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => SecurityElement.Escape(text) ?? "";
}
