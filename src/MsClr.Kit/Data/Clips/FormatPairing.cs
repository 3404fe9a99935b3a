namespace MsClr.Kit.Data.Clips;

/// <summary>How each batch picks its (query format, key format) pair.</summary>
public enum FormatPairing
{
    /// <summary>Query and key drawn independently and uniformly from the training formats (official "fullrandom", every MS-CLR config).</summary>
    FullRandom,

    /// <summary>A fair coin makes the anchor format the query or the key; the other side is uniform over all formats, anchor included (official "halfrandom").</summary>
    HalfRandom,

    /// <summary>Query and key in the same format, drawn uniformly: the single-skeleton baselines (AimCLR, SkeletonCLR).</summary>
    SameFormat,

    /// <summary>ReferenceCompat (spec §12 row 13): as the official data loader, four fully random pairs are drawn per epoch
    /// (one per worker) and batches cycle through them round-robin.</summary>
    FullRandomPerWorker,
}
