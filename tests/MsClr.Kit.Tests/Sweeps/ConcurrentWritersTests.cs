using System.Text.Json;
using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Tests.Reliability;
using MsClr.Kit.Training.Pretraining;
using Xunit.Abstractions;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Sweeps;

/// <summary>
/// Eight `msclr results record` processes finish 48 runs into one runs root at once and are SIGKILLed at random moments,
/// then requeued (run again to the end), as Slurm does with preempted array tasks. After the kills and after the requeue,
/// the merged store must hold no duplicated row, and every run whose result file exists must have its whole row set.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ConcurrentWritersTests(ITestOutputHelper output) : IDisposable
{
    private const int Writers = 8;
    private const int RunsPerWriter = 6;
    private readonly string _root = Directory.CreateTempSubdirectory("msclr-writers-").FullName;

    public void Dispose() => Directory.Delete(_root, true);

    [SlowFact]
    public void EightWritersKilledAtRandomThenRequeued_MergeLosesNoRowAndDuplicatesNone()
    {
        var runs = Path.Combine(_root, "runs");
        var specs = Enumerable.Range(0, Writers * RunsPerWriter)
            .Select(i => new ExperimentSpec(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d", "smplx_42"], ["ntu-rgb+d", "smplx_42"], Budget.Smoke, Seed: (ulong)i))
            .ToArray();
        var results = specs.ToDictionary(s => s.Id, s => Stage(runs, s));
        var groups = specs.Chunk(RunsPerWriter).Select(g => g.Select(s => Path.Combine(runs, s.Id)).ToArray()).ToArray();
        var environment = new Dictionary<string, string> { ["MSCLR_RUNS"] = runs };

        var random = new Random(16);
        var killed = 0;
        var writers = groups.Select(g => MsclrProcess.Start(environment, ["results", "record", .. g])).ToArray();
        // Process start-up takes seconds on a loaded machine: the kill clock starts when the first run is recorded.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (RunResultFiles.Find(runs).Count == 0 && writers.Any(w => !w.HasExited) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(10);
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (writer, killAt) in writers.Zip(writers.Select(_ => random.Next(0, 3000)).Order()))
        {
            Thread.Sleep(Math.Max(0, killAt - (int)started.ElapsedMilliseconds));
            killed += writer.Kill() ? 1 : 0;
        }

        foreach (var writer in writers)
        {
            writer.WaitForExit(TimeSpan.FromMinutes(3));
            writer.Dispose();
        }

        var afterKills = new ResultsStore(runs).Merge();
        var recorded = AssertWholeRowSetsWithoutDuplicates(afterKills, results);
        output.WriteLine($"{killed} of {Writers} writers killed mid-run; {recorded} of {specs.Length} runs recorded before the requeue");
        Assert.True(killed > 0, "every writer finished before its kill: the kills tested nothing");

        var requeued = groups.Select(g => MsclrProcess.Start(environment, ["results", "record", .. g])).ToArray();
        foreach (var writer in requeued)
        {
            Assert.True(writer.WaitForExit(TimeSpan.FromMinutes(3)) == 0, writer.Output);
            writer.Dispose();
        }

        var final = new ResultsStore(runs).Merge();
        Assert.Equal(specs.Length, AssertWholeRowSetsWithoutDuplicates(final, results));
        Assert.Equal(specs.Length * 8, final.Count);
        Assert.Equal(final, RunResultFiles.Read(new ResultsStore(runs).Path));
    }

    /// <summary>A finished run folder (spec.json, result.json) as the runner leaves it before recording.</summary>
    private static ExperimentResult Stage(string runs, ExperimentSpec spec)
    {
        var folder = Path.Combine(runs, spec.Id);
        Directory.CreateDirectory(folder);
        var top1 = (spec.Seed + 1) / 100.0;
        var result = new ExperimentResult(spec.Id, top1, 0.9, top1, top1 + 0.01, new Dictionary<string, double> { ["ntu-rgb+d"] = top1, ["smplx_42"] = top1 / 2 }, 10 + spec.Seed, 1);
        File.WriteAllText(Path.Combine(folder, "spec.json"), spec.Canonical());
        File.WriteAllText(Path.Combine(folder, "result.json"), JsonSerializer.Serialize(result));
        return result;
    }

    /// <summary>Asserts no (spec, metric) appears twice and each spec present has exactly its result's values; returns how many specs are present.</summary>
    private static int AssertWholeRowSetsWithoutDuplicates(IReadOnlyList<ResultRow> rows, IReadOnlyDictionary<string, ExperimentResult> results)
    {
        var duplicated = rows.GroupBy(r => (r.SpecId, r.Metric)).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(duplicated.Length == 0, $"duplicated rows: {string.Join(", ", duplicated.Take(5))}");
        foreach (var run in rows.GroupBy(r => r.SpecId))
        {
            var result = results[run.Key];
            var values = run.ToDictionary(r => r.Metric, r => r.Value);
            Assert.Equal(8, values.Count); // top1, top5, best_periodic_top1, ensemble_top1, two per-format top1s, two timings
            Assert.Equal(result.Top1, values[ResultMetrics.Top1]);
            Assert.Equal(result.PretrainSeconds, values[ResultMetrics.PretrainSeconds]);
        }

        return rows.Select(r => r.SpecId).Distinct().Count();
    }
}
