using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Models;

/// <summary>
/// The ST-GCN encoder as AimCLR and MS-CLR configure it. Defaults are the paper's: 3 input channels, hidden 16
/// (a quarter of the standard ST-GCN's 64), 256-d output, temporal kernel 9, dropout 0.5, edge importance on,
/// spatial partitions.
/// </summary>
/// <param name="InChannels">C of the input (3: x, y, z).</param>
/// <param name="HiddenChannels">h: blocks 1–4 have h channels, 5–7 have 2h, 8–9 have 4h.</param>
/// <param name="OutputDim">Channels of block 10, the pooled feature size (256).</param>
/// <param name="TemporalKernel">Temporal convolution kernel (9).</param>
/// <param name="Dropout">Dropout of blocks 2–10 (block 1 has none, as upstream).</param>
/// <param name="EdgeImportance">Learn one multiplicative mask per block and format (upstream: on).</param>
/// <param name="Strategy">Graph partition strategy (spatial: K = 3).</param>
/// <param name="PadJointsInBlocks">
/// false (default, the paper's behaviour): each format runs through the shared blocks at its own joint count, so
/// padded joints never exist and cannot enter BatchNorm statistics. true (<c>ReferenceCompat</c>): the official
/// FlexModel behaviour, which zero-pads every format to V_max inside the shared blocks, so padded joints carry
/// activations and enter the batch statistics of every BatchNorm.
/// </param>
public sealed record EncoderConfig(
    int InChannels = 3,
    int HiddenChannels = 16,
    int OutputDim = 256,
    int TemporalKernel = 9,
    double Dropout = 0.5,
    bool EdgeImportance = true,
    GraphStrategy Strategy = GraphStrategy.Spatial,
    bool PadJointsInBlocks = false)
{
    /// <summary>The ten blocks: (C_in, C_out, stride, residual, dropout). As upstream, block 1 has no residual and no
    /// dropout; the others have an identity residual when C_in == C_out and the stride is 1, else a 1×1 convolution.</summary>
    public IReadOnlyList<(int In, int Out, int Stride, ResidualKind Residual, double Dropout)> Blocks
    {
        get
        {
            var h = HiddenChannels;
            (int In, int Out, int Stride)[] shapes =
            [
                (h, h, 1), (h, h, 1), (h, h, 1), (h, 2 * h, 2), (2 * h, 2 * h, 1), (2 * h, 2 * h, 1),
                (2 * h, 4 * h, 2), (4 * h, 4 * h, 1), (4 * h, OutputDim, 1),
            ];
            return
            [
                (InChannels, h, 1, ResidualKind.None, 0.0),
                .. shapes.Select(b => (b.In, b.Out, b.Stride, b.In == b.Out && b.Stride == 1 ? ResidualKind.Identity : ResidualKind.Convolution, Dropout)),
            ];
        }
    }
}
