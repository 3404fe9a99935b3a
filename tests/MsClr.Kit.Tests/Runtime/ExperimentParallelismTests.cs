using MsClr.Kit.Runtime;

namespace MsClr.Kit.Tests.Runtime;

public sealed class ExperimentParallelismTests
{
    private const long GiB = 1L << 30;

    [Fact]
    public void Choose_TwoCoreCpu_RunsOneSingleThreadExperimentPerCore()
    {
        var plan = ExperimentParallelism.Choose(cores: 2, availableMemoryBytes: 20 * GiB, bytesPerTask: 3 * GiB, pendingTasks: 11, onGpu: false);
        Assert.Equal(new ExperimentParallelism(2, 1), plan);
    }

    [Fact]
    public void Choose_LittleMemory_CapsTheTasksAndGivesTheRestOfTheCoresAsThreads()
    {
        var plan = ExperimentParallelism.Choose(cores: 16, availableMemoryBytes: 7 * GiB, bytesPerTask: 3 * GiB, pendingTasks: 11, onGpu: false);
        Assert.Equal(new ExperimentParallelism(2, 8), plan);
    }

    [Fact]
    public void Choose_NotEnoughMemoryForOne_StillRunsOne()
    {
        var plan = ExperimentParallelism.Choose(cores: 4, availableMemoryBytes: GiB, bytesPerTask: 3 * GiB, pendingTasks: 5, onGpu: false);
        Assert.Equal(new ExperimentParallelism(1, 4), plan);
    }

    [Fact]
    public void Choose_FewerPendingThanCores_UsesTheSpareCoresAsThreads()
    {
        var plan = ExperimentParallelism.Choose(cores: 8, availableMemoryBytes: 100 * GiB, bytesPerTask: 3 * GiB, pendingTasks: 2, onGpu: false);
        Assert.Equal(new ExperimentParallelism(2, 4), plan);
        Assert.Equal(1, ExperimentParallelism.Choose(8, 100 * GiB, 3 * GiB, pendingTasks: 0, onGpu: false).Tasks);
    }

    [Fact]
    public void Choose_Gpu_RunsOneAtATimeUnlessAsked()
    {
        Assert.Equal(new ExperimentParallelism(1, 16), ExperimentParallelism.Choose(16, 100 * GiB, 3 * GiB, pendingTasks: 11, onGpu: true));
        Assert.Equal(new ExperimentParallelism(2, 8), ExperimentParallelism.Choose(16, 100 * GiB, 3 * GiB, pendingTasks: 11, onGpu: true, requestedTasks: 2));
    }

    [Fact]
    public void Choose_RequestedValues_AreHonouredAndCheckedAtOne()
    {
        Assert.Equal(new ExperimentParallelism(3, 1), ExperimentParallelism.Choose(2, 100 * GiB, 3 * GiB, pendingTasks: 11, onGpu: false, requestedTasks: 3));
        Assert.Equal(new ExperimentParallelism(2, 2), ExperimentParallelism.Choose(2, 100 * GiB, 3 * GiB, pendingTasks: 11, onGpu: false, requestedThreads: 2));
        Assert.Equal(new ExperimentParallelism(1, 2), ExperimentParallelism.Choose(2, null, 3 * GiB, pendingTasks: 11, onGpu: false, requestedTasks: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExperimentParallelism.Choose(2, null, 3 * GiB, 11, false, requestedTasks: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExperimentParallelism.Choose(2, null, 3 * GiB, 11, false, requestedThreads: 0));
    }

    [Fact]
    public void AvailableMemoryBytes_ReadsMemAvailableInKibibytes()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "MemTotal:       24576000 kB\nMemFree:         1000000 kB\nMemAvailable:   20000000 kB\nBuffers:          100 kB\n");
            Assert.Equal(20000000L * 1024, ExperimentParallelism.AvailableMemoryBytes(path));
            File.WriteAllText(path, "MemTotal:       24576000 kB\n");
            Assert.Null(ExperimentParallelism.AvailableMemoryBytes(path));
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Null(ExperimentParallelism.AvailableMemoryBytes(Path.Combine(Path.GetTempPath(), "no-such-meminfo")));
    }
}
