using System.Numerics;
using MsClr.Kit.Data.Synthetic;

namespace MsClr.Kit.Tests.Data.Synthetic;

public class BodyKinematicsTests
{
    private readonly Vector3[] _position = new Vector3[BodyJoints.Count];
    private readonly Quaternion[] _rotation = new Quaternion[BodyJoints.Count];

    [Fact]
    public void ForSubject_ManySubjects_HaveStatureInRangeAndVaryingProportions()
    {
        var bodies = Enumerable.Range(1, 200).Select(s => BodyModel.ForSubject(0, s)).ToList();

        Assert.All(bodies, b => Assert.InRange(b.Height, 1.5f, 1.95f));
        Assert.All(bodies, b => Assert.InRange(StandingHeight(b) / b.Height, 0.95f, 1.03f));
        var armRatios = bodies.Select(b => (b.UpperArm + b.Forearm) / b.Height).ToList();
        Assert.True(armRatios.Max() - armRatios.Min() > 0.02f, "arm proportions do not vary");
        Assert.Equal(BodyModel.ForSubject(0, 5).Height, BodyModel.ForSubject(0, 5).Height);
    }

    [Fact]
    public void RestLandmarks_LeftAndRight_AreMirrorImages()
    {
        var body = BodyModel.ForSubject(3, 1);
        var names = SyntheticLandmarks.Names;

        foreach (var left in names.Where(n => n.StartsWith("left_", StringComparison.Ordinal)))
        {
            var l = body.RestLandmark[LandmarkTable.IndexOf(left)];
            var r = body.RestLandmark[LandmarkTable.IndexOf("right_" + left[5..])];
            Assert.True(Vector3.Distance(l, r with { X = -r.X }) < 1e-5f, left);
            Assert.True(r.X > l.X, $"{left} should lie on the person's left (−x)");
        }
    }

    [Theory]
    [InlineData(0.12f, -0.1f, -0.33f)]
    [InlineData(0.1f, 0.2f, -0.05f)]
    [InlineData(-0.05f, -0.05f, -0.4f)]
    [InlineData(0.3f, 0.28f, -0.12f)]
    public void Reach_ReachableTarget_PutsTheWristThere(float x, float y, float z)
    {
        var pose = Neutral(BodyModel.ForSubject(0, 2));
        var target = new Vector3(x, y, z);

        ArmSolver.Reach(pose, Side.Right, target);
        ArmSolver.Reach(pose, Side.Left, target with { X = -x });
        ForwardKinematics.Solve(pose, _position, _rotation);

        var chest = _position[(int)BodyJoint.Spine3];
        Assert.True(Vector3.Distance(_position[(int)BodyJoint.RightWrist] - chest, target) < 1e-3f);
        Assert.True(Vector3.Distance(_position[(int)BodyJoint.LeftWrist] - chest, target with { X = -x }) < 1e-3f);
    }

    [Fact]
    public void OrientHand_FingersAndPalm_PointWhereAsked()
    {
        var pose = Neutral(BodyModel.ForSubject(0, 4));
        ArmSolver.Reach(pose, Side.Right, new Vector3(0.12f, -0.1f, -0.33f));
        HandShape.Open.ApplyTo(pose, Side.Right);
        ArmSolver.OrientHand(pose, Side.Right, new Vector3(0, 0, -1), new Vector3(0, -1, 0));
        ForwardKinematics.Solve(pose, _position, _rotation);

        var fingers = Vector3.Normalize(_position[(int)BodyJoint.RightMiddle2] - _position[(int)BodyJoint.RightMiddle1]);
        var palm = Vector3.Transform(new Vector3(-1, 0, 0), _rotation[(int)BodyJoint.RightWrist]);
        Assert.True(Vector3.Dot(fingers, new Vector3(0, 0, -1)) > 0.99f, $"fingers {fingers}");
        Assert.True(Vector3.Dot(palm, new Vector3(0, -1, 0)) > 0.99f, $"palm {palm}");
    }

    [Fact]
    public void HandShape_Fist_BringsFingerTipsTowardsTheWrist()
    {
        var body = BodyModel.ForSubject(0, 6);
        float TipDistance(HandShape shape)
        {
            var pose = Neutral(body);
            shape.ApplyTo(pose, Side.Left);
            ForwardKinematics.Solve(pose, _position, _rotation);
            var landmarks = new Vector3[LandmarkTable.Count];
            LandmarkTable.Evaluate(body.LandmarkOffsets, _position, _rotation, landmarks);
            return Vector3.Distance(landmarks[LandmarkTable.IndexOf("left_middle_tip")], _position[(int)BodyJoint.LeftWrist]);
        }

        Assert.True(TipDistance(HandShape.Fist) < 0.7f * TipDistance(HandShape.Open));
    }

    private static Pose Neutral(BodyModel body)
    {
        var pose = new Pose();
        pose.Reset(body);
        Stance.Neutral(pose);
        return pose;
    }

    private static float StandingHeight(BodyModel body) =>
        body.RestLandmark[LandmarkTable.IndexOf("head_top")].Y - body.RestLandmark.ToArray().Min(l => l.Y);
}
