using System.Numerics;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>Fine-grained two-hand actions in front of the body: clap, rub hands, tear paper, type on a keyboard.</summary>
internal static class TwoHandMotions
{
    private static readonly Vector3 FingersUpForward = new(0, 0.5f, -1f);

    public static void Clap(in MotionInput m, Pose p, Pose partner)
    {
        var apart = 0.5f + (0.5f * MathF.Cos(m.Cycle(5f)));
        Palms(p, Together(m), 0.025f + (0.12f * m.Amplitude * apart), 0, HandShape.Open);
    }

    public static void RubHands(in MotionInput m, Pose p, Pose partner) =>
        Palms(p, Together(m), 0.025f, 0.03f * m.Amplitude * MathF.Sin(m.Cycle(6f)), new HandShape(0.1f, 0.1f, 0.1f));

    public static void TearPaper(in MotionInput m, Pose p, Pose partner)
    {
        var held = Together(m);
        var tear = m.Ramp(0.45f, 0.7f) * m.Amplitude;
        foreach (var side in Sides.Both)
        {
            var s = (int)side;
            var wrist = Gesture.Scaled(p, side, 0.05f + (0.1f * tear), -0.08f, -0.3f);
            var fingers = new Vector3(-0.3f * s, -0.6f * s * tear, -1);
            Gesture.Hand(p, side, held, wrist, fingers, new Vector3(-0.3f * s, -1, 0), HandShape.PinchClosed);
        }

        Stance.Head(p, 20 * held);
    }

    public static void TypeOnKeyboard(in MotionInput m, Pose p, Pose partner)
    {
        var on = Together(m);
        foreach (var side in Sides.Both)
        {
            var tap = m.Cycle(10f) + (side == Side.Right ? 0 : 2.1f);
            var shape = new HandShape(0.2f, 0.3f + (0.25f * MathF.Sin(tap)), 0.3f + (0.25f * MathF.Sin(tap + MathF.PI)));
            var wrist = Gesture.Scaled(p, side, 0.13f, -0.3f, -0.33f);
            Gesture.Hand(p, side, on, wrist, new Vector3(0, -0.25f, -1), new Vector3(0, -1, 0), shape);
        }

        Stance.Head(p, 25 * on);
    }

    private static float Together(in MotionInput m) => m.Window(0.05f, 0.2f, 0.82f, 0.95f);

    // Both hands in front of the chest with the palms facing each other, wrists offset ±half by side and slid by ±slide in y.
    private static void Palms(Pose p, float weight, float half, float slide, HandShape shape)
    {
        foreach (var side in Sides.Both)
        {
            var s = (int)side;
            var wrist = Gesture.Scaled(p, side, 0, -0.05f + (s * slide), -0.32f) + new Vector3(s * half, 0, 0);
            Gesture.Hand(p, side, weight, wrist, FingersUpForward, new Vector3(-s, 0, 0), shape);
        }
    }
}
