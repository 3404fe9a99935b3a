using System.Numerics;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// Two-person interactions. The partner stands <see cref="MotionInput.Spacing"/> metres in front of the actor, facing it,
/// so a point on the line between them at distance z from the actor is at distance spacing − z from the partner, and
/// both persons' "x right" axes point in opposite directions.
/// </summary>
internal static class InteractionMotions
{
    private static readonly Vector3 FingersForward = new(0, 0, -1);

    public static void HandShake(in MotionInput m, Pose actor, Pose partner)
    {
        var w = m.Window(0.15f, 0.35f, 0.75f, 0.9f);
        var height = MeanChest(actor, partner) - 0.3f + (0.03f * w * MathF.Sin(m.Cycle(4f)));
        for (var k = 0; k < 2; k++)
        {
            var person = k == 0 ? actor : partner;
            var wrist = new Vector3(0.025f, height - person.Body.ChestHeight, -(m.Spacing / 2) + 0.07f);
            Gesture.Hand(person, Side.Right, w, wrist, FingersForward, new Vector3(-1, 0, 0), HandShape.Grip);
            Stance.Trunk(person, 6 * w);
        }
    }

    public static void HighFive(in MotionInput m, Pose actor, Pose partner)
    {
        var w = m.Window(0.2f, 0.4f, 0.75f, 0.9f);
        var hit = m.Window(0.42f, 0.48f, 0.52f, 0.58f);
        var height = MathF.Max(actor.Body.ChestHeight, partner.Body.ChestHeight) + 0.45f;
        for (var k = 0; k < 2; k++)
        {
            var person = k == 0 ? actor : partner;
            var wrist = new Vector3(0, height - person.Body.ChestHeight, -(m.Spacing / 2) + 0.15f - (0.13f * hit));
            Gesture.Hand(person, Side.Right, w, wrist, new Vector3(0, 1, -0.1f), new Vector3(0, 0, -1), HandShape.Open);
        }
    }

    public static void Push(in MotionInput m, Pose actor, Pose partner)
    {
        var push = m.Window(0.3f, 0.45f, 0.55f, 0.7f);
        var recoil = m.Window(0.45f, 0.55f, 0.7f, 0.9f);
        foreach (var side in Sides.Both)
        {
            var wrist = new Vector3((int)side * 0.13f, -0.08f, -(m.Spacing - 0.14f));
            Gesture.Hand(actor, side, push, wrist, new Vector3(0, 1, -0.3f), new Vector3(0, 0, -1), HandShape.Open);
            Stance.Arm(partner, side, forward: 20 * recoil, sideways: 35 * recoil, elbow: 30);
        }

        Stance.Trunk(actor, 12 * push);
        actor.RootOffset = new Vector3(0, 0, -0.15f * m.Ramp(0.3f, 0.5f));
        Stance.Trunk(partner, -14 * recoil);
        Stance.Leg(partner, Side.Left, hip: -15 * recoil, knee: 15 * recoil);
        partner.RootOffset = new Vector3(0, 0, 0.35f * m.Amplitude * m.Ramp(0.45f, 0.7f));
    }

    public static void Punch(in MotionInput m, Pose actor, Pose partner)
    {
        var guard = m.Window(0.1f, 0.25f, 0.8f, 0.95f);
        var strike = m.Window(0.4f, 0.47f, 0.5f, 0.58f);
        var recoil = m.Window(0.47f, 0.52f, 0.65f, 0.85f);
        var guardAt = new Vector3(0.12f, 0.05f, -0.22f);
        var face = new Vector3(0, partner.Body.ChestHeight + 0.3f - actor.Body.ChestHeight, -(m.Spacing - 0.12f));
        Gesture.Hand(actor, Side.Right, guard, Vector3.Lerp(guardAt, face, strike), FingersForward, new Vector3(0, -1, 0), HandShape.Fist);
        Gesture.Hand(actor, Side.Left, guard, guardAt with { X = -0.12f }, new Vector3(0, 0.6f, -1), new Vector3(1, 0, 0), HandShape.Fist);
        Stance.Trunk(actor, 8 * strike, twist: -15 * strike);
        Stance.Head(partner, -20 * recoil * m.Amplitude);
        Stance.Trunk(partner, -10 * recoil);
        partner.RootOffset = new Vector3(0, 0, 0.15f * m.Ramp(0.47f, 0.7f));
    }

    public static void Hug(in MotionInput m, Pose actor, Pose partner)
    {
        var w = m.Window(0.15f, 0.35f, 0.75f, 0.9f);
        var behind = -(m.Spacing + 0.12f);
        for (var k = 0; k < 2; k++)
        {
            var person = k == 0 ? actor : partner;
            person.RootOffset = new Vector3(0, 0, 0.25f * (1 - w));
            Gesture.Hand(person, Side.Right, w, new Vector3(0.05f, 0.05f, behind), new Vector3(-1, 0, 0), new Vector3(0, 0, 1), HandShape.Open);
            Gesture.Hand(person, Side.Left, w, new Vector3(-0.05f, -0.1f, behind), new Vector3(1, 0, 0), new Vector3(0, 0, 1), HandShape.Open);
            Stance.Trunk(person, 8 * w);
            Stance.Head(person, 0, 25 * w);
        }
    }

    public static void PassObject(in MotionInput m, Pose actor, Pose partner)
    {
        var give = m.Window(0.1f, 0.3f, 0.55f, 0.75f);
        var take = m.Window(0.3f, 0.45f, 0.8f, 0.95f);
        var height = MeanChest(actor, partner) - 0.2f;
        var palm = new Vector3(-1, -0.5f, 0);
        Gesture.Hand(actor, Side.Right, give, new Vector3(0.03f, height - actor.Body.ChestHeight, -(m.Spacing / 2) + 0.08f), FingersForward, palm, HandShape.Grip);
        Gesture.Hand(partner, Side.Right, take, new Vector3(0.03f, height - partner.Body.ChestHeight, -(m.Spacing / 2) + 0.08f), FingersForward, palm, HandShape.Grip);
    }

    private static float MeanChest(Pose a, Pose b) => 0.5f * (a.Body.ChestHeight + b.Body.ChestHeight);
}
