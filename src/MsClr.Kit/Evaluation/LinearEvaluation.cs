using MsClr.Kit.Data.Clips;
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
    /// <summary>Runs the protocol: features of <paramref name="train"/> and <paramref name="test"/> from the frozen
    /// <paramref name="encoder"/>, a linear classifier per evaluation format, and their ensemble.</summary>
    /// <param name="encoder">The pretrained encoder (unchanged; checked).</param>
    /// <param name="train">Training clips in every evaluation format.</param>
    /// <param name="test">Test clips in every evaluation format.</param>
    /// <param name="options">Classes, formats, stream, protocol settings, seed, device and resumption.</param>
    /// <exception cref="OperationCanceledException">Stopped by <see cref="LinearEvaluationOptions.Cancellation"/>.</exception>
    public static LinearEvaluationReport Run(StGcnEncoder encoder, MultiFormatClips train, MultiFormatClips test, LinearEvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(options);
        var formats = options.Formats ?? train.Formats.ToArray();
        var (stream, classes, config, seed, device) = (options.Stream, options.Classes, options.Config, options.Seed, options.Device ?? CPU);
        var (averaging, boneFormat, cancellation, stateDirectory) = (options.Averaging, options.BoneFormat, options.Cancellation, options.StateDirectory);
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
