namespace MsClr.Kit.Training.Pretraining;

/// <summary>The contrastive objective. The multi-skeleton (MS-) variant of either is the same objective trained on
/// several formats, with the key taken from the same clip in another format (see <c>FormatPairing</c>).</summary>
public enum PretrainMethod
{
    /// <summary>SkeletonCLR: MoCo v2 on skeletons; query and key are two normally augmented views.</summary>
    SkeletonClr,

    /// <summary>AimCLR: adds an extremely augmented view, its energy-dropped twin, D³M and nearest-neighbour mining.</summary>
    AimClr,
}
