using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;
using MsClr.Kit.Experiments.Statistics;

namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// Renders a table view (<see cref="PaperTableView"/>) as GitHub Markdown, so the README's results tables are generated
/// from the results store and never typed by hand.
/// </summary>
public static class ResultsMarkdown
{
    /// <summary>
    /// A pipe table of every column of <paramref name="frame"/>: numbers with <paramref name="decimals"/> decimals
    /// (invariant culture; columns named <c>delta…</c> signed), right-aligned; nulls as an em dash; '|' escaped.
    /// </summary>
    /// <param name="frame">The table, e.g. from <see cref="PaperTableView.Build(PaperTable, Results.ResultsStore, Budget, bool, ulong)"/>.</param>
    /// <param name="decimals">Decimals of numeric cells (the paper prints one).</param>
    public static string Render(DataFrame frame, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        var columns = frame.Columns.ToArray();
        var numeric = columns.Select(c => c.DataType == typeof(double) || c.DataType == typeof(float) || c.DataType == typeof(int) || c.DataType == typeof(long)).ToArray();
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", columns.Select(c => Escape(c.Name))).Append(" |\n");
        text.Append('|').AppendJoin("|", numeric.Select(n => n ? "---:" : "---")).Append("|\n");
        for (long r = 0; r < frame.Rows.Count; r++)
        {
            var cells = columns.Select((c, i) => Cell(c[r], numeric[i], c.Name.StartsWith("delta", StringComparison.Ordinal), decimals));
            text.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// A section for a README: a heading with the table's name and title, the table (ours as <c>mean ± half the 95 %
    /// interval (n = seeds)</c>, see <see cref="SeedSummary.Format"/>; the other columns of the view as they are), the
    /// paired comparisons when given, then the table's note.
    /// </summary>
    /// <param name="table">The paper table.</param>
    /// <param name="view">Its view (<see cref="PaperTableView"/> columns).</param>
    /// <param name="decimals">Decimals of numeric cells.</param>
    /// <param name="comparisons">The paper's comparisons in this table, measured (<see cref="PaperComparisons.Measure"/>), or null.</param>
    /// <param name="baselines">Baseline rows (<see cref="Baselines.BaselineTable.Lines"/>); shown when any was measured.</param>
    /// <param name="baselineComparisons">Self-supervised rows against the baselines (<see cref="Baselines.BaselineTable.Comparisons"/>), or null.</param>
    /// <param name="measuredOnly">Leave out the rows with nothing measured and, on synthetic data, the rows whose stand-in
    /// repeats an earlier column's experiments (NTU-120 xsub is the NTU-60 xsub split there), saying so under the table:
    /// the README's form (<see cref="MeasuredRows"/>). False shows every row of the paper.</param>
    public static string Render(PaperTable table, DataFrame view, int decimals = 1, IReadOnlyList<ComparisonLine>? comparisons = null,
        IReadOnlyList<Baselines.BaselineLine>? baselines = null, IReadOnlyList<ComparisonLine>? baselineComparisons = null, bool measuredOnly = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(view);
        var shown = measuredOnly ? MeasuredRows.Keep(table, view) : view;
        var text = new StringBuilder($"### {table.Name}: {Escape(table.Title)}\n\n").Append(Render(Compact(shown, decimals), decimals));
        if (measuredOnly && shown.Rows.Count < view.Rows.Count)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{MeasuredRows.LeftOutNote(view.Rows.Count - shown.Rows.Count)}\n");
        }

        if (baselines is not null && baselines.Any(b => b.Top1.N > 0))
        {
            text.Append("\nBaselines under the same protocol, budget and seeds (Kinect v2 classifier), top-1 % per stream:\n\n")
                .Append(BaselineMarkdown.Lines(baselines, decimals));
            if (baselines.Any(b => b is { Kind: Baselines.BaselineKind.Supervised, Top1.N: > 0 }))
            {
                text.Append('\n').Append(Baselines.BaselineKinds.SupervisedCaveat).Append(" docs/cli.md (Baselines) says what more epochs buy.\n");
            }
            if (baselineComparisons is { Count: > 0 })
            {
                text.Append("\nEach self-supervised row minus random init, the raw-coordinate probe and supervised (same stream; points, paired over seeds):\n\n")
                    .Append(BaselineMarkdown.Comparisons(baselineComparisons, decimals));
            }
        }
        if (comparisons is { Count: > 0 })
        {
            text.Append("\nThe paper's comparisons, paired over seeds (the same seed in both arms; NTU-60 xsub column), with the 95 % Student-t interval of the difference:\n\n")
                .Append(Render(comparisons, decimals));
        }

        if (table.Note.Length > 0)
        {
            text.Append('\n').Append(table.Note).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// The paper's comparisons as a pipe table: comparison, kind, A − B (points, mean of the paired differences), the 95 %
    /// interval, n (paired seeds) and the verdict (<c>better</c>, <c>worse</c>, <c>not distinguishable at n = …</c>).
    /// </summary>
    public static string Render(IReadOnlyList<ComparisonLine> comparisons, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        var f = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        string Signed(double v) => (v > 0 ? "+" : "") + v.ToString(f, CultureInfo.InvariantCulture);
        var text = new StringBuilder("| paired comparison (A − B) | kind | A − B (points) | 95 % interval | n | verdict |\n|---|---|---:|---|---:|---|\n");
        foreach (var line in comparisons)
        {
            var d = line.Result.Difference;
            var mean = d.N == 0 ? "—" : Signed(d.Mean);
            var interval = d.HasInterval ? $"{Signed(d.Low!.Value)} … {Signed(d.High!.Value)}" : "—";
            text.Append(CultureInfo.InvariantCulture, $"| {Escape(line.Label)} | {Escape(line.Comparison.Kind)} | {mean} | {interval} | {d.N} | {line.Result.VerdictText} |\n");
        }

        return text.ToString();
    }

    /// <summary>The view with ours, its interval and n folded into one text column (<see cref="SeedSummary.Format"/>).</summary>
    private static DataFrame Compact(DataFrame view, int decimals)
    {
        var names = view.Columns.Select(c => c.Name).ToArray();
        if (!names.Contains(PaperTableView.HalfWidthColumn) || !names.Contains(PaperTableView.SeedsColumn))
        {
            return view;
        }

        var f = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        var ours = new StringDataFrameColumn(PaperTableView.OursColumn, Enumerable.Range(0, (int)view.Rows.Count).Select(i =>
        {
            var (mean, half, n) = ((double?)view[PaperTableView.OursColumn][i], (double?)view[PaperTableView.HalfWidthColumn][i], (int)view[PaperTableView.SeedsColumn][i]!);
            return mean is not { } m ? null
                : half is { } h ? $"{m.ToString(f, CultureInfo.InvariantCulture)} ± {h.ToString(f, CultureInfo.InvariantCulture)} (n = {n})"
                : $"{m.ToString(f, CultureInfo.InvariantCulture)} (n = {n}, no interval)";
        }));
        var columns = view.Columns
            .Where(c => c.Name is not (PaperTableView.HalfWidthColumn or PaperTableView.SeedsColumn))
            .Select(c => c.Name == PaperTableView.OursColumn ? ours : c.Clone());
        return new DataFrame(columns);
    }

    private static string Cell(object? value, bool numeric, bool signed, int decimals)
    {
        if (value is null)
        {
            return "—";
        }

        if (numeric)
        {
            var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            var formatted = number.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            return signed && number > 0 ? "+" + formatted : formatted;
        }

        var textValue = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        return textValue.Length == 0 ? "—" : Escape(textValue);
    }

    internal static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
