using System.Globalization;
using System.Net;
using System.Text;
using MsClr.Kit.Experiments;
using MsClr.Kit.Plots;

namespace MsClr.Kit.Reporting;

/// <summary>
/// The offline report of <c>msclr reproduce</c>: what was measured, on which data and budget, next to what the paper
/// reports on NTU RGB+D, always labelled so that the two are never mistaken for each other.
/// </summary>
public static class ReproduceReport
{
    /// <summary>One measured row: a paper row, the experiment that reproduces it, and its result.</summary>
    /// <param name="Label">Row label, e.g. <c>AimCLR j</c>.</param>
    /// <param name="Spec">The experiment.</param>
    /// <param name="Result">What it measured.</param>
    /// <param name="PaperNtu60XSub">The paper's NTU-60 cross-subject top-1 (%) for this row.</param>
    public sealed record Row(string Label, ExperimentSpec Spec, ExperimentResult Result, double PaperNtu60XSub);

    /// <summary>Renders the page.</summary>
    /// <param name="budget">The budget the experiments ran at.</param>
    /// <param name="dataDescription">One sentence on the data used (e.g. the synthetic benchmark and its size).</param>
    /// <param name="rows">Measured rows.</param>
    /// <param name="formatsPage">Relative link to the formats page.</param>
    public static string Render(Budget budget, string dataDescription, IReadOnlyList<Row> rows, string formatsPage)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>MsClr.Kit reproduction</title>\n")
            .Append("<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}table{border-collapse:collapse}")
            .Append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f3f3f3}td:first-child{text-align:left}")
            .Append(".warn{background:#fff4d6;border:1px solid #e0c070;padding:8px}</style>\n<script>")
            .Append(ChartExport.PlotlyJs)
            .Append("</script></head><body>\n<h1>MsClr.Kit reproduction</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"warn\"><b>Read this first.</b> The <i>ours</i> numbers below were measured by this kit on <b>{E(dataDescription)}</b> at the <b>{E(budget.Name)}</b> budget ")
            .Append(CultureInfo.InvariantCulture, $"({budget.Epochs} pretraining epochs, encoder width {budget.HiddenChannels}, {budget.LinearEpochs} linear-probe epochs). ")
            .Append("The <i>paper</i> numbers are the paper's NTU RGB+D 60 cross-subject results (")
            .Append(E(PaperTable1.Source))
            .Append("), trained for 300 epochs on real data. They are shown side by side, not as a claim that they agree.</p>\n");
        html.Append("<h2>Table 1, joint stream: AimCLR vs MS-AimCLR</h2>\n<table><tr><th>row</th><th>training formats</th><th>ours top-1 (%)</th><th>ours top-5 (%)</th>")
            .Append("<th>ours best periodic top-1 (%)*</th><th>ours per-format ensemble (%)</th><th>paper NTU-60 xsub (%)</th><th>run</th></tr>\n");
        foreach (var row in rows)
        {
            var ensemble = row.Result.EnsembleTop1 is { } e ? P(e) : "—";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(row.Label)}</td><td>{E(string.Join(" + ", row.Spec.TrainingFormats))}</td><td>{P(row.Result.Top1)}</td><td>{P(row.Result.Top5)}</td><td>{P(row.Result.BestPeriodicTop1)}</td><td>{ensemble}</td><td>{row.PaperNtu60XSub:F1}</td><td>{E(row.Spec.Id)}</td></tr>\n");
        }

        html.Append("</table>\n<p>* the best of the periodic test-set evaluations, which is what the official code reports (model selection on the test set); the kit's number is the final epoch's.</p>\n");
        var chart = PaperComparisonChart.Build("Table 1, joint stream (ours: synthetic benchmark; paper: NTU-60 xsub)",
            rows.Select(r => new PaperComparisonRow(r.Label, Math.Round(r.Result.Top1 * 100, 1), r.PaperNtu60XSub)).ToArray());
        html.Append(ChartExport.ChartDivHtml(chart)).Append('\n');
        html.Append(CultureInfo.InvariantCulture, $"<p>The skeleton formats, their graphs and adjacency partitions: <a href=\"{E(formatsPage)}\">{E(formatsPage)}</a>.</p>\n");
        html.Append("<p>Each run's folder under the runs root holds its spec, checkpoints, metrics (Parquet) and per-clip test scores (Parquet).</p>\n</body></html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string P(double fraction) => (fraction * 100).ToString("F1", CultureInfo.InvariantCulture);
}
