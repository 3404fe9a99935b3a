namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// Actions built from other actions by changing only their timing: played backwards, one after another, or repeated.
/// Such classes share every posture with their partner class and differ in temporal structure alone (order, direction,
/// rhythm), so a per-joint mean and spread over time cannot tell them apart; a motion representation has to.
/// Each combinator remaps <see cref="MotionInput.Tau"/>; the motions stay allocation-free per frame.
/// </summary>
internal static class TemporalStructure
{
    /// <summary><paramref name="motion"/> played backwards (τ → 1 − τ): sitting down becomes standing up.</summary>
    public static ActionMotion Reversed(ActionMotion motion) =>
        (in MotionInput m, Pose actor, Pose partner) => motion(m with { Tau = 1 - m.Tau }, actor, partner);

    /// <summary><paramref name="first"/> over the first half of the clip, then <paramref name="second"/> over the second.
    /// Meant for motions that start and end in the neutral stance, so the join is smooth.</summary>
    public static ActionMotion Then(ActionMotion first, ActionMotion second) =>
        (in MotionInput m, Pose actor, Pose partner) =>
        {
            if (m.Tau < 0.5f)
            {
                first(m with { Tau = 2 * m.Tau }, actor, partner);
            }
            else
            {
                second(m with { Tau = (2 * m.Tau) - 1 }, actor, partner);
            }
        };

    /// <summary><paramref name="motion"/> performed <paramref name="times"/> times within the clip, each at that much the speed.</summary>
    public static ActionMotion Repeated(ActionMotion motion, int times) =>
        (in MotionInput m, Pose actor, Pose partner) =>
        {
            var scaled = m.Tau * times;
            var tau = m.Tau >= 1 ? 1 : scaled - MathF.Floor(scaled);
            motion(m with { Tau = tau }, actor, partner);
        };
}
