using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Experiments;

public class RunFolderTests
{
    [Fact]
    public void For_SpecId_NamesEveryFileAsExistingRunFoldersHoldThem()
    {
        var run = RunFolder.For("/runs", "aimclr-synthetic-xsub-joint-ntu-smoke-s1-0123abcd");

        // Finished runs on disk use these names: a change here orphans them.
        Assert.Equal("/runs/aimclr-synthetic-xsub-joint-ntu-smoke-s1-0123abcd", run.Path);
        Assert.Equal(run.Path + "/spec.json", run.Spec);
        Assert.Equal(run.Path + "/result.json", run.Result);
        Assert.Equal(run.Path + "/pretrain", run.Pretrain);
        Assert.Equal(run.Path + "/linear-state", run.LinearState);
        Assert.Equal(run.Path + "/scores-smplx_42.parquet", run.Scores("smplx_42"));
        Assert.Equal(run.Path + "/results", run.ResultFiles);
        Assert.Equal(run.Path + "/task.log", run.TaskLog);
        Assert.Equal(run.ResultFiles, RunResultFiles.Folder("/runs", "aimclr-synthetic-xsub-joint-ntu-smoke-s1-0123abcd"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("x..y")]
    public void For_IdThatIsNotOneFolderName_Throws(string specId)
    {
        var error = Assert.Throws<ArgumentException>(() => RunFolder.For("/runs", specId));
        Assert.Contains("expected a run folder name", error.Message);
    }

    [Fact]
    public void For_Spec_IsTheRunnersRunDirectory()
    {
        var spec = new ExperimentSpec(MsClr.Kit.Training.Pretraining.PretrainMethod.AimClr, Benchmark.SyntheticCrossSubject, MsClr.Kit.Skeletons.InputStream.Joint,
            ["ntu-rgb+d"], ["ntu-rgb+d"], Budget.Smoke);

        Assert.Equal(new ExperimentRunner("/data", "/runs", TorchSharp.torch.CPU).RunDirectory(spec), RunFolder.For("/runs", spec).Path);
    }
}
