using MsClr.Kit.Runtime;
using System.Globalization;
using MsClr.Kit.Data.Clips;
using MsClr.Kit.Data.Ntu;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Experiments;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;

namespace MsClr.Bench;

/// <summary>Runs the chosen parts of the benchmark and collects measurements, targets and notes.</summary>
internal static class BenchSuite
{
    /// <summary>Runs <paramref name="suite"/> (all, or a comma list of step (or only step-fp32 / step-bf16), soak, quick-step (rates and breakdown), quick-breakdown (the breakdown only), eval, peak, bf16-accuracy, io).</summary>
    /// <param name="soakSteps">Steps of the memory soak; null for 20 with <paramref name="quick"/>, else 1,000.</param>
    public static BenchReport Run(string suite, bool quick, string? reproduceTimingPath, int? soakSteps = null)
    {
        bool Runs(string part) => suite == "all" || suite.Split(',').Contains(part);
        var report = new BenchReport();
        var repeats = quick ? 2 : 3;
        var (kinect, smplx) = (SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);
        var paper = new EncoderConfig();
        var nativeBf16 = CpuFeatures.Current.HasNativeBf16;

        Measurement? gemm32 = null, conv32 = null;
        if (Runs("peak") || Runs("step") || Runs("step-fp32") || Runs("step-bf16") || Runs("quick-breakdown") || Runs("quick-step"))
        {
            report.Note(FmaPeak.Note());
        }

        if (Runs("peak"))
        {
            report.Add(gemm32 = KernelPeaks.Gemm(repeats));
            report.Add(conv32 = KernelPeaks.TemporalConvolution(repeats));
            if (nativeBf16)
            {
                report.Add(KernelPeaks.Gemm(repeats, TorchSharp.torch.ScalarType.BFloat16));
                report.Add(KernelPeaks.TemporalConvolution(repeats, TorchSharp.torch.ScalarType.BFloat16));
            }
        }

        if (!nativeBf16 && (Runs("step") || Runs("step-bf16") || Runs("bf16-accuracy") || Runs("peak")))
        {
            report.Note($"bf16 rows skipped: this CPU has no native bf16 instructions ({CpuFeatures.Current.Describe()}), so LibTorch would emulate bf16 at a fraction of the fp32 rate and `--precision bf16` is refused");
        }

        var precisions = new[] { ComputePrecision.Float32, ComputePrecision.BFloat16 }.Where(p => (Runs("step") || Runs($"step-{p.ShortName()}")) && (p == ComputePrecision.Float32 || nativeBf16)).ToArray();
        if (precisions.Length > 0 && gemm32 is null)
        {
            // The step's fraction of the machine's rates needs them from the same run: this VM's speed drifts within an hour.
            report.Add(gemm32 = KernelPeaks.Gemm(repeats));
            report.Add(conv32 = KernelPeaks.TemporalConvolution(repeats));
        }

        foreach (var precision in precisions)
        {
            foreach (var (formats, target) in new[] { (new[] { kinect }, 25.0), (new[] { kinect, smplx }, 15.0) })
            {
                var name = string.Join(" + ", formats.Select(f => f.Name));
                var label = precision == ComputePrecision.Float32 ? name : $"{name}, bf16";
                var ownPeak = ProcessMemory.ResetPeak();
                var step = PretrainStepBench.Run($"pretraining step, paper config, {label}", formats, 128, warmup: 1, repeats,
                    stepsPerRepeat: formats.Length * formats.Length, precision: precision);
                report.Add(step, $"≥ {target:F0}", step.Median >= target);
                var peak = Gigabytes.Of(ProcessMemory.PeakResidentBytes());
                report.Add(new Measurement($"peak resident memory, {label}{(ownPeak ? "" : " (since the process started)")}", "GB", peak, peak, peak), "≤ 6", peak <= 6);
                var flops = formats.SelectMany(q => formats.Select(k => StepFlops.AimClrStep(paper, 128, 50, 2, q.JointCount, k.JointCount))).Average();
                report.Note(string.Create(CultureInfo.InvariantCulture,
                    $"{label}: {flops / 1e12:F2} TFLOP per step of 128 clips (forward and backward of the query and extreme views, forward of the key view) → {step.Median * flops / 128 / 1e9:F0} GFLOP/s achieved (median){FractionOfPeaks(step.Median * flops / 128 / 1e9, precision, gemm32!, conv32!)}"));
            }
        }

        if (Runs("soak"))
        {
            // The issue's "flat across 1,000 steps": 1,000 fp32 steps take about 3 hours here, so --quick soaks 20.
            MemorySoak.Run(report, [kinect, smplx], soakSteps ?? (quick ? 20 : 1000), ComputePrecision.Float32);
        }

        if (Runs("quick-step"))
        {
            foreach (var formats in new[] { new[] { kinect }, new[] { kinect, smplx } })
            {
                report.Add(PretrainStepBench.Run($"pretraining step, quick budget, {string.Join(" + ", formats.Select(f => f.Name))}", formats, Budget.Quick.BatchSize,
                    warmup: 2, repeats, stepsPerRepeat: 8, Budget.Quick));
            }

        }

        if (Runs("quick-step") || Runs("quick-breakdown"))
        {
            var gemm = KernelPeaks.Gemm(repeats);
            report.Add(gemm);
            QuickStepBreakdown.Run(report, gemm, repeats);
        }

        if (Runs("eval"))
        {
            report.Add(FeatureBench.Run(kinect, 128, repeats));
            report.Add(AugmentationBench.Run(kinect, 128, repeats), "above the step rate", null);
            report.Add(AugmentationBench.Run(smplx, 128, repeats), "above the step rate", null);
        }

        if (Runs("bf16-accuracy") && nativeBf16)
        {
            PrecisionAccuracy.Run(report);
        }

        if (Runs("io"))
        {
            RunIo(report, quick);
        }

        if (reproduceTimingPath is not null && File.Exists(reproduceTimingPath))
        {
            report.Note($"end to end: {File.ReadAllText(reproduceTimingPath).Trim()}");
        }

        return report;
    }

