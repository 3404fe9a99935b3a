namespace MsClr.Kit.Data.Synthetic;

/// <summary>An action's definition: its public description, typical duration, spacing and motion.</summary>
/// <param name="Name">Class name.</param>
/// <param name="Kind">Class kind.</param>
/// <param name="Seconds">Typical clip duration, seconds (the clip length varies around it).</param>
/// <param name="Spacing">Distance between the two persons' roots, metres; 0 for one-person actions.</param>
/// <param name="Motion">The per-frame motion.</param>
internal sealed record ActionEntry(string Name, SyntheticActionKind Kind, float Seconds, float Spacing, ActionMotion Motion);
