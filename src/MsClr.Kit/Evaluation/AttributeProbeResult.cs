namespace MsClr.Kit.Evaluation;

/// <summary>The outcome of one <see cref="AttributeProbe"/>.</summary>
/// <param name="Top1">Top-1 of the final classifier on the held-out half (naming the attribute's value), a fraction in [0, 1].</param>
/// <param name="Chance">1 / <paramref name="Classes"/>: what naming the value at random scores.</param>
/// <param name="Classes">The distinct values of the attribute (the probe's classes), e.g. 5 subjects or 3 views.</param>
/// <param name="TrainClips">Clips the classifier trained on (the first halves).</param>
/// <param name="TestClips">Clips it was tested on (the second halves).</param>
public sealed record AttributeProbeResult(double Top1, double Chance, int Classes, int TrainClips, int TestClips);
