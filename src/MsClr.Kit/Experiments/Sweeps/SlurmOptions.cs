namespace MsClr.Kit.Experiments.Sweeps;

/// <summary>What <c>msclr sweep submit --slurm</c> asks Slurm for, and where the tasks find the kit and its folders.</summary>
/// <param name="SweepPath">Absolute path of <c>sweep.json</c>.</param>
/// <param name="RepositoryRoot">Absolute path of the kit's checkout (built), shared with the compute nodes.</param>
/// <param name="RunsRoot">Absolute runs root (<c>MSCLR_RUNS</c>) on a file system every node sees.</param>
/// <param name="DataRoot">Absolute data root (<c>MSCLR_DATA</c>).</param>
/// <param name="TaskCount">Number of specs (array tasks 0..TaskCount-1).</param>
/// <param name="MaxParallel">At most this many tasks at once (<c>%K</c>); null: no limit.</param>
/// <param name="Partition">Slurm partition, or null for the default.</param>
/// <param name="Gres">Generic resources per task, e.g. <c>gpu:1</c>, or null.</param>
/// <param name="Time">Time limit per task, e.g. <c>24:00:00</c>, or null.</param>
/// <param name="CpusPerTask">CPUs per task, or null.</param>
/// <param name="Memory">Memory per task, e.g. <c>32G</c>, or null.</param>
/// <param name="Account">Account to charge, or null.</param>
/// <param name="Device">What each task must compute on: <c>cuda</c> (checked at start; the task fails if CUDA is not
/// really there), <c>cpu</c>, or <c>auto</c>.</param>
/// <param name="SignalSeconds">Seconds before the time limit that Slurm sends SIGTERM to the job script (<c>--signal=B:TERM@N</c>).</param>
public sealed record SlurmOptions(
    string SweepPath,
    string RepositoryRoot,
    string RunsRoot,
    string DataRoot,
    int TaskCount,
    int? MaxParallel = null,
    string? Partition = null,
    string? Gres = null,
    string? Time = null,
    int? CpusPerTask = null,
    string? Memory = null,
    string? Account = null,
    string Device = "auto",
    int SignalSeconds = 120)
{
    /// <summary>The device a task needs: <c>cuda</c> when <see cref="Gres"/> asks for a GPU, else <c>cpu</c>, unless <see cref="Device"/> says.</summary>
    public string TaskDevice => Device != "auto" ? Device : Gres is { } gres && gres.Contains("gpu", StringComparison.OrdinalIgnoreCase) ? "cuda" : "cpu";

    /// <summary>The array range, e.g. <c>0-5%2</c>, or the given indices, e.g. <c>1,4%2</c>.</summary>
    public string Array(IReadOnlyList<int>? indices = null)
    {
        var range = indices is null ? $"0-{TaskCount - 1}" : string.Join(',', indices);
        return MaxParallel is { } k ? $"{range}%{k}" : range;
    }
}
