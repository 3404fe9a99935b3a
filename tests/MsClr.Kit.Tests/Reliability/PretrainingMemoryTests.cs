using MsClr.Kit.Runtime;
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
/// 1,000 SkeletonCLR steps over two formats on a tiny model, sampled every tenth step of the first and the last hundred
/// after a garbage collection. The leak oracles are exact counts of what the program holds: the native heap in use (tensors)
/// and the managed heap may not grow by more than <see cref="HeldToleranceMiB"/> between the two windows; one view batch
/// (4 clips, ≈29 KB) left undisposed per step would add about 26 MiB. The resident set, sampled after the allocator has
/// given its free memory back, gets <see cref="ResidentToleranceMiB"/>: in a process that earlier tests fragmented it
/// wanders by ±30 MiB with tcmalloc's caches and the collector's commit (alone it stays within 3 MiB), and one CI run drifted
/// 818 → 848 MiB before the free memory was released. SkeletonCLR rather than AimCLR keeps the test near 25 s.
/// </summary>
[Trait("Category", "Slow")]
[Collection(ResidentMemoryCollection.Name)]
public sealed class PretrainingMemoryTests(ITestOutputHelper output)
{
    private const int Steps = 1000;
    private const int Window = 100;
    private const int HeldToleranceMiB = 16;
    private const int ResidentToleranceMiB = 64;

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
        AssertFlat("native heap in use", sampler.Heap, HeldToleranceMiB);
        AssertFlat("managed heap", sampler.Managed, HeldToleranceMiB);
        AssertFlat("resident memory", sampler.Resident, ResidentToleranceMiB);
    }

    private void AssertFlat(string what, Samples samples, int toleranceMiB)
    {
        var (first, last) = (samples.First.Max() >> 20, samples.Last.Max() >> 20);
        output.WriteLine($"{what}: {first} MiB over the first {Window} steps, {last} MiB over the last {Window}; every 100 steps: {string.Join(" ", samples.Trace.Select(m => m >> 20))} MiB");
        Assert.True(last - first <= toleranceMiB,
            $"{what} grew from {first} MiB (max over steps 1–{Window}) to {last} MiB (max over steps {Steps - Window + 1}–{Steps}); tolerance {toleranceMiB} MiB");
    }

    /// <summary>One quantity's samples: every tenth step of the first and the last window, and every hundredth step.</summary>
    private sealed class Samples
    {
        public List<long> First { get; } = [];

        public List<long> Last { get; } = [];

        public List<long> Trace { get; } = [];

        public void Add(long value, bool inFirst, bool inLast, bool hundredth)
        {
            (inFirst ? First : inLast ? Last : null)?.Add(value);
            if (hundredth)
            {
                Trace.Add(value);
            }
        }
    }

    /// <summary>Samples the native heap in use, the managed heap and the resident set every tenth step of the first and the last <see cref="Window"/> steps.</summary>
    private sealed class ResidentSampler : IProgress<TrainingProgress>
    {
        public int Steps { get; private set; }

        public Samples Heap { get; } = new();

        public Samples Managed { get; } = new();

        public Samples Resident { get; } = new();

        public void Report(TrainingProgress value)
        {
            Steps++;
            var total = value.Epochs * value.StepsPerEpoch;
            var (inFirst, inLast, hundredth) = (Steps <= Window, Steps > total - Window, Steps % 100 == 0);
            if ((!inFirst && !inLast && !hundredth) || Steps % 10 != 0)
            {
                return;
            }

            // Garbage awaiting collection is not a leak; without this the samples would follow the collector's rhythm.
            ProcessMemory.CollectGarbage();
            Heap.Add(ProcessMemory.NativeHeapInUseBytes() ?? throw new InvalidOperationException("the native heap cannot be asked for its bytes in use (neither tcmalloc nor glibc ≥ 2.33 serves malloc)"), inFirst, inLast, hundredth);
            Managed.Add(GC.GetTotalMemory(forceFullCollection: false), inFirst, inLast, hundredth);
            ProcessMemory.ReleaseFreeMemory();
            Resident.Add(ProcessMemory.ResidentBytes() ?? Environment.WorkingSet, inFirst, inLast, hundredth);
        }
    }
}
