namespace MsClr.Kit.Data.Synthetic;

/// <summary>The four kinds of synthetic action classes.</summary>
public enum SyntheticActionKind
{
    /// <summary>Whole-body movements (walk, jump, squat, ...) that every skeleton format captures.</summary>
    FullBody,

    /// <summary>Hand, finger and head actions whose differences live mostly in finger and face points, which coarse formats lack.</summary>
    FineGrained,

    /// <summary>Two-person interactions; only these fill the second person slot.</summary>
    Interaction,

    /// <summary>Actions that share their postures with another class and differ only in order, direction or rhythm
    /// (sit down / stand up, squat then jump / jump then squat): a probe of per-joint time statistics cannot separate them.</summary>
    TemporalStructure,
}
