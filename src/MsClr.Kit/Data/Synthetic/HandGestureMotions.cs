using System.Numerics;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// Fine-grained one-hand gestures. Point, thumbs up, ok sign and pinch share the same arm movement (the right wrist raised
/// in front of the chest, the hand pointing forward) and differ only in the palm's roll about the hand's axis and in the
/// fingers, so formats whose hand points lie on that axis (Kinect's wrist and hand) see them alike.
/// </summary>
internal static class HandGestureMotions
{
    private static readonly Vector3 Forward = new(0.05f, 0.05f, -1f);
    private static readonly Vector3 PalmDown = new(0, -1, 0);
    private static readonly Vector3 PalmIn = new(-1, 0, 0);
    private static readonly Vector3 PalmUp = new(0, 1, 0);

    public static void Point(in MotionInput m, Pose p, Pose partner) =>
        Gesture.Hand(p, Side.Right, Raised(m), InFront(m, p), Forward, PalmDown, HandShape.Point);

    public static void ThumbsUp(in MotionInput m, Pose p, Pose partner) =>
        Gesture.Hand(p, Side.Right, Raised(m), InFront(m, p), Forward, PalmIn, HandShape.ThumbsUp);

    public static void OkSign(in MotionInput m, Pose p, Pose partner) =>
        Gesture.Hand(p, Side.Right, Raised(m), InFront(m, p), new Vector3(0.05f, 0.3f, -1f), new Vector3(-1, 0, -0.2f), HandShape.OkSign);

    public static void PinchFingers(in MotionInput m, Pose p, Pose partner)
    {
        var closed = 0.5f - (0.5f * MathF.Cos(m.Cycle(4f)));
        var shape = HandShape.Lerp(HandShape.PinchOpen, HandShape.PinchClosed, closed);
        Gesture.Hand(p, Side.Right, Raised(m), InFront(m, p), Forward, PalmUp, shape);
    }

    public static void Wave(in MotionInput m, Pose p, Pose partner)
    {
        var sway = MathF.Sin(m.Cycle(3f)) * m.Amplitude;
        var wrist = Gesture.Scaled(p, Side.Right, 0.3f + (0.05f * sway), 0.28f, -0.12f);
        Gesture.Hand(p, Side.Right, Raised(m), wrist, new Vector3(0.4f * sway, 1, 0), new Vector3(0, 0, -1), HandShape.Open);
    }

    public static void CheckWatch(in MotionInput m, Pose p, Pose partner)
    {
        var raised = Raised(m);
        var wrist = Gesture.Scaled(p, Side.Left, 0.02f, -0.05f, -0.3f);
        Gesture.Hand(p, Side.Left, raised, wrist, new Vector3(1, 0, -0.3f), PalmDown, HandShape.Relaxed);
        Stance.Head(p, 30 * raised);
    }

    // The common arm movement of the gestures: up over the first fifth, held, down over the last fifth.
    private static float Raised(in MotionInput m) => m.Window(0.05f, 0.22f, 0.8f, 0.95f);

    private static Vector3 InFront(in MotionInput m, Pose p) =>
        Gesture.Scaled(p, Side.Right, 0.12f, -0.1f + (0.012f * m.Amplitude * MathF.Sin(m.Cycle(2f))), -0.33f);
}
