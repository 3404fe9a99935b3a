using System.Diagnostics;
using System.Globalization;
using MsClr.Kit.Data.Augmentation;
using MsClr.Kit.Experiments;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Bench;

/// <summary>
/// Where the quick budget's pretraining step goes (the loop users run on a laptop): the step itself (forward, backward,
/// SGD), the three augmented views of a batch (built on the prefetch thread, but on a 2-core machine they share the cores),
/// a full garbage collection (what the loop used to pay every step), each in wall and process CPU milliseconds per step,
/// and the step's FLOP bound at the GEMM rate measured in the same run; then the step's cost per clip at batch 16, 32
/// and 64: flat (or rising) per-clip cost means the loop is not bound by per-operation overhead, which a larger batch
/// would amortise, but by the kernels' passes over memory.
/// </summary>
internal static class QuickStepBreakdown
{
    public static void Run(BenchReport report, Measurement gemm, int repeats)
    {
        var budget = Budget.Quick;
        var formats = new[] { SkeletonFormats.NtuRgbD };
        var encoder = budget.Apply(new PretrainConfig()).EffectiveEncoder;
        var flops = StepFlops.AimClrStep(encoder, budget.BatchSize, 50, 2, formats[0].JointCount, formats[0].JointCount);
        using var rig = new PretrainStepBench.StepRig(formats, budget.BatchSize, budget, Kit.Models.ComputePrecision.Float32);
        using var clips = randn([budget.BatchSize, 3, 50, formats[0].JointCount, 2], generator: Seeds.Generator(1, "bench-clips"));
        var batch = 0;
        var step = Time(repeats, rig.Step);
        var augment = Time(repeats, () =>
        {
            using var scope = NewDisposeScope();
            var generator = Seeds.Generator(1, "bench-augment", batch++);
            ViewAugmenter.AimClr.Extreme(clips, formats[0], generator);
            ViewAugmenter.AimClr.Normal(clips, formats[0], generator);
            ViewAugmenter.AimClr.Normal(clips, formats[0], generator);
        });
        var collect = Time(repeats, () =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        });
        var boundMs = flops / (gemm.Median * 1e9) * 1e3;
        report.Note(string.Create(CultureInfo.InvariantCulture,
            $"quick-budget step breakdown (AimCLR, width {encoder.HiddenChannels}, output {encoder.OutputDim}, batch {budget.BatchSize}, 50 frames, {formats[0].Name}), ms per step, wall / process CPU: " +
            $"step {step.Wall:F0} / {step.Cpu:F0}; three augmented views {augment.Wall:F0} / {augment.Cpu:F0}; a full GC {collect.Wall:F1} / {collect.Cpu:F1}. " +
            $"FLOPs {flops / 1e9:F2} G per step → bound {boundMs:F0} ms at the measured fp32 GEMM rate ({gemm.Median:F0} GFLOP/s): the step runs at {boundMs / step.Wall:P0} of it"));
        report.Note("quick-budget step cost per clip by batch size (same model, queue 256), wall / process CPU ms per clip: " + string.Join("; ", new[] { 16, 32, 64 }.Select(size =>
        {
            using var sized = new PretrainStepBench.StepRig(formats, size, budget with { BatchSize = size }, Kit.Models.ComputePrecision.Float32);
            var (wall, cpu) = Time(repeats, sized.Step);
            return string.Create(CultureInfo.InvariantCulture, $"batch {size}: {wall / size:F1} / {cpu / size:F1}");
        })));
    }

    private static (double Wall, double Cpu) Time(int repeats, Action action)
    {
        action();
        var process = Process.GetCurrentProcess();
        var walls = new List<double>();
        var cpus = new List<double>();
        for (var i = 0; i < Math.Max(3, repeats * 2); i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            action();
            walls.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpus.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
        }

        walls.Sort();
        cpus.Sort();
        return (walls[walls.Count / 2], cpus[cpus.Count / 2]);
    }
}
