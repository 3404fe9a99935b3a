using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Baselines;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Experiments;

public sealed class BaselineTableTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("msclr-baselines-").FullName;

    public void Dispose() => Directory.Delete(_root, true);

    [Fact]
    public void Specs_Table1_OneOfEachBaselinePerStreamOnKinectOnly()
    {
        var specs = BaselineTable.Specs([PaperTables.Table1], ReproducePlan.Column, Budget.Smoke, useSynthetic: true, seed: 2);

        Assert.Equal(4 * 3, specs.Count);
        Assert.Equal(specs.Count, specs.Select(s => s.Id).Distinct().Count());
        Assert.All(specs, s => Assert.Equal(["ntu-rgb+d"], s.TrainingFormats));
        Assert.All(specs, s => Assert.Equal(2UL, s.Seed));
        Assert.StartsWith("baseline-raw-stats-synthetic-xsub-", specs[0].Id);
        Assert.Equal([InputStream.Joint, InputStream.Motion, InputStream.Bone], BaselineTable.Streams(PaperTables.Table1, ReproducePlan.Column));
    }

    [Fact]
    public void Spec_Baseline_IsItsOwnExperimentAndRoundTripsThroughItsJson()
    {
        var random = BaselineTable.Spec(BaselineKind.RandomInit, InputStream.Joint, ReproducePlan.Column, Budget.Quick, useSynthetic: true, seed: 1);
        var pretraining = random with { Baseline = null };

        var parsed = ExperimentSpecJson.Parse(random.Canonical(), "spec.json");

        Assert.NotEqual(pretraining.Id, random.Id);
        Assert.DoesNotContain("baseline", pretraining.Canonical());
        Assert.Equal(random.Id, parsed.Id);
        Assert.Equal(BaselineKind.RandomInit, parsed.Baseline);
        Assert.Equal("baseline:random-init", random.MethodLabel);
    }

    [Fact]
    public void Comparisons_PretrainedRowAgainstBaselines_PairsEverySeed()
    {
        var store = new ResultsStore(_root);
        var seeds = new ulong[] { 1, 2, 3 };
        var entry = PaperTables.Table1.Entries.First(e => e.Row == "AimCLR (j)" && e.Benchmark == ReproducePlan.Column);
        double[] ours = [0.60, 0.70, 0.65];
        double[] random = [0.20, 0.25, 0.22];
        double[] supervised = [0.90, 0.92, 0.95];
        foreach (var seed in seeds)
        {
            var i = (int)seed - 1;
            Append(store, entry.Specs(Budget.Smoke, useSynthetic: true, seed).Single(), ours[i]);
            Append(store, BaselineTable.Spec(BaselineKind.RandomInit, InputStream.Joint, ReproducePlan.Column, Budget.Smoke, true, seed), random[i]);
            Append(store, BaselineTable.Spec(BaselineKind.Supervised, InputStream.Joint, ReproducePlan.Column, Budget.Smoke, true, seed), supervised[i]);
        }

        var rows = store.Load();
        var lines = BaselineTable.Comparisons(PaperTables.Table1, rows, ReproducePlan.Column, Budget.Smoke, true, seeds)
            .Where(l => l.Comparison.Row == "AimCLR (j)").ToArray();
        var baselines = BaselineTable.Lines(PaperTables.Table1, rows, ReproducePlan.Column, Budget.Smoke, true, seeds);

        Assert.Equal("better", lines.Single(l => l.Comparison.Kind == "pretraining − random-init").Result.VerdictText);
        Assert.Equal("worse", lines.Single(l => l.Comparison.Kind == "pretraining − supervised").Result.VerdictText);
        Assert.Equal("no paired seeds", lines.Single(l => l.Comparison.Kind == "pretraining − raw-stats").Result.VerdictText);
        var supervisedLine = baselines.Single(b => b.Kind == BaselineKind.Supervised && b.Stream == InputStream.Joint);
        Assert.Equal(92.33, supervisedLine.Top1.Mean, 2);
        Assert.Equal(3, supervisedLine.Top1.N);
        Assert.Equal(0, baselines.Single(b => b.Kind == BaselineKind.RawFlattened && b.Stream == InputStream.Joint).Top1.N);
    }

    private static void Append(ResultsStore store, ExperimentSpec spec, double top1) =>
        store.Append(spec, new ExperimentResult(spec.Id, top1, 0.9, top1, null, spec.EvaluationFormats.ToDictionary(f => f, _ => top1), 1, 1), "abc");
}
