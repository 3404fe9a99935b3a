using System.Globalization;
using System.Net;
using System.Text;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Plots;

// Why not SkeletonFormatsFigure: that poses a body (each joint mapped to a landmark); this lays out any format, a user's JSON file too, from its edges alone.
/// <summary>Draws a format's joint graph as a self-contained inline SVG, laid out in rows by BFS depth from the centre.</summary>
internal static class GraphSvg
{
    /// <summary>Fill of the first joint of a mirror pair.</summary>
    internal const string LeftColour = "#1f77b4";

    /// <summary>Fill of the second joint of a mirror pair.</summary>
    internal const string RightColour = "#d62728";

    /// <summary>Fill of joints without a mirror twin.</summary>
    internal const string CentralColour = "#7f7f7f";

    private const int ColumnGap = 68;
    private const int RowGap = 76;
    private const int LeftMargin = 64;
    private const int RightMargin = 24;
    private const int Top = 44;
    private const int Radius = 10;
    private const int DetachedGap = 56;
    private const double MaxLift = 30;
    private const int LegendHeight = 40;
    private const int MinWidth = 600;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The SVG element (one <c>&lt;svg&gt;</c>) drawing <paramref name="format"/>.</summary>
    internal static string Render(SkeletonFormat format)
    {
        var neighbours = Neighbours(format);
        var rows = BreadthFirstRows(format, neighbours);
        var reached = rows.SelectMany(r => r).ToHashSet();
        // Ordered by component, then by joint, so the row reads as the components listed in the joint table.
        var detached = SkeletonGraph.ConnectedComponents(format).SelectMany(c => c).Where(v => !reached.Contains(v)).ToList();

        var widest = Math.Max(rows.Max(r => r.Count), detached.Count);
        var width = Math.Max(MinWidth, LeftMargin + widest * ColumnGap + RightMargin);
        var detachedY = Top + rows.Count * RowGap + DetachedGap;
        var height = (detached.Count > 0 ? detachedY + RowGap - 20 : Top + rows.Count * RowGap - 20) + LegendHeight;

        var position = new (double X, double Y)[format.JointCount];
        for (var r = 0; r < rows.Count; r++)
        {
            Place(rows[r], Top + r * RowGap, widest, position);
        }

        Place(detached, detachedY, widest, position);

        var svg = new StringBuilder();
        var label = WebUtility.HtmlEncode($"Joint graph of {format.Name}");
        svg.Append(Invariant, $"<svg class=\"graph\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{label}\">\n");
        svg.Append(Invariant, $"<title>{label}</title>\n");
        for (var r = 0; r < rows.Count; r++)
        {
            svg.Append(Invariant, $"<text class=\"row\" font-size=\"11\" fill=\"#555\" x=\"6\" y=\"{Top + r * RowGap + 4}\">depth {r}</text>\n");
        }

        if (detached.Count > 0)
        {
            var lineY = detachedY - DetachedGap + 4;
            svg.Append(Invariant, $"<line x1=\"6\" y1=\"{lineY}\" x2=\"{width - 6}\" y2=\"{lineY}\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>\n");
            svg.Append(Invariant, $"<text class=\"row\" font-size=\"11\" fill=\"#555\" x=\"6\" y=\"{lineY + 14}\">not connected to the centre</text>\n");
        }

        AppendEdges(svg, format, position);
        AppendNodes(svg, format, position);
        AppendLegend(svg, height - LegendHeight + 22);
        svg.Append("</svg>");
        return svg.ToString();
    }

    // True BFS depth (not the capped hop distance of SkeletonGraph): each row lists a node's children in the order of
    // their parents, so branches stay side by side from one row to the next.
    private static List<List<int>> BreadthFirstRows(SkeletonFormat format, List<int>[] neighbours)
    {
        var seen = new bool[format.JointCount];
        seen[format.Center] = true;
        var rows = new List<List<int>> { new() { format.Center } };
        while (true)
        {
            var next = new List<int>();
            foreach (var node in rows[^1])
            {
                foreach (var neighbour in neighbours[node].Where(n => !seen[n]))
                {
                    seen[neighbour] = true;
                    next.Add(neighbour);
                }
            }

            if (next.Count == 0)
            {
                return rows;
            }

            rows.Add(next);
        }
    }

