using MsClr.Kit.Training.Losses;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// One forward pass of the contrastive objective, in the official order: query features, momentum update of the key
/// encoder, key features without gradient, logits against the queue as it was before this step, loss, enqueue.
/// </summary>
public static class ContrastiveStep
{
    /// <summary>Computes the step's loss; the caller back-propagates <see cref="StepLosses.Total"/> and steps the optimiser.</summary>
    /// <param name="model">The MoCo pair; its key encoder and queue are updated here.</param>
    /// <param name="views">The batch's views.</param>
    /// <param name="method">SkeletonCLR or AimCLR.</param>
    /// <param name="epoch">1-based epoch (mining starts after <see cref="ContrastiveConfig.MiningStartEpoch"/>).</param>
    public static StepLosses Forward(ContrastiveModel model, BatchViews views, PretrainMethod method, int epoch)
    {
        using var scope = NewDisposeScope();
        var config = model.Config;
        var query = normalize(model.Query.Forward(views.Query, views.QueryFormat), dim: 1);
        (Tensor Plain, Tensor Dropped)? extreme = null;
        if (method == PretrainMethod.AimClr)
        {
            if (views.Extreme is null)
            {
                throw new ArgumentException("AimCLR needs the extreme view", nameof(views));
            }

            var (plain, dropped) = model.Query.ForwardWithDrop(views.Extreme, views.QueryFormat);
            extreme = (normalize(plain, dim: 1), normalize(dropped, dim: 1));
        }

        var key = MomentumKey(model, views);
        var queue = model.Queue.Snapshot();
        using var queryLogits = ContrastiveLogits.Compute(query, key, queue, config.Temperature);
        StepLosses result;
        if (extreme is { } e)
        {
            using var extremeLogits = ContrastiveLogits.Compute(e.Plain, key, queue, config.Temperature);
            using var droppedLogits = ContrastiveLogits.Compute(e.Dropped, key, queue, config.Temperature);
            // The terms live in this scope; only Total leaves it.
            var terms = new AimClrLoss(config).Compute(queryLogits, extremeLogits, droppedLogits, epoch);
            result = new StepLosses(terms.Total.MoveToOuterDisposeScope(), terms.Nce.item<float>(), terms.Extreme.item<float>(), terms.ExtremeDrop.item<float>(), terms.Mined);
        }
        else
        {
            var loss = MocoLoss.Compute(queryLogits);
            result = new StepLosses(loss.MoveToOuterDisposeScope(), loss.item<float>(), 0, 0, false);
        }

        model.Queue.Enqueue(key);
        return result;
    }

    /// <summary>Moves the key encoder towards the query encoder, then encodes the key view without gradient.</summary>
    /// <returns>(N, D) L2-normalised keys.</returns>
    internal static Tensor MomentumKey(ContrastiveModel model, BatchViews views)
    {
        using var _ = no_grad();
        MomentumUpdate.Apply(model.Query, model.Key, model.Config.Momentum);
        return normalize(model.Key.Forward(views.Key, views.KeyFormat), dim: 1);
    }
}
