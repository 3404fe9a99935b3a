using MsClr.Kit.Data;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Data.Synthetic;

/// <summary>Small configs and coordinate helpers shared by the synthetic-data tests.</summary>
internal static class SyntheticTestData
{
    /// <summary>Two samples of every class (70 samples): every kind, both subjects' parities, two views.</summary>
    public static SyntheticConfig TwoPerClass { get; } = new() { Samples = 2 * SyntheticActions.Count, Seed = 7 };

    /// <summary>The (x, y, z) of joint <paramref name="joint"/> of person <paramref name="person"/> in frame <paramref name="frame"/>.</summary>
    public static (float X, float Y, float Z) Point(SkeletonSample sample, int frame, int person, int joint)
    {
        var o = sample.Offset(frame, person, joint, 0);
        return (sample.Xyz[o], sample.Xyz[o + 1], sample.Xyz[o + 2]);
    }

    /// <summary>Euclidean distance between a joint of one sample and a joint of another, same frame and person, metres.</summary>
    public static float Distance(SkeletonSample a, int jointA, SkeletonSample b, int jointB, int frame, int person)
    {
        var p = Point(a, frame, person, jointA);
        var q = Point(b, frame, person, jointB);
        return MathF.Sqrt(((p.X - q.X) * (p.X - q.X)) + ((p.Y - q.Y) * (p.Y - q.Y)) + ((p.Z - q.Z) * (p.Z - q.Z)));
    }

    /// <summary>Whether every coordinate of person <paramref name="person"/> is zero in every frame.</summary>
    public static bool PersonIsZero(SkeletonSample sample, int person)
    {
        for (var t = 0; t < sample.Frames; t++)
        {
            for (var v = 0; v < sample.Joints; v++)
            {
                var (x, y, z) = Point(sample, t, person, v);
                if (x != 0 || y != 0 || z != 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Root-mean-square difference of one joint between two renderings of the same clip, metres.</summary>
    public static double Rms(SkeletonSample a, SkeletonSample b, int joint, int person = 0)
    {
        var sum = 0.0;
        for (var t = 0; t < a.Frames; t++)
        {
            for (var c = 0; c < 3; c++)
            {
                var d = a.Xyz[a.Offset(t, person, joint, c)] - b.Xyz[b.Offset(t, person, joint, c)];
                sum += d * d;
            }
        }

        return Math.Sqrt(sum / (3.0 * a.Frames));
    }

    /// <summary>A 5-joint custom format that no built-in table covers.</summary>
    public static SkeletonFormat Stick5 { get; } = new(
        "stick_5",
        ["root", "chest", "lhand", "rhand", "snout"],
        [new JointPair(1, 0), new JointPair(2, 1), new JointPair(3, 1), new JointPair(4, 1)],
        center: 1,
        mirrorPairs: [new JointPair(2, 3)],
        LengthUnit.Metre);
}
