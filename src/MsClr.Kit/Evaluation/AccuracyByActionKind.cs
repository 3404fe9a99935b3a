using MsClr.Kit.Data.Synthetic;
using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// Top-1 of one synthetic-benchmark classifier within each kind of action class (full body, fine-grained hand and face
/// actions, interactions, temporal structure): which part of the benchmark a representation wins or loses, where the
/// overall top-1 mixes them.
/// </summary>
public static class AccuracyByActionKind
{
    /// <summary>Top-1 per kind, as a fraction, for the kinds that have test clips.</summary>
    /// <param name="labels">(N) synthetic action labels (<see cref="SyntheticActions"/> indices).</param>
    /// <param name="predictions">(N) predicted labels.</param>
    /// <exception cref="ArgumentException">Lengths differ, or a label is not a synthetic action.</exception>
    public static IReadOnlyDictionary<SyntheticActionKind, double> Of(IReadOnlyList<long> labels, IReadOnlyList<long> predictions)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(predictions);
        if (labels.Count != predictions.Count)
        {
            throw new ArgumentException($"{labels.Count} labels but {predictions.Count} predictions", nameof(predictions));
        }

        var bad = labels.FirstOrDefault(l => l < 0 || l >= SyntheticActions.Count, -1);
        if (bad != -1)
        {
            throw new ArgumentException($"label {bad} is not a synthetic action (expected 0 … {SyntheticActions.Count - 1})", nameof(labels));
        }

        return Enumerable.Range(0, labels.Count)
            .GroupBy(i => SyntheticActions.All[(int)labels[i]].Kind)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => (double)g.Count(i => predictions[i] == labels[i]) / g.Count());
    }

    /// <summary>Top-1 per kind of the classifier whose test scores <paramref name="scoreFile"/> holds (<see cref="ScoreFile"/>).</summary>
    /// <param name="scoreFile">A run's <c>scores-{format}.parquet</c>.</param>
    public static IReadOnlyDictionary<SyntheticActionKind, double> Of(string scoreFile)
    {
        var (_, labels, scores) = ScoreFile.Read(scoreFile);
        using (scores)
        {
            using var predicted = scores.argmax(1);
            return Of(labels, predicted.data<long>().ToArray());
        }
    }
}
