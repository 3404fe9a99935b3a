namespace MsClr.Kit.Data.Synthetic;

/// <summary>The body side of a limb: +1 right, −1 left, so a lateral x offset or a mirrored angle is multiplied by it.</summary>
internal enum Side
{
    Left = -1,
    Right = 1,
}
