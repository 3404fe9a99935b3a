namespace MsClr.Kit.Evaluation;

/// <summary>The outcome of one <see cref="SubjectProbe"/>.</summary>
/// <param name="Top1">Subject top-1 of the final classifier on the held-out half, a fraction in [0, 1].</param>
/// <param name="Chance">1 / <paramref name="Subjects"/>: what naming the subject at random scores.</param>
/// <param name="Subjects">S, the distinct subjects (the probe's classes).</param>
/// <param name="TrainClips">Clips the classifier trained on (the first halves).</param>
/// <param name="TestClips">Clips it was tested on (the second halves).</param>
public sealed record SubjectProbeResult(double Top1, double Chance, int Subjects, int TrainClips, int TestClips);
