using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Plots;
using MsClr.Kit.Training.Pretraining;

namespace MsClr.Cli.Commands;

/// <summary>
/// The offline report of <c>msclr reproduce</c>: for each reproduced table or figure, what the kit measured, on which
/// data and budget, next to what the paper prints, always labelled so that the two are never mistaken for each other.
/// The page is self-contained (plotly.js inline, no network URL).
/// </summary>
internal static class ReproduceReport
{
    /// <summary>One reproduced table: the paper table and its view (<see cref="PaperTableView"/> columns), already
    /// restricted to the rows the run measured.</summary>
    /// <param name="Table">The paper table or figure.</param>
    /// <param name="View">Its rows (<see cref="PaperTableView.Columns"/>): ours is the mean over seeds with its interval and n.</param>
    /// <param name="Comparisons">The paper's comparisons in this table, paired over seeds (<see cref="PaperComparisons.Measure"/>).</param>
    /// <param name="Baselines">Baseline rows under the same protocol and budget (<see cref="BaselineTable.Lines"/>).</param>
    /// <param name="BaselineComparisons">Each self-supervised row against random init, the raw-coordinate probe and supervised (<see cref="BaselineTable.Comparisons"/>).</param>
    public sealed record Section(PaperTable Table, DataFrame View, IReadOnlyList<ComparisonLine>? Comparisons = null,
        IReadOnlyList<BaselineLine>? Baselines = null, IReadOnlyList<ComparisonLine>? BaselineComparisons = null);

    /// <summary>How many of the pretraining runs ended with a collapsed contrastive embedding and what that means, or
    /// null without any key cosine.</summary>
    /// <param name="keyCosines">Each pretraining run's last-epoch key cosine.</param>
    public static string? CollapseSentence(IReadOnlyList<double>? keyCosines)
    {
        if (keyCosines is not { Count: > 0 })
        {
            return null;
        }

        var ordered = keyCosines.Order().ToArray();
        var median = ordered.Length % 2 == 1 ? ordered[ordered.Length / 2] : (ordered[(ordered.Length / 2) - 1] + ordered[ordered.Length / 2]) / 2;
        var collapsed = ordered.Count(KeySpread.IsCollapsed);
        return string.Create(CultureInfo.InvariantCulture,
            $"{collapsed} of {ordered.Length} pretraining runs behind this report ended with a collapsed contrastive embedding (the mean cosine between the keys of their last epoch above {KeySpread.CollapseThreshold}; median over the runs {median:F3}, where 0 is spread and 1 is every clip in one direction). ")
            + (collapsed == 0
                ? "None did: the contrastive objective could tell the clips apart."
                : "InfoNCE could not tell their clips apart, so their frozen features are close to an untrained encoder's moved by a few steps, and their rows measure that, not contrastive learning; docs/study.md shows why at a CPU budget.");
    }

