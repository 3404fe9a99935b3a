using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace MsClr.Kit.Models;

/// <summary>
/// The multi-skeleton ST-GCN encoder (official <c>FlexModel</c>): per-format adjacency buffers <c>A_&lt;format&gt;</c>,
/// per-format data BatchNorm <c>data_bn.&lt;format&gt;</c> and edge importance <c>edge_importance.&lt;format&gt;.&lt;l&gt;</c>,
/// ten shared blocks <c>st_gcn_networks</c> and a shared head <c>fc</c>. With a single format it is the single-skeleton
/// AimCLR encoder (same parameter count). Names follow the official state dict so official weights map by name.
/// </summary>
public sealed class StGcnEncoder : Module
{
    private readonly ModuleDict<ScalarSafeBatchNorm1d> data_bn;
    private readonly ModuleList<StGcnBlock> st_gcn_networks;
    private readonly ModuleDict<ParameterList> edge_importance;
    private readonly Module<Tensor, Tensor> fc;
    private readonly HashSet<string> _formatNames = [];

    /// <summary>Creates the encoder for <paramref name="formats"/> with the head <paramref name="head"/> (see <see cref="Heads"/>).</summary>
    public StGcnEncoder(FormatSet formats, EncoderConfig config, Module<Tensor, Tensor> head)
        : base(nameof(StGcnEncoder))
    {
        Formats = formats;
        Config = config;
        var maxJoints = formats.MaxJoints;
        data_bn = new ModuleDict<ScalarSafeBatchNorm1d>();
        edge_importance = new ModuleDict<ParameterList>();
        var partitions = 0;
        foreach (var format in formats)
        {
            var adjacency = formats.PaddedAdjacency(format, config.Strategy);
            partitions = adjacency.Partitions;
            _formatNames.Add(format.Name);
            register_buffer($"A_{format.Name}", adjacency.ToTensor());
            data_bn.Add(format.Name, new ScalarSafeBatchNorm1d(config.InChannels * format.JointCount));
            var importance = new ParameterList();
            foreach (var _ in config.Blocks)
            {
                // 1 on the format's real block and 0 on padding, as upstream; frozen when edge importance is off.
                var initial = zeros(partitions, maxJoints, maxJoints);
                initial.narrow(1, 0, format.JointCount).narrow(2, 0, format.JointCount).fill_(HeldScalars.Of(1.0));
                importance.Add(new Parameter(initial, requires_grad: config.EdgeImportance));
            }

            edge_importance.Add(format.Name, importance);
        }

        st_gcn_networks = new ModuleList<StGcnBlock>(config.Blocks
            .Select(b => new StGcnBlock(b.In, b.Out, partitions, config.TemporalKernel, b.Stride, b.Dropout, b.Residual, Randomness))
            .ToArray());
        fc = head;
        RegisterComponents();
    }

    /// <summary>The generator of every dropout mask in the blocks; trainers reseed it per step for exact reproducibility.</summary>
    public DropoutRandomness Randomness { get; } = new();

    /// <summary>What the blocks compute and keep their activations in (fp32 unless set, see <see cref="ComputePrecision"/>);
    /// the input BatchNorm, the feature map handed on, pooling and the head stay fp32. A compute setting like the device, not part of the weights: checkpoints do not record it.</summary>
    public ComputePrecision Precision
    {
        get => st_gcn_networks.Count == 0 ? ComputePrecision.Float32 : st_gcn_networks[0].Precision;
        set
        {
            foreach (var block in st_gcn_networks)
            {
                block.Precision = value;
            }
        }
    }

    /// <summary>The formats this encoder accepts.</summary>
    public FormatSet Formats { get; }

    /// <summary>The architecture.</summary>
    public EncoderConfig Config { get; }

    /// <summary>The head applied after pooling.</summary>
    public Module<Tensor, Tensor> Head => fc;

