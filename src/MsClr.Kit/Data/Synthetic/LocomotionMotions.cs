using System.Numerics;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>Full-body actions that move the feet: walk, jump, kick, turn around, hop on one leg, side step.</summary>
/// <remarks>Feet are kept on the floor by the simulator, which lowers each person until its lowest point touches the floor
/// (plus <see cref="Pose.Lift"/>), so bent knees lower the body without explicit foot contact.</remarks>
internal static class LocomotionMotions
{
    public static void Walk(in MotionInput m, Pose p, Pose partner)
    {
        var phase = m.Cycle(2f);
        var a = m.Amplitude;
        foreach (var side in Sides.Both)
        {
            var swing = MathF.Sin(phase + Sides.HalfCycle(side));
            var lift = MathF.Max(0, MathF.Cos(phase + Sides.HalfCycle(side)));
            Stance.Leg(p, side, hip: 25 * a * swing, knee: 8 + (45 * a * lift * lift), ankle: 10 * lift);
            Stance.Arm(p, side, forward: -18 * a * swing, sideways: 7, elbow: 20);
        }

        Stance.Trunk(p, 4, twist: 4 * MathF.Sin(phase));
        p.RootOffset = new Vector3(0, 0, 0.6f * a * (1 - (2 * m.Tau)));
    }

    public static void Jump(in MotionInput m, Pose p, Pose partner)
    {
        var crouch = m.Window(0.1f, 0.3f, 0.3f, 0.38f) + (0.8f * m.Window(0.6f, 0.66f, 0.7f, 0.9f));
        var flight = m.Window(0.36f, 0.42f, 0.58f, 0.64f);
        var knee = 65 * m.Amplitude * crouch;
        foreach (var side in Sides.Both)
        {
            Stance.Leg(p, side, hip: 0.8f * knee, knee: knee, ankle: (0.2f * knee) - (25 * flight));
            Stance.Arm(p, side, forward: (-40 * crouch) + (150 * flight), sideways: 10, elbow: 15);
        }

        Stance.Trunk(p, 25 * crouch);
        var air = Math.Clamp((m.Tau - 0.38f) / 0.24f, 0f, 1f);
        p.Lift = 0.25f * m.Amplitude * MathF.Sin(MathF.PI * air);
    }

    public static void Kick(in MotionInput m, Pose p, Pose partner)
    {
        var kick = m.Window(0.35f, 0.48f, 0.52f, 0.7f);
        var snap = m.Window(0.44f, 0.5f, 0.52f, 0.6f);
        Stance.Leg(p, Side.Right, hip: 75 * m.Amplitude * kick, knee: 70 * kick * (1 - snap), ankle: -20 * kick);
        Stance.Leg(p, Side.Left, hip: 5 * kick, knee: 12 * kick);
        Stance.Trunk(p, -10 * kick);
        Stance.Arm(p, Side.Left, forward: 30 * kick, sideways: 20, elbow: 40);
        Stance.Arm(p, Side.Right, forward: -20 * kick, sideways: 25, elbow: 30);
    }

    public static void TurnAround(in MotionInput m, Pose p, Pose partner)
    {
        var turning = m.Window(0.1f, 0.2f, 0.8f, 0.9f);
        var step = m.Cycle(3f);
        foreach (var side in Sides.Both)
        {
            var lift = MathF.Max(0, MathF.Sin(step + Sides.HalfCycle(side))) * turning;
            Stance.Leg(p, side, hip: 20 * lift, knee: 35 * lift);
        }

        p.RotateRoot(0, (170 + (10 * m.Amplitude)) * m.Ramp(0.15f, 0.85f));
    }

    public static void HopOnOneLeg(in MotionInput m, Pose p, Pose partner)
    {
        var on = m.Window(0.05f, 0.15f, 0.85f, 0.95f);
        var hop = MathF.Sin(m.Cycle(4f));
        var bounce = MathF.Max(0, -hop) * on;
        Stance.Leg(p, Side.Left, hip: 35 * on, knee: 80 * on);
        Stance.Leg(p, Side.Right, hip: 20 * bounce, knee: 30 * bounce, ankle: 10 * bounce);
        Stance.Arm(p, Side.Right, forward: 10, sideways: 35 * on, elbow: 30);
        Stance.Arm(p, Side.Left, forward: 10, sideways: 35 * on, elbow: 30);
        p.Lift = 0.1f * m.Amplitude * MathF.Max(0, hop) * on;
    }

    public static void SideStep(in MotionInput m, Pose p, Pose partner)
    {
        var out1 = m.Window(0.1f, 0.18f, 0.25f, 0.35f);
        var in1 = m.Window(0.25f, 0.32f, 0.38f, 0.45f);
        var out2 = m.Window(0.55f, 0.62f, 0.68f, 0.75f);
        var in2 = m.Window(0.68f, 0.75f, 0.82f, 0.9f);
        Stance.Leg(p, Side.Right, hip: 8 * (out1 + in2), knee: 15 * (out1 + in2), outward: 20 * (out1 + in2));
        Stance.Leg(p, Side.Left, hip: 8 * (in1 + out2), knee: 15 * (in1 + out2), outward: 20 * (in1 + out2));
        Stance.Arm(p, Side.Right, forward: 5, sideways: 12, elbow: 25);
        Stance.Arm(p, Side.Left, forward: 5, sideways: 12, elbow: 25);
        p.RootOffset = new Vector3(0.45f * m.Amplitude * m.Window(0.1f, 0.4f, 0.6f, 0.9f), 0, 0);
    }
}