    /// <summary>Renders the page.</summary>
    /// <param name="budget">The budget the experiments ran at.</param>
    /// <param name="dataDescription">One sentence on the data used (e.g. the synthetic benchmark and its size).</param>
    /// <param name="sections">The reproduced tables, in paper order.</param>
    /// <param name="links">Relative links shown at the end (label, href), e.g. the formats page and the notebooks report.</param>
    /// <param name="seeds">The seeds every experiment was run for (shown in the header; the cells say how many each found).</param>
    /// <param name="keyCosines">Each pretraining run's last-epoch key cosine (<see cref="KeySpread"/>), for the
    /// collapse paragraph; null or empty leaves it out.</param>
    public static string Render(Budget budget, string dataDescription, IReadOnlyList<Section> sections, IReadOnlyList<(string Label, string Href)> links, IReadOnlyList<ulong>? seeds = null, IReadOnlyList<double>? keyCosines = null)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(links);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>MsClr.Kit reproduction</title>\n")
            .Append("<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}table{border-collapse:collapse;margin-bottom:1em}")
            .Append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f3f3f3}td:first-child,td:nth-child(2){text-align:left}tr.baseline td{background:#f7f7fb;font-style:italic}")
            .Append(".warn{background:#fff4d6;border:1px solid #e0c070;padding:8px}.note{color:#555;font-size:90%}</style>\n<script>")
            .Append(ChartExport.PlotlyJs)
            .Append("</script></head><body>\n<h1>MsClr.Kit reproduction</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"warn\"><b>Read this first.</b> Every number in the <i>ours</i> columns was measured by this kit on <b>{E(dataDescription)}</b> at the <b>{E(budget.Label)}</b> budget ")
            .Append(CultureInfo.InvariantCulture, $"({budget.Epochs} pretraining epochs, encoder width {budget.HiddenChannels}, batch {budget.BatchSize}, {budget.SyntheticClips} clips, {budget.LinearEpochs} linear-probe epochs), not on NTU RGB+D. ")
            .Append("Every number in the <i>paper</i> columns is printed in the paper (arXiv 2508.14889) for NTU RGB+D after 300 epochs on a GPU. ")
            .Append("They are shown side by side so that trends can be compared; they are not expected to agree, and a difference is not a reproduction error.</p>\n");
        seeds ??= [1];
        html.Append(CultureInfo.InvariantCulture, $"<p><b>Seeds.</b> Every experiment ran for {seeds.Count} seed{(seeds.Count == 1 ? "" : "s")} ({E(string.Join(", ", seeds))}); ")
            .Append("each <i>ours</i> cell is the mean over the seeds found, ± half its 95 % Student-t interval, with n. ")
            .Append(seeds.Count == 1
                ? "With n = 1 there is no interval: one seed cannot tell signal from noise (seed-to-seed spread at the quick budget is often 10 points or more); run with <code>--seeds 5</code> for intervals. "
                : "")
            .Append("Each paper comparison is the paired difference over seeds (the same seed in both arms) with its interval and a verdict: better, worse, or not distinguishable at that n.</p>\n");
        if (sections.Any(s => s.Baselines is { Count: > 0 }))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><b>Baselines.</b> Under each table, measured like its rows (same clips, stream, probe, budget and seeds, Kinect v2 classifier): ")
                .Append("the encoder at its initial weights (no pretraining), linear probes on the raw coordinates (each joint's mean and standard deviation over time; the flattened clip), ")
                .Append(CultureInfo.InvariantCulture, $"and the same ST-GCN trained end to end on the labels for the budget's {budget.Epochs} pretraining epochs. ")
                .Append("Pretraining means something only where it beats the first two. ").Append(BaselineKinds.SupervisedCaveat).Append("</p>\n");
        }

        if (CollapseSentence(keyCosines) is { } collapse)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"{(keyCosines!.Any(KeySpread.IsCollapsed) ? "warn" : "note")}\"><b>Collapse.</b> {E(collapse)}</p>\n");
        }

        foreach (var section in sections)
        {
            AppendSection(html, section);
        }

        html.Append("<h2>More</h2>\n<ul>\n");
        foreach (var (label, href) in links)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{E(href)}\">{E(label)}</a></li>\n");
        }

        html.Append("</ul>\n<p class=\"note\">Each run's folder under the runs root holds its spec, checkpoints, metrics (Parquet) and per-clip test scores (Parquet); ")
            .Append("every number above is also a row of <code>results.parquet</code> there (<code>./msclr results</code> prints any table from it).</p>\n</body></html>\n");
        return html.ToString();
    }

    private static void AppendSection(StringBuilder html, Section section)
    {
        var table = section.Table;
        var rows = PaperTableView.Lines(section.View);
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(table.Name)}: {E(table.Title)}</h2>\n");
        html.Append("<table><tr><th>row</th><th>paper column</th><th>ours (%) — synthetic, mean ± 95 %</th><th>n</th><th>paper (%) — NTU</th><th>ours − paper (points)</th></tr>\n");
        foreach (var row in rows)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(row.Row)}</td><td>{E(row.Column)}</td><td>{Ours(row)}</td><td>{row.Seeds}</td><td>{N(row.Paper)}</td><td>{N(row.Delta, signed: true)}</td></tr>\n");
        }

        var column = rows.FirstOrDefault().Column ?? "";
        foreach (var baseline in section.Baselines ?? [])
        {
            var top1 = baseline.Top1;
            var cell = top1.N == 0 ? "—" : top1.HasInterval ? $"{N(top1.Mean)} ± {N(top1.HalfWidth)}" : $"{N(top1.Mean)} (no interval)";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr class=\"baseline\"><td>{E(baseline.Label)}</td><td>{E(column)}</td><td>{cell}</td><td>{top1.N}</td><td>—</td><td>—</td></tr>\n");
        }

        html.Append("</table>\n");
        if (section.Comparisons is { Count: > 0 } comparisons)
        {
            AppendComparisons(html, comparisons, paperClaims: true);
        }

        if (section.BaselineComparisons is { Count: > 0 } against)
        {
            html.Append("<p class=\"note\">How far each self-supervised row is above the random-init encoder and the raw-coordinate probe, and below the supervised encoder (same stream, protocol, budget and seeds; paired over seeds):</p>\n");
            AppendComparisons(html, against, paperClaims: false);
        }

        if (!string.IsNullOrEmpty(table.Note))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(table.Note)}</p>\n");
        }

        // The same rows as the notebooks' charts: short labels (Table 4's component switches become e.g.
        // "MS-AimCLR, no aug. (j) · printed header"), the full row and column in the hover text.
        var chart = PaperComparisonChart.Build(
            $"{table.Name} (ours: synthetic benchmark; paper: NTU RGB+D)",
            PaperComparisonRow.FromView(table, section.View));
        html.Append(ChartExport.ChartDivHtml(chart)).Append('\n');
    }

    /// <summary>A table of paired comparisons; the paper's claims add their kind and whether the paper's direction held.</summary>
    private static void AppendComparisons(StringBuilder html, IReadOnlyList<ComparisonLine> lines, bool paperClaims)
    {
        html.Append(paperClaims
            ? "<table><tr><th>paired comparison (A − B)</th><th>kind</th><th>A − B (points)</th><th>95 % interval</th><th>n</th><th>verdict</th><th>paper's direction</th></tr>\n"
            : "<table><tr><th>A − B</th><th>A − B (points)</th><th>95 % interval</th><th>n</th><th>verdict</th></tr>\n");
        foreach (var line in lines)
        {
            var d = line.Result.Difference;
            var interval = d.HasInterval ? $"{N(d.Low, signed: true)} … {N(d.High, signed: true)}" : "—";
            var kind = paperClaims ? $"<td>{E(line.Comparison.Kind)}</td>" : "";
            var reading = paperClaims ? $"<td>{E(line.Reading)}</td>" : "";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(line.Label)}</td>{kind}<td>{(d.N == 0 ? "—" : N(d.Mean, signed: true))}</td><td>{interval}</td><td>{d.N}</td><td>{E(line.Result.VerdictText)}</td>{reading}</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Ours(PaperTableLine row) => row.Ours is null ? "—"
        : row.HalfWidth is { } h ? $"{N(row.Ours)} ± {N(h)}" : $"{N(row.Ours)} (no interval)";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(double? value, bool signed = false) => value is { } v
        ? v.ToString(signed ? "+0.0;-0.0;0.0" : "F1", CultureInfo.InvariantCulture)
        : "—";
}
