using MsClr.Kit.Experiments;
using MsClr.Kit.Experiments.Paper;
using MsClr.Kit.Experiments.Sweeps;
using MsClr.Kit.Data;

namespace MsClr.Kit.Tests.Sweeps;

public sealed class SweepStatusTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("msclr-status-").FullName;

    public void Dispose() => Directory.Delete(_root, true);

    [Fact]
    public void Of_RunFolders_TellsPendingRunningPreemptedDoneAndFailed()
    {
        var plan = SweepPlan.Create([PaperTables.Table1], [Benchmark.Ntu60CrossSubject], 1, Budget.Smoke, true);
        string Folder(int i) => Path.Combine(_root, plan.Specs[i].Id);
        TaskLog.Write(Folder(1), TaskLog.Start, "task 1");
        TaskLog.Write(Folder(2), TaskLog.Start, "task 2");
        TaskLog.Write(Folder(2), TaskLog.Preempted, "SIGTERM: stopped");
        TaskLog.Write(Folder(3), TaskLog.Start, "task 3");
        File.WriteAllText(Path.Combine(Folder(3), "result.json"), "{}");
        TaskLog.Write(Folder(4), TaskLog.Start, "task 4");
        TaskLog.Write(Folder(4), TaskLog.Failed, "InvalidDataException: data/x.parquet: truncated\nsecond line");

        var status = SweepStatus.Of(plan, _root);

        Assert.Equal([SpecState.Pending, SpecState.Running, SpecState.Preempted, SpecState.Done, SpecState.Failed], status.Take(5).Select(s => s.State));
        Assert.EndsWith("failed InvalidDataException: data/x.parquet: truncated second line", status[4].LastLine);
        Assert.Equal([4], SweepStatus.ToResubmit(status));
    }

    [Fact]
    public void Of_SchedulerEndedATaskWithoutResult_IsFailedAndItsLiveStatesWin()
    {
        var plan = SweepPlan.Create([PaperTables.Table1], [Benchmark.Ntu60CrossSubject], 1, Budget.Smoke, true);
        TaskLog.Write(Path.Combine(_root, plan.Specs[0].Id), TaskLog.Start, "task 0");
        TaskLog.Write(Path.Combine(_root, plan.Specs[1].Id), TaskLog.Preempted, "SIGTERM");
        var scheduler = new Dictionary<int, string>();
        SlurmJobStates.Add(scheduler, "7_0|TIMEOUT\n7_1|RUNNING\n7_[2-3,5%2]|PENDING\n", ["7"]);

        var status = SweepStatus.Of(plan, _root, scheduler);

        Assert.Equal([SpecState.Failed, SpecState.Running, SpecState.Pending, SpecState.Pending, SpecState.Pending], status.Take(5).Select(s => s.State));
        Assert.Equal("PENDING", status[5].Scheduler);
        Assert.Null(status[4].Scheduler);
    }

    [Theory]
    [InlineData("4", new[] { 4 })]
    [InlineData("[5-7,9%2]", new[] { 5, 6, 7, 9 })]
    [InlineData("[0-1]", new[] { 0, 1 })]
    public void Tasks_SlurmArrayNotation_Expands(string text, int[] expected)
    {
        Assert.Equal(expected, SlurmJobStates.Tasks(text));
    }
}
