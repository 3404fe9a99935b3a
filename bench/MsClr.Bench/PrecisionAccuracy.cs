using System.Globalization;
using MsClr.Kit.Experiments;
using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training.Pretraining;

namespace MsClr.Bench;

/// <summary>
/// What bf16 convolutions do to accuracy: the same experiment (AimCLR on the synthetic benchmark, Kinect v2, quick
/// budget, seed 1) pretrained with fp32 and with bf16 convolutions, each followed by the same fp32 linear evaluation.
/// Runs go through <see cref="ExperimentRunner"/> into the kit's runs root, so finished ones are reused and both land in
/// the results store.
/// </summary>
internal static class PrecisionAccuracy
{
    public static void Run(BenchReport report)
    {
        var runner = new ExperimentRunner(KitEnvironment.DataRoot, KitEnvironment.RunsRoot, KitEnvironment.ComputeDevice);
        var results = new Dictionary<ConvolutionPrecision, ExperimentResult>();
        foreach (var precision in new[] { ConvolutionPrecision.Float32, ConvolutionPrecision.BFloat16 })
        {
            var spec = new ExperimentSpec(PretrainMethod.AimClr, "synthetic-xsub", InputStream.Joint, ["ntu-rgb+d"], ["ntu-rgb+d"], "quick", Precision: precision);
            Console.Error.WriteLine($"bench: {spec.Id}");
            results[precision] = runner.Run(spec);
        }

        var (fp32, bf16) = (results[ConvolutionPrecision.Float32], results[ConvolutionPrecision.BFloat16]);
        report.Note(string.Create(CultureInfo.InvariantCulture,
            $"bf16 against fp32 convolutions, AimCLR on synthetic-xsub (ntu-rgb+d, quick budget, seed 1), linear evaluation top-1: fp32 {100 * fp32.Top1:F1} %, bf16 {100 * bf16.Top1:F1} % (difference {100 * (bf16.Top1 - fp32.Top1):+0.0;-0.0} points; one seed, so within run-to-run noise unless large); pretraining {Seconds(fp32)} fp32, {Seconds(bf16)} bf16"));
    }

    private static string Seconds(ExperimentResult result) =>
        result.PretrainSeconds > 0 ? string.Create(CultureInfo.InvariantCulture, $"{result.PretrainSeconds:F0} s") : "reused";
}
