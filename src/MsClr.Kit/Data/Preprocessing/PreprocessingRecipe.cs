using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Data.Preprocessing;

/// <summary>
/// The official NTU preprocessing as explicit, per-format steps, in the official order: valid length (raw data) →
/// relative to <see cref="CentreJoint"/> → temporal resize of the first L frames to <see cref="TargetFrames"/> →
/// rotation about y aligning the shoulders (when <see cref="AlignShoulders"/>).
/// </summary>
/// <param name="ValidLengthJoint">Joint of person 0 whose non-zero frames define the valid length L (NTU: 0, SpineBase).</param>
/// <param name="CentreJoint">Joint subtracted from every joint (NTU: 20, SpineShoulder).</param>
/// <param name="LeftShoulder">Left shoulder joint for the y rotation (NTU: 4).</param>
/// <param name="RightShoulder">Right shoulder joint for the y rotation (NTU: 8).</param>
/// <param name="TargetFrames">Frames after resampling (paper: 50).</param>
/// <param name="AlignShoulders">Apply the y rotation (upstream y_rotation=True).</param>
public sealed record PreprocessingRecipe(
    int ValidLengthJoint,
    int CentreJoint,
    int LeftShoulder,
    int RightShoulder,
    int TargetFrames = 50,
    bool AlignShoulders = true)
{
    /// <summary>
    /// The recipe for a built-in format. NTU's is the official one; the official code publishes none for the MeTRAbs
    /// formats, so the kit uses their anatomical equivalents: valid length from the pelvis (smpl/smplx <c>pelv</c>,
    /// Berkeley MHAD <c>bell</c>), centre on the upper spine (<c>spi3</c>/<c>thor</c>; MHAD <c>chest</c>) and the
    /// shoulders (<c>lsho</c>/<c>rsho</c>; MHAD <c>lsho1</c>/<c>rsho1</c>).
    /// </summary>
    /// <exception cref="KeyNotFoundException">A custom format: build its recipe explicitly.</exception>
    public static PreprocessingRecipe For(SkeletonFormat format, int targetFrames = 50)
    {
        (string Valid, string Centre, string Left, string Right) names = format.Name switch
        {
            "ntu-rgb+d" => ("SpineBase", "SpineShoulder", "ShoulderLeft", "ShoulderRight"),
            "smpl_24" => ("pelv", "spi3", "lsho", "rsho"),
            "smplx_42" => ("pelv", "thor", "lsho", "rsho"),
            "berkeley_mhad_43" => ("bell", "chest", "lsho1", "rsho1"),
            _ => throw new KeyNotFoundException(
                $"no built-in preprocessing recipe for format '{format.Name}'; create a PreprocessingRecipe with its valid-length, centre and shoulder joints"),
        };
        return new PreprocessingRecipe(
            format.JointIndex(names.Valid),
            format.JointIndex(names.Centre),
            format.JointIndex(names.Left),
            format.JointIndex(names.Right),
            targetFrames);
    }

    /// <summary>
    /// <see cref="For"/> for a built-in format; for a custom one its anatomical equivalent: valid length and centring on
    /// the format's centre joint, and the shoulders from the first mirror pair whose first joint is named like a shoulder
    /// (no rotation when there is none).
    /// </summary>
    public static PreprocessingRecipe ForAny(SkeletonFormat format, int targetFrames = 50)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (SkeletonFormats.All.Any(f => f.Name == format.Name))
        {
            return For(format, targetFrames);
        }

        var shoulders = format.MirrorPairs.Select(p => (JointPair?)p)
            .FirstOrDefault(p => format.JointNames[p!.Value.First].Contains("shoulder", StringComparison.OrdinalIgnoreCase));
        return shoulders is not { } pair
            ? new PreprocessingRecipe(format.Center, format.Center, format.Center, format.Center, targetFrames, AlignShoulders: false)
            : new PreprocessingRecipe(format.Center, format.Center, pair.First, pair.Second, targetFrames);
    }

    /// <summary>Runs every step on <paramref name="sample"/>; the result has <see cref="TargetFrames"/> frames.</summary>
    public SkeletonSample Apply(SkeletonSample sample)
    {
        var validLength = TemporalResize.ValidLength(sample, ValidLengthJoint);
        var centred = JointCentering.SubtractJoint(sample, CentreJoint);
        var resized = TemporalResize.Resize(centred, TargetFrames, validLength);
        return AlignShoulders ? ShoulderAlignment.RotateAboutY(resized, LeftShoulder, RightShoulder) : resized;
    }
}
