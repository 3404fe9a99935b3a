using System.Globalization;
using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;

namespace MsClr.Bench;

/// <summary>
/// Whether resident memory stays flat over many pretraining steps at the paper's configuration: the resident size after
/// each step, compared between the first and the last quarter of the run (each quarter spans every pair kind, whose
/// joint counts differ). Growth means something escapes the per-step dispose scopes and garbage collection.
/// </summary>
internal static class MemorySoak
{
    /// <summary>The soak's rows: the largest resident size in the first and in the last quarter, and the growth.</summary>
    public static void Run(BenchReport report, SkeletonFormat[] formats, int steps, ComputePrecision precision)
    {
        var kind = $"{string.Join(" + ", formats.Select(f => f.Name))}, {precision.ShortName()}";
        var label = $"{kind}, {steps} steps";
        using var rig = new PretrainStepBench.StepRig(formats, 128, budget: null, precision);
        for (var i = 0; i < rig.PairKinds; i++)
        {
            rig.Step();
        }

        var resident = new List<double>();
        ProcessMemory.CollectGarbage();
        var heapBefore = ProcessMemory.NativeHeapInUseBytes();
        for (var i = 0; i < steps; i++)
        {
            rig.Step();
            resident.Add(Gigabytes.Of(ProcessMemory.ResidentBytes()));
        }

        // What the program still holds after the steps (allocator caches aside): a leak shows here even where the
        // allocator's retained free memory hides it in the resident size.
        ProcessMemory.CollectGarbage();
        var heapGrowthMb = ProcessMemory.NativeHeapInUseBytes() - heapBefore is { } grown ? grown / 1024.0 / 1024 : double.NaN;

        var quarter = Math.Max(rig.PairKinds, steps / 4);
        var first = resident.Take(quarter).Max();
        var last = resident.TakeLast(quarter).Max();
        var growthMb = (last - first) * 1024;
        report.Add(new Measurement($"resident memory, first quarter of a soak ({label})", "GB", first, first, first), "≤ 6", first <= 6);
        report.Add(new Measurement($"resident memory, last quarter of the soak ({label})", "GB", last, last, last), "≤ 6", last <= 6);
        report.Add(new Measurement($"resident memory growth over the soak ({label})", "MiB", growthMb, growthMb, growthMb), "≤ 64 (flat)", growthMb <= 64);
        report.Add(new Measurement($"native heap in use, growth over the soak ({label})", "MiB", heapGrowthMb, heapGrowthMb, heapGrowthMb), "≤ 16 (no leak)", heapGrowthMb <= 16);
        report.Note(string.Create(CultureInfo.InvariantCulture,
            $"soak ({label}, after {rig.PairKinds} warm-up steps): resident GB after each step {string.Join(", ", resident.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))}"));
        CompareWithPerStepCollection(report, rig, kind, steps);
    }

    /// <summary>
    /// The step rate without and with the full garbage collection the step used to end with (<c>GC.Collect</c>,
    /// <c>WaitForPendingFinalizers</c>, as before commit dfa57b2), in one run: alternating blocks of one step per pair
    /// kind, so drift of the machine's speed falls on both variants alike and each sees every pair kind equally often.
    /// </summary>
    private static void CompareWithPerStepCollection(BenchReport report, PretrainStepBench.StepRig rig, string kind, int steps)
    {
        var blocks = Math.Max(2, steps / rig.PairKinds / 2 * 2);
        var seconds = new[] { new List<double>(), new List<double>() };
        for (var b = 0; b < blocks; b++)
        {
            var collect = b % 2 == 1;
            for (var i = 0; i < rig.PairKinds; i++)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                rig.Step();
                if (collect)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                }

                seconds[collect ? 1 : 0].Add(clock.Elapsed.TotalSeconds);
            }
        }

        double Rate(List<double> s) => rig.BatchSize / s.Order().ElementAt(s.Count / 2);
        var (without, with) = (Rate(seconds[0]), Rate(seconds[1]));
        report.Add(new Measurement($"pretraining step without a per-step GC ({kind}, {seconds[0].Count} steps)", "samples/s", without, without, without), "≥ with GC", without >= with);
        report.Add(new Measurement($"pretraining step with a full GC after each step, as before ({kind}, {seconds[1].Count} steps)", "samples/s", with, with, with));
    }
}
