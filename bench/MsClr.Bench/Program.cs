using System.Globalization;
using MsClr.Bench;
using MsClr.Kit.Data.Batching;
using MsClr.Kit.Data.Ntu;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Experiments;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;

// The benchmark suite: `dotnet run -c Release --project bench/MsClr.Bench [-- --quick]`. Prints a Markdown table of
// rates (median, min, max over repeats after warm-up) and the machine it ran on. Timing targets live here, never in tests.
var quick = args.Contains("--quick");
var suite = args.SkipWhile(a => a != "--suite").Skip(1).FirstOrDefault() ?? "all";
bool Runs(string part) => suite == "all" || suite.Split(',').Contains(part);
var root = Directory.CreateTempSubdirectory("msclr-bench-").FullName;
try
{
    var results = new List<Measurement>();
    var notes = new List<string>();
    var repeats = quick ? 2 : 3;
    var (kinect, smplx) = (SkeletonFormats.NtuRgbD, SkeletonFormats.SmplX42);
    var paper = new EncoderConfig();

    if (suite == "blocks")
    {
        BlockProfile.Print();
        return;
    }

    if (Runs("step"))
    {
        foreach (var formats in new[] { new[] { kinect }, new[] { kinect, smplx } })
        {
            var name = string.Join(" + ", formats.Select(f => f.Name));
            var step = PretrainStepBench.Run($"pretraining step, paper config, {name}", formats, 128, warmup: 1, repeats, stepsPerRepeat: formats.Length * formats.Length);
            results.Add(step);
            var flops = formats.SelectMany(q => formats.Select(k => StepFlops.AimClrStep(paper, 128, 50, 2, q.JointCount, k.JointCount))).Average();
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {flops / 1e12:F2} TFLOP per step of 128 → {step.Median * flops / 128 / 1e9:F0} GFLOP/s achieved (median); peak resident memory so far {ProcessMemory.PeakResidentGb():F2} GB"));
        }
    }

    if (Runs("eval"))
    {
        results.Add(FeatureBench.Run(kinect, 128, repeats));
        results.Add(AugmentationBench.Run(kinect, 128, repeats));
        results.Add(AugmentationBench.Run(smplx, 128, repeats));
    }

    if (Runs("peak"))
    {
        results.Add(KernelPeaks.Gemm(repeats));
        results.Add(KernelPeaks.TemporalConvolution(repeats));
    }

    if (!Runs("io"))
    {
        Report(results, notes);
        return;
    }

    var files = SkeletonFiles.Write(Path.Combine(root, "skeletons"), quick ? 20 : 200, frames: 100, seed: 1);
    var bytes = files.Sum(f => new FileInfo(f).Length);
    results.Add(Measurement.Run(".skeleton parsing (NtuSkeletonReader)", "MB/s", 1, quick ? 3 : 5, () =>
    {
        foreach (var file in files)
        {
            NtuSkeletonReader.Read(file);
        }

        return bytes / 1e6;
    }));

    var clips = quick ? 200 : 2000;
    SyntheticStore.Ensure(Path.Combine(root, "data"), new SyntheticConfig { Samples = clips, Seed = 1 }, [SkeletonFormats.SmplX42]);
    results.Add(Measurement.Run("Parquet → tensor loading (ClipLoader, smplx_42)", "GB/s of float32", 1, quick ? 3 : 5, () =>
    {
        using var loaded = ClipLoader.Load(Path.Combine(root, "data"), "synthetic", [SkeletonFormats.SmplX42]);
        return loaded[SkeletonFormats.SmplX42].Data.numel() * 4 / 1e9;
    }));

    Report(results, notes);
}
finally
{
    Directory.Delete(root, recursive: true);
}

static void Report(List<Measurement> results, List<string> notes)
{
    Console.WriteLine($"machine: {Machine.Describe()}");
    Console.WriteLine("| measurement | median | min | max | unit |");
    Console.WriteLine("|---|---|---|---|---|");
    results.ForEach(Console.WriteLine);
    notes.ForEach(n => Console.WriteLine($"- {n}"));
    Console.WriteLine($"- peak resident memory of the benchmark process: {ProcessMemory.PeakResidentGb():F2} GB");
}
