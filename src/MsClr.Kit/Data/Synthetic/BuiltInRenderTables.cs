using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// How each built-in format's joints are made from landmarks: one declarative table per format keyed by the format's own
/// joint names, so all four formats are views of the same motion. Most joints are one landmark; a few are fixed blends.
/// </summary>
/// <remarks>
/// Kinect's joints differ from the SMPL family where the sensor's are known to: hips higher and wider than the anatomical
/// centres, SpineBase between pelvis and hips, the head at the skull centre, HandTip between index and middle tips.
/// </remarks>
internal static class BuiltInRenderTables
{
    private static readonly Dictionary<string, RenderTerm[]> NtuRgbD = new(StringComparer.Ordinal)
    {
        ["SpineBase"] = [new("pelvis", 0.5f), new("left_hip", 0.25f), new("right_hip", 0.25f)],
        ["SpineMid"] = One("spine_mid"),
        ["Neck"] = One("neck_mid"),
        ["Head"] = One("head_centre"),
        ["SpineShoulder"] = One("neck"),
        ["ShoulderLeft"] = One("left_shoulder"), ["ShoulderRight"] = One("right_shoulder"),
        ["ElbowLeft"] = One("left_elbow"), ["ElbowRight"] = One("right_elbow"),
        ["WristLeft"] = One("left_wrist"), ["WristRight"] = One("right_wrist"),
        ["HandLeft"] = One("left_hand_centre"), ["HandRight"] = One("right_hand_centre"),
        ["HandTipLeft"] = [new("left_index_tip", 0.5f), new("left_middle_tip", 0.5f)],
        ["HandTipRight"] = [new("right_index_tip", 0.5f), new("right_middle_tip", 0.5f)],
        ["ThumbLeft"] = One("left_thumb_tip"), ["ThumbRight"] = One("right_thumb_tip"),
        ["HipLeft"] = One("left_hip_kinect"), ["HipRight"] = One("right_hip_kinect"),
        ["KneeLeft"] = One("left_knee"), ["KneeRight"] = One("right_knee"),
        ["AnkleLeft"] = One("left_ankle"), ["AnkleRight"] = One("right_ankle"),
        ["FootLeft"] = One("left_foot_kinect"), ["FootRight"] = One("right_foot_kinect"),
    };

    private static readonly Dictionary<string, RenderTerm[]> Smpl24 = new(StringComparer.Ordinal)
    {
        ["pelv"] = One("pelvis"), ["spi1"] = One("spine_lower"), ["spi2"] = One("spine_mid"), ["spi3"] = One("spine_chest"),
        ["neck"] = One("neck"), ["head"] = One("head"),
        ["lhip"] = One("left_hip"), ["rhip"] = One("right_hip"), ["lkne"] = One("left_knee"), ["rkne"] = One("right_knee"),
        ["lank"] = One("left_ankle"), ["rank"] = One("right_ankle"), ["ltoe"] = One("left_foot_ball"), ["rtoe"] = One("right_foot_ball"),
        ["lcla"] = One("left_clavicle"), ["rcla"] = One("right_clavicle"), ["lsho"] = One("left_shoulder"), ["rsho"] = One("right_shoulder"),
        ["lelb"] = One("left_elbow"), ["relb"] = One("right_elbow"), ["lwri"] = One("left_wrist"), ["rwri"] = One("right_wrist"),
        ["lhan"] = One("left_hand"), ["rhan"] = One("right_hand"),
    };

