using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// k-nearest-neighbour classification on frozen features with cosine similarity, the retrieval protocol of later
/// skeleton self-supervised work (k = 1 and k = 20): no training at all, so it reads the feature space as it is.
/// Each test clip takes the majority label of its k most similar training clips; a tie goes to the tied label with the
/// larger summed similarity (then the smaller label).
/// </summary>
public static class KnnClassifier
{
    /// <summary>The protocol's neighbour counts.</summary>
    public static IReadOnlyList<int> DefaultK { get; } = [1, 20];

    /// <summary>Predicted labels of the test clips.</summary>
    /// <param name="trainFeatures">(N_train, D) features of the labelled clips.</param>
    /// <param name="trainLabels">(N_train) int64 labels in [0, <paramref name="classes"/>).</param>
    /// <param name="testFeatures">(N_test, D) features to classify.</param>
    /// <param name="k">Neighbours, 1 ≤ k ≤ N_train.</param>
    /// <param name="classes">Number of classes.</param>
    /// <param name="batchSize">Test clips per similarity block (bounds memory at batch × N_train).</param>
    /// <returns>(N_test) int64 predictions.</returns>
    public static Tensor Predict(Tensor trainFeatures, Tensor trainLabels, Tensor testFeatures, int k, int classes, int batchSize = 1024)
    {
        ArgumentNullException.ThrowIfNull(trainFeatures);
        ArgumentNullException.ThrowIfNull(trainLabels);
        ArgumentNullException.ThrowIfNull(testFeatures);
        if (k < 1 || k > trainFeatures.shape[0])
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"expected 1 ≤ k ≤ {trainFeatures.shape[0]} (the training clips)");
        }

        using var scope = NewDisposeScope();
        var train = nn.functional.normalize(trainFeatures.to(float64), dim: 1);
        var labels = trainLabels.to(int64);
        var parts = new List<Tensor>();
        for (long start = 0; start < testFeatures.shape[0]; start += batchSize)
        {
            var test = nn.functional.normalize(testFeatures.narrow(0, start, Math.Min(batchSize, testFeatures.shape[0] - start)).to(float64), dim: 1);
            var (similarity, index) = test.matmul(train.t()).topk(k, dim: 1);
            var neighbours = labels.index_select(0, index.reshape(-1)).reshape(index.shape);
            var votes = zeros(test.shape[0], classes, dtype: float64, device: test.device).scatter_add_(1, neighbours, ones_like(similarity));
            var weight = zeros(test.shape[0], classes, dtype: float64, device: test.device).scatter_add_(1, neighbours, similarity);
            // Votes count first; the summed similarity (< k + 1 in magnitude) only breaks ties between equal counts.
            var score = votes.mul(HeldScalars.Of((2.0 * k) + 2)).add(weight, HeldScalars.One);
            parts.Add(score.argmax(1));
        }

        return cat(parts, 0).MoveToOuterDisposeScope();
    }

    /// <summary>Top-1 accuracy (fraction) of <see cref="Predict"/> against <paramref name="testLabels"/>.</summary>
    public static double Top1(Tensor trainFeatures, Tensor trainLabels, Tensor testFeatures, Tensor testLabels, int k, int classes)
    {
        using var scope = NewDisposeScope();
        var predictions = Predict(trainFeatures, trainLabels, testFeatures, k, classes);
        return predictions.eq(testLabels.to(int64).to(predictions.device)).to(float64).mean().item<double>();
    }
}
