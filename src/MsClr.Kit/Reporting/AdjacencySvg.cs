using System.Globalization;
using System.Net;
using System.Text;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Reporting;

/// <summary>Renders one V×V partition of an <see cref="Adjacency"/> stack as a self-contained inline SVG heatmap.</summary>
/// <remarks>Row j, column i shows entry [k, j, i], the weight of the message from joint j to joint i.</remarks>
internal static class AdjacencySvg
{
    private const int Cell = 8;
    private const int Left = 40;
    private const int Top = 34;
    private const int LegendHeight = 40;
    private const int AxisStep = 5;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Sequential blues (light to dark); exact zeros stay white so structural zeros stand apart from small weights.
    private static readonly (double R, double G, double B)[] Stops = [(222, 235, 247), (107, 174, 214), (8, 48, 107)];

    /// <summary>The SVG element (one <c>&lt;svg&gt;</c>) for partition <paramref name="partition"/> of <paramref name="adjacency"/>.</summary>
    /// <param name="adjacency">The [K, V, V] stack; the colour scale runs from 0 to the largest value of the whole stack.</param>
    /// <param name="partition">The partition k to draw.</param>
    /// <param name="title">Shown as the SVG title and accessible label (plain text; escaped here).</param>
    /// <param name="jointNames">Optional joint names for the cell tooltips.</param>
    internal static string Render(Adjacency adjacency, int partition, string title, IReadOnlyList<string>? jointNames = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(partition);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(partition, adjacency.Partitions);
        var v = adjacency.Joints;
        var max = 0f;
        foreach (var value in adjacency.Values)
        {
            max = Math.Max(max, value);
        }

        var side = v * Cell;
        var width = Math.Max(Left + side + 12, 230);
        var height = Top + side + LegendHeight;
        var label = WebUtility.HtmlEncode(title);
        var svg = new StringBuilder();
        svg.Append(Invariant, $"<svg class=\"heatmap\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{label}\" font-size=\"8\" fill=\"#333\">\n");
        svg.Append(Invariant, $"<title>{label}</title>\n");
        svg.Append(Invariant, $"<text x=\"{Left}\" y=\"10\" font-size=\"9\">to joint (column) →</text>\n");
        svg.Append(Invariant, $"<text transform=\"translate(10 {Top}) rotate(90)\" font-size=\"9\">from joint (row) →</text>\n");
        svg.Append(Invariant, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>\n");
        for (var from = 0; from < v; from++)
        {
            for (var to = 0; to < v; to++)
            {
                var value = adjacency[partition, from, to];
                if (value == 0)
                {
                    continue;
                }

                svg.Append(Invariant, $"<rect x=\"{Left + to * Cell}\" y=\"{Top + from * Cell}\" width=\"{Cell}\" height=\"{Cell}\" fill=\"{Colour(value, max)}\">");
                svg.Append(Invariant, $"<title>{Name(from, jointNames)} → {Name(to, jointNames)}: {value:0.####}</title></rect>\n");
            }
        }

        AppendGrid(svg, v);
        AppendAxes(svg, v);
        AppendLegend(svg, Top + side + 14, max);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The fill for <paramref name="value"/> on a scale from 0 (white) to <paramref name="max"/> (darkest blue).</summary>
    internal static string Colour(double value, double max)
    {
        if (value <= 0 || max <= 0)
        {
            return "#ffffff";
        }

        var t = Math.Clamp(value / max, 0, 1) * (Stops.Length - 1);
        var segment = Math.Min((int)t, Stops.Length - 2);
        var f = t - segment;
        var (r0, g0, b0) = Stops[segment];
        var (r1, g1, b1) = Stops[segment + 1];
        return string.Create(Invariant, $"#{Channel(r0, r1, f):x2}{Channel(g0, g1, f):x2}{Channel(b0, b1, f):x2}");
    }

    private static int Channel(double from, double to, double f) => (int)Math.Round(from + (to - from) * f, MidpointRounding.AwayFromZero);

    private static string Name(int joint, IReadOnlyList<string>? jointNames) =>
        jointNames is not null && joint < jointNames.Count
            ? string.Create(Invariant, $"{joint} {WebUtility.HtmlEncode(jointNames[joint])}")
            : joint.ToString(Invariant);

    private static void AppendGrid(StringBuilder svg, int v)
    {
        var side = v * Cell;
        svg.Append("<path stroke=\"#d0d0d0\" stroke-width=\"0.5\" fill=\"none\" d=\"");
        for (var line = 0; line <= v; line++)
        {
            var offset = line * Cell;
            svg.Append(Invariant, $"M{Left + offset} {Top}v{side}M{Left} {Top + offset}h{side}");
        }

        svg.Append("\"/>\n");
    }

    private static void AppendAxes(StringBuilder svg, int v)
    {
        svg.Append("<g text-anchor=\"middle\">");
        for (var index = 0; index < v; index += AxisStep)
        {
            svg.Append(Invariant, $"<text x=\"{Left + index * Cell + Cell / 2.0:0.#}\" y=\"{Top - 4}\">{index}</text>");
        }

        svg.Append("</g>\n<g text-anchor=\"end\">");
        for (var index = 0; index < v; index += AxisStep)
        {
            svg.Append(Invariant, $"<text x=\"{Left - 4}\" y=\"{Top + index * Cell + Cell - 1}\">{index}</text>");
        }

        svg.Append("</g>\n");
    }

    private static void AppendLegend(StringBuilder svg, int y, float max)
    {
        svg.Append(Invariant, $"<text x=\"{Left}\" y=\"{y + 8}\">scale:</text>\n");
        for (var step = 0; step <= 4; step++)
        {
            var value = max * step / 4.0;
            var x = Left + 30 + step * 34;
            svg.Append(Invariant, $"<rect x=\"{x}\" y=\"{y}\" width=\"{Cell + 2}\" height=\"{Cell + 2}\" fill=\"{Colour(value, max)}\" stroke=\"#999\" stroke-width=\"0.5\"/>");
            svg.Append(Invariant, $"<text x=\"{x + Cell + 4}\" y=\"{y + 8}\">{value:0.##}</text>\n");
        }
    }
}
