using System.Text.Json;
using MsClr.Kit.IO;

namespace MsClr.Kit.Experiments.Results;

/// <summary>
/// Records a finished run in the results store: its <c>result.json</c> becomes a result file in its run folder, named
/// by a hash of that JSON, and the store is merged. Recording the same result again (a retried, requeued or killed
/// writer) finds the file and adds nothing; a rerun with a new result adds a new file, kept as history.
/// </summary>
public static class FinishedRun
{
    /// <summary>The result file's name: <c>run-</c> and 16 hex digits of the SHA-256 of <c>result.json</c>.</summary>
    public static string FileName(string resultJson) =>
        "run-" + ContentHash.ShortHex(resultJson, 16);

    /// <summary>Writes <paramref name="spec"/>'s result file from <paramref name="resultPath"/> unless it exists, then merges the store.</summary>
    /// <param name="runsRoot">The runs root.</param>
    /// <param name="spec">The run's spec.</param>
    /// <param name="resultPath">Its <c>result.json</c>.</param>
    /// <param name="commit">The commit to stamp; null reads <see cref="GitCommit.Current"/>.</param>
    /// <returns>The merged store's rows.</returns>
    /// <exception cref="InvalidDataException"><paramref name="resultPath"/> is not a result of <paramref name="spec"/>.</exception>
    public static IReadOnlyList<ResultRow> Record(string runsRoot, ExperimentSpec spec, string resultPath, string? commit = null)
    {
        var json = File.ReadAllText(resultPath);
        var result = JsonSerializer.Deserialize<ExperimentResult>(json)
            ?? throw new InvalidDataException($"{resultPath}: empty result");
        if (result.SpecId != spec.Id)
        {
            throw new InvalidDataException($"{resultPath}: SpecId '{result.SpecId}', expected '{spec.Id}' (the run folder's spec)");
        }

        var store = new ResultsStore(runsRoot);
        store.MoveLegacyRows();
        var folder = RunResultFiles.Folder(runsRoot, spec.Id);
        var name = FileName(json);
        if (!File.Exists(Path.Combine(folder, name + ".parquet")) && !InLegacyRows(folder, ResultMetrics.Rows(spec, result, GitCommit.Unknown, DateTime.UtcNow)))
        {
            RunResultFiles.Write(runsRoot, ResultMetrics.Rows(spec, result, commit ?? GitCommit.Current(), DateTime.UtcNow), name);
        }

        return store.Merge();
    }

    /// <summary>Whether a store written by an older kit already held this result (every metric with the same value).</summary>
    private static bool InLegacyRows(string folder, IReadOnlyList<ResultRow> rows)
    {
        var legacy = Path.Combine(folder, ResultsStore.LegacyFileName + ".parquet");
        if (!File.Exists(legacy))
        {
            return false;
        }

        var recorded = RunResultFiles.Read(legacy).Select(r => (r.Metric, r.Value)).ToHashSet();
        return rows.All(r => recorded.Contains((r.Metric, r.Value)));
    }
}
