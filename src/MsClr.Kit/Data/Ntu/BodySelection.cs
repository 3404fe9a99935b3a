namespace MsClr.Kit.Data.Ntu;

/// <summary>How <see cref="NtuBodySelection"/> fills the two body slots of the gendata array.</summary>
public enum BodySelection
{
    /// <summary>
    /// What ST-GCN, AimCLR and MS-CLR's gendata does: in every frame the first two bodies listed go to slots 0
    /// and 1. No tracking by body id, so identities may swap between frames.
    /// </summary>
    OfficialFirstTwo,

    /// <summary>
    /// Later-work denoising (the NTU authors' heuristic, as used by 2s-AGCN): keep the two body ids with the
    /// largest motion energy and give each a fixed slot for the whole sequence, slots ordered by first appearance.
    /// </summary>
    EnergyDenoised,
}