    private static readonly Dictionary<string, RenderTerm[]> SmplX42 = new(StringComparer.Ordinal)
    {
        ["pelv"] = One("pelvis"), ["bell"] = One("spine_lower"), ["spin"] = One("spine_mid"), ["thor"] = One("spine_chest"),
        ["neck"] = One("neck"), ["head"] = One("head"), ["jaw"] = One("jaw"), ["nose"] = One("nose"),
        ["leye"] = One("left_eye"), ["reye"] = One("right_eye"), ["leyehf"] = One("left_eye_centre"), ["reyehf"] = One("right_eye_centre"),
        ["lear"] = One("left_ear"), ["rear"] = One("right_ear"),
        ["lhip"] = One("left_hip"), ["rhip"] = One("right_hip"), ["lkne"] = One("left_knee"), ["rkne"] = One("right_knee"),
        ["lank"] = One("left_ankle"), ["rank"] = One("right_ankle"), ["ltoe"] = One("left_foot_ball"), ["rtoe"] = One("right_foot_ball"),
        ["lto2"] = One("left_big_toe"), ["rto2"] = One("right_big_toe"), ["lto3"] = One("left_small_toe"), ["rto3"] = One("right_small_toe"),
        ["lhee"] = One("left_heel"), ["rhee"] = One("right_heel"),
        ["lcla"] = One("left_clavicle"), ["rcla"] = One("right_clavicle"), ["lsho"] = One("left_shoulder"), ["rsho"] = One("right_shoulder"),
        ["lelb"] = One("left_elbow"), ["relb"] = One("right_elbow"), ["lwri"] = One("left_wrist"), ["rwri"] = One("right_wrist"),
        ["lmiddle1"] = One("left_middle_base"), ["rmiddle1"] = One("right_middle_base"),
        ["lmiddle"] = One("left_middle_tip"), ["rmiddle"] = One("right_middle_tip"),
        ["lthu"] = One("left_thumb_tip"), ["rthu"] = One("right_thumb_tip"),
    };

    private static readonly Dictionary<string, RenderTerm[]> BerkeleyMhad43 = new(StringComparer.Ordinal)
    {
        ["head"] = One("head_top"), ["lhead"] = One("left_head_side"), ["rhead"] = One("right_head_side"),
        ["backt"] = One("back_top"), ["backl"] = One("back_mid"), ["lback"] = One("left_back"), ["rback"] = One("right_back"),
        ["chest"] = One("chest_marker"), ["bell"] = One("belly_marker"), ["lside"] = One("left_side"), ["rside"] = One("right_side"),
        ["lsho1"] = One("left_acromion"), ["rsho1"] = One("right_acromion"),
        ["lsho2"] = One("left_shoulder_back"), ["rsho2"] = One("right_shoulder_back"),
        ["larm"] = One("left_upper_arm"), ["rarm"] = One("right_upper_arm"),
        ["lelb"] = One("left_elbow_marker"), ["relb"] = One("right_elbow_marker"),
        ["lwri"] = One("left_wrist_marker"), ["rwri"] = One("right_wrist_marker"),
        ["lhan1"] = One("left_hand_back"), ["rhan1"] = One("right_hand_back"),
        ["lhan2"] = One("left_knuckle_index"), ["rhan2"] = One("right_knuckle_index"),
        ["lhan3"] = One("left_knuckle_little"), ["rhan3"] = One("right_knuckle_little"),
        ["lhipb"] = One("left_hip_back"), ["rhipb"] = One("right_hip_back"),
        ["lhipf"] = One("left_hip_front"), ["rhipf"] = One("right_hip_front"),
        ["lhipl"] = One("left_hip_lateral"), ["rhipl"] = One("right_hip_lateral"),
        ["lleg"] = One("left_thigh"), ["rleg"] = One("right_thigh"),
        ["lkne"] = One("left_knee_marker"), ["rkne"] = One("right_knee_marker"),
        ["lank"] = One("left_ankle_marker"), ["rank"] = One("right_ankle_marker"),
        ["lhee"] = One("left_heel_marker"), ["rhee"] = One("right_heel_marker"),
        ["lfoo"] = One("left_foot_marker"), ["rfoo"] = One("right_foot_marker"),
    };

    /// <summary>The table of a built-in format (matched by value), or null for any other format.</summary>
    public static IReadOnlyDictionary<string, RenderTerm[]>? For(SkeletonFormat format) =>
        format.Equals(SkeletonFormats.NtuRgbD) ? NtuRgbD
        : format.Equals(SkeletonFormats.Smpl24) ? Smpl24
        : format.Equals(SkeletonFormats.SmplX42) ? SmplX42
        : format.Equals(SkeletonFormats.BerkeleyMhad43) ? BerkeleyMhad43
        : null;

    private static RenderTerm[] One(string landmark) => [new(landmark, 1f)];
}
