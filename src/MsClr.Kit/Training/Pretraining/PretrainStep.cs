using MsClr.Kit.Runtime;
using static TorchSharp.torch;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// One optimisation step of pretraining, exactly as <see cref="Pretrainer"/> runs it: reseed the dropout masks from
/// (seed, epoch, batch), forward the contrastive objective, back-propagate and step SGD. AimCLR goes view by view while
/// its loss allows it (<see cref="AimClrViewByViewStep"/>, half the peak memory), otherwise one joint backward. Public
/// so the benchmark times the same code the trainer runs.
/// </summary>
public static class PretrainStep
{
    /// <summary>Runs one step. When the loss is not finite nothing is back-propagated and the loss is returned as is,
    /// so the caller can stop with its own context (which checkpoint is the last good one).</summary>
    /// <param name="model">The MoCo pair (key encoder and queue are updated).</param>
    /// <param name="optimizer">SGD over the query encoder's trainable parameters.</param>
    /// <param name="views">The batch's views.</param>
    /// <param name="method">SkeletonCLR or AimCLR.</param>
    /// <param name="seed">Run seed (dropout masks derive from it).</param>
    /// <param name="epoch">1-based epoch.</param>
    /// <param name="batch">0-based batch within the epoch.</param>
    /// <returns>The step's loss values (host floats).</returns>
    public static PretrainStepLosses Run(ContrastiveModel model, TorchSharp.Modules.SGD optimizer, BatchViews views, PretrainMethod method, ulong seed, int epoch, int batch)
    {
        model.Query.Randomness.Reseed(Seeds.Derive(seed, "dropout-query", epoch, batch));
        model.Key.Randomness.Reseed(Seeds.Derive(seed, "dropout-key", epoch, batch));
        // Gradients are cleared to "none", not to zero, so parameters a batch does not use (the other formats' data BN
        // and edge importance) are skipped by SGD; with zeroed gradients they would still decay, and a resumed run,
        // whose gradients start as none, would then differ from an uninterrupted one.
        model.Query.zero_grad(true);
        PretrainStepLosses result;
        using (NewDisposeScope())
        {
            if (AimClrViewByViewStep.Applies(method, model.Config, epoch))
            {
                result = AimClrViewByViewStep.ForwardBackward(model, views);
            }
            else
            {
                using var losses = ContrastiveStep.Forward(model, views, method, epoch);
                result = new PretrainStepLosses(losses.Total.item<float>(), losses.Nce, losses.Extreme, losses.ExtremeDrop);
                if (float.IsFinite(result.Total))
                {
                    losses.Total.backward();
                }
            }

            if (float.IsFinite(result.Total))
            {
                optimizer.step();
            }
        }
        return result;
    }
}

/// <summary>The loss values of one step.</summary>
/// <param name="Total">The optimised loss.</param>
/// <param name="Nce">InfoNCE (or mined) term of the normal view.</param>
/// <param name="Extreme">D³M term of the extreme view (AimCLR; 0 otherwise).</param>
/// <param name="ExtremeDrop">D³M term of the dropped extreme view (AimCLR; 0 otherwise).</param>
public readonly record struct PretrainStepLosses(float Total, double Nce, double Extreme, double ExtremeDrop);
