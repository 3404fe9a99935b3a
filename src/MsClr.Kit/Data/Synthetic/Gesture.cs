using System.Numerics;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// Hand gestures in the chest frame (x right, y up, z back, metres, origin at the Spine3 joint): blend a hand from its
/// resting place to a target wrist position, finger direction, palm direction and finger shape.
/// </summary>
internal static class Gesture
{
    private static readonly int Nose = LandmarkTable.Require("nose");
    private static readonly int RightEar = LandmarkTable.Require("right_ear");
    private static readonly int RightEye = LandmarkTable.Require("right_eye");

    /// <summary>Where the wrist of <paramref name="side"/> hangs in the neutral stance, chest frame.</summary>
    public static Vector3 RestWrist(Pose pose, Side side)
    {
        var body = pose.Body;
        var wrist = body.RestPosition[(int)BodyJoints.Of(side, BodyJoint.RightWrist)] - body.RestPosition[(int)BodyJoint.Spine3];
        return wrist + (new Vector3((int)side * 0.04f, 0.03f, -0.06f) * body.Scale);
    }

    /// <summary>A chest-frame point given for a 1.75 m body and the right side, scaled to this body and mirrored to <paramref name="side"/>.</summary>
    public static Vector3 Scaled(Pose pose, Side side, float x, float y, float z) => new Vector3((int)side * x, y, z) * pose.Body.Scale;

    /// <summary>The rest nose position, chest frame.</summary>
    public static Vector3 NoseAt(Pose pose) => pose.Body.RestFromChest(Nose);

    /// <summary>The rest right-ear position, chest frame.</summary>
    public static Vector3 RightEarAt(Pose pose) => pose.Body.RestFromChest(RightEar);

    /// <summary>The rest right-eye position, chest frame.</summary>
    public static Vector3 RightEyeAt(Pose pose) => pose.Body.RestFromChest(RightEye);

    /// <summary>
    /// Moves the hand of <paramref name="side"/> a fraction <paramref name="weight"/> of the way from rest to the gesture:
    /// wrist at <paramref name="wrist"/>, fingers along <paramref name="fingers"/>, palm facing <paramref name="palm"/>
    /// (directions for this side, chest frame), fingers shaped as <paramref name="shape"/>; the elbow swings towards
    /// <paramref name="pole"/> (right-side direction, see <see cref="ArmSolver.Reach"/>).
    /// </summary>
    public static void Hand(
        Pose pose, Side side, float weight, Vector3 wrist, Vector3 fingers, Vector3 palm, HandShape shape, Vector3? pole = null)
    {
        var restFingers = new Vector3(0, -1, -0.3f);
        var restPalm = new Vector3(-(int)side, 0, 0);
        ArmSolver.Reach(pose, side, Vector3.Lerp(RestWrist(pose, side), wrist, weight), pole);
        ArmSolver.OrientHand(
            pose,
            side,
            Vector3.Lerp(restFingers, Vector3.Normalize(fingers), weight),
            Vector3.Lerp(restPalm, Vector3.Normalize(palm), weight));
        HandShape.Lerp(HandShape.Relaxed, shape, weight).ApplyTo(pose, side);
    }
}
