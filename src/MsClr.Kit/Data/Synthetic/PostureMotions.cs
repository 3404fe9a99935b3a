using System.Numerics;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>Full-body actions that change posture in place: squat, bow, fall down, sit down, stand up, stretch, pick up.</summary>
internal static class PostureMotions
{
    public static void Squat(in MotionInput m, Pose p, Pose partner)
    {
        var depth = m.Amplitude * (0.5f - (0.5f * MathF.Cos(m.Cycle(2f) - (2 * MathF.PI * m.Phase))));
        foreach (var side in Sides.Both)
        {
            Stance.Leg(p, side, hip: 100 * depth, knee: 110 * depth, ankle: 30 * depth);
            Stance.Arm(p, side, forward: 80 * depth, sideways: 5, elbow: 10);
        }

        Stance.Trunk(p, 25 * depth);
    }

    public static void Bow(in MotionInput m, Pose p, Pose partner)
    {
        var bow = m.Window(0.2f, 0.45f, 0.6f, 0.85f) * m.Amplitude;
        HingeAtHips(p, 30 * bow);
        Stance.Trunk(p, 25 * bow);
        Stance.Head(p, 15 * bow);
        foreach (var side in Sides.Both)
        {
            Stance.Arm(p, side, forward: 55 * bow, sideways: 6, elbow: 10);
        }
    }

    public static void FallDown(in MotionInput m, Pose p, Pose partner)
    {
        var fall = m.Ramp(0.25f, 0.6f);
        var buckle = m.Window(0.25f, 0.4f, 0.45f, 0.6f);
        p.RotateRoot(-88 * fall, 0, 15 * fall * m.Amplitude);
        p.RootOffset = new Vector3(0, 0, -0.3f * fall);
        foreach (var side in Sides.Both)
        {
            Stance.Leg(p, side, hip: 50 * buckle, knee: 70 * buckle);
            Stance.Arm(p, side, forward: 120 * m.Window(0.3f, 0.45f, 0.7f, 0.9f) + (30 * fall), sideways: 20, elbow: 30);
        }

        Stance.Head(p, -25 * fall);
    }

    public static void SitDown(in MotionInput m, Pose p, Pose partner) =>
        Sit(p, m.Ramp(0.2f, 0.7f), m.Window(0.2f, 0.4f, 0.5f, 0.7f), m.Amplitude);

    public static void StandUp(in MotionInput m, Pose p, Pose partner) =>
        Sit(p, 1 - m.Ramp(0.3f, 0.8f), m.Window(0.3f, 0.45f, 0.6f, 0.8f), m.Amplitude);

    public static void StretchArmsUp(in MotionInput m, Pose p, Pose partner)
    {
        var up = m.Window(0.15f, 0.4f, 0.7f, 0.9f);
        foreach (var side in Sides.Both)
        {
            Stance.Arm(p, side, forward: 170 * up * (0.9f + (0.1f * m.Amplitude)), sideways: 12 * up, elbow: 5);
            HandShape.Lerp(HandShape.Relaxed, HandShape.Open, up).ApplyTo(p, side);
            Stance.Leg(p, side, hip: 0, knee: 0, ankle: -22 * up);
        }

        Stance.Trunk(p, -10 * up);
        Stance.Head(p, -15 * up);
    }

    public static void PickUp(in MotionInput m, Pose p, Pose partner)
    {
        var down = m.Window(0.2f, 0.45f, 0.55f, 0.8f);
        var grab = m.Window(0.4f, 0.48f, 0.9f, 1f);
        HingeAtHips(p, 45 * down * m.Amplitude);
        Stance.Trunk(p, 30 * down);
        Stance.Head(p, 20 * down);
        foreach (var side in Sides.Both)
        {
            Stance.Leg(p, side, hip: (45 * down * m.Amplitude) + (30 * down), knee: 45 * down, ankle: 15 * down);
        }

        Stance.Arm(p, Side.Right, forward: 90 * down, sideways: 5, elbow: 15 + (50 * grab * (1 - down)));
        Stance.Arm(p, Side.Left, forward: 40 * down, sideways: 15, elbow: 20);
        HandShape.Lerp(HandShape.Relaxed, HandShape.Grip, grab).ApplyTo(p, Side.Right);
    }

    // Bending at the hips tips the pelvis forward while the legs stay vertical.
    private static void HingeAtHips(Pose p, float degrees)
    {
        p.RotateRoot(-degrees);
        foreach (var side in Sides.Both)
        {
            Stance.Leg(p, side, hip: degrees, knee: 0);
        }
    }

    private static void Sit(Pose p, float seated, float lean, float amplitude)
    {
        foreach (var side in Sides.Both)
        {
            Stance.Leg(p, side, hip: 90 * seated, knee: 90 * seated, outward: 5 * seated);
            Stance.Arm(p, side, forward: 5 + (25 * seated), sideways: 8, elbow: 12 + (40 * seated));
        }

        Stance.Trunk(p, (30 * amplitude * lean) + (5 * seated));
        p.RootOffset = new Vector3(0, 0, 0.2f * seated);
    }
}