    /// <summary>", X % of the fp32 GEMM rate and Y % of the 9×1 convolution rate measured in this run" (fp32 steps only:
    /// a bf16 step is compared with its own peaks, which the peak suite prints).</summary>
    private static string FractionOfPeaks(double achieved, ComputePrecision precision, Measurement gemm, Measurement convolution) =>
        precision != ComputePrecision.Float32
            ? ""
            : string.Create(CultureInfo.InvariantCulture,
                $", {100 * achieved / gemm.Median:F0} % of the fp32 GEMM rate and {100 * achieved / convolution.Median:F0} % of the fp32 9×1 convolution rate measured in this run ({gemm.Median:F0} and {convolution.Median:F0} GFLOP/s)");

    private static void RunIo(BenchReport report, bool quick)
    {
        var root = Directory.CreateTempSubdirectory("msclr-bench-").FullName;
        try
        {
            var files = SkeletonFiles.Write(Path.Combine(root, "skeletons"), quick ? 20 : 200, frames: 100, seed: 1);
            var bytes = files.Sum(f => new FileInfo(f).Length);
            // A repeat takes tens of milliseconds: the warm-up must outlast .NET's tiered JIT (tier-0 code, then the optimised
            // tier after about 100 ms of calls), or the median reads tier-0 code (a third of the rate) on some runs.
            var parsing = Measurement.Run(".skeleton parsing (NtuSkeletonReader)", "MB/s", quick ? 30 : 10, 5, () =>
            {
                foreach (var file in files)
                {
                    NtuSkeletonReader.Read(file);
                }

                return bytes / 1e6;
            });
            report.Add(parsing, "≥ 100", parsing.Median >= 100);

            var clips = quick ? 200 : 2000;
            SyntheticStore.Ensure(Path.Combine(root, "data"), new SyntheticConfig { Samples = clips, Seed = 1 }, [SkeletonFormats.SmplX42]);
            report.Add(Measurement.Run("Parquet → tensor loading (ClipLoader, smplx_42)", "GB/s of float32", 1, quick ? 3 : 5, () =>
            {
                using var loaded = ClipLoader.Load(Path.Combine(root, "data"), "synthetic", [SkeletonFormats.SmplX42]);
                return loaded[SkeletonFormats.SmplX42].Data.numel() * 4 / 1e9;
            }));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
