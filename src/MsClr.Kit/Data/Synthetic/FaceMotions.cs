using System.Numerics;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// Fine-grained actions at the head: the right hand at the ear, mouth, brow or face (close together, told apart by hand
/// shape and orientation), and head-only nodding and shaking that move the face points far more than the head centre.
/// </summary>
internal static class FaceMotions
{
    // Hands at the face keep the elbow in front of the body rather than swung up behind it.
    private static readonly Vector3 ElbowForward = new(0.6f, -0.4f, -0.7f);
    private static readonly Vector3 ElbowDown = new(0.4f, -1f, -0.4f);

    public static void PhoneToEar(in MotionInput m, Pose p, Pose partner)
    {
        var held = AtFace(m);
        var wrist = Gesture.RightEarAt(p) + Gesture.Scaled(p, Side.Right, 0.035f, -0.12f, -0.04f);
        Gesture.Hand(p, Side.Right, held, wrist, new Vector3(-0.2f, 1, -0.2f), new Vector3(-1, 0, 0), HandShape.Grip, ElbowForward);
        Stance.Head(p, 5 * held, 0, 10 * held * m.Amplitude);
    }

    public static void Drink(in MotionInput m, Pose p, Pose partner)
    {
        var held = AtFace(m);
        var sip = m.Window(0.35f, 0.45f, 0.6f, 0.7f);
        var mouth = Gesture.NoseAt(p) + Gesture.Scaled(p, Side.Right, 0, -0.045f, 0);
        var wrist = mouth + Gesture.Scaled(p, Side.Right, 0.05f, -0.08f + (0.03f * sip), -0.1f);
        Gesture.Hand(p, Side.Right, held, wrist, new Vector3(-1, 0.1f + (0.5f * sip), 0), new Vector3(0, 0, 1), HandShape.Grip, ElbowDown);
        Stance.Head(p, -18 * sip * m.Amplitude);
    }

    public static void Salute(in MotionInput m, Pose p, Pose partner)
    {
        var held = AtFace(m);
        var wrist = Gesture.RightEyeAt(p) + Gesture.Scaled(p, Side.Right, 0.15f, 0.02f, -0.04f);
        Gesture.Hand(p, Side.Right, held, wrist, new Vector3(-1, 0.35f, 0), new Vector3(0, -0.6f, -1), new HandShape(0.2f, 0, 0));
    }

    public static void WipeFace(in MotionInput m, Pose p, Pose partner)
    {
        var held = AtFace(m);
        var circle = m.Cycle(3f);
        var wrist = Gesture.NoseAt(p) + Gesture.Scaled(
            p, Side.Right, 0.04f * m.Amplitude * MathF.Cos(circle), -0.16f + (0.04f * m.Amplitude * MathF.Sin(circle)), -0.06f);
        Gesture.Hand(p, Side.Right, held, wrist, new Vector3(-0.2f, 1, 0), new Vector3(0, 0, 1), HandShape.Open, ElbowDown);
        Stance.Head(p, 10 * held);
    }

    public static void Nod(in MotionInput m, Pose p, Pose partner)
    {
        var on = m.Window(0.05f, 0.15f, 0.85f, 0.95f);
        Stance.Head(p, m.Amplitude * on * (8 + (14 * (0.5f - (0.5f * MathF.Cos(m.Cycle(3f)))))));
    }

    public static void ShakeHead(in MotionInput m, Pose p, Pose partner)
    {
        var on = m.Window(0.05f, 0.15f, 0.85f, 0.95f);
        Stance.Head(p, 0, 32 * m.Amplitude * on * MathF.Sin(m.Cycle(3f)));
    }

    private static float AtFace(in MotionInput m) => m.Window(0.05f, 0.25f, 0.78f, 0.95f);
}
