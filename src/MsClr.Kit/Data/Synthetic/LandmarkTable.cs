using System.Numerics;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// Named points attached to the body's bones: joint centres plus the surface points estimators and marker systems report
/// (head markers, eyes, ears, finger tips, Kinect's hips and feet, Berkeley MHAD's back, side, hip and limb markers).
/// Bilateral points are written once for the right side and mirrored (x → −x) for the left.
/// </summary>
/// <remarks>
/// A landmark sits at <c>P[frame] + fraction·(P[toward] − P[frame]) + R[frame]·offset</c>, the offset given in metres
/// for a 1.75 m body in the rest pose (x right, y up, z back) and scaled with the body (hand points with the hand).
/// </remarks>
internal static class LandmarkTable
{
    private static readonly Definition[] Definitions = Build();
    private static readonly Dictionary<string, int> IndexByName =
        Definitions.Select((d, i) => (d.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);

    // Column copies of the definitions, so the per-frame loop reads plain arrays.
    private static readonly int[] Frames = Definitions.Select(d => d.Frame).ToArray();
    private static readonly int[] Towards = Definitions.Select(d => d.Toward).ToArray();
    private static readonly float[] Fractions = Definitions.Select(d => d.Fraction).ToArray();

    /// <summary>Number of landmarks L.</summary>
    public static int Count => Definitions.Length;

    /// <summary>Landmark names in index order.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(Definitions.Select(d => d.Name).ToArray());

    /// <summary>The index of a landmark, or −1 when no landmark has that name.</summary>
    public static int IndexOf(string name) => IndexByName.TryGetValue(name, out var index) ? index : -1;

    /// <summary>The index of a landmark that must exist (used for the kit's own tables).</summary>
    public static int Require(string name) =>
        IndexOf(name) is var index and >= 0 ? index : throw new KeyNotFoundException($"no synthetic landmark named '{name}'");

    /// <summary>Each landmark's offset scaled to <paramref name="body"/> (see the remarks), metres, for <see cref="Evaluate"/>.</summary>
    public static Vector3[] ScaledOffsets(BodyModel body)
    {
        var offsets = new Vector3[Definitions.Length];
        for (var l = 0; l < offsets.Length; l++)
        {
            offsets[l] = Definitions[l].Offset * (Definitions[l].OnHand ? body.HandScale : body.Scale);
        }

        return offsets;
    }

    /// <summary>Evaluates every landmark from solved joint positions and global rotations (all in one frame, metres).</summary>
    /// <param name="offsets">The body's <see cref="ScaledOffsets"/>.</param>
    /// <param name="position">Joint positions, one per <see cref="BodyJoint"/>.</param>
    /// <param name="rotation">Global joint rotations, one per <see cref="BodyJoint"/>.</param>
    /// <param name="landmarks">Output, one per landmark.</param>
    public static void Evaluate(ReadOnlySpan<Vector3> offsets, ReadOnlySpan<Vector3> position, ReadOnlySpan<Quaternion> rotation, Span<Vector3> landmarks)
    {
        var frames = Frames;
        var towards = Towards;
        var fractions = Fractions;
        for (var l = 0; l < landmarks.Length; l++)
        {
            var frame = frames[l];
            var p = position[frame];
            if (towards[l] >= 0)
            {
                p += fractions[l] * (position[towards[l]] - p);
            }

            landmarks[l] = p + Vector3.Transform(offsets[l], rotation[frame]);
        }
    }

    private static Definition[] Build()
    {
        var list = new List<Definition>();
        void Centre(string name, BodyJoint frame, float x = 0, float y = 0, float z = 0) =>
            list.Add(new Definition(name, (int)frame, -1, 0, new Vector3(x, y, z), false));
        void Pair(string name, BodyJoint frame, Vector3 offset, BodyJoint? toward = null, float fraction = 1, bool hand = false)
        {
            foreach (var side in (Side[])[Side.Left, Side.Right])
            {
                var f = (int)Mirror(frame, side);
                var t = toward is { } j ? (int)Mirror(j, side) : -1;
                var o = new Vector3(offset.X * (int)side, offset.Y, offset.Z);
                list.Add(new Definition($"{(side == Side.Left ? "left" : "right")}_{name}", f, t, t >= 0 ? fraction : 0, o, hand));
            }
        }

        Centre("pelvis", BodyJoint.Pelvis);
        Centre("spine_lower", BodyJoint.Spine1);
        Centre("spine_mid", BodyJoint.Spine2);
        Centre("spine_chest", BodyJoint.Spine3);
        Centre("neck", BodyJoint.Neck);
        list.Add(new Definition("neck_mid", (int)BodyJoint.Neck, (int)BodyJoint.Head, 0.5f, new Vector3(0, 0, 0.005f), false));
        Centre("head", BodyJoint.Head, 0, 0.04f, -0.01f);
        Centre("head_centre", BodyJoint.Head, 0, 0.07f, -0.02f);
        Centre("head_top", BodyJoint.Head, 0, 0.175f, -0.005f);
        Centre("jaw", BodyJoint.Head, 0, -0.03f, -0.055f);
        Centre("nose", BodyJoint.Head, 0, 0.045f, -0.115f);
        Centre("chest_marker", BodyJoint.Spine3, 0, 0.03f, -0.105f);
        Centre("belly_marker", BodyJoint.Spine1, 0, 0, -0.11f);
        Centre("back_top", BodyJoint.Spine3, 0, 0.06f, 0.095f);
        Centre("back_mid", BodyJoint.Spine2, 0, 0, 0.105f);

        Pair("head_side", BodyJoint.Head, new(0.075f, 0.11f, -0.03f));
        Pair("eye", BodyJoint.Head, new(0.032f, 0.075f, -0.095f));
        Pair("eye_centre", BodyJoint.Head, new(0.032f, 0.075f, -0.08f));
        Pair("ear", BodyJoint.Head, new(0.075f, 0.05f, -0.005f));
        Pair("back", BodyJoint.Spine1, new(0.085f, 0.03f, 0.095f));
        Pair("side", BodyJoint.Spine1, new(0.14f, 0.01f, -0.01f));
        Pair("clavicle", BodyJoint.RightClavicle, Vector3.Zero);
        Pair("shoulder", BodyJoint.RightShoulder, Vector3.Zero);
        Pair("acromion", BodyJoint.RightClavicle, new(0.01f, 0.045f, 0), BodyJoint.RightShoulder);
        Pair("shoulder_back", BodyJoint.RightShoulder, new(0.02f, -0.01f, 0.06f));
        Pair("upper_arm", BodyJoint.RightShoulder, new(0.045f, 0, 0), BodyJoint.RightElbow, 0.5f);
        Pair("elbow", BodyJoint.RightElbow, Vector3.Zero);
        Pair("elbow_marker", BodyJoint.RightElbow, new(0.015f, 0, 0.035f));
        Pair("wrist", BodyJoint.RightWrist, Vector3.Zero);
        Pair("wrist_marker", BodyJoint.RightElbow, new(0.022f, 0, 0.01f), BodyJoint.RightWrist);
        Pair("hand_centre", BodyJoint.RightWrist, new(-0.005f, -0.06f, -0.008f), hand: true);
        Pair("hand", BodyJoint.RightWrist, Vector3.Zero, BodyJoint.RightMiddle1, 0.88f);
        Pair("hand_back", BodyJoint.RightWrist, new(0.02f, -0.055f, 0.005f), hand: true);
        Pair("knuckle_index", BodyJoint.RightIndex1, new(0.015f, 0, 0), hand: true);
        Pair("knuckle_little", BodyJoint.RightWrist, new(0.015f, -0.085f, 0.035f), hand: true);
        Pair("thumb_base", BodyJoint.RightThumb1, Vector3.Zero);
        Pair("thumb_tip", BodyJoint.RightThumb2, BodyModel.ThumbDirection * 0.032f, hand: true);
        Pair("index_base", BodyJoint.RightIndex1, Vector3.Zero);
        Pair("index_tip", BodyJoint.RightIndex2, new(0, -0.045f, 0), hand: true);
        Pair("middle_base", BodyJoint.RightMiddle1, Vector3.Zero);
        Pair("middle_tip", BodyJoint.RightMiddle2, new(0, -0.048f, 0), hand: true);
        Pair("hip", BodyJoint.RightHip, Vector3.Zero);
        Pair("hip_kinect", BodyJoint.RightHip, new(0.015f, 0.03f, 0));
        Pair("hip_back", BodyJoint.Pelvis, new(0.05f, 0.02f, 0.095f));
        Pair("hip_front", BodyJoint.Pelvis, new(0.115f, 0.015f, -0.075f));
        Pair("hip_lateral", BodyJoint.RightHip, new(0.085f, -0.01f, 0));
        Pair("thigh", BodyJoint.RightHip, new(0.075f, 0, -0.02f), BodyJoint.RightKnee, 0.5f);
        Pair("knee", BodyJoint.RightKnee, Vector3.Zero);
        Pair("knee_marker", BodyJoint.RightKnee, new(0.05f, 0, 0));
        Pair("ankle", BodyJoint.RightAnkle, Vector3.Zero);
        Pair("ankle_marker", BodyJoint.RightAnkle, new(0.035f, 0, 0));
        Pair("heel", BodyJoint.RightAnkle, new(0, -0.055f, 0.05f));
        Pair("heel_marker", BodyJoint.RightAnkle, new(0, -0.035f, 0.068f));
        Pair("foot_ball", BodyJoint.RightToe, Vector3.Zero);
        Pair("big_toe", BodyJoint.RightToe, new(-0.02f, -0.012f, -0.05f));
        Pair("small_toe", BodyJoint.RightToe, new(0.03f, -0.012f, -0.025f));
        Pair("foot_kinect", BodyJoint.RightToe, new(0, -0.005f, -0.025f));
        Pair("foot_marker", BodyJoint.RightToe, new(0.01f, 0.02f, -0.01f));
        return [.. list];
    }

    private static BodyJoint Mirror(BodyJoint rightOrCentral, Side side) =>
        rightOrCentral is >= BodyJoint.RightClavicle and <= BodyJoint.RightMiddle2 or >= BodyJoint.RightHip and <= BodyJoint.RightToe
            ? BodyJoints.Of(side, rightOrCentral)
            : rightOrCentral;

    private readonly record struct Definition(string Name, int Frame, int Toward, float Fraction, Vector3 Offset, bool OnHand);
}
