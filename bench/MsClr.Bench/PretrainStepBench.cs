using MsClr.Kit.Experiments;
using MsClr.Kit.Models;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using MsClr.Kit.Training;
using MsClr.Kit.Training.Losses;
using MsClr.Kit.Training.Pretraining;
using static TorchSharp.torch;

namespace MsClr.Bench;

/// <summary>
/// The pretraining step at the paper's configuration (AimCLR, hidden 16 / 256, batch 128, 50 frames, 2 persons, queue
/// 32,768, three views, SGD), timed through <see cref="PretrainStep"/>, the code the trainer runs. Inputs are random
/// tensors of the real shapes; the data pipeline is timed separately.
/// </summary>
internal static class PretrainStepBench
{
    /// <summary>Samples per second of the step for <paramref name="formats"/>; (query, key) pairs cycle through every
    /// ordered pair of the formats, so a two-format run averages its four pair kinds as random pairing does.</summary>
    public static Measurement Run(string name, SkeletonFormat[] formats, int batchSize, int warmup, int repeats, int stepsPerRepeat, Budget? budget = null,
        ComputePrecision precision = ComputePrecision.Float32)
    {
        using var rig = new StepRig(formats, batchSize, budget, precision);
        return Measurement.Run(name, "samples/s", warmup, repeats, () =>
        {
            for (var i = 0; i < stepsPerRepeat; i++)
            {
                rig.Step();
            }

            return (double)stepsPerRepeat * batchSize;
        });
    }

    /// <summary>A model, its optimiser and one batch of views per (query, key) pair kind, stepped in turn.</summary>
    internal sealed class StepRig : IDisposable
    {
        private readonly ContrastiveModel _model;
        private readonly ScalarSafeSgd _optimizer;
        private readonly BatchViews[] _views;
        private int _step;

        public StepRig(SkeletonFormat[] formats, int batchSize, Budget? budget, ComputePrecision precision)
        {
            BatchSize = batchSize;
            var set = new FormatSet(formats);
            var scaled = budget?.Apply(new PretrainConfig());
            var encoder = scaled?.EffectiveEncoder ?? new EncoderConfig();
            var contrastive = scaled?.EffectiveContrastive ?? new ContrastiveConfig();
            _model = ContrastiveModel.Create(set, encoder, contrastive, Seeds.Generator(1, "bench-init"), CPU);
            _model.Train();
            _model.Query.Precision = _model.Key.Precision = precision;
            var parameters = _model.Query.parameters().Where(p => p.requires_grad).ToArray();
            _optimizer = new ScalarSafeSgd(parameters, 0.1, 0.9, weight_decay: 1e-4);
            var pairs = formats.SelectMany(q => formats.Select(k => (Query: q, Key: k))).ToArray();
            var generator = Seeds.Generator(1, "bench-views");
            _views = pairs.Select(p => new BatchViews(
                randn([batchSize, 3, 50, p.Query.JointCount, 2], generator: generator),
                randn([batchSize, 3, 50, p.Query.JointCount, 2], generator: generator),
                randn([batchSize, 3, 50, p.Key.JointCount, 2], generator: generator),
                p.Query, p.Key, zeros(batchSize, ScalarType.Int64))).ToArray();
        }

        /// <summary>Clips per step.</summary>
        public int BatchSize { get; }

        /// <summary>How many pair kinds the rig cycles through (1 for one format, 4 for two).</summary>
        public int PairKinds => _views.Length;

        /// <summary>One training step on the next pair kind's batch.</summary>
        public void Step()
        {
            PretrainStep.Run(_model, _optimizer, _views[_step % _views.Length], PretrainMethod.AimClr, 1, epoch: 1, batch: _step);
            _step++;
        }

        public void Dispose()
        {
            foreach (var view in _views)
            {
                view.Dispose();
            }

            _optimizer.Dispose();
            _model.Dispose();
        }
    }
}
