using System.Numerics;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// Finger configuration of one hand as curls in [0, 1] (0 straight, 1 fully bent) of the thumb, index and middle finger,
/// the three fingers whose tips the built-in formats report.
/// </summary>
internal readonly record struct HandShape(float Thumb, float Index, float Middle)
{
    private const float IndexProximal = 85f, IndexDistal = 95f;
    private const float ThumbProximal = 45f, ThumbDistal = 50f;

    private static readonly Vector3 RightThumbAxis = ThumbAxis(Side.Right);
    private static readonly Vector3 LeftThumbAxis = ThumbAxis(Side.Left);

    /// <summary>Resting hand, fingers loosely bent.</summary>
    public static HandShape Relaxed => new(0.2f, 0.25f, 0.3f);

    /// <summary>All fingers straight.</summary>
    public static HandShape Open => new(0, 0, 0);

    /// <summary>Closed fist with the thumb across the fingers.</summary>
    public static HandShape Fist => new(0.9f, 1, 1);

    /// <summary>Index finger extended, the others closed.</summary>
    public static HandShape Point => new(0.9f, 0, 1);

    /// <summary>Fist with the thumb extended.</summary>
    public static HandShape ThumbsUp => new(0, 1, 1);

    /// <summary>Thumb and index form a ring, middle finger extended.</summary>
    public static HandShape OkSign => new(0.6f, 0.7f, 0.05f);

    /// <summary>Thumb and index apart, ready to pinch; middle finger closed.</summary>
    public static HandShape PinchOpen => new(0.1f, 0.15f, 1);

    /// <summary>Thumb and index tips together; middle finger closed.</summary>
    public static HandShape PinchClosed => new(0.65f, 0.65f, 1);

    /// <summary>Cylinder grip (a cup, a phone, another hand).</summary>
    public static HandShape Grip => new(0.5f, 0.6f, 0.65f);

    /// <summary>Linear blend: <paramref name="weight"/> 0 gives <paramref name="from"/>, 1 gives <paramref name="to"/>.</summary>
    public static HandShape Lerp(HandShape from, HandShape to, float weight) => new(
        from.Thumb + (weight * (to.Thumb - from.Thumb)),
        from.Index + (weight * (to.Index - from.Index)),
        from.Middle + (weight * (to.Middle - from.Middle)));

    /// <summary>Writes the finger joints of <paramref name="side"/> into <paramref name="pose"/>.</summary>
    public void ApplyTo(Pose pose, Side side)
    {
        // Fingers hang along −y with the palm facing −x on the right hand, so a negative roll curls them into the palm.
        pose.Rotate(side, BodyJoint.RightIndex1, 0, 0, -IndexProximal * Index);
        pose.Rotate(side, BodyJoint.RightIndex2, 0, 0, -IndexDistal * Index);
        pose.Rotate(side, BodyJoint.RightMiddle1, 0, 0, -IndexProximal * Middle);
        pose.Rotate(side, BodyJoint.RightMiddle2, 0, 0, -IndexDistal * Middle);
        var axis = side == Side.Right ? RightThumbAxis : LeftThumbAxis;
        pose.SetLocal(BodyJoints.Of(side, BodyJoint.RightThumb1), Quaternion.CreateFromAxisAngle(axis, Pose.Radians(ThumbProximal * Thumb)));
        pose.SetLocal(BodyJoints.Of(side, BodyJoint.RightThumb2), Quaternion.CreateFromAxisAngle(axis, Pose.Radians(ThumbDistal * Thumb)));
    }

    // The thumb folds towards the palm and the little-finger side, i.e. about the normal of that plane.
    private static Vector3 ThumbAxis(Side side)
    {
        var s = (float)(int)side;
        var thumb = BodyModel.ThumbDirection with { X = s * BodyModel.ThumbDirection.X };
        var across = Vector3.Normalize(new Vector3(-s, -0.2f, 0.5f));
        return Vector3.Normalize(Vector3.Cross(thumb, across));
    }
}
