namespace MsClr.Kit.Data.Synthetic;

/// <summary>One landmark's share in a rendered joint: the joint is the weighted sum of its terms (weights sum to 1).</summary>
/// <param name="Landmark">A name from <see cref="SyntheticLandmarks.Names"/>.</param>
/// <param name="Weight">Its weight.</param>
internal readonly record struct RenderTerm(string Landmark, float Weight);
