using System.Numerics;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>Global joint positions and rotations of a <see cref="Pose"/> in the person frame (root at the origin).</summary>
internal static class ForwardKinematics
{
    /// <summary>Solves the tree: R[j] = R[parent]·local[j] and P[j] = P[parent] + R[parent]·offset[j]; parents come first.</summary>
    /// <param name="pose">The pose (its <see cref="Pose.Body"/> gives the offsets).</param>
    /// <param name="position">Output, one per <see cref="BodyJoint"/>, metres.</param>
    /// <param name="rotation">Output, one per <see cref="BodyJoint"/>.</param>
    public static void Solve(Pose pose, Span<Vector3> position, Span<Quaternion> rotation)
    {
        var offset = pose.Body.Offset;
        var local = pose.Local;
        var parent = BodyJoints.Parent;
        position[0] = Vector3.Zero;
        rotation[0] = pose.RootRotation * local[0];
        for (var j = 1; j < BodyJoints.Count; j++)
        {
            var p = parent[j];
            rotation[j] = rotation[p] * local[j];
            position[j] = position[p] + Vector3.Transform(offset[j], rotation[p]);
        }
    }
}
