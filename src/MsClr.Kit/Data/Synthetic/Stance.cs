namespace MsClr.Kit.Data.Synthetic;

/// <summary>Whole-body posture helpers in anatomical terms (degrees), so motions read as "bend the trunk 40°".</summary>
internal static class Stance
{
    /// <summary>Relaxed standing: arms slightly away from the body, elbows a little bent, fingers loose.</summary>
    public static void Neutral(Pose pose)
    {
        foreach (var side in Sides.Both)
        {
            Arm(pose, side, forward: 4, sideways: 7, elbow: 12);
            HandShape.Relaxed.ApplyTo(pose, side);
        }
    }

    /// <summary>Bends the spine forward (negative: backward), twists it (positive: turns left) and bends it sideways
    /// (positive: to the right), spread over the three spine joints.</summary>
    public static void Trunk(Pose pose, float forward, float twist = 0, float sideways = 0)
    {
        for (var joint = BodyJoint.Spine1; joint <= BodyJoint.Spine3; joint++)
        {
            pose.Rotate(joint, -forward / 3f, twist / 3f, -sideways / 3f);
        }
    }

    /// <summary>Tips the head down (negative: up), turns it (positive: to the person's left) and tilts it (positive: right ear down),
    /// split between neck and head.</summary>
    public static void Head(Pose pose, float down, float turn = 0, float tilt = 0)
    {
        pose.Rotate(BodyJoint.Neck, -0.4f * down, 0.4f * turn, -0.3f * tilt);
        pose.Rotate(BodyJoint.Head, -0.6f * down, 0.6f * turn, -0.7f * tilt);
    }

    /// <summary>Shoulder and elbow by angles: raise forward, raise sideways, swing the raised arm across the body, bend the elbow.</summary>
    public static void Arm(Pose pose, Side side, float forward, float sideways = 0, float elbow = 0, float across = 0)
    {
        pose.Rotate(side, BodyJoint.RightShoulder, forward, across, sideways);
        pose.Rotate(side, BodyJoint.RightElbow, elbow);
    }

    /// <summary>Hip flexion (forward), hip abduction (outward), knee flexion and ankle dorsiflexion (toes up), degrees.</summary>
    public static void Leg(Pose pose, Side side, float hip, float knee, float ankle = 0, float outward = 0)
    {
        pose.Rotate(side, BodyJoint.RightHip, hip, 0, outward);
        pose.Rotate(side, BodyJoint.RightKnee, -knee);
        pose.Rotate(side, BodyJoint.RightAnkle, ankle);
    }

    /// <summary>Linear interpolation: <paramref name="weight"/> 0 gives <paramref name="from"/>, 1 gives <paramref name="to"/>.</summary>
    public static float Lerp(float from, float to, float weight) => from + (weight * (to - from));
}
