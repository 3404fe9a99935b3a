using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>Top-1, top-5, per-class accuracy and the confusion matrix of class scores against labels.</summary>
/// <param name="Top1">Fraction of samples whose highest score is the label, in [0, 1].</param>
/// <param name="Top5">Fraction whose label is among the five highest scores (all classes when fewer than five).</param>
/// <param name="PerClassAccuracy">Top-1 accuracy per class (NaN for a class with no sample).</param>
/// <param name="Confusion">Counts [true class, predicted class].</param>
public sealed record ClassificationMetrics(double Top1, double Top5, double[] PerClassAccuracy, long[,] Confusion)
{
    /// <summary>Computes the metrics.</summary>
    /// <param name="scores">(N, classes) logits or probabilities.</param>
    /// <param name="labels">(N) 0-based labels, int64.</param>
    public static ClassificationMetrics From(Tensor scores, Tensor labels)
    {
        using var scope = NewDisposeScope();
        if (scores.dim() != 2 || labels.dim() != 1 || scores.shape[0] != labels.shape[0])
        {
            throw new ArgumentException($"expected scores (N, classes) and labels (N), got [{string.Join(", ", scores.shape)}] and [{string.Join(", ", labels.shape)}]");
        }

        var (count, classes) = ((int)scores.shape[0], (int)scores.shape[1]);
        var k = Math.Min(5, classes);
        var cpuLabels = labels.cpu().to(ScalarType.Int64);
        var predicted = scores.argmax(1).cpu().data<long>().ToArray();
        var topK = scores.topk(k, 1).indexes.cpu();
        var inTopK = topK.eq(cpuLabels.unsqueeze(1)).any(1).data<bool>().ToArray();
        var truth = cpuLabels.data<long>().ToArray();

        var confusion = new long[classes, classes];
        for (var i = 0; i < count; i++)
        {
            confusion[truth[i], predicted[i]]++;
        }

        var perClass = Enumerable.Range(0, classes).Select(c =>
        {
            long total = 0;
            for (var p = 0; p < classes; p++)
            {
                total += confusion[c, p];
            }

            return total == 0 ? double.NaN : (double)confusion[c, c] / total;
        }).ToArray();
        var top1 = count == 0 ? 0 : (double)Enumerable.Range(0, count).Count(i => predicted[i] == truth[i]) / count;
        var top5 = count == 0 ? 0 : (double)inTopK.Count(x => x) / count;
        return new ClassificationMetrics(top1, top5, perClass, confusion);
    }
}
