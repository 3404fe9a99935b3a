using System.Globalization;
using MsClr.Kit.Experiments;
using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;

namespace MsClr.Bench;

/// <summary>
/// What bf16 convolutions do to accuracy: the same experiment (AimCLR on the synthetic benchmark, Kinect v2, quick
/// budget) pretrained with fp32 and with bf16 convolutions for seeds 1–3, each followed by the same fp32 linear
/// evaluation. Every run starts from scratch in a temporary runs root, so both sides run the current code.
/// </summary>
internal static class PrecisionAccuracy
{
    private static readonly ulong[] Seeds = [1, 2, 3];

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
                    var spec = new ExperimentSpec(PretrainMethod.AimClr, "synthetic-xsub", InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], "quick", seed, Precision: precision);
                    Console.Error.WriteLine($"bench: {spec.Id}");
                    var result = runner.Run(spec);
                    top1[precision].Add(100 * result.Top1);
                    seconds[precision] = seconds.GetValueOrDefault(precision) + result.PretrainSeconds;
                }
            }

            string Summary(ComputePrecision p) => string.Create(CultureInfo.InvariantCulture,
                $"{p.ShortName()} {top1[p].Average():F1} % (seeds: {string.Join(", ", top1[p].Select(t => t.ToString("F1", CultureInfo.InvariantCulture)))}; pretraining {seconds[p]:F0} s in all)");
            var difference = top1[ComputePrecision.BFloat16].Average() - top1[ComputePrecision.Float32].Average();
            report.Note(string.Create(CultureInfo.InvariantCulture,
                $"bf16 against fp32 convolutions, AimCLR on synthetic-xsub (ntu-rgb+d, quick budget), linear-evaluation top-1 over seeds {string.Join(", ", Seeds)}: {Summary(ComputePrecision.Float32)}; {Summary(ComputePrecision.BFloat16)}; mean difference {difference:+0.0;-0.0} points"));
        }
        finally
        {
            Directory.Delete(runs, recursive: true);
        }
    }
}
