using MsClr.Kit.Experiments.Results;
using MsClr.Kit.Experiments.Sweeps;
using MsClr.Kit.Training.Pretraining;

namespace MsClr.Kit.Experiments;

/// <summary>
/// The layout of one experiment's run folder, <c>{runsRoot}/{specId}/</c> (as <c>StorePaths</c> is the data store's):
/// <c>spec.json</c>, <c>result.json</c>, <c>pretrain/</c> (checkpoints, metrics, lock), <c>linear-state/</c>,
/// <c>scores-{format}.parquet</c>, <c>results/</c> and <c>task.log</c>. Every file name of a run folder is written here
/// or by the type that owns the file (<see cref="CheckpointStore"/>, <see cref="Pretrainer"/>, <see cref="TaskLog"/>,
/// <see cref="KnnEvaluation"/>'s <c>knn.json</c>, <see cref="AttributeProbeEvaluation"/>'s <c>subject.json</c> and <c>view.json</c>,
/// <see cref="CalibratedLinearEvaluation"/>'s <c>linear-calibrated.json</c>,
/// <see cref="FineTuningEvaluation"/>'s <c>{protocol}.json</c> and <c>{protocol}-state/</c>).
/// </summary>
/// <param name="Path">The run folder.</param>
public sealed record RunFolder(string Path)
{
    /// <summary>The spec's file name: its <see cref="ExperimentSpec.Canonical"/> JSON.</summary>
    public const string SpecFileName = "spec.json";

    /// <summary>The result's file name: the <see cref="ExperimentResult"/> as JSON, written when the run is finished.</summary>
    public const string ResultFileName = "result.json";

    /// <summary>The run folder of <paramref name="specId"/> under <paramref name="runsRoot"/>.</summary>
    /// <exception cref="ArgumentException">The id is empty or holds a path separator or <c>..</c>.</exception>
    public static RunFolder For(string runsRoot, string specId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runsRoot);
        if (string.IsNullOrWhiteSpace(specId) || specId.Contains('/') || specId.Contains('\\') || specId.Contains(".."))
        {
            throw new ArgumentException($"spec id '{specId}': expected a run folder name (no path separators, no '..')", nameof(specId));
        }

        return new RunFolder(System.IO.Path.Combine(runsRoot, specId));
    }

    /// <summary>The run folder of <paramref name="spec"/> under <paramref name="runsRoot"/>.</summary>
    public static RunFolder For(string runsRoot, ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return For(runsRoot, spec.Id);
    }

    /// <summary>
    /// Writes a protocol's file <paramref name="fileName"/> into this folder, atomically, with <paramref name="spec"/>'s
    /// <c>spec.json</c> beside it: a protocol run on a baseline may come before anything else made the folder, and the
    /// spec names what the file belongs to.
    /// </summary>
    public void WriteWithSpec(ExperimentSpec spec, string fileName, string contents)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Directory.CreateDirectory(Path);
        IO.AtomicFile.WriteAllText(Spec, spec.Canonical());
        IO.AtomicFile.WriteAllText(Combine(fileName), contents);
    }

    /// <summary><c>spec.json</c>.</summary>
    public string Spec => Combine(SpecFileName);

    /// <summary><c>result.json</c>; its existence marks a finished run.</summary>
    public string Result => Combine(ResultFileName);

    /// <summary>The pretraining folder (the run directory <see cref="Pretrainer"/> writes): checkpoints, metrics and lock.</summary>
    public string Pretrain => Combine("pretrain");

    /// <summary>The pretraining's per-step metrics (<see cref="Training.Pretraining.MetricsLog"/>) in <see cref="Pretrain"/>.</summary>
    public string PretrainMetrics => System.IO.Path.Combine(Pretrain, Training.Pretraining.Pretrainer.MetricsFileName);

    /// <summary>The linear probe's resumable state (<c>linear-state/</c>).</summary>
    public string LinearState => Combine("linear-state");

    /// <summary>Where a stopped supervised baseline keeps its training state until it resumes and finishes.</summary>
    public string SupervisedState => Combine("supervised-state");

    /// <summary>The folder of the run's result files in the results store (<see cref="RunResultFiles"/>).</summary>
    public string ResultFiles => Combine(RunResultFiles.FolderName);

    /// <summary>The sweep task's event log (<see cref="TaskLog"/>).</summary>
    public string TaskLog => Combine(Sweeps.TaskLog.FileName);

    /// <summary>The test-set scores of the classifier of <paramref name="format"/>: <c>scores-{format}.parquet</c>
    /// (<c>ScoreFile</c>: sample ids, labels and logits <c>[N, classes]</c>).</summary>
    public string Scores(string format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(format);
        return Combine($"scores-{format}.parquet");
    }

    private string Combine(string name) => System.IO.Path.Combine(Path, name);
}
