using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Skeletons;

internal static class ToyFormats
{
    /// <summary>Five joints: a chain 0–1–2–3 with a branch 1–4, centre 1. Joint 3 is two hops from the centre, which the
    /// upstream cap at max_hop 1 turns into +∞. No mirror pairs.</summary>
    public static SkeletonFormat FiveJoints { get; } = new(
        "toy_5",
        ["a", "b", "c", "d", "e"],
        [new JointPair(0, 1), new JointPair(1, 2), new JointPair(2, 3), new JointPair(1, 4)],
        center: 1,
        mirrorPairs: [],
        LengthUnit.Metre);
}
