namespace MsClr.Kit.Models;

/// <summary>The residual path of an ST-GCN block.</summary>
public enum ResidualKind
{
    /// <summary>No residual (adds 0): the first block.</summary>
    None,

    /// <summary>Identity: same channels and stride 1.</summary>
    Identity,

    /// <summary>1×1 convolution with the block's stride, then BatchNorm.</summary>
    Convolution,
}
