using System.Numerics;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// One person's rest geometry: the offset of every <see cref="BodyJoint"/> from its parent in the rest pose (standing,
/// arms hanging with palms facing the thighs, thumbs forward), in metres in the person frame (x right, y up, z back).
/// </summary>
/// <remarks>
/// Segment lengths follow the usual anthropometric fractions of stature (Drillis and Contini) with each segment group
/// varied by a few per cent per subject, so subjects differ in proportions as well as in height.
/// </remarks>
internal sealed class BodyModel
{
    private const long SubjectStream = 0x5B0D;
    private const float ReferenceHeight = 1.75f;

    /// <summary>Rest direction of the right thumb (down, forward and towards the palm); mirrored for the left.</summary>
    public static readonly Vector3 ThumbDirection = Vector3.Normalize(new Vector3(-0.3f, -0.6f, -0.75f));

    private readonly Vector3[] _offset = new Vector3[BodyJoints.Count];
    private readonly Vector3[] _rest = new Vector3[BodyJoints.Count];
    private readonly Vector3[] _restLandmarks;

    private BodyModel(ref SyntheticRandom random)
    {
        Height = random.Uniform(1.5f, 1.95f);
        static float Vary(ref SyntheticRandom r, float sigma = 0.035f) => 1f + r.Gaussian(sigma, 2f);
        var (legs, torso, arms, neck) = (Vary(ref random), Vary(ref random), Vary(ref random), Vary(ref random));
        var (hipWidth, shoulderWidth, foot) = (Vary(ref random, 0.05f), Vary(ref random, 0.05f), Vary(ref random));
        var h = Height;
        Scale = h / ReferenceHeight;
        HandScale = Scale * Vary(ref random);

        Set(BodyJoint.Spine1, new(0, 0.055f * h * torso, 0));
        Set(BodyJoint.Spine2, new(0, 0.06f * h * torso, 0));
        Set(BodyJoint.Spine3, new(0, 0.06f * h * torso, 0));
        Set(BodyJoint.Neck, new(0, 0.09f * h * torso, 0.005f * h));
        Set(BodyJoint.Head, new(0, 0.075f * h * neck, -0.005f * h));
        foreach (var side in Sides.Both)
        {
            var s = (int)side;
            var hs = HandScale;
            void Limb(BodyJoint rightJoint, float x, float y, float z) => Set(BodyJoints.Of(side, rightJoint), new(s * x, y, z));
            Limb(BodyJoint.RightClavicle, 0.02f * h * shoulderWidth, 0.065f * h * torso, 0);
            Limb(BodyJoint.RightShoulder, 0.085f * h * shoulderWidth, 0.005f * h, 0.008f * h);
            Limb(BodyJoint.RightElbow, 0, -0.186f * h * arms, 0);
            Limb(BodyJoint.RightWrist, 0, -0.146f * h * arms, 0);
            Limb(BodyJoint.RightThumb1, -0.012f * hs, -0.022f * hs, -0.02f * hs);
            var thumb = ThumbDirection * (0.045f * hs);
            Limb(BodyJoint.RightThumb2, thumb.X, thumb.Y, thumb.Z);
            Limb(BodyJoint.RightIndex1, 0, -0.092f * hs, -0.022f * hs);
            Limb(BodyJoint.RightIndex2, 0, -0.045f * hs, 0);
            Limb(BodyJoint.RightMiddle1, 0, -0.096f * hs, -0.003f * hs);
            Limb(BodyJoint.RightMiddle2, 0, -0.05f * hs, 0);
            var ankleHeight = 0.039f * h * foot;
            Limb(BodyJoint.RightHip, 0.049f * h * hipWidth, -0.04f * h, 0);
            Limb(BodyJoint.RightKnee, 0, -0.23f * h * legs, 0);
            Limb(BodyJoint.RightAnkle, 0, -0.246f * h * legs, 0);
            Limb(BodyJoint.RightToe, 0.005f * h, -(ankleHeight - (0.012f * h)), -0.078f * h * foot);
        }

        _restLandmarks = new Vector3[LandmarkTable.Count];
        var (top, floor) = Solve();

        // Proportions were varied segment by segment; rescale so the standing height is exactly the drawn stature.
        var fit = Height / (top - floor);
        for (var j = 0; j < BodyJoints.Count; j++)
        {
            _offset[j] *= fit;
        }

        Scale *= fit;
        HandScale *= fit;
        (_, floor) = Solve();
        ChestHeight = _rest[(int)BodyJoint.Spine3].Y - floor;
    }

