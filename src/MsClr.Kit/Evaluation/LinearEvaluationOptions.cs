using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// The settings of <see cref="LinearEvaluation.Run"/> besides the encoder and the clips, with the paper's defaults: only
/// the number of classes is required, e.g. <c>new LinearEvaluationOptions(60) { Config = budget.LinearEval() }</c>.
/// </summary>
/// <param name="Classes">Number of classes.</param>
public sealed record LinearEvaluationOptions(int Classes)
{
    /// <summary>Evaluation formats, the first being the primary one (null: every format of the training clips, in their order).</summary>
    public IReadOnlyList<SkeletonFormat>? Formats { get; init; }

    /// <summary>Input stream (joint).</summary>
    public InputStream Stream { get; init; } = InputStream.Joint;

    /// <summary>Protocol settings (the paper's: lr 3.0, 100 epochs, batch 128).</summary>
    public LinearEvalConfig Config { get; init; } = new();

    /// <summary>Seed of the classifiers' initialisation and shuffles (the same for every format).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Compute device (null: the CPU).</summary>
    public Device? Device { get; init; }

    /// <summary>How the ensemble averages the formats' scores (softmax probabilities).</summary>
    public ScoreAveraging Averaging { get; init; } = ScoreAveraging.Softmax;

    /// <summary>ReferenceCompat: compute every format's bone stream with this format's pairs (official: NTU's); null uses each format's own.</summary>
    public SkeletonFormat? BoneFormat { get; init; }

    /// <summary>Stops the running probe after its current epoch, saving its state (see <see cref="StateDirectory"/>).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Folder of the probes' saved states (one subfolder per format); null: probes are not resumable. Each format's
    /// probe starts from a fresh generator with <see cref="Seed"/>, so finished probes are simply recomputed on resume,
    /// identically, and only the interrupted one needs a state.</summary>
    public string? StateDirectory { get; init; }
}
