namespace MsClr.Kit.Data.Synthetic;

/// <summary>Every synthetic action in label order: name, kind, typical duration, spacing and motion.</summary>
/// <remarks>Appending keeps existing labels; reordering changes every stored label, so add new classes at the end.</remarks>
internal static class ActionCatalog
{
    private const SyntheticActionKind Body = SyntheticActionKind.FullBody;
    private const SyntheticActionKind Fine = SyntheticActionKind.FineGrained;
    private const SyntheticActionKind Pair = SyntheticActionKind.Interaction;
    private const SyntheticActionKind Timing = SyntheticActionKind.TemporalStructure;

    /// <summary>The actions; the index is the label.</summary>
    public static IReadOnlyList<ActionEntry> Entries { get; } =
    [
        new("walk", Body, 3.5f, 0, LocomotionMotions.Walk),
        new("jump", Body, 2.2f, 0, LocomotionMotions.Jump),
        new("squat", Body, 3.2f, 0, PostureMotions.Squat),
        new("kick", Body, 2.0f, 0, LocomotionMotions.Kick),
        new("bow", Body, 2.6f, 0, PostureMotions.Bow),
        new("fall down", Body, 2.8f, 0, PostureMotions.FallDown),
        new("sit down", Body, 2.6f, 0, PostureMotions.SitDown),
        new("stand up", Body, 2.6f, 0, PostureMotions.StandUp),
        new("turn around", Body, 3.0f, 0, LocomotionMotions.TurnAround),
        new("hop on one leg", Body, 3.4f, 0, LocomotionMotions.HopOnOneLeg),
        new("side step", Body, 3.0f, 0, LocomotionMotions.SideStep),
        new("stretch arms up", Body, 3.2f, 0, PostureMotions.StretchArmsUp),
        new("pick up", Body, 3.0f, 0, PostureMotions.PickUp),
        new("wave", Fine, 2.8f, 0, HandGestureMotions.Wave),
        new("point", Fine, 2.4f, 0, HandGestureMotions.Point),
        new("thumbs up", Fine, 2.4f, 0, HandGestureMotions.ThumbsUp),
        new("ok sign", Fine, 2.4f, 0, HandGestureMotions.OkSign),
        new("pinch fingers", Fine, 2.6f, 0, HandGestureMotions.PinchFingers),
        new("check watch", Fine, 2.6f, 0, HandGestureMotions.CheckWatch),
        new("phone to ear", Fine, 3.4f, 0, FaceMotions.PhoneToEar),
        new("drink", Fine, 3.0f, 0, FaceMotions.Drink),
        new("salute", Fine, 2.2f, 0, FaceMotions.Salute),
        new("wipe face", Fine, 2.8f, 0, FaceMotions.WipeFace),
        new("nod", Fine, 2.0f, 0, FaceMotions.Nod),
        new("shake head", Fine, 2.0f, 0, FaceMotions.ShakeHead),
        new("clap", Fine, 2.6f, 0, TwoHandMotions.Clap),
        new("rub hands", Fine, 2.8f, 0, TwoHandMotions.RubHands),
        new("tear paper", Fine, 2.8f, 0, TwoHandMotions.TearPaper),
        new("type on keyboard", Fine, 3.6f, 0, TwoHandMotions.TypeOnKeyboard),
        new("hand shake", Pair, 3.2f, 1.0f, InteractionMotions.HandShake),
        new("high five", Pair, 2.4f, 0.9f, InteractionMotions.HighFive),
        new("push", Pair, 2.6f, 0.85f, InteractionMotions.Push),
        new("punch", Pair, 2.2f, 0.9f, InteractionMotions.Punch),
        new("hug", Pair, 3.6f, 0.32f, InteractionMotions.Hug),
        new("pass object", Pair, 3.2f, 1.1f, InteractionMotions.PassObject),

        // Version 2: each of these shares its postures with a class above or with its neighbour here and differs only in
        // order, direction or rhythm (TemporalStructure), which a per-joint mean and spread over time cannot see.
        new("get up", Timing, 2.8f, 0, TemporalStructure.Reversed(PostureMotions.FallDown)),
        new("put down", Timing, 3.0f, 0, TemporalStructure.Reversed(PostureMotions.PickUp)),
        new("walk backwards", Timing, 3.5f, 0, TemporalStructure.Reversed(LocomotionMotions.Walk)),
        new("squat then jump", Timing, 4.0f, 0, TemporalStructure.Then(PostureMotions.Squat, LocomotionMotions.Jump)),
        new("jump then squat", Timing, 4.0f, 0, TemporalStructure.Then(LocomotionMotions.Jump, PostureMotions.Squat)),
        new("bow then stretch", Timing, 4.2f, 0, TemporalStructure.Then(PostureMotions.Bow, PostureMotions.StretchArmsUp)),
        new("stretch then bow", Timing, 4.2f, 0, TemporalStructure.Then(PostureMotions.StretchArmsUp, PostureMotions.Bow)),
        new("kick then bow", Timing, 3.8f, 0, TemporalStructure.Then(LocomotionMotions.Kick, PostureMotions.Bow)),
        new("bow then kick", Timing, 3.8f, 0, TemporalStructure.Then(PostureMotions.Bow, LocomotionMotions.Kick)),
        new("wave twice as fast", Timing, 2.8f, 0, TemporalStructure.Repeated(HandGestureMotions.Wave, 2)),
        new("drink then wipe face", Timing, 4.4f, 0, TemporalStructure.Then(FaceMotions.Drink, FaceMotions.WipeFace)),
        new("wipe face then drink", Timing, 4.4f, 0, TemporalStructure.Then(FaceMotions.WipeFace, FaceMotions.Drink)),
        new("salute then nod", Timing, 3.4f, 0, TemporalStructure.Then(FaceMotions.Salute, FaceMotions.Nod)),
        new("nod then salute", Timing, 3.4f, 0, TemporalStructure.Then(FaceMotions.Nod, FaceMotions.Salute)),
    ];
}

/// <summary>An action's definition: its public description, typical duration, spacing and motion.</summary>
/// <param name="Name">Class name.</param>
/// <param name="Kind">Class kind.</param>
/// <param name="Seconds">Typical clip duration, seconds (the clip length varies around it).</param>
/// <param name="Spacing">Distance between the two persons' roots, metres; 0 for one-person actions.</param>
/// <param name="Motion">The per-frame motion.</param>
internal sealed record ActionEntry(string Name, SyntheticActionKind Kind, float Seconds, float Spacing, ActionMotion Motion);

/// <summary>
/// Writes one frame of an action into the poses of its actor and (for interactions) partner. Both poses arrive reset to the
/// neutral stance; the partner stands <see cref="MotionInput.Spacing"/> metres in front of the actor, facing it.
/// Implementations must not allocate: they run once per frame.
/// </summary>
internal delegate void ActionMotion(in MotionInput input, Pose actor, Pose partner);
