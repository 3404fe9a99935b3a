namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// Joints of the parametric body's kinematic tree, parents before children. Right and left chains have the same layout so
/// a left joint is its right twin plus a fixed offset (<see cref="BodyJoints.Of"/>).
/// </summary>
internal enum BodyJoint
{
    Pelvis, Spine1, Spine2, Spine3, Neck, Head,
    RightClavicle, RightShoulder, RightElbow, RightWrist, RightThumb1, RightThumb2, RightIndex1, RightIndex2, RightMiddle1, RightMiddle2,
    LeftClavicle, LeftShoulder, LeftElbow, LeftWrist, LeftThumb1, LeftThumb2, LeftIndex1, LeftIndex2, LeftMiddle1, LeftMiddle2,
    RightHip, RightKnee, RightAnkle, RightToe,
    LeftHip, LeftKnee, LeftAnkle, LeftToe,
}
