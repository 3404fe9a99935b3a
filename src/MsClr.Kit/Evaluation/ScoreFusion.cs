using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>How class scores of several classifiers are combined.</summary>
public enum ScoreAveraging
{
    /// <summary>Average softmax probabilities, as the paper describes the skeleton-specific ensemble ("soft voting").</summary>
    Softmax,

    /// <summary>Average raw logits, as the official code does (reference-spec §12 row 19).</summary>
    Logits,
}

/// <summary>Pure functions that fuse saved class scores: the per-format ensemble and the 3-stream fusion.</summary>
public static class ScoreFusion
{
    /// <summary>The paper's (and upstream AimCLR's) stream weights: joint 0.6, bone 0.6, motion 0.4.</summary>
    public static readonly (double Joint, double Bone, double Motion) PaperStreamWeights = (0.6, 0.6, 0.4);

    /// <summary>Skeleton-specific ensemble: the mean over formats of each format's classifier scores.</summary>
    /// <param name="perFormatLogits">One (N, classes) logit tensor per format, same sample order.</param>
    /// <param name="averaging">Softmax (paper, default) or raw logits (official code).</param>
    /// <returns>(N, classes).</returns>
    public static Tensor FormatEnsemble(IReadOnlyList<Tensor> perFormatLogits, ScoreAveraging averaging = ScoreAveraging.Softmax) =>
        Weighted(perFormatLogits, Enumerable.Repeat(1.0 / perFormatLogits.Count, perFormatLogits.Count).ToArray(), averaging);

    /// <summary>3-stream fusion: w_j·joint + w_b·bone + w_m·motion, on logits as upstream by default.</summary>
    /// <returns>(N, classes).</returns>
    public static Tensor Streams(Tensor joint, Tensor bone, Tensor motion, (double Joint, double Bone, double Motion)? weights = null, ScoreAveraging averaging = ScoreAveraging.Logits)
    {
        var w = weights ?? PaperStreamWeights;
        return Weighted([joint, bone, motion], [w.Joint, w.Bone, w.Motion], averaging);
    }

    /// <summary>Σ_i w_i·s_i where s_i are the logits or their softmax.</summary>
    public static Tensor Weighted(IReadOnlyList<Tensor> scores, IReadOnlyList<double> weights, ScoreAveraging averaging)
    {
        if (scores.Count == 0 || scores.Count != weights.Count)
        {
            throw new ArgumentException($"need one weight per score tensor (got {scores.Count} tensors, {weights.Count} weights)");
        }

        var shape = scores[0].shape;
        if (scores.Any(s => !s.shape.SequenceEqual(shape)))
        {
            throw new ArgumentException($"score tensors must share one shape; got {string.Join(" and ", scores.Select(s => $"[{string.Join(", ", s.shape)}]"))}");
        }

        using var scope = NewDisposeScope();
        var total = zeros_like(scores[0]);
        for (var i = 0; i < scores.Count; i++)
        {
            var term = averaging == ScoreAveraging.Softmax ? scores[i].softmax(1) : scores[i];
            total = total.add(term.mul(HeldScalars.Of(weights[i])), HeldScalars.One);
        }

        return total.MoveToOuterDisposeScope();
    }
}
