namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// Writes one frame of an action into the poses of its actor and (for interactions) partner. Both poses arrive reset to the
/// neutral stance; the partner stands <see cref="MotionInput.Spacing"/> metres in front of the actor, facing it.
/// Implementations must not allocate: they run once per frame.
/// </summary>
internal delegate void ActionMotion(in MotionInput input, Pose actor, Pose partner);
