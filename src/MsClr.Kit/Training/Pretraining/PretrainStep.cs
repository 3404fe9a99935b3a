using MsClr.Kit.Runtime;
using MsClr.Kit.Training.Losses;
using static TorchSharp.torch;

namespace MsClr.Kit.Training.Pretraining;

// One training step: upstream FORK processor/pretrain_aimclr.py (train: forward, loss, backward, SGD step) of the pair in
// ContrastiveModel.cs under the objective of Losses/AimClrObjective.cs (L, AimCLR paper §3); reference-spec §6.2, §6.3.

/// <summary>
/// One optimisation step of pretraining, exactly as <see cref="Pretrainer"/> runs it: reseed the dropout masks from
/// (seed, epoch, batch), forward, back-propagate and step SGD. Public so the benchmark times the code the trainer runs.
/// </summary>
public static class PretrainStep
{
    /// <summary>Runs one step. When the loss is not finite SGD does not step and the loss is returned as is, so the
    /// caller can stop with its own context (which checkpoint is the last good one).</summary>
    /// <param name="model">The MoCo pair (key encoder and queue are updated).</param>
    /// <param name="optimizer">SGD over the query encoder's trainable parameters.</param>
    /// <param name="views">The batch's views.</param>
    /// <param name="method">SkeletonCLR or AimCLR.</param>
    /// <param name="seed">Run seed (dropout masks derive from it).</param>
    /// <param name="epoch">1-based epoch.</param>
    /// <param name="batch">0-based batch within the epoch.</param>
    /// <returns>The step's loss values (host numbers).</returns>
    public static StepLosses Run(ContrastiveModel model, ScalarSafeSgd optimizer, BatchViews views, PretrainMethod method, ulong seed, int epoch, int batch)
    {
        model.Query.Randomness.Reseed(Seeds.Derive(seed, "dropout-query", epoch, batch));
        model.Key.Randomness.Reseed(Seeds.Derive(seed, "dropout-key", epoch, batch));
        // Gradients are cleared to "none", not to zero, so parameters a batch does not use (the other formats' data BN
        // and edge importance) are skipped by SGD; with zeroed gradients they would still decay, and a resumed run,
        // whose gradients start as none, would then differ from an uninterrupted one.
        model.Query.zero_grad(true);
        StepLosses result;
        using (NewDisposeScope())
        {
            result = ForwardBackward(model, views, method, epoch);
            if (float.IsFinite(result.Total))
            {
                optimizer.step();
            }
        }

        return result;
    }

    /// <summary>
    /// The forward passes of one step and the backward of L into the query encoder (§6.2): the momentum key, the normal
    /// view, then (AimCLR) the extreme view, then the enqueue. Before mining, L_nce depends on the normal view only and the
    /// D³M terms see its logits only as a detached target, so L_nce is back-propagated, freeing the normal view's graph,
    /// before the extreme view runs: a step holds one view's activations instead of two, with the gradients of one joint
    /// backward up to the order of float additions. Mining joins the views through its mask, so then L is back-propagated
    /// once, after all of them. A term that is not finite is not back-propagated, nor is anything after it.
    /// </summary>
    /// <param name="model">The pair; its key encoder and queue are updated.</param>
    /// <param name="views">The batch's views (AimCLR needs the extreme one).</param>
    /// <param name="method">SkeletonCLR or AimCLR.</param>
    /// <param name="epoch">1-based epoch (mining starts after <see cref="ContrastiveConfig.MiningStartEpoch"/>).</param>
    public static StepLosses ForwardBackward(ContrastiveModel model, BatchViews views, PretrainMethod method, int epoch)
    {
        var aimClr = method == PretrainMethod.AimClr;
        if (aimClr && views.Extreme is null)
        {
            throw new ArgumentException("AimCLR needs the extreme view", nameof(views));
        }

        using var scope = NewDisposeScope();
        var mined = aimClr && model.Config.UsesMining(epoch);
        // The key comes first: the momentum update reads parameters only, which the backward passes leave alone, and the
        // key encoder draws its dropout masks from its own generator, so the order changes no number.
        var key = model.MomentumKey(views.Key, views.KeyFormat);
        var queue = model.Queue.Snapshot();
        var query = model.QueryLogits(views.Query, views.QueryFormat, key, queue);
        float? nce = mined ? null : Backward(AimClrObjective.InfoNce(query.Logits));
        if (!aimClr)
        {
            model.Queue.Enqueue(key);
            return new StepLosses(nce!.Value, nce.Value, 0, 0, Mined: false, KeySpread.MeanPairwiseCosine(key));
        }

        var (extreme, extremeDrop) = model.ExtremeLogits(views.Extreme!, views.QueryFormat, key, queue);
        var (term, lossExtreme, lossExtremeDrop) = AimClrObjective.ExtremeTerm(query.Logits, extreme, extremeDrop);
        float total;
        if (mined)
        {
            var minedNce = AimClrObjective.MinedNce(model.Config.TopK, query, extreme, extremeDrop);
            nce = minedNce.item<float>();
            total = Backward(minedNce.add(term, HeldScalars.One));
        }
        else
        {
            total = float.IsFinite(nce!.Value) ? nce.Value + Backward(term) : float.NaN;
        }

        model.Queue.Enqueue(key);
        return new StepLosses(total, nce.Value, lossExtreme.item<float>(), lossExtremeDrop.item<float>(), mined, KeySpread.MeanPairwiseCosine(key));
    }

    // Back-propagates a scalar loss when it is finite; returns its value either way.
    private static float Backward(Tensor loss)
    {
        var value = loss.item<float>();
        if (float.IsFinite(value))
        {
            loss.backward();
        }

        return value;
    }
}

/// <summary>The loss values of one step, as host numbers (the one record every caller, log and checkpoint reads).</summary>
/// <param name="Total">L, the optimised loss; not finite when a term was not.</param>
/// <param name="Nce">L_nce, InfoNCE of the normal view (multi-positive once mining starts).</param>
/// <param name="Extreme">L_e, D³M of the extreme view (AimCLR; 0 otherwise).</param>
/// <param name="ExtremeDrop">L_ed, D³M of the energy-dropped extreme view (AimCLR; 0 otherwise).</param>
/// <param name="Mined">Whether L_nce used the nearest-neighbour mask.</param>
/// <param name="KeyCosine">Mean cosine between the step's keys (<see cref="KeySpread"/>): about 0 when spread, about 1
/// when the embedding has collapsed; NaN where not measured.</param>
public readonly record struct StepLosses(float Total, double Nce, double Extreme, double ExtremeDrop, bool Mined, double KeyCosine = double.NaN);
