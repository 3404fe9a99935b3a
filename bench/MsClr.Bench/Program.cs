using System.Globalization;
using MsClr.Bench;
using MsClr.Kit.Data.Batching;
using MsClr.Kit.Data.Ntu;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Experiments;
using MsClr.Kit.Skeletons;

// The benchmark suite: `dotnet run -c Release --project bench/MsClr.Bench [-- --quick]`. Prints a Markdown table of
// rates (median, min, max over repeats after warm-up) and the machine it ran on. Timing targets live here, never in tests.
var quick = args.Contains("--quick");
var root = Directory.CreateTempSubdirectory("msclr-bench-").FullName;
try
{
    var results = new List<Measurement>();

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

    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
    Console.WriteLine("| measurement | median | min | max | unit |");
    Console.WriteLine("|---|---|---|---|---|");
    results.ForEach(Console.WriteLine);
}
finally
{
    Directory.Delete(root, recursive: true);
}
