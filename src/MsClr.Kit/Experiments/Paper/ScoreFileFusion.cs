using MsClr.Kit.Evaluation;
using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Experiments.Paper;

/// <summary>
/// The 3-stream fusion of a paper row recomputed from the score files the runner saved
/// (<c>{runsRoot}/{spec id}/scores-{format}.parquet</c>): joint 0.6 + bone 0.6 + motion 0.4, on logits as upstream.
/// </summary>
public static class ScoreFileFusion
{
    /// <summary>
    /// The metrics of a 3-stream <paramref name="measurement"/> fused from its per-stream experiments' score files. Without
    /// ‡ it fuses the primary (first) evaluation format's classifier scores. With ‡ it fuses each evaluation format's three
    /// streams first, then ensembles the fused formats by averaging their softmax probabilities, the kit's per-format
    /// ensemble (<see cref="ScoreFusion.FormatEnsemble"/>). That order keeps each step as the paper defines it: stream
    /// fusion weights logits of one classifier, the ensemble votes with probabilities of classifiers.
    /// </summary>
    /// <param name="runsRoot">The runs root holding the experiments' folders.</param>
    /// <param name="measurement">A measurement over joint, motion and bone (<see cref="PaperMeasurement.IsFusion"/>).</param>
    /// <param name="specIds">The per-stream experiments' ids, in <paramref name="measurement"/>'s stream order.</param>
    /// <exception cref="ArgumentException">The measurement is not joint, motion and bone, or the ids do not match its streams.</exception>
    /// <exception cref="InvalidDataException">Two score files list different test clips.</exception>
    public static ClassificationMetrics Metrics(string runsRoot, PaperMeasurement measurement, IReadOnlyList<string> specIds)
    {
        ArgumentNullException.ThrowIfNull(runsRoot);
        ArgumentNullException.ThrowIfNull(measurement);
        ArgumentNullException.ThrowIfNull(specIds);
        if (specIds.Count != measurement.Streams.Count || !measurement.Streams.Order().SequenceEqual(PaperMeasurement.ThreeStreams.Order()))
        {
            throw new ArgumentException($"expected one experiment per stream of joint, motion and bone; got {specIds.Count} ids for {PaperTables.StreamTag(measurement.Streams)}", nameof(specIds));
        }

        using var scope = NewDisposeScope();
        long[] labels = [];
        string[] clips = [];
        var fused = new List<Tensor>();
        foreach (var format in Formats(measurement))
        {
            var byStream = new Dictionary<InputStream, Tensor>();
            for (var i = 0; i < specIds.Count; i++)
            {
                var path = ScorePath(runsRoot, specIds[i], format);
                var (ids, fileLabels, scores) = ScoreFile.Read(path);
                if (clips.Length == 0)
                {
                    (clips, labels) = (ids, fileLabels);
                }
                else if (!ids.SequenceEqual(clips))
                {
                    throw new InvalidDataException($"{path} lists other test clips (or another order) than the first score file");
                }

                byStream[measurement.Streams[i]] = scores;
            }

            fused.Add(ScoreFusion.Streams(byStream[InputStream.Joint], byStream[InputStream.Bone], byStream[InputStream.Motion]));
        }

        var combined = fused.Count == 1 ? fused[0] : ScoreFusion.FormatEnsemble(fused, ScoreAveraging.Softmax);
        return ClassificationMetrics.From(combined, tensor(labels));
    }

    /// <summary>The fused top-1 (a fraction) of <see cref="Metrics"/>.</summary>
    public static double Top1(string runsRoot, PaperMeasurement measurement, IReadOnlyList<string> specIds) =>
        Metrics(runsRoot, measurement, specIds).Top1;

    /// <summary>Whether every score file the fusion of <paramref name="measurement"/> reads exists (its experiments finished).</summary>
    public static bool HasScores(string runsRoot, PaperMeasurement measurement, IReadOnlyList<string> specIds)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        ArgumentNullException.ThrowIfNull(specIds);
        return Formats(measurement).All(f => specIds.All(id => File.Exists(ScorePath(runsRoot, id, f))));
    }

    private static IReadOnlyList<string> Formats(PaperMeasurement measurement) =>
        measurement.Ensemble ? measurement.EvaluationFormats : [measurement.EvaluationFormats[0]];

    private static string ScorePath(string runsRoot, string specId, string format) => RunFolder.For(runsRoot, specId).Scores(format);
}