    /// <summary>Pooled features followed by the head.</summary>
    /// <param name="x">(N, C, T, V_in, M) with V_in ≥ the format's joint count (extra joints are padding and ignored).</param>
    /// <param name="format">The format of every sample in the batch.</param>
    /// <returns>(N, head output).</returns>
    public Tensor Forward(Tensor x, SkeletonFormat format)
    {
        using var scope = NewDisposeScope();
        using var features = FeatureMap(x, format);
        return fc.forward(Pool(features, x.shape[0])).MoveToOuterDisposeScope();
    }

    /// <summary>Forward on the plain path and on the energy-dropped path, sharing one trunk pass (AimCLR's drop=True).</summary>
    /// <returns>(head(pool(x)), head(pool(drop(x)))), each (N, head output).</returns>
    public (Tensor Plain, Tensor Dropped) ForwardWithDrop(Tensor x, SkeletonFormat format)
    {
        using var scope = NewDisposeScope();
        var features = FeatureMap(x, format);
        var plain = fc.forward(Pool(features, x.shape[0]));
        var dropped = fc.forward(Pool(EnergyDrop.Apply(features), x.shape[0]));
        return (plain.MoveToOuterDisposeScope(), dropped.MoveToOuterDisposeScope());
    }

    /// <summary>The pooled 256-d features without the head (what linear evaluation trains on).</summary>
    /// <returns>(N, <see cref="EncoderConfig.OutputDim"/>).</returns>
    public Tensor Embed(Tensor x, SkeletonFormat format)
    {
        using var scope = NewDisposeScope();
        return Pool(FeatureMap(x, format), x.shape[0]).MoveToOuterDisposeScope();
    }

    /// <summary>The last block's output, sliced to the format's joints.</summary>
    /// <param name="x">(N, C, T, V_in, M).</param>
    /// <param name="format">The format of every sample in the batch.</param>
    /// <returns>(N·M, OutputDim, T', V_s), rows sample-major, person-minor.</returns>
    public Tensor FeatureMap(Tensor x, SkeletonFormat format)
    {
        using var scope = NewDisposeScope();
        var name = format.Name;
        if (!_formatNames.Contains(name))
        {
            throw new ArgumentException($"format '{name}' is not one of this encoder's formats {Formats}", nameof(format));
        }

        if (x.dim() != 5 || x.shape[1] != Config.InChannels || x.shape[3] < format.JointCount)
        {
            throw new ArgumentException(
                $"expected (N, {Config.InChannels}, T, V ≥ {format.JointCount}, M) for format '{name}', got [{string.Join(", ", x.shape)}]", nameof(x));
        }

        var (n, c, t, m) = (x.shape[0], x.shape[1], x.shape[2], x.shape[4]);
        var v = (long)format.JointCount;
        var h = x.narrow(3, 0, v).permute(0, 4, 3, 1, 2).contiguous().view(n * m, v * c, t);
        h = data_bn[name].forward(h).view(n, m, v, c, t).permute(0, 1, 3, 4, 2).contiguous().view(n * m, c, t, v);

        var joints = Config.PadJointsInBlocks ? Formats.MaxJoints : format.JointCount;
        if (joints > v)
        {
            h = functional.pad(h, [0, joints - v]);
        }

        var adjacency = get_buffer($"A_{name}")!.narrow(1, 0, joints).narrow(2, 0, joints);
        var importance = edge_importance[name];
        for (var l = 0; l < st_gcn_networks.Count; l++)
        {
            h = st_gcn_networks[l].forward(h, adjacency * importance[l].narrow(1, 0, joints).narrow(2, 0, joints));
        }

        return h.narrow(3, 0, v).In(ScalarType.Float32).MoveToOuterDisposeScope();
    }

    /// <summary>Mean over (T', V), then over the M persons (an absent, all-zero person is averaged in, as upstream).</summary>
    private static Tensor Pool(Tensor features, long batch) =>
        features.mean([2, 3]).view(batch, -1, features.shape[1]).mean([1]);
}
