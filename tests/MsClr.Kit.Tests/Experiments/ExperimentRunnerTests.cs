using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Experiments;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Experiments;

public class ExperimentRunnerTests
{
    [Fact]
    public void Run_SupervisedBaseline_ReportsEveryStepAndResumesToTheSameResultWhenStopped()
    {
        using var temp = new TempFolder("supervised-baseline");
        var data = Path.Combine(temp.Path, "data");
        var spec = new ExperimentSpec(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Smoke,
            Baseline: MsClr.Kit.Experiments.Baselines.BaselineKind.Supervised);
        var events = new List<MsClr.Kit.Evaluation.SupervisedProgress>();

        var straight = new ExperimentRunner(data, Path.Combine(temp.Path, "runs-a"), CPU).Run(spec, supervisedProgress: new Progress(events.Add));
        var runner = new ExperimentRunner(data, Path.Combine(temp.Path, "runs-b"), CPU);
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        var stopped = Assert.Throws<OperationCanceledException>(() => runner.Run(spec, cancellation: stop.Token));
        var state = RunFolder.For(Path.Combine(temp.Path, "runs-b"), spec).SupervisedState;
        Assert.True(Directory.Exists(state), "a stopped supervised baseline keeps its state");
        var savedSeconds = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(state, "state.json"))).RootElement.GetProperty("TrainSeconds").GetDouble();
        var resumed = runner.Run(spec);

        Assert.Contains($"after epoch 1/{Budget.Smoke.Epochs}", stopped.Message);
        Assert.Equal(Budget.Smoke.Epochs, events.Select(e => e.Epoch).Distinct().Count());
        Assert.Equal(Budget.Smoke.Epochs * events[0].StepsPerEpoch, events.Count);
        Assert.Equal(1.0, events[^1].Fraction, 12);
        Assert.Equal(straight.Top1, resumed.Top1);
        Assert.Equal(straight.Top5, resumed.Top5);
        Assert.False(Directory.Exists(state), "a finished baseline leaves no state behind");
        // The training time counts both sessions, not only the resumed one.
        Assert.True(savedSeconds > 0, $"saved {savedSeconds} s");
        Assert.True(resumed.PretrainSeconds > savedSeconds, $"resumed run reports {resumed.PretrainSeconds} s after {savedSeconds} s before the stop");
    }

    // Synchronous, unlike System.Progress<T>, which posts each report to the thread pool.
    private sealed class Progress(Action<MsClr.Kit.Evaluation.SupervisedProgress> report) : IProgress<MsClr.Kit.Evaluation.SupervisedProgress>
    {
        public void Report(MsClr.Kit.Evaluation.SupervisedProgress value) => report(value);
    }

    [Fact]
    public void Augmenter_SpecAblations_ShapeTheViewsTheyName()
    {
        var paper = new ExperimentSpec(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Smoke);
        var noCrop = ExperimentRunner.Augmenter(paper with { TemporalCrop = false, ShearAmplitude = 0.1, AugMethod = "12" });

        Assert.Equal(new MsClr.Kit.Data.Augmentation.ViewAugmenter(MsClr.Kit.Data.Augmentation.ViewRecipe.Normal, MsClr.Kit.Data.Augmentation.ViewRecipe.Extreme), ExperimentRunner.Augmenter(paper));
        Assert.Equal([typeof(MsClr.Kit.Data.Augmentation.ShearStep)], noCrop.NormalRecipe.Steps.Select(s => s.GetType()));
        Assert.Equal([typeof(MsClr.Kit.Data.Augmentation.ShearStep), typeof(MsClr.Kit.Data.Augmentation.SpatialFlipStep), typeof(MsClr.Kit.Data.Augmentation.RotationStep)],
            noCrop.ExtremeRecipe.Steps.Select(s => s.GetType()));
        Assert.All(noCrop.NormalRecipe.Steps.Concat(noCrop.ExtremeRecipe.Steps).OfType<MsClr.Kit.Data.Augmentation.ShearStep>(), s => Assert.Equal(0.1, s.Amplitude));
        Assert.Empty(ExperimentRunner.Augmenter(paper with { Augmentations = false }).NormalRecipe.Steps);
    }

    [Fact]
    public void Run_SmokeMsAimClrOnSynthetic_BeatsChanceRepeatsWithTheSameSeedAndIsReused()
    {
        using var temp = new TempFolder("exp");
        var root = temp.Path;
        var spec = new ExperimentSpec(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d", "smplx_42"], ["ntu-rgb+d", "smplx_42"], Budget.Smoke, Seed: 3);
        var first = new ExperimentRunner(Path.Combine(root, "data"), Path.Combine(root, "runs"), CPU).Run(spec);
        var again = new ExperimentRunner(Path.Combine(root, "data"), Path.Combine(root, "runs-2"), CPU).Run(spec);
        var reused = new ExperimentRunner(Path.Combine(root, "data"), Path.Combine(root, "runs"), CPU).Run(spec);

        var chance = 1.0 / SyntheticActions.Count;
        Assert.True(first.Top1 > 3 * chance, $"top-1 {first.Top1:P1}, chance {chance:P1}");
        Assert.NotNull(first.EnsembleTop1);
        Assert.Equal(TorchSharp.torch.get_num_threads(), first.Threads);
        Assert.InRange(first.KeyCosine!.Value, -1.0, 1.0 + 1e-9);
        Assert.Equal((first.Threads, first.KeyCosine), (reused.Threads, reused.KeyCosine));
        Assert.Equal(first.Top1, again.Top1);
        Assert.Equal(first.PerFormatTop1, again.PerFormatTop1);
        Assert.Equal(0, reused.PretrainSeconds - first.PretrainSeconds);
        Assert.True(File.Exists(Path.Combine(root, "runs", spec.Id, "scores-smplx_42.parquet")));
        var stored = new MsClr.Kit.Experiments.Results.ResultsStore(Path.Combine(root, "runs"));
        Assert.Equal(first.Top1, stored.Latest(spec.Id, "top1"));
        Assert.Single(stored.Load(), r => r.Metric == "top1");
    }

    [Fact]
    public void Id_SameSpec_IsStableAndNamesItsParts()
    {
        var spec = new ExperimentSpec(PretrainMethod.AimClr, Benchmark.Ntu60CrossSubject, InputStream.Bone, ["ntu-rgb+d", "smplx_42"], ["ntu-rgb+d"], Budget.Paper);
        var same = spec with { TrainingFormats = ["ntu-rgb+d", "smplx_42"] };

        Assert.Equal(spec.Id, same.Id);
        Assert.StartsWith("aimclr-ntu60-xsub-bone-ntu+smplx-paper-s1-", spec.Id);
        Assert.NotEqual(spec.Id, (spec with { Seed = 2 }).Id);
        Assert.Contains("\"Epochs\":300", spec.Canonical()); // a resized budget gives new ids, never a stale reuse
    }

    [Fact]
    public void Id_Bf16Precision_IsItsOwnExperimentWhileFp32IdsKeepTheirOldForm()
    {
        var fp32 = new ExperimentSpec(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Quick);
        var bf16 = fp32 with { Precision = ComputePrecision.BFloat16 };

        Assert.DoesNotContain("precision", fp32.Canonical());
        Assert.Contains("\"precision\":\"bf16\"", bf16.Canonical());
        Assert.StartsWith("aimclr-synthetic-xsub-joint-ntu-bf16-quick-s1-", bf16.Id);
        Assert.NotEqual(fp32.Id[^8..], bf16.Id[^8..]);
    }
}
