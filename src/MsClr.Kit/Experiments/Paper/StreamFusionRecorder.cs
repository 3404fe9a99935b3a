using MsClr.Kit.Experiments.Results;

namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// Records the 3-stream fusions of a paper table in the results store, so that store-only views
/// (<see cref="PaperTableView.Build(PaperTable, ResultsStore, Budget, bool, ulong)"/>, <c>msclr results</c>) fill the 3s
/// rows. A fusion is stored on its joint-stream experiment under <see cref="PaperTableView.FusedMetric"/>
/// (<c>fused3s:top1</c>, <c>fused3s:ensemble_top1</c>), with that experiment's spec fields; its motion and bone experiments
/// differ from it only by stream, so the joint spec id with its budget and seed names the fusion.
/// </summary>
public static class StreamFusionRecorder
{
    /// <summary>
    /// Fuses every 3-stream row of <paramref name="table"/> whose experiments at <paramref name="budget"/> have finished
    /// (their score files exist) and appends one row per distinct (joint spec id, fused metric) whose value is not already
    /// the store's latest. Idempotent: recording again appends nothing until a rerun changes a score file, which is then
    /// recorded as a newer value (store views read the latest). Rows whose experiments are missing are skipped.
    /// </summary>
    /// <param name="runsRoot">The runs root holding the experiments' folders and <c>results.parquet</c>.</param>
    /// <param name="table">The paper table whose fused rows to record, e.g. <see cref="PaperTables.Table1"/>.</param>
    /// <param name="budget">The budget the experiments ran at.</param>
    /// <param name="useSynthetic">Whether the experiments ran on the synthetic stand-in of NTU.</param>
    /// <param name="seed">The experiments' seed.</param>
    /// <param name="commit">The commit to stamp; null reads <see cref="GitCommit.Current"/>.</param>
    /// <returns>The rows appended (empty when everything was already recorded or nothing has finished).</returns>
    /// <remarks>The check and the append are two steps: two processes recording the same fusion at the same moment may
    /// both append it. Both rows then hold the same value, and views read only the latest, so nothing reads differently.</remarks>
    public static IReadOnlyList<ResultRow> Record(string runsRoot, PaperTable table, Budget budget, bool useSynthetic, ulong seed = 1, string? commit = null)
    {
        ArgumentNullException.ThrowIfNull(runsRoot);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(budget);
        var fused = new Dictionary<(string SpecId, string Metric), (ExperimentSpec Joint, double Value)>();
        foreach (var entry in table.Measured.Where(e => e.Measurement!.IsFusion))
        {
            var specs = entry.Specs(budget, useSynthetic, seed);
            var ids = specs.Select(s => s.Id).ToArray();
            var key = (ids[0], PaperTableView.FusedMetric(entry.Measurement!.Metric));
            if (!fused.ContainsKey(key) && ScoreFileFusion.HasScores(runsRoot, entry.Measurement, ids))
            {
                fused[key] = (specs[0], ScoreFileFusion.Top1(runsRoot, entry.Measurement, ids));
            }
        }

        var store = new ResultsStore(runsRoot);
        var existing = store.Load();
        var stamp = commit ?? GitCommit.Current();
        var time = DateTime.UtcNow;
        var added = fused
            .Where(f => ResultsStore.Latest(existing, f.Key.SpecId, f.Key.Metric) is not { } latest || latest != f.Value.Value)
            .Select(f => Row(f.Value.Joint, f.Key.Metric, f.Value.Value, stamp, time))
            .ToArray();
        if (added.Length > 0)
        {
            store.Append(added);
        }

        return added;
    }

    /// <summary>A store row of <paramref name="metric"/> on <paramref name="joint"/>, with the spec's fields as the runner writes them.</summary>
    internal static ResultRow Row(ExperimentSpec joint, string metric, double value, string commit, DateTime time) => new(
        joint.Id, metric, value, unchecked((long)joint.Seed), commit, time.ToUniversalTime(), joint.Method.ToString(), joint.Benchmark.Name,
        joint.Stream.ToString(), string.Join('+', joint.TrainingFormats), string.Join('+', joint.EvaluationFormats), joint.Budget.Name, joint.CompatName);
}
