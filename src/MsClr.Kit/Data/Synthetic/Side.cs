namespace MsClr.Kit.Data.Synthetic;

/// <summary>The body side of a limb: +1 right, −1 left, so a lateral x offset or a mirrored angle is multiplied by it.</summary>
internal enum Side
{
    Left = -1,
    Right = 1,
}

/// <summary>Both body sides as a shared array, so per-frame loops over sides do not allocate.</summary>
internal static class Sides
{
    /// <summary>Right, then left.</summary>
    public static readonly Side[] Both = [Side.Right, Side.Left];

    /// <summary>0 for the right side and π for the left: the half-cycle offset of alternating limbs.</summary>
    public static float HalfCycle(Side side) => side == Side.Right ? 0f : MathF.PI;
}
