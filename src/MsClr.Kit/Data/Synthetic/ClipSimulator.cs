using System.Numerics;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// Turns a <see cref="SampleRecipe"/> into landmark trajectories in the camera frame: runs the action's motion per frame,
/// solves the kinematics, puts each person on the floor and places the scene in front of the camera.
/// One instance reuses its buffers and subject bodies across samples; it is not thread-safe.
/// </summary>
/// <remarks>
/// Camera frame as in Kinect camera space: y up, z away from the camera, x towards the right of a person facing the camera
/// (right-handed). A single person stands at the scene centre facing the camera; in an interaction the actor stands on the
/// camera's left facing right, the partner opposite, so view 1 sees them in profile as NTU's two-person clips often do.
/// </remarks>
internal sealed class ClipSimulator(SyntheticConfig config)
{
    /// <summary>Person slots M.</summary>
    public const int Persons = 2;

    private readonly Pose _actor = new();
    private readonly Pose _partner = new();
    private readonly Vector3[] _position = new Vector3[BodyJoints.Count];
    private readonly Quaternion[] _rotation = new Quaternion[BodyJoints.Count];
    private readonly Vector3[] _landmarks = new Vector3[LandmarkTable.Count];
    private readonly Dictionary<int, BodyModel> _subjects = [];

    private float[] _buffer = [];

    /// <summary>Simulates one clip.</summary>
    /// <returns>Landmarks (T, M, L, 3) in metres in the first T·M·L·3 entries of a buffer that the next call overwrites
    /// (clips are large enough that a fresh array per sample would churn the large-object heap), and whether the second
    /// person is present (an absent person's entries are stale, not zeros).</returns>
    public (float[] Landmarks, bool PartnerPresent) Simulate(SampleRecipe recipe)
    {
        var entry = ActionCatalog.Entries[recipe.Label];
        var actorBody = Subject(recipe.Subject);
        var partnerRandom = new SyntheticRandom(config.Seed, recipe.Index, SampleRecipe.PartnerStream);
        var twoPersons = entry.Kind == SyntheticActionKind.Interaction;
        var partnerBody = twoPersons ? BodyModel.Draw(ref partnerRandom) : actorBody;

        var count = LandmarkTable.Count;
        var size = recipe.Frames * Persons * count * 3;
        if (_buffer.Length < size)
        {
            _buffer = new float[size];
        }

        var output = _buffer;
        var scene = Quaternion.CreateFromAxisAngle(Vector3.UnitY, Pose.Radians(recipe.YawDegrees));
        var origin = new Vector3(0, -config.CameraHeight, config.CameraDistance) + recipe.Translation;
        var half = recipe.Spacing / 2;
        Span<Placement> placements =
        [
            twoPersons ? Placement.Facing(scene, origin, -half, -90) : Placement.Facing(scene, origin, 0, 0),
            Placement.Facing(scene, origin, half, 90),
        ];

        for (var t = 0; t < recipe.Frames; t++)
        {
            var clipTime = recipe.Frames > 1 ? t / (float)(recipe.Frames - 1) : 0f;
            var tau = Math.Clamp((clipTime - recipe.ActionStart) / (recipe.ActionEnd - recipe.ActionStart), 0f, 1f);
            var input = new MotionInput(tau, recipe.Amplitude, recipe.Speed, recipe.Phase, recipe.Spacing);
            Start(_actor, actorBody, present: true);
            if (twoPersons)
            {
                Start(_partner, partnerBody, present: true);
            }

            entry.Motion(input, _actor, _partner);
            Write(_actor, placements[0], output.AsSpan(((t * Persons) + 0) * count * 3, count * 3));
            if (twoPersons)
            {
                Write(_partner, placements[1], output.AsSpan(((t * Persons) + 1) * count * 3, count * 3));
            }
        }

        return (output, twoPersons);
    }

    private static void Start(Pose pose, BodyModel body, bool present)
    {
        pose.Reset(body);
        Stance.Neutral(pose);
        pose.Present = present;
    }

    private BodyModel Subject(int subject)
    {
        if (!_subjects.TryGetValue(subject, out var body))
        {
            body = BodyModel.ForSubject(config.Seed, subject);
            _subjects[subject] = body;
        }

        return body;
    }

    private void Write(Pose pose, in Placement placement, Span<float> target)
    {
        ForwardKinematics.Solve(pose, _position, _rotation);
        LandmarkTable.Evaluate(pose.Body.LandmarkOffsets, _position, _rotation, _landmarks);
        var lowest = float.MaxValue;
        foreach (var landmark in _landmarks)
        {
            lowest = MathF.Min(lowest, landmark.Y);
        }

        // Ground contact: the lowest point rests on the floor (or Lift above it), whatever the knees and hips do.
        var shift = new Vector3(pose.RootOffset.X, pose.Lift - lowest, pose.RootOffset.Z);
        for (var l = 0; l < _landmarks.Length; l++)
        {
            var p = Vector3.Transform(_landmarks[l] + shift, placement.Rotation) + placement.Origin;
            target[(3 * l) + 0] = p.X;
            target[(3 * l) + 1] = p.Y;
            target[(3 * l) + 2] = p.Z;
        }
    }

    private readonly record struct Placement(Quaternion Rotation, Vector3 Origin)
    {
        // A person at scene x = offset, turned by yaw (−90: facing +x), in a scene turned by the view's yaw.
        public static Placement Facing(Quaternion scene, Vector3 origin, float offset, float yawDegrees) => new(
            scene * Quaternion.CreateFromAxisAngle(Vector3.UnitY, Pose.Radians(yawDegrees)),
            origin + Vector3.Transform(new Vector3(offset, 0, 0), scene));
    }
}
