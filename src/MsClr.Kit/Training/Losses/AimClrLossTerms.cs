using static TorchSharp.torch;

namespace MsClr.Kit.Training.Losses;

/// <summary>The AimCLR objective of one step and its terms, each a scalar tensor.</summary>
/// <remarks>Only <see cref="Total"/> carries the graph for backward; the terms are detached copies for logging.</remarks>
public sealed class AimClrLossTerms : IDisposable
{
    internal AimClrLossTerms(Tensor total, Tensor nce, Tensor extreme, Tensor extremeDrop, bool mined)
    {
        Total = total;
        Nce = nce;
        Extreme = extreme;
        ExtremeDrop = extremeDrop;
        Mined = mined;
    }

    /// <summary>L = L_nce + (L_e + L_ed) / 2, the value to back-propagate.</summary>
    public Tensor Total { get; }

    /// <summary>L_nce: InfoNCE of q, or its multi-positive form once mining has started (detached).</summary>
    public Tensor Nce { get; }

    /// <summary>L_e: D³M of the extremely augmented view q_e against q (detached).</summary>
    public Tensor Extreme { get; }

    /// <summary>L_ed: D³M of the extreme view after the energy drop, q_ed, against q (detached).</summary>
    public Tensor ExtremeDrop { get; }

    /// <summary>Whether <see cref="Nce"/> used the nearest-neighbour mask.</summary>
    public bool Mined { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Total.Dispose();
        Nce.Dispose();
        Extreme.Dispose();
        ExtremeDrop.Dispose();
    }
}
