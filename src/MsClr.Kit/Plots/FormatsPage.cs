using System.Globalization;
using System.Net;
using System.Text;
using MsClr.Kit.IO;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Plots;

/// <summary>
/// A self-contained, offline HTML page that explains skeleton formats to students: a summary table, then per format a
/// drawing of the joint graph (<see cref="GraphSvg"/>), a joint table and the ST-GCN adjacency partitions
/// (<see cref="AdjacencyPartitionsChart"/>, the notebooks' chart).
/// </summary>
/// <remarks>
/// plotly.js is inlined once in the head (<see cref="ChartExport.PlotlyJs"/>), no script or style comes from a URL;
/// chart ids follow the format's position and name, so the same formats give the same bytes.
/// </remarks>
public static class FormatsPage
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#222;background:#fafafa}
        main{max-width:1200px;margin:0 auto;padding:1.5rem}
        h1{margin-top:0}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.5rem}
        p,li{line-height:1.5;max-width:62rem}code{background:#eee;padding:0 .25rem;border-radius:3px}
        table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem;background:#fff}
        th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}th{background:#f0f0f0}
        td.num{text-align:right;font-variant-numeric:tabular-nums}tr.centre td{font-weight:bold}
        .scroll{overflow-x:auto}.msclr-chart{background:#fff;border:1px solid #ddd}
        """;

    /// <summary>Renders the page for <paramref name="formats"/>, in the order given.</summary>
    /// <param name="formats">The formats to describe, e.g. <see cref="SkeletonFormats.All"/>.</param>
    /// <param name="strategy">The partition strategy whose [K, V, V] adjacency is summarised and drawn.</param>
    /// <returns>A complete HTML5 document (UTF-8 text, <c>\n</c> line endings).</returns>
    public static string Render(IEnumerable<SkeletonFormat> formats, GraphStrategy strategy = GraphStrategy.Spatial)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var list = formats.ToArray();
        var stacks = list.Select(f => SkeletonGraph.Build(f, strategy)).ToArray();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Skeleton formats</title>\n<style>\n").Append(Style.ReplaceLineEndings("\n")).Append("\n</style>\n")
            .Append("<script type=\"text/javascript\" charset=\"utf-8\">\n").Append(ChartExport.PlotlyJs).Append("\n</script>\n")
            .Append("</head>\n<body>\n<main>\n<h1>Skeleton formats</h1>\n");
        AppendIntro(html, strategy, stacks.Length > 0 ? stacks[0].Partitions : 0);
        AppendSummary(html, list, stacks, strategy);
        for (var f = 0; f < list.Length; f++)
        {
            AppendSection(html, f, list[f], stacks[f], strategy);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Renders the page (see <see cref="Render"/>) and writes it atomically to <paramref name="path"/> as UTF-8.</summary>
    /// <param name="path">Target file, typically ending in <c>.html</c>; missing directories are created.</param>
    /// <param name="formats">The formats to describe.</param>
    /// <param name="strategy">The partition strategy to draw.</param>
    public static void Write(string path, IEnumerable<SkeletonFormat> formats, GraphStrategy strategy = GraphStrategy.Spatial)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        AtomicFile.WriteAllText(path, Render(formats, strategy));
    }

    /// <summary>A short name for partition <paramref name="k"/> of <paramref name="strategy"/>.</summary>
    internal static string PartitionName(GraphStrategy strategy, int k, int count) => (strategy, k, count) switch
    {
        (GraphStrategy.Spatial, 0, 3) => "root",
        (GraphStrategy.Spatial, 1, 3) => "centripetal",
        (GraphStrategy.Spatial, 2, 3) => "centrifugal",
        (GraphStrategy.Distance, _, _) => string.Create(Invariant, $"hop {k}"),
        (GraphStrategy.Uniform, 0, 1) => "normalised",
        _ => string.Create(Invariant, $"partition {k}"),
    };

    private static string PartitionCaption(GraphStrategy strategy, int k, int count) => (strategy, k, count) switch
    {
        (GraphStrategy.Spatial, 0, 3) => "k = 0: root (each joint's self-link)",
        (GraphStrategy.Spatial, 1, 3) => "k = 1: centripetal (from a neighbour farther from the centre, or equally far)",
        (GraphStrategy.Spatial, 2, 3) => "k = 2: centrifugal (from a neighbour closer to the centre)",
        _ => string.Create(Invariant, $"k = {k}: {PartitionName(strategy, k, count)}"),
    };

    private static void AppendIntro(StringBuilder html, GraphStrategy strategy, int partitions)
    {
        html.Append("""
            <p>A <b>skeleton format</b> is a convention for writing down a body pose: which points ("joints") are recorded and in which
            order, which joints are linked by bones (the <b>edges</b> of a graph), which joint is the <b>centre</b>, which joints are
            left/right <b>mirror twins</b> (swapped when a pose is flipped), and the length unit of the raw data. Kinect (NTU RGB+D),
            SMPL, SMPL-X and motion-capture markers all describe the same human body, but with different joints and bones.</p>
            <p>MS-CLR learns action features without labels by contrastive learning: two views of the same clip must get similar
            features, views of other clips different ones. Seeing the <i>same motion through several skeleton formats</i> gives views
            that differ in structure, not only in noise, so the encoder has to learn what the body does rather than the quirks of one
            joint convention.</p>
            <p>The graph convolution (ST-GCN) does not use one adjacency matrix but K of them, each with its own weights. With the
            <b>spatial</b> strategy K = 3: <b>root</b> holds each joint's link to itself, <b>centripetal</b> the messages that come from
            a neighbour farther from the centre (or equally far), <b>centrifugal</b> those from a neighbour closer to the centre. The
            upstream code caps hop distances at 1: the centre is at 0, its direct neighbours at 1, and every other joint is just "far",
            with all far joints counted as equally far. So only the centre's 1-ring is really split into inward and outward: an edge
            between two far joints (most of the body, and every edge of a part not connected to the centre) lands in the centripetal
            partition in both directions. Each column of the matrices is divided by the joint's degree (self included), so the K
            partitions of a column add up to 1 and the sums in the table add up to the joint count.</p>

            """.ReplaceLineEndings("\n"));
        html.Append(Invariant, $"<p>This page shows the <code>{strategy}</code> strategy (K = {partitions}). Joint indices are 0-based. ");
        html.Append("In the heatmaps, row j and column i show the weight of the message from joint j to joint i (dark blue is 0); ")
            .Append("hover a cell for both joints and its value.</p>\n");
    }

    private static void AppendSummary(StringBuilder html, SkeletonFormat[] formats, Adjacency[] stacks, GraphStrategy strategy)
    {
        var k = stacks.Length == 0 ? 0 : stacks.Max(s => s.Partitions);
        html.Append("<h2>Summary</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th rowspan=\"2\">format</th><th rowspan=\"2\">joints</th>")
            .Append("<th rowspan=\"2\">edges</th><th rowspan=\"2\">centre</th><th rowspan=\"2\">unit</th><th rowspan=\"2\">components</th>")
            .Append("<th rowspan=\"2\">isolated joints</th>");
        for (var p = 0; p < k; p++)
        {
            html.Append(Invariant, $"<th colspan=\"2\">k = {p} ({Encode(PartitionName(strategy, p, k))})</th>");
        }

        html.Append("</tr>\n<tr>").Append(string.Concat(Enumerable.Repeat("<th>nonzeros</th><th>sum</th>", k))).Append("</tr></thead>\n<tbody>\n");
        for (var f = 0; f < formats.Length; f++)
        {
            var format = formats[f];
            var components = SkeletonGraph.ConnectedComponents(format);
            var isolated = components.Where(c => c.Count == 1).Select(c => format.JointNames[c[0]]).ToArray();
            html.Append(Invariant, $"<tr><td><a href=\"#{Anchor(f, format)}\">{Encode(format.Name)}</a></td><td class=\"num\">{format.JointCount}</td>")
                .Append(Invariant, $"<td class=\"num\">{format.Edges.Count}</td><td>{Encode(format.JointNames[format.Center])}</td>")
                .Append(Invariant, $"<td>{format.NativeUnit.Symbol()}</td><td class=\"num\">{components.Count}</td>")
                .Append(Invariant, $"<td>{(isolated.Length == 0 ? "—" : Encode(string.Join(", ", isolated)))}</td>");
            for (var p = 0; p < k; p++)
            {
                var (nonzeros, sum) = p < stacks[f].Partitions ? Totals(stacks[f], p) : (0, 0.0);
                html.Append(Invariant, $"<td class=\"num\">{nonzeros}</td><td class=\"num\">{sum:0.####}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    private static void AppendSection(StringBuilder html, int index, SkeletonFormat format, Adjacency stack, GraphStrategy strategy)
    {
        var name = Encode(format.Name);
        html.Append(Invariant, $"<section id=\"{Anchor(index, format)}\">\n<h2>{name}</h2>\n");
        html.Append(Invariant, $"<p>{format.JointCount} joints, {format.Edges.Count} edges, centre <b>{Encode(format.JointNames[format.Center])}</b> ")
            .Append(Invariant, $"(joint {format.Center}), {format.MirrorPairs.Count} mirror pairs, raw data in {format.NativeUnit.Symbol()}.</p>\n");
        html.Append("<h3>Graph</h3>\n<p>Rows are the true number of bones between a joint and the centre (not the capped distance used ")
            .Append("for the partitions). Hover a joint for its name.</p>\n<div class=\"scroll\">")
            .Append(GraphSvg.Render(format)).Append("</div>\n");
        AppendJointTable(html, format);
        html.Append("<h3>Adjacency partitions</h3>\n<ul>\n");
        for (var p = 0; p < stack.Partitions; p++)
        {
            html.Append(Invariant, $"<li>{Encode(PartitionCaption(strategy, p, stack.Partitions))}</li>\n");
        }

        html.Append("</ul>\n<div class=\"scroll\">\n")
            .Append(ChartExport.ChartDivHtml(AdjacencyPartitionsChart.Build(format, strategy), ChartId(index, format)))
            .Append("\n</div>\n</section>\n");
    }

    private static void AppendJointTable(StringBuilder html, SkeletonFormat format)
    {
        var twin = new Dictionary<int, int>();
        foreach (var (left, right) in format.MirrorPairs)
        {
            twin[left] = right;
            twin[right] = left;
        }

        var partner = BonePairs.Of(format).ToDictionary(p => p.First, p => p.Second);
        var hop = SkeletonGraph.HopDistances(format, maxHop: 1);
        var componentOf = new int[format.JointCount];
        var components = SkeletonGraph.ConnectedComponents(format);
        for (var c = 0; c < components.Count; c++)
        {
            foreach (var v in components[c])
            {
                componentOf[v] = c;
            }
        }

        html.Append("<h3>Joints</h3>\n<p>Degree counts the joint itself, as the normalisation does. The bone of a joint is its position ")
            .Append("minus its partner's; a joint that is never the first joint of an edge has a zero bone. Components are numbered from 0 ")
            .Append("in order of their smallest joint.</p>\n<div class=\"scroll\"><table>\n<thead><tr><th>index</th><th>name</th>")
            .Append("<th>mirror twin</th><th>degree</th><th>bone partner</th><th>component</th></tr></thead>\n<tbody>\n");
        for (var v = 0; v < format.JointCount; v++)
        {
            var degree = Enumerable.Range(0, format.JointCount).Count(i => hop[v, i] <= 1);
            var mirror = twin.TryGetValue(v, out var t) ? Encode(format.JointNames[t]) : "—";
            var bone = partner.TryGetValue(v, out var b) ? Encode(format.JointNames[b]) : "zero bone";
            var centre = v == format.Center;
            html.Append(Invariant, $"<tr{(centre ? " class=\"centre\"" : "")}><td class=\"num\">{v}</td>")
                .Append(Invariant, $"<td>{Encode(format.JointNames[v])}{(centre ? " (centre)" : "")}</td><td>{mirror}</td>")
                .Append(Invariant, $"<td class=\"num\">{degree}</td><td>{bone}</td><td class=\"num\">{componentOf[v]}</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    private static (int NonZeros, double Sum) Totals(Adjacency stack, int k)
    {
        var (nonzeros, sum) = (0, 0.0);
        for (var j = 0; j < stack.Joints; j++)
        {
            for (var i = 0; i < stack.Joints; i++)
            {
                var value = stack[k, j, i];
                nonzeros += value != 0 ? 1 : 0;
                sum += value;
            }
        }

        return (nonzeros, sum);
    }

    // The index keeps anchors unique when two names differ only in characters that the slug drops.
    private static string Anchor(int index, SkeletonFormat format) =>
        string.Create(Invariant, $"format-{index}-{new string(format.Name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray())}");

    /// <summary>The id of the div that holds the adjacency chart of the <paramref name="index"/>-th format.</summary>
    internal static string ChartId(int index, SkeletonFormat format) => "adjacency-" + Anchor(index, format);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
