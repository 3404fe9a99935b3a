using MsClr.Kit.Data.Clips;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Kit.Tests.Training.Pretraining;

/// <summary>
/// The step runs without a garbage collection, so every tensor it makes must be disposed in the step: TorchSharp's own
/// counters of tensors created and disposed (inside and outside dispose scopes, and detached from them) must balance for
/// every step once the optimiser's momentum buffers exist. A tensor left to the finaliser would show as created and not
/// disposed; one moved out of its scope as detached.
/// </summary>
public sealed class PretrainStepTensorLifetimeTests
{
    [Theory]
    [InlineData(PretrainMethod.AimClr)]
    [InlineData(PretrainMethod.SkeletonClr)]
    public void Run_AfterEveryFormatWasSeen_LeavesNoTensorAlive(PretrainMethod method)
    {
        using var clips = TinyRuns.Clips(16, SkeletonFormats.NtuRgbD, SkeletonFormats.Smpl24);
        var config = TinyRuns.Config(method, epochs: 3); // mining starts in epoch 3: both AimCLR step paths run
        using var model = ContrastiveModel.Create(clips.Formats, config.EffectiveEncoder, config.EffectiveContrastive, Seeds.Generator(1, "init"), CPU);
        using var optimizer = new ScalarSafeSgd(model.Query.parameters().Where(p => p.requires_grad).ToArray(), 0.1, 0.9, weight_decay: 1e-4);
        var batches = new PretrainBatches(clips, new FormatPairSampler(clips.Formats, config.Pairing), method, config.Stream, new TinyRuns.CopyAugmenter(), config.BatchSize, 1);
        model.Train();
        var counts = TorchSharp.DisposeScopeManager.Statistics.TensorStatistics;
        var checkedSteps = 0;
        for (var epoch = 1; epoch <= config.Epochs; epoch++)
        {
            foreach (var (batch, views) in batches.Epoch(epoch))
            {
                using (views)
                {
                    var before = (counts.CreatedOutsideScopeCount, counts.DisposedOutsideScopeCount, counts.CreatedInScopeCount, counts.DisposedInScopeCount, counts.DetachedFromScopeCount);
                    PretrainStep.Run(model, optimizer, views, method, 1, epoch, batch);
                    var after = (counts.CreatedOutsideScopeCount, counts.DisposedOutsideScopeCount, counts.CreatedInScopeCount, counts.DisposedInScopeCount, counts.DetachedFromScopeCount);
                    if (epoch == 1)
                    {
                        continue; // the momentum buffers of each format's parameters are created (and kept) on first use
                    }

                    checkedSteps++;
                    var where = $"epoch {epoch}, batch {batch}";
                    Assert.True(after.Item1 - before.Item1 == after.Item2 - before.Item2,
                        $"{where}: {after.Item1 - before.Item1} tensors created outside a scope, {after.Item2 - before.Item2} disposed");
                    Assert.True(after.Item3 - before.Item3 == after.Item4 - before.Item4,
                        $"{where}: {after.Item3 - before.Item3} tensors created in a scope, {after.Item4 - before.Item4} disposed");
                    Assert.True(after.Item5 == before.Item5, $"{where}: {after.Item5 - before.Item5} tensors moved out of their scope");
                }
            }
        }

        Assert.True(checkedSteps >= 8, $"only {checkedSteps} steps checked");
    }
}
