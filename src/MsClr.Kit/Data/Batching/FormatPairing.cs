namespace MsClr.Kit.Data.Batching;

/// <summary>How each batch picks its (query format, key format) pair.</summary>
public enum FormatPairing
{
    /// <summary>Query and key drawn independently and uniformly from the training formats (official "fullrandom", every MS-CLR config).</summary>
    FullRandom,

    /// <summary>A fair coin makes the anchor format the query or the key; the other side is uniform over all formats, anchor included (official "halfrandom").</summary>
    HalfRandom,

    /// <summary>Query and key in the same format, drawn uniformly: the single-skeleton baselines (AimCLR, SkeletonCLR).</summary>
    SameFormat,
}
