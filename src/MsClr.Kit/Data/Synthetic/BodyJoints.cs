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

/// <summary>Tree structure and side mapping of <see cref="BodyJoint"/>.</summary>
internal static class BodyJoints
{
    /// <summary>Number of joints.</summary>
    public const int Count = (int)BodyJoint.LeftToe + 1;

    private const int ArmChain = BodyJoint.LeftClavicle - BodyJoint.RightClavicle;
    private const int LegChain = BodyJoint.LeftHip - BodyJoint.RightHip;

    private static readonly int[] Parents = BuildParents();

    /// <summary>The parent of each joint; −1 for the pelvis (the root).</summary>
    public static ReadOnlySpan<int> Parent => Parents;

    /// <summary>The joint on <paramref name="side"/> corresponding to the right-side joint <paramref name="rightJoint"/>.</summary>
    public static BodyJoint Of(Side side, BodyJoint rightJoint)
    {
        if (side == Side.Right)
        {
            return rightJoint;
        }

        return rightJoint >= BodyJoint.RightHip ? rightJoint + LegChain : rightJoint + ArmChain;
    }

    /// <summary>Whether the joint belongs to a left limb.</summary>
    public static bool IsLeft(BodyJoint joint) =>
        joint is >= BodyJoint.LeftClavicle and <= BodyJoint.LeftMiddle2 or >= BodyJoint.LeftHip;

    private static int[] BuildParents()
    {
        var parent = new int[Count];
        parent[(int)BodyJoint.Pelvis] = -1;
        parent[(int)BodyJoint.Spine1] = (int)BodyJoint.Pelvis;
        parent[(int)BodyJoint.Spine2] = (int)BodyJoint.Spine1;
        parent[(int)BodyJoint.Spine3] = (int)BodyJoint.Spine2;
        parent[(int)BodyJoint.Neck] = (int)BodyJoint.Spine3;
        parent[(int)BodyJoint.Head] = (int)BodyJoint.Neck;
        foreach (var side in Sides.Both)
        {
            void Link(BodyJoint child, BodyJoint of) => parent[(int)Of(side, child)] = (int)Of(side, of);
            parent[(int)Of(side, BodyJoint.RightClavicle)] = (int)BodyJoint.Spine3;
            Link(BodyJoint.RightShoulder, BodyJoint.RightClavicle);
            Link(BodyJoint.RightElbow, BodyJoint.RightShoulder);
            Link(BodyJoint.RightWrist, BodyJoint.RightElbow);
            Link(BodyJoint.RightThumb1, BodyJoint.RightWrist);
            Link(BodyJoint.RightThumb2, BodyJoint.RightThumb1);
            Link(BodyJoint.RightIndex1, BodyJoint.RightWrist);
            Link(BodyJoint.RightIndex2, BodyJoint.RightIndex1);
            Link(BodyJoint.RightMiddle1, BodyJoint.RightWrist);
            Link(BodyJoint.RightMiddle2, BodyJoint.RightMiddle1);
            parent[(int)Of(side, BodyJoint.RightHip)] = (int)BodyJoint.Pelvis;
            Link(BodyJoint.RightKnee, BodyJoint.RightHip);
            Link(BodyJoint.RightAnkle, BodyJoint.RightKnee);
            Link(BodyJoint.RightToe, BodyJoint.RightAnkle);
        }

        return parent;
    }
}