    /// <summary>Stature in metres, 1.5 to 1.95.</summary>
    public float Height { get; }

    /// <summary>The factor applied to landmark offsets given for a 1.75 m body: about height / 1.75 m.</summary>
    public float Scale { get; private set; }

    /// <summary>The hand's own scale (stature scale times a per-subject hand factor).</summary>
    public float HandScale { get; private set; }

    /// <summary>Offset of each joint from its parent in the rest pose, metres; the pelvis entry is zero.</summary>
    public ReadOnlySpan<Vector3> Offset => _offset;

    /// <summary>Rest position of each joint relative to the pelvis, metres.</summary>
    public ReadOnlySpan<Vector3> RestPosition => _rest;

    /// <summary>Rest position of each landmark relative to the pelvis, metres (indices of <see cref="LandmarkTable"/>).</summary>
    public ReadOnlySpan<Vector3> RestLandmark => _restLandmarks;

    /// <summary>Landmark offsets scaled to this body (<see cref="LandmarkTable.ScaledOffsets"/>).</summary>
    public Vector3[] LandmarkOffsets { get; private set; } = [];

    /// <summary>Height of the chest (Spine3) joint above the floor when standing at rest, metres.</summary>
    public float ChestHeight { get; }

    /// <summary>Upper-arm length (shoulder to elbow), metres.</summary>
    public float UpperArm => _offset[(int)BodyJoint.RightElbow].Length();

    /// <summary>Forearm length (elbow to wrist), metres.</summary>
    public float Forearm => _offset[(int)BodyJoint.RightWrist].Length();

    /// <summary>The body of subject <paramref name="subject"/> (1-based) of a dataset seeded with <paramref name="seed"/>: the same in every sample.</summary>
    public static BodyModel ForSubject(int seed, int subject)
    {
        var random = new SyntheticRandom(seed, subject, SubjectStream);
        return new BodyModel(ref random);
    }

    /// <summary>A body drawn from <paramref name="random"/> (e.g. the partner of an interaction).</summary>
    public static BodyModel Draw(ref SyntheticRandom random) => new(ref random);

    /// <summary>Rest position of landmark <paramref name="landmark"/> relative to the rest chest (Spine3) joint, metres.</summary>
    public Vector3 RestFromChest(int landmark) => _restLandmarks[landmark] - _rest[(int)BodyJoint.Spine3];

    private void Set(BodyJoint joint, Vector3 offset) => _offset[(int)joint] = offset;

    // Rest positions and landmarks from the offsets; returns the head top and the lowest point (the floor), metres.
    private (float Top, float Floor) Solve()
    {
        var parent = BodyJoints.Parent;
        for (var j = 1; j < BodyJoints.Count; j++)
        {
            _rest[j] = _rest[parent[j]] + _offset[j];
        }

        var identity = new Quaternion[BodyJoints.Count];
        Array.Fill(identity, Quaternion.Identity);
        LandmarkOffsets = LandmarkTable.ScaledOffsets(this);
        LandmarkTable.Evaluate(LandmarkOffsets, _rest, identity, _restLandmarks);
        var floor = 0f;
        foreach (var landmark in _restLandmarks)
        {
            floor = MathF.Min(floor, landmark.Y);
        }

        return (_restLandmarks[LandmarkTable.Require("head_top")].Y, floor);
    }
}
