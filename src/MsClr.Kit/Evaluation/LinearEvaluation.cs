using MsClr.Kit.Data.Batching;
using MsClr.Kit.Models;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// The linear evaluation protocol: frozen features per format, one linear classifier per format trained on the same
/// shuffles, and the skeleton-specific ensemble of their test scores. Training the heads jointly on the sum of their
/// cross-entropies (the official ensemble) is the same as training each alone, since the encoder is frozen and the heads
/// share nothing.
/// </summary>
public static class LinearEvaluation
{
    /// <summary>Runs the protocol.</summary>
    /// <param name="encoder">The pretrained encoder (unchanged; checked).</param>
    /// <param name="train">Training clips in every evaluation format.</param>
    /// <param name="test">Test clips in every evaluation format.</param>
    /// <param name="formats">Evaluation formats; the first is the primary one.</param>
    /// <param name="stream">Input stream.</param>
    /// <param name="classes">Number of classes.</param>
    /// <param name="config">Protocol settings.</param>
    /// <param name="seed">Seed of the classifiers' initialisation and shuffles (the same for every format).</param>
    /// <param name="device">Compute device.</param>
    /// <param name="averaging">How the ensemble averages scores.</param>
    /// <param name="boneFormat">ReferenceCompat: compute every format's bone stream with this format's pairs (official: NTU's); null uses each format's own.</param>
    /// <param name="cancellation">Stops the running probe after its current epoch, saving its state (see <paramref name="stateDirectory"/>).</param>
    /// <param name="stateDirectory">Folder of the probes' saved states (one subfolder per format); null: probes are not resumable.
    /// Each format's probe starts from a fresh generator with <paramref name="seed"/>, so finished probes are simply recomputed
    /// on resume, identically, and only the interrupted one needs a state.</param>
    /// <exception cref="OperationCanceledException">Stopped by <paramref name="cancellation"/>.</exception>
    public static LinearEvaluationReport Run(
        StGcnEncoder encoder, MultiFormatClips train, MultiFormatClips test, IReadOnlyList<SkeletonFormat> formats, InputStream stream,
        int classes, LinearEvalConfig config, ulong seed, Device device, ScoreAveraging averaging = ScoreAveraging.Softmax, SkeletonFormat? boneFormat = null,
        CancellationToken cancellation = default, string? stateDirectory = null)
    {
        if (formats.Count == 0)
        {
            throw new ArgumentException("at least one evaluation format is needed", nameof(formats));
        }

        using var scope = NewDisposeScope();
        var trainLabels = tensor(train.Labels.ToArray()).to(device);
        var testLabels = tensor(test.Labels.ToArray()).to(device);
        var probes = new List<FormatProbe>();
        foreach (var format in formats)
        {
            var trainFeatures = FeatureExtraction.Extract(encoder, train[format], stream, config.BatchSize, device, boneFormat);
            var testFeatures = FeatureExtraction.Extract(encoder, test[format], stream, config.BatchSize, device, boneFormat);
            var result = LinearProbe.Train(trainFeatures, trainLabels, testFeatures, testLabels, classes, config, new Generator(seed),
                cancellation, stateDirectory is null ? null : Path.Combine(stateDirectory, format.Name));
            result.TestScores.MoveToOuterDisposeScope();
            probes.Add(new FormatProbe(format.Name, result));
        }

        var ensemble = probes.Count > 1
            ? ClassificationMetrics.From(ScoreFusion.FormatEnsemble(probes.Select(p => p.Result.TestScores).ToArray(), averaging), testLabels)
            : null;
        return new LinearEvaluationReport(probes, ensemble, test.Labels, test[formats[0]].SampleIds);
    }
}
