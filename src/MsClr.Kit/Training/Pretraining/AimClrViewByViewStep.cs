using MsClr.Kit.Training.Losses;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// AimCLR's forward and backward one query view at a time. Before mining starts the objective is L_nce, which depends
/// on the normal view only, plus (L_e + L_ed) / 2, which depends on the extreme view and on the normal view's logits as
/// a detached target. So the normal view's graph can be back-propagated and freed before the extreme view's forward,
/// and peak memory holds one view's activations instead of two. The gradients are those of the joint backward up to
/// the order of float additions. Once mining starts its mask joins the three views, and the joint
/// <see cref="ContrastiveStep.Forward"/> is used.
/// </summary>
public static class AimClrViewByViewStep
{
    /// <summary>Whether the step may go view by view: AimCLR in an epoch without nearest-neighbour mining.</summary>
    public static bool Applies(PretrainMethod method, ContrastiveConfig config, int epoch) =>
        method == PretrainMethod.AimClr && !config.UsesMining(epoch);

    /// <summary>Runs the forward passes and accumulates the gradients of L into the query encoder's parameters.</summary>
    /// <param name="model">The MoCo pair; its key encoder and queue are updated as in <see cref="ContrastiveStep.Forward"/>.</param>
    /// <param name="views">The batch's views, including the extreme one.</param>
    /// <returns>The loss values. When a term is not finite, what follows it is not back-propagated and
    /// <see cref="PretrainStepLosses.Total"/> is not finite, so the caller must not step the optimiser.</returns>
    public static PretrainStepLosses ForwardBackward(ContrastiveModel model, BatchViews views)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(views);
        if (views.Extreme is null)
        {
            throw new ArgumentException("AimCLR needs the extreme view", nameof(views));
        }

        using var scope = NewDisposeScope();
        var config = model.Config;

        // The key comes before the query views here (after them in the joint step): the momentum update reads only
        // parameters, which back-propagation leaves alone, and the key encoder draws dropout masks from its own generator.
        var key = ContrastiveStep.MomentumKey(model, views);
        var queue = model.Queue.Snapshot();
        Tensor target;
        float nce;
        using (var queryLogits = ContrastiveLogits.Compute(normalize(model.Query.Forward(views.Query, views.QueryFormat), dim: 1), key, queue, config.Temperature))
        {
            using var loss = InfoNce.Compute(queryLogits.Logits);
            nce = loss.item<float>();
            if (float.IsFinite(nce))
            {
                loss.backward();
            }

            target = queryLogits.Logits.detach();
        }

        var (plain, dropped) = model.Query.ForwardWithDrop(views.Extreme, views.QueryFormat);
        using var extremeLogits = ContrastiveLogits.Compute(normalize(plain, dim: 1), key, queue, config.Temperature);
        using var droppedLogits = ContrastiveLogits.Compute(normalize(dropped, dim: 1), key, queue, config.Temperature);
        var lossExtreme = D3mLoss.Compute(target, extremeLogits.Logits);
        var lossExtremeDrop = D3mLoss.Compute(target, droppedLogits.Logits);
        var extremeTerm = AimClrLoss.ExtremeTerm(lossExtreme, lossExtremeDrop);
        var total = nce + extremeTerm.item<float>();
        if (float.IsFinite(total))
        {
            extremeTerm.backward();
        }

        model.Queue.Enqueue(key);
        return new PretrainStepLosses(total, nce, lossExtreme.item<float>(), lossExtremeDrop.item<float>());
    }
}
