using MsClr.Kit.Data;
using MsClr.Kit.Data.Synthetic;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Tests.Data.Synthetic;

public sealed class TemporalStructureTests
{
    private static readonly BodyModel Body = BodyModel.ForSubject(seed: 3, subject: 2);

    [Theory]
    [InlineData(0.0f)]
    [InlineData(0.3f)]
    [InlineData(0.77f)]
    [InlineData(1.0f)]
    public void Reversed_AtTau_IsTheMotionAtOneMinusTau(float tau)
    {
        Assert.Equal(Snapshot(PostureMotions.FallDown, 1 - tau), Snapshot(TemporalStructure.Reversed(PostureMotions.FallDown), tau));
    }

    [Theory]
    [InlineData(0.1f, 0.2f, true)]
    [InlineData(0.45f, 0.9f, true)]
    [InlineData(0.5f, 0.0f, false)]
    [InlineData(0.8f, 0.6f, false)]
    public void Then_FirstHalfPlaysTheFirstMotionAndSecondHalfTheSecond(float tau, float inner, bool first)
    {
        var expected = Snapshot(first ? PostureMotions.Bow : LocomotionMotions.Kick, inner);
        var actual = Snapshot(TemporalStructure.Then(PostureMotions.Bow, LocomotionMotions.Kick), tau);
        Assert.Equal(expected, actual, new SnapshotComparer(1e-5f));
    }

    [Fact]
    public void Repeated_Twice_PlaysTheMotionOncePerHalf()
    {
        var twice = TemporalStructure.Repeated(HandGestureMotions.Wave, 2);
        Assert.Equal(Snapshot(HandGestureMotions.Wave, 0.5f), Snapshot(twice, 0.25f), new SnapshotComparer(1e-5f));
        Assert.Equal(Snapshot(HandGestureMotions.Wave, 0.5f), Snapshot(twice, 0.75f), new SnapshotComparer(1e-5f));
        Assert.Equal(Snapshot(HandGestureMotions.Wave, 1f), Snapshot(twice, 1f));
    }

    [Fact]
    public void OrderPair_OverAnEvenGrid_VisitsTheSamePosesInAnotherOrder()
    {
        // What makes a pair invisible to per-joint time statistics: the same multiset of poses over the clip.
        var ab = Grid(TemporalStructure.Then(PostureMotions.Squat, LocomotionMotions.Jump));
        var ba = Grid(TemporalStructure.Then(LocomotionMotions.Jump, PostureMotions.Squat));
        Assert.NotEqual(ab, ba);
        Assert.Equal(ab.Order(StringComparer.Ordinal), ba.Order(StringComparer.Ordinal));

        static string[] Grid(ActionMotion motion) => Enumerable.Range(0, 40)
            .Select(i => string.Join(",", Snapshot(motion, i / 40f).Select(x => MathF.Round(x, 4) + 0f)))
            .ToArray();
    }

    [Fact]
    public void Catalogue_EveryTemporalClassHasAPartnerWithTheSamePostures()
    {
        var temporal = SyntheticActions.OfKind(SyntheticActionKind.TemporalStructure).Select(a => a.Name).ToArray();
        Assert.True(temporal.Length >= 10, $"{temporal.Length} temporal-structure classes");
        Assert.Contains("sit down", SyntheticActions.All.Select(a => a.Name));
        Assert.Contains("get up", temporal);
        Assert.Contains("squat then jump", temporal);
        Assert.Contains("jump then squat", temporal);
    }

    [Fact]
    public void Clip_BeforeItsActionStarts_HoldsTheFirstPoseOfTheAction()
    {
        var config = new SyntheticConfig { Samples = 200, Seed = 5, NoiseScale = 0, KinectDropRate = 0 };
        var index = Enumerable.Range(0, config.Samples).First(i =>
        {
            var recipe = SampleRecipe.Create(config, i);
            return recipe.ActionStart * (recipe.Frames - 1) > 3 && ActionCatalog.Entries[recipe.Label].Kind == SyntheticActionKind.FullBody;
        });
        var sample = SyntheticDataset.RenderClean(config, index, SkeletonFormats.NtuRgbD);
        var frame = sample.Joints * SkeletonSample.Channels;
        var first = sample.Xyz.AsSpan(sample.Offset(0, 0, 0, 0), frame).ToArray();
        Assert.Equal(first, sample.Xyz.AsSpan(sample.Offset(2, 0, 0, 0), frame).ToArray());
        Assert.NotEqual(first, sample.Xyz.AsSpan(sample.Offset(sample.Frames / 2, 0, 0, 0), frame).ToArray());
    }

    /// <summary>Every number the motion wrote into a fresh pose at <paramref name="tau"/>: root pose, lift and local rotations.</summary>
    private static float[] Snapshot(ActionMotion motion, float tau)
    {
        var actor = new Pose();
        var partner = new Pose();
        foreach (var pose in new[] { actor, partner })
        {
            pose.Reset(Body);
            Stance.Neutral(pose);
        }

        motion(new MotionInput(tau, Amplitude: 1, Speed: 1, Phase: 0.05f, Spacing: 0), actor, partner);
        var values = new List<float> { actor.RootOffset.X, actor.RootOffset.Y, actor.RootOffset.Z, actor.Lift };
        values.AddRange([actor.RootRotation.X, actor.RootRotation.Y, actor.RootRotation.Z, actor.RootRotation.W]);
        foreach (var q in actor.Local)
        {
            values.AddRange([q.X, q.Y, q.Z, q.W]);
        }

        return values.ToArray();
    }

    private sealed class SnapshotComparer(float tolerance) : IEqualityComparer<float[]>
    {
        public bool Equals(float[]? x, float[]? y) => x!.Length == y!.Length && x.Zip(y).All(p => MathF.Abs(p.First - p.Second) <= tolerance);

        public int GetHashCode(float[] obj) => 0;
    }
}
