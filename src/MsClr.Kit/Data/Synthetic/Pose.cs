using System.Numerics;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// One person's pose in one frame: a local rotation per <see cref="BodyJoint"/> (relative to the parent, identity = rest
/// pose), the root's rotation, horizontal displacement and lift. Reused across frames so the hot loop does not allocate.
/// </summary>
/// <remarks>
/// Euler angles are degrees applied roll (about z), then pitch (about x), then yaw (about y) in the parent's rest frame
/// (x right, y up, z back). Limb angles are given for the right side; the left side mirrors yaw and roll, so the same
/// numbers make a symmetric movement. Positive pitch raises a hanging arm or leg forwards and leans the spine back.
/// </remarks>
internal sealed class Pose
{
    private readonly Quaternion[] _local = new Quaternion[BodyJoints.Count];

    /// <summary>The body the pose is for (its lengths feed the arm solver).</summary>
    public BodyModel Body { get; private set; } = null!;

    /// <summary>Whether this person is in the scene; an absent person is written as zeros.</summary>
    public bool Present { get; set; }

    /// <summary>Root (pelvis) rotation relative to the person's base facing.</summary>
    public Quaternion RootRotation { get; set; }

    /// <summary>Root displacement in the person's base frame, metres (x right, z back); y is ignored (see <see cref="Lift"/>).</summary>
    public Vector3 RootOffset { get; set; }

    /// <summary>Height of the lowest body point above the floor, metres (0 when standing, positive in flight).</summary>
    public float Lift { get; set; }

    /// <summary>Local joint rotations, indexed by <see cref="BodyJoint"/>.</summary>
    public ReadOnlySpan<Quaternion> Local => _local;

    /// <summary>Returns to the rest pose of <paramref name="body"/>, present, at the origin.</summary>
    public void Reset(BodyModel body)
    {
        Body = body;
        Array.Fill(_local, Quaternion.Identity);
        RootRotation = Quaternion.Identity;
        RootOffset = Vector3.Zero;
        Lift = 0;
        Present = true;
    }

    /// <summary>Rotation from Euler degrees (roll about z first, then pitch about x, then yaw about y).</summary>
    public static Quaternion Euler(float pitch, float yaw = 0, float roll = 0)
    {
        var q = pitch == 0 ? Quaternion.Identity : Quaternion.CreateFromAxisAngle(Vector3.UnitX, Radians(pitch));
        if (roll != 0)
        {
            q *= Quaternion.CreateFromAxisAngle(Vector3.UnitZ, Radians(roll));
        }

        return yaw == 0 ? q : Quaternion.CreateFromAxisAngle(Vector3.UnitY, Radians(yaw)) * q;
    }

    /// <summary>Degrees to radians.</summary>
    public static float Radians(float degrees) => degrees * (MathF.PI / 180f);

    /// <summary>Sets a central joint's local rotation from Euler degrees.</summary>
    public void Rotate(BodyJoint joint, float pitch, float yaw = 0, float roll = 0) => _local[(int)joint] = Euler(pitch, yaw, roll);

    /// <summary>Sets a limb joint's local rotation, given for the right side and mirrored for the left.</summary>
    public void Rotate(Side side, BodyJoint rightJoint, float pitch, float yaw = 0, float roll = 0)
    {
        var s = (int)side;
        _local[(int)BodyJoints.Of(side, rightJoint)] = Euler(pitch, s * yaw, s * roll);
    }

    /// <summary>Sets a joint's local rotation directly.</summary>
    public void SetLocal(BodyJoint joint, Quaternion rotation) => _local[(int)joint] = rotation;

    /// <summary>Sets the root rotation from Euler degrees (positive yaw turns the person to their left).</summary>
    public void RotateRoot(float pitch, float yaw = 0, float roll = 0) => RootRotation = Euler(pitch, yaw, roll);
}