    private static List<int>[] Neighbours(SkeletonFormat format)
    {
        var neighbours = Enumerable.Range(0, format.JointCount).Select(_ => new List<int>()).ToArray();
        foreach (var (a, b) in format.Edges)
        {
            neighbours[a].Add(b);
            neighbours[b].Add(a);
        }

        foreach (var list in neighbours)
        {
            list.Sort();
        }

        return neighbours;
    }

    private static void Place(List<int> row, double y, int widest, (double X, double Y)[] position)
    {
        var span = widest * ColumnGap;
        for (var i = 0; i < row.Count; i++)
        {
            position[row[i]] = (LeftMargin + span * (i + 0.5) / row.Count, y);
        }
    }

    private static void AppendEdges(StringBuilder svg, SkeletonFormat format, (double X, double Y)[] position)
    {
        svg.Append("<g class=\"edges\" stroke=\"#888\" stroke-width=\"1.5\" fill=\"none\">\n");
        foreach (var (a, b) in format.Edges)
        {
            var (x1, y1) = position[a];
            var (x2, y2) = position[b];
            if (y1 == y2)
            {
                // Same-row edges would run straight through the nodes between them, so they arc above the row.
                var lift = Math.Min(MaxLift, 14 + 0.1 * Math.Abs(x2 - x1));
                svg.Append(Invariant, $"<path d=\"M {x1:0.#} {y1:0.#} Q {(x1 + x2) / 2:0.#} {y1 - lift:0.#} {x2:0.#} {y2:0.#}\"/>\n");
            }
            else
            {
                svg.Append(Invariant, $"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\"/>\n");
            }
        }

        svg.Append("</g>\n");
    }

    private static void AppendNodes(StringBuilder svg, SkeletonFormat format, (double X, double Y)[] position)
    {
        var left = format.MirrorPairs.Select(p => p.First).ToHashSet();
        var right = format.MirrorPairs.Select(p => p.Second).ToHashSet();
        var rowIndex = new Dictionary<double, int>();
        svg.Append("<g class=\"nodes\" text-anchor=\"middle\" font-size=\"9\">\n");
        foreach (var v in Enumerable.Range(0, format.JointCount).OrderBy(v => position[v].Y).ThenBy(v => position[v].X))
        {
            var (x, y) = position[v];
            var fill = left.Contains(v) ? LeftColour : right.Contains(v) ? RightColour : CentralColour;
            var name = WebUtility.HtmlEncode(format.JointNames[v]);
            var isCentre = v == format.Center;
            var stroke = isCentre ? " stroke=\"#000\" stroke-width=\"3\"" : " stroke=\"#fff\" stroke-width=\"1\"";
            // Neighbouring labels alternate between two heights so long names do not overprint each other.
            var slot = rowIndex.TryGetValue(y, out var seen) ? seen : 0;
            rowIndex[y] = slot + 1;
            var labelY = y + Radius + (slot % 2 == 0 ? 11 : 21);
            svg.Append(Invariant, $"<g><title>{v}: {name}{(isCentre ? " (centre)" : "")}</title>");
            svg.Append(Invariant, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{Radius}\" fill=\"{fill}\"{stroke}/>");
            svg.Append(Invariant, $"<text class=\"index\" fill=\"#fff\" x=\"{x:0.#}\" y=\"{y + 3.5:0.#}\">{v}</text>");
            svg.Append(Invariant, $"<text class=\"name\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\" x=\"{x:0.#}\" y=\"{labelY:0.#}\">{name}</text></g>\n");
        }

        svg.Append("</g>\n");
    }

    private static void AppendLegend(StringBuilder svg, double y)
    {
        (string Colour, string Text)[] entries =
        [
            (LeftColour, "left (first of a mirror pair)"),
            (RightColour, "right (its twin)"),
            (CentralColour, "no mirror twin"),
        ];
        var x = 12.0;
        foreach (var (colour, text) in entries)
        {
            svg.Append(Invariant, $"<circle cx=\"{x:0.#}\" cy=\"{y - 4:0.#}\" r=\"6\" fill=\"{colour}\"/>");
            svg.Append(Invariant, $"<text class=\"legend\" font-size=\"11\" x=\"{x + 10:0.#}\" y=\"{y:0.#}\">{text}</text>\n");
            x += 40 + 6 * text.Length;
        }

        svg.Append(Invariant, $"<circle cx=\"{x:0.#}\" cy=\"{y - 4:0.#}\" r=\"6\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"3\"/>");
        svg.Append(Invariant, $"<text class=\"legend\" font-size=\"11\" x=\"{x + 10:0.#}\" y=\"{y:0.#}\">centre joint</text>\n");
    }
}
