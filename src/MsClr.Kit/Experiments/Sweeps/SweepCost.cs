using MsClr.Kit.Data;
using MsClr.Kit.Experiments.Paper;

namespace MsClr.Kit.Experiments.Sweeps;

/// <summary>
/// A GPU-hour estimate of a sweep from its budget: pretraining visits every training clip once per training format and
/// epoch; linear evaluation extracts features of the training and test clips once per evaluation format (a forward pass,
/// counted as a third of a training step); the probes themselves are negligible. Divided by a throughput in training
/// clips per second, which is an assumption until measured: <c>msclr pretrain</c> prints its clips/s, and
/// <c>sweep show --clips-per-second</c> takes yours.
/// </summary>
public static class SweepCost
{
    /// <summary>The assumed training throughput of one GPU at the paper's model size (clips per second, one format).</summary>
    public const double DefaultClipsPerSecond = 500;

    /// <summary>Training and test clips of a benchmark: NTU's split sizes as the official AimCLR data has them, and the
    /// synthetic benchmark's share of <paramref name="budget"/>'s clips (its splits hold out about half).</summary>
    public static (int Train, int Test) Clips(Benchmark benchmark, Budget budget) => benchmark.Name switch
    {
        "ntu60-xsub" => (40_091, 16_487),
        "ntu60-xview" => (37_646, 18_932),
        "ntu120-xsub" => (63_026, 50_919),
        "ntu120-xset" => (54_468, 59_477),
        _ when benchmark.IsSynthetic => (budget.SyntheticClips / 2, budget.SyntheticClips - (budget.SyntheticClips / 2)),
        _ => throw new ArgumentException($"benchmark '{benchmark.Name}': no clip counts known for a cost estimate"),
    };

    /// <summary>Estimated GPU-hours of one spec at <paramref name="clipsPerSecond"/>.</summary>
    public static double GpuHours(ExperimentSpec spec, double clipsPerSecond = DefaultClipsPerSecond)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!(clipsPerSecond > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(clipsPerSecond), clipsPerSecond, "expected a positive throughput");
        }

        var budget = spec.Budget;
        var (train, test) = Clips(spec.Benchmark, budget);
        var pretraining = (double)budget.Epochs * train * spec.TrainingFormats.Count;
        var features = (train + test) * (double)spec.EvaluationFormats.Count / 3;
        return (pretraining + features) / clipsPerSecond / 3600;
    }

    /// <summary>Estimated GPU-hours of the whole sweep.</summary>
    public static double GpuHours(SweepPlan plan, double clipsPerSecond = DefaultClipsPerSecond) => plan.Specs.Sum(s => GpuHours(s, clipsPerSecond));
}
