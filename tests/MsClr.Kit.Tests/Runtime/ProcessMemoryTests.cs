using MsClr.Kit.Runtime;
using MsClr.Kit.Tests.Reliability;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Runtime;

/// <summary>
/// ProcessMemory's readings against allocations of known size. They run alone (the resident-memory collection), because
/// another test's tensors would move the same process-wide counters.
/// </summary>
[Collection(ResidentMemoryCollection.Name)]
public class ProcessMemoryTests
{
    private const long TensorBytes = 64L << 20;

    [Fact]
    public void UsesTcmalloc_FollowsTheLaunchersPreload()
    {
        var preloaded = (Environment.GetEnvironmentVariable("LD_PRELOAD") ?? "").Contains("libtcmalloc", StringComparison.Ordinal);

        Assert.Equal(preloaded, ProcessMemory.UsesTcmalloc);
    }

    [Fact]
    public void NativeHeapInUse_GrowsByATensorsBytes_AndFallsBackWhenItIsDisposed()
    {
        ProcessMemory.CollectGarbage();
        var before = ProcessMemory.NativeHeapInUseBytes();
        Assert.NotNull(before);

        long during;
        using (var tensor = zeros(TensorBytes / sizeof(float), dtype: ScalarType.Float32))
        {
            during = ProcessMemory.NativeHeapInUseBytes()!.Value;
        }

        var after = ProcessMemory.NativeHeapInUseBytes()!.Value;

        // The rest of the process (the test runner's threads) allocates and frees meanwhile: a few KB usually, once 1.05 MiB
        // (a run with one OpenMP thread on a busy machine), hence 2 MiB; a tensor not counted would miss by 64 MiB.
        Assert.InRange(during - before.Value, TensorBytes - (2 << 20), TensorBytes + (2 << 20));
        Assert.InRange(after - before.Value, -(1L << 20), 1L << 20);
    }

    [Fact]
    public void Resident_GrowsWhenATensorIsWritten_AndReleaseFreeMemory_GivesItBack()
    {
        ProcessMemory.CollectGarbage();
        ProcessMemory.ReleaseFreeMemory();
        var before = ProcessMemory.ResidentBytes()!.Value;
        long written;
        using (var tensor = ones(TensorBytes / sizeof(float), dtype: ScalarType.Float32))
        {
            written = ProcessMemory.ResidentBytes()!.Value;
        }

        ProcessMemory.CollectGarbage();
        ProcessMemory.ReleaseFreeMemory();
        var released = ProcessMemory.ResidentBytes()!.Value;

        Assert.InRange(written - before, TensorBytes * 9 / 10, TensorBytes * 2);
        Assert.True(released - before < TensorBytes / 4, $"resident {before >> 20} MiB before, {written >> 20} MiB with the tensor, {released >> 20} MiB after releasing");
        Assert.True(ProcessMemory.PeakResidentBytes() >= written);
    }
}
