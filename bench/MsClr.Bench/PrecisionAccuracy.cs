using System.Globalization;
using MsClr.Kit.Experiments;
using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;
using MsClr.Kit.Data;

namespace MsClr.Bench;

/// <summary>
/// What bf16 does to accuracy: the same experiment (AimCLR on the synthetic benchmark, Kinect v2, quick budget)
/// pretrained in fp32 and in bf16 for seeds 1–5, each followed by the same fp32 linear evaluation. A seed fixes the
/// initial weights, the data order and the augmentations on both sides, so the per-seed differences are paired; their
/// mean is reported with its standard error, because the seed-to-seed spread of one side alone is larger than the effect.
/// Every run starts from scratch in a temporary runs root, so both sides run the current code.
/// </summary>
internal static class PrecisionAccuracy
{
    private static readonly ulong[] Seeds = [1, 2, 3, 4, 5];

    public static void Run(BenchReport report)
    {
        var runs = Directory.CreateTempSubdirectory("msclr-bench-runs-").FullName;
        try
        {
            var runner = new ExperimentRunner(KitEnvironment.DataRoot, runs, KitEnvironment.ComputeDevice);
            var top1 = new Dictionary<ComputePrecision, List<double>>();
            var seconds = new Dictionary<ComputePrecision, double>();
            foreach (var precision in new[] { ComputePrecision.Float32, ComputePrecision.BFloat16 })
            {
                top1[precision] = [];
                foreach (var seed in Seeds)
                {
                    var spec = new ExperimentSpec(PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Quick, seed, Precision: precision);
                    Console.Error.WriteLine($"bench: {spec.Id}");
                    var result = runner.Run(spec);
                    top1[precision].Add(100 * result.Top1);
                    seconds[precision] = seconds.GetValueOrDefault(precision) + result.PretrainSeconds;
                }
            }

            string Summary(ComputePrecision p) => string.Create(CultureInfo.InvariantCulture,
                $"{p.ShortName()} {top1[p].Average():F1} % (seeds: {string.Join(", ", top1[p].Select(t => t.ToString("F1", CultureInfo.InvariantCulture)))}; pretraining {seconds[p]:F0} s in all)");
            var differences = top1[ComputePrecision.BFloat16].Zip(top1[ComputePrecision.Float32], (b, f) => b - f).ToArray();
            var mean = differences.Average();
            var standardError = Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / (differences.Length - 1) / differences.Length);
            report.Note(string.Create(CultureInfo.InvariantCulture,
                $"bf16 against fp32, AimCLR on synthetic-xsub (ntu-rgb+d, quick budget), linear-evaluation top-1 over seeds {string.Join(", ", Seeds)}: {Summary(ComputePrecision.Float32)}; {Summary(ComputePrecision.BFloat16)}; paired difference bf16 − fp32 {mean:+0.0;-0.0} ± {standardError:F1} points (mean ± standard error over seeds)"));
        }
        finally
        {
            Directory.Delete(runs, recursive: true);
        }
    }
}
