using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// How an estimator perturbs a format's joints: per-joint jitter σ (metres) with AR(1) temporal correlation, a constant
/// per-joint bias, and (Kinect only) dropped frames that repeat the previous pose.
/// </summary>
/// <remarks>
/// Kinect v2 (ntu-rgb+d): nearly frame-independent jitter (ρ = 0.3) of 6 mm on the trunk rising to 30 mm at hand tips and
/// thumbs, no bias (it is the depth sensor's own frame), occasional dropped frames. MeTRAbs-style formats (smpl_24, smplx_42,
/// berkeley_mhad_43 and custom formats): smooth millimetre jitter (ρ = 0.85, 3–4 mm) and a per-joint bias of a few
/// millimetres that is constant for the format within a dataset seed. Dropped Kinect frames repeat the previous pose rather
/// than writing zeros because the official preprocessing counts non-zero frames as a prefix of the clip.
/// </remarks>
/// <param name="Sigma">Jitter standard deviation per joint and axis, metres, length V.</param>
/// <param name="Correlation">AR(1) coefficient ρ between consecutive frames' jitter.</param>
/// <param name="BiasSigma">Standard deviation per axis of the constant per-joint bias, metres.</param>
/// <param name="DropsFrames">Whether the tracker drops frames (see <see cref="SyntheticConfig.KinectDropRate"/>).</param>
internal sealed record NoiseProfile(float[] Sigma, float Correlation, float BiasSigma, bool DropsFrames)
{
    private const float TrunkSigma = 0.006f;

    private static readonly Dictionary<string, float> KinectExtremities = new(StringComparer.Ordinal)
    {
        ["WristLeft"] = 0.012f, ["WristRight"] = 0.012f, ["AnkleLeft"] = 0.012f, ["AnkleRight"] = 0.012f,
        ["ElbowLeft"] = 0.009f, ["ElbowRight"] = 0.009f, ["KneeLeft"] = 0.009f, ["KneeRight"] = 0.009f,
        ["HandLeft"] = 0.02f, ["HandRight"] = 0.02f, ["FootLeft"] = 0.02f, ["FootRight"] = 0.02f,
        ["HandTipLeft"] = 0.03f, ["HandTipRight"] = 0.03f, ["ThumbLeft"] = 0.03f, ["ThumbRight"] = 0.03f,
    };

    /// <summary>The profile of <paramref name="format"/>: Kinect-like for ntu-rgb+d, MeTRAbs-like otherwise.</summary>
    public static NoiseProfile For(SkeletonFormat format)
    {
        if (format.Equals(SkeletonFormats.NtuRgbD))
        {
            var sigma = format.JointNames.Select(n => KinectExtremities.GetValueOrDefault(n, TrunkSigma)).ToArray();
            return new NoiseProfile(sigma, 0.3f, 0, DropsFrames: true);
        }

        var jitter = format.Equals(SkeletonFormats.BerkeleyMhad43) ? 0.003f : 0.004f;
        return new NoiseProfile(Enumerable.Repeat(jitter, format.JointCount).ToArray(), 0.85f, 0.0025f, DropsFrames: false);
    }
}
