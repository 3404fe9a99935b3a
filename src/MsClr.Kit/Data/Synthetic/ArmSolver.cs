using System.Numerics;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// Places a wrist and orients a hand in the chest frame (the Spine3 joint's frame: x right, y up, z back, origin at the
/// joint), so hand actions are authored as "wrist here, fingers that way" rather than as shoulder and elbow angles.
/// </summary>
/// <remarks>Two-bone analytic inverse kinematics: the elbow angle follows from the law of cosines, and the free swivel about
/// the shoulder–wrist line puts the elbow as close as possible to a pole direction (down, out and back by default).</remarks>
internal static class ArmSolver
{
    private static readonly Vector3 DefaultPole = Vector3.Normalize(new Vector3(0.6f, -1f, 0.5f));

    /// <summary>Sets shoulder and elbow so the wrist of <paramref name="side"/> reaches <paramref name="wrist"/> (chest frame,
    /// metres); out-of-reach targets are approached along the same line. <paramref name="pole"/> is given for the right side.</summary>
    public static void Reach(Pose pose, Side side, Vector3 wrist, Vector3? pole = null)
    {
        var body = pose.Body;
        var s = (float)(int)side;
        var clavicle = BodyJoints.Of(side, BodyJoint.RightClavicle);
        var shoulder = BodyJoints.Of(side, BodyJoint.RightShoulder);
        var clavicleRotation = pose.Local[(int)clavicle];
        var inverse = Quaternion.Inverse(clavicleRotation);
        var shoulderAt = body.Offset[(int)clavicle] + Vector3.Transform(body.Offset[(int)shoulder], clavicleRotation);
        var toWrist = Vector3.Transform(wrist - shoulderAt, inverse);

        var (a, b) = (body.UpperArm, body.Forearm);
        var distance = Math.Clamp(toWrist.Length(), MathF.Abs(a - b) + 0.01f, (a + b) * 0.995f);
        var elbow = MathF.Acos(Math.Clamp(((distance * distance) - (a * a) - (b * b)) / (2 * a * b), -1f, 1f));
        var reached = new Vector3(0, -a - (b * MathF.Cos(elbow)), -b * MathF.Sin(elbow));

        var direction = Vector3.Normalize(toWrist);
        var align = FromTo(Vector3.Normalize(reached), direction);
        var elbowAt = Vector3.Transform(new Vector3(0, -a, 0), align);
        var poleRight = pole ?? DefaultPole;
        var poleLocal = Vector3.Transform(poleRight with { X = s * poleRight.X }, inverse);
        var swivel = SignedAngle(Perpendicular(elbowAt, direction), Perpendicular(poleLocal, direction), direction);

        pose.SetLocal(shoulder, Quaternion.CreateFromAxisAngle(direction, swivel) * align);
        pose.SetLocal(BodyJoints.Of(side, BodyJoint.RightElbow), Quaternion.CreateFromAxisAngle(Vector3.UnitX, elbow));
    }

    /// <summary>Turns the wrist so the hand of <paramref name="side"/> points its fingers along <paramref name="fingers"/> with the
    /// palm facing <paramref name="palm"/> (both chest-frame directions, any length; the palm is made perpendicular).</summary>
    public static void OrientHand(Pose pose, Side side, Vector3 fingers, Vector3 palm)
    {
        var s = (float)(int)side;
        var f = Vector3.Normalize(fingers);
        var p = Vector3.Normalize(palm - (Vector3.Dot(palm, f) * f));
        var turn = FromTo(-Vector3.UnitY, f);
        var restPalm = Vector3.Transform(new Vector3(-s, 0, 0), turn);
        var hand = Quaternion.CreateFromAxisAngle(f, SignedAngle(restPalm, p, f)) * turn;

        var arm = pose.Local[(int)BodyJoints.Of(side, BodyJoint.RightClavicle)]
            * pose.Local[(int)BodyJoints.Of(side, BodyJoint.RightShoulder)]
            * pose.Local[(int)BodyJoints.Of(side, BodyJoint.RightElbow)];
        pose.SetLocal(BodyJoints.Of(side, BodyJoint.RightWrist), Quaternion.Inverse(arm) * hand);
    }

    /// <summary>The shortest rotation taking unit vector <paramref name="from"/> to unit vector <paramref name="to"/>.</summary>
    public static Quaternion FromTo(Vector3 from, Vector3 to)
    {
        var dot = Vector3.Dot(from, to);
        if (dot < -0.9999f)
        {
            var axis = Vector3.Cross(Vector3.UnitX, from);
            axis = axis.LengthSquared() < 1e-6f ? Vector3.Cross(Vector3.UnitY, from) : axis;
            return Quaternion.CreateFromAxisAngle(Vector3.Normalize(axis), MathF.PI);
        }

        var cross = Vector3.Cross(from, to);
        return Quaternion.Normalize(new Quaternion(cross, 1 + dot));
    }

    private static Vector3 Perpendicular(Vector3 v, Vector3 unitAxis) => v - (Vector3.Dot(v, unitAxis) * unitAxis);

    private static float SignedAngle(Vector3 from, Vector3 to, Vector3 unitAxis) =>
        from.LengthSquared() < 1e-10f || to.LengthSquared() < 1e-10f
            ? 0
            : MathF.Atan2(Vector3.Dot(Vector3.Cross(from, to), unitAxis), Vector3.Dot(from, to));
}
