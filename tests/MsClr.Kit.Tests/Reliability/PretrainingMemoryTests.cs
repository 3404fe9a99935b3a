using MsClr.Kit.Skeletons;
using MsClr.Kit.Tests.Training.Pretraining;
using MsClr.Kit.Training.Pretraining;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Reliability;

/// <summary>The memory test measures this process's resident set, so nothing else may run beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ResidentMemoryCollection
{
    public const string Name = "resident memory";
}

/// <summary>
/// 1,000 SkeletonCLR steps over two formats on a tiny model: resident memory, sampled after a garbage collection every
/// tenth step, may not grow by more than <see cref="ToleranceMiB"/> between the first and the last hundred steps (it grows
/// by about 3 MiB, all in the first few hundred steps). One view batch (4 clips, ≈29 KB) left undisposed per step would add
/// about 26 MiB. SkeletonCLR rather than AimCLR keeps the test near 20 s (AimCLR took 42 s and grew 8 MiB).
/// </summary>
[Trait("Category", "Slow")]
[Collection(ResidentMemoryCollection.Name)]
public sealed class PretrainingMemoryTests(ITestOutputHelper output)
{
    private const int Steps = 1000;
    private const int Window = 100;
    private const int ToleranceMiB = 16;

    [SlowFact]
    public void Run_ThousandSteps_ResidentMemoryStaysFlat()
    {
        // Two formats of 40 clips in batches of 4: 20 steps an epoch.
        using var clips = TinyRuns.Clips(40, SkeletonFormats.NtuRgbD, SkeletonFormats.Smpl24);
        var config = TinyRuns.Config(PretrainMethod.SkeletonClr, epochs: Steps / 20) with { CheckpointEvery = Steps };
        var directory = TinyRuns.TemporaryRunDirectory();
        var sampler = new ResidentSampler();
        var threads = get_num_threads();
        set_num_threads(1); // tensors this small gain nothing from a thread pool, and on a busy CI machine its spinning stalls every step
        try
        {
            Pretrainer.Run(clips, config, new TinyRuns.CopyAugmenter(), directory, CPU, sampler).Model.Dispose();
        }
        finally
        {
            set_num_threads(threads);
            Directory.Delete(directory, true);
        }

        Assert.Equal(Steps, sampler.Steps);
        var (first, last) = (sampler.First.Max() >> 20, sampler.Last.Max() >> 20);
        output.WriteLine($"resident memory: {first} MiB over the first {Window} steps, {last} MiB over the last {Window}; every 100 steps: {string.Join(" ", sampler.Trace.Select(m => m >> 20))} MiB");
        Assert.True(last - first <= ToleranceMiB,
            $"resident memory grew from {first} MiB (max over steps 1–{Window}) to {last} MiB (max over steps {Steps - Window + 1}–{Steps}); tolerance {ToleranceMiB} MiB");
    }

    /// <summary>Samples the resident set every tenth step of the first and the last <see cref="Window"/> steps.</summary>
    private sealed class ResidentSampler : IProgress<TrainingProgress>
    {
        public int Steps { get; private set; }

        public List<long> First { get; } = [];

        public List<long> Last { get; } = [];

        public List<long> Trace { get; } = [];

        public void Report(TrainingProgress value)
        {
            Steps++;
            var total = value.Epochs * value.StepsPerEpoch;
            var window = Steps <= Window ? First : Steps > total - Window ? Last : null;
            if ((window is null && Steps % 100 != 0) || Steps % 10 != 0)
            {
                return;
            }

            // Garbage awaiting collection is not a leak; without this the samples would follow the collector's rhythm.
            GC.Collect();
            var resident = Environment.WorkingSet;
            window?.Add(resident);
            if (Steps % 100 == 0)
            {
                Trace.Add(resident);
            }
        }
    }
}
