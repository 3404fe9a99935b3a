using System.Globalization;
using System.Text;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// The baseline tables of a results page as Markdown, one row per baseline (or per self-supervised row) and one column
/// per stream (or per baseline), so a table of three streams takes a third of the lines of one row per pair.
/// </summary>
public static class BaselineMarkdown
{
    /// <summary>
    /// Baselines by stream: <c>| baseline | j | m | b |</c>, each cell the top-1 (%) over seeds as
    /// <see cref="Statistics.SeedSummary.Format"/> writes it, an em dash where not run.
    /// </summary>
    public static string Lines(IReadOnlyList<BaselineLine> baselines, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(baselines);
        var streams = baselines.Select(b => b.Stream).Distinct().ToArray();
        var text = Header("baseline", streams.Select(s => PaperTables.StreamTag([s])));
        foreach (var kind in baselines.Select(b => b.Kind).Distinct())
        {
            var cells = streams.Select(s => baselines.FirstOrDefault(b => b.Kind == kind && b.Stream == s) is { Top1.N: > 0 } line ? line.Top1.Format(decimals) : "—");
            text.Append("| ").Append(ResultsMarkdown.Escape(kind.Label())).Append(" | ").AppendJoin(" | ", cells).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// Self-supervised rows against the baselines (<see cref="BaselineTable.Comparisons"/>): one row per self-supervised
    /// row, one column per comparison kind (e.g. <c>pretraining − random-init</c>); each cell A − B in points, its 95 %
    /// interval when there is one, and the verdict.
    /// </summary>
    public static string Comparisons(IReadOnlyList<ComparisonLine> comparisons, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        var kinds = comparisons.Select(c => c.Comparison.Kind).Distinct().ToArray();
        var text = Header("row", kinds);
        foreach (var row in comparisons.Select(c => c.Comparison.Row).Distinct())
        {
            var cells = kinds.Select(k => comparisons.FirstOrDefault(c => c.Comparison.Row == row && c.Comparison.Kind == k) is { } line ? Cell(line.Result, decimals) : "—");
            text.Append("| ").Append(ResultsMarkdown.Escape(row)).Append(" | ").AppendJoin(" | ", cells).Append(" |\n");
        }

        return text.ToString();
    }

    private static StringBuilder Header(string first, IEnumerable<string> columns)
    {
        var names = columns.ToArray();
        return new StringBuilder("| ").Append(first).Append(" | ").AppendJoin(" | ", names.Select(ResultsMarkdown.Escape)).Append(" |\n|---|")
            .AppendJoin("", names.Select(_ => "---|")).Append('\n');
    }

    private static string Cell(Statistics.PairedComparison result, int decimals)
    {
        var f = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        string Signed(double v) => (v > 0 ? "+" : "") + v.ToString(f, CultureInfo.InvariantCulture);
        var d = result.Difference;
        if (d.N == 0)
        {
            return result.VerdictText;
        }

        var interval = d.HasInterval ? $" ({Signed(d.Low!.Value)} … {Signed(d.High!.Value)})" : "";
        return $"{Signed(d.Mean)}{interval}, {result.VerdictText}";
    }
}
