namespace MsClr.Kit.Experiments.Sweeps;

/// <summary>Where one spec of a sweep stands.</summary>
public enum SpecState
{
    /// <summary>Not started (no task log).</summary>
    Pending,

    /// <summary>Started and not finished (or killed without a word: the scheduler's state tells, when known).</summary>
    Running,

    /// <summary>Stopped by SIGTERM/SIGHUP with a checkpoint; requeued by its job script.</summary>
    Preempted,

    /// <summary>Finished: <c>result.json</c> exists.</summary>
    Done,

    /// <summary>Stopped by an error, or ended by the scheduler without a result.</summary>
    Failed,
}

/// <summary>One spec's status row.</summary>
/// <param name="Index">The spec's index in the sweep (its array task id).</param>
/// <param name="Spec">The spec.</param>
/// <param name="State">Its state.</param>
/// <param name="Scheduler">The scheduler's state (e.g. <c>RUNNING</c>, <c>FAILED</c>), or null when unknown.</param>
/// <param name="LastLine">The last line of its task log, or null.</param>
public sealed record SpecStatus(int Index, ExperimentSpec Spec, SpecState State, string? Scheduler, string? LastLine);

/// <summary>
/// The status of a sweep from its run folders (result.json, task.log) and, when given, the scheduler's task states
/// (from <c>sacct</c>): a result always means done; a scheduler that ended a task without one means failed.
/// </summary>
public static class SweepStatus
{
    /// <summary>Scheduler states of a task that is no longer queued or running.</summary>
    private static readonly string[] EndedStates = ["COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "OUT_OF_MEMORY", "NODE_FAIL", "BOOT_FAIL", "DEADLINE", "PREEMPTED"];

    /// <summary>The status of every spec of <paramref name="plan"/> whose runs live in <paramref name="runsRoot"/>.</summary>
    /// <param name="plan">The sweep.</param>
    /// <param name="runsRoot">The runs root the tasks wrote to.</param>
    /// <param name="scheduler">Array task index → scheduler state, or null when no scheduler accounting is available.</param>
    public static IReadOnlyList<SpecStatus> Of(SweepPlan plan, string runsRoot, IReadOnlyDictionary<int, string>? scheduler = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Specs.Select((spec, index) =>
        {
            var folder = RunFolder.For(runsRoot, spec);
            var line = TaskLog.LastLine(folder.Path);
            string? queued = null;
            scheduler?.TryGetValue(index, out queued);
            return new SpecStatus(index, spec, StateOf(File.Exists(folder.Result), TaskLog.EventOf(line), queued), queued, line);
        }).ToArray();
    }

    /// <summary>The indices to resubmit: failed specs.</summary>
    public static IReadOnlyList<int> ToResubmit(IReadOnlyList<SpecStatus> status) =>
        status.Where(s => s.State == SpecState.Failed).Select(s => s.Index).ToArray();

    private static SpecState StateOf(bool hasResult, string? lastEvent, string? scheduler)
    {
        if (hasResult)
        {
            return SpecState.Done;
        }

        var ended = scheduler is not null && EndedStates.Any(s => scheduler.StartsWith(s, StringComparison.Ordinal));
        return (lastEvent, scheduler) switch
        {
            (TaskLog.Failed, _) => SpecState.Failed,
            (_, not null) when ended => SpecState.Failed,
            (_, not null) when scheduler.StartsWith("RUNNING", StringComparison.Ordinal) => SpecState.Running,
            (TaskLog.Preempted, _) => SpecState.Preempted,
            (_, not null) when scheduler.StartsWith("PENDING", StringComparison.Ordinal) || scheduler.StartsWith("REQUEUED", StringComparison.Ordinal) => SpecState.Pending,
            (null, _) => SpecState.Pending,
            _ => SpecState.Running,
        };
    }
}
