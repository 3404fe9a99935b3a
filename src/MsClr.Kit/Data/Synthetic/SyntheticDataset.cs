using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>
/// A deterministic synthetic multi-skeleton benchmark that runs on a laptop CPU: procedural actions performed by parametric
/// bodies, rendered in any skeleton format with that format's estimator noise.
/// </summary>
/// <remarks>
/// Sample i's motion (class, subject, view, length, style, partner) depends only on (seed, i), never on the format, so every
/// format sees the same motion; its noise depends on (seed, i, format name). Samples have id <c>syn00042</c>, label = action
/// index, metadata <c>subject</c> and <c>view</c>, M = 2 person slots (the second is zero except in interactions), and
/// coordinates in metres in Kinect camera space (right-handed: y up, z away from the camera, x to the right of a person
/// facing the camera, i.e. to the camera's left), the floor at y = −<see cref="SyntheticConfig.CameraHeight"/> and the
/// person about <see cref="SyntheticConfig.CameraDistance"/> in front. Estimator noise depends on the format: ntu-rgb+d
/// gets Kinect-like jitter (6 mm on the trunk up to 30 mm at hand tips and thumbs) and dropped frames that repeat the
/// previous pose; every other format gets smooth jitter of 3–4 mm plus a per-joint bias of a few millimetres that is
/// constant for the format within a seed.
/// </remarks>
public static class SyntheticDataset
{
    /// <summary>Metadata key of the 1-based subject id.</summary>
    public const string SubjectKey = "subject";

    /// <summary>The store dataset name (folder under the data root) of the synthetic clips.</summary>
    public const string Name = "synthetic";

    /// <summary>Metadata key of the 1-based view id.</summary>
    public const string ViewKey = "view";

    /// <summary>Person slots M of every sample.</summary>
    public const int Persons = ClipSimulator.Persons;

    /// <summary>The length in frames of every generated clip 0..N−1, before preprocessing (40–150 frames at 30 fps by default).</summary>
    public static IReadOnlyList<int> GeneratedFrames(SyntheticConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Enumerable.Range(0, config.Samples).Select(i => SampleRecipe.Create(config, i).Frames).ToArray();
    }

    /// <summary>The id of sample <paramref name="index"/>: <c>syn</c> and five digits, e.g. <c>syn00042</c>.</summary>
    public static string SampleId(int index) => $"syn{index:D5}";

    /// <summary>Samples 0..N−1 of a built-in format, with noise, generated lazily.</summary>
    /// <exception cref="ArgumentException">Invalid config, or a format that is not built in (use the renderer overload).</exception>
    public static IEnumerable<SkeletonSample> Generate(SyntheticConfig config, SkeletonFormat format) =>
        Generate(config, SyntheticRenderer.For(format));

    /// <summary>Samples 0..N−1 rendered by <paramref name="renderer"/> (any format), with noise, generated lazily.</summary>
    /// <exception cref="ArgumentException">Invalid config (thrown at the call, not on enumeration).</exception>
    public static IEnumerable<SkeletonSample> Generate(SyntheticConfig config, SyntheticRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(renderer);
        config.Validate();
        return Iterate(config, renderer);
    }

    /// <summary>Sample <paramref name="sampleIndex"/> of a built-in format, with noise (identical to the one <c>Generate</c> yields).</summary>
    public static SkeletonSample Render(SyntheticConfig config, int sampleIndex, SkeletonFormat format) =>
        Render(config, sampleIndex, SyntheticRenderer.For(format));

    /// <summary>Sample <paramref name="sampleIndex"/> rendered by <paramref name="renderer"/>, with noise.</summary>
    public static SkeletonSample Render(SyntheticConfig config, int sampleIndex, SyntheticRenderer renderer)
    {
        Check(config, sampleIndex);
        return Build(new ClipSimulator(config), config, sampleIndex, renderer, Bias(config, renderer), noisy: true);
    }

    /// <summary>Sample <paramref name="sampleIndex"/> of a built-in format without any estimator noise or dropped frames,
    /// e.g. for a figure of the four formats of one motion side by side.</summary>
    public static SkeletonSample RenderClean(SyntheticConfig config, int sampleIndex, SkeletonFormat format) =>
        RenderClean(config, sampleIndex, SyntheticRenderer.For(format));

    /// <summary>Sample <paramref name="sampleIndex"/> rendered by <paramref name="renderer"/> without noise.</summary>
    public static SkeletonSample RenderClean(SyntheticConfig config, int sampleIndex, SyntheticRenderer renderer)
    {
        Check(config, sampleIndex);
        return Build(new ClipSimulator(config), config, sampleIndex, renderer, [], noisy: false);
    }

    private static IEnumerable<SkeletonSample> Iterate(SyntheticConfig config, SyntheticRenderer renderer)
    {
        var simulator = new ClipSimulator(config);
        var bias = Bias(config, renderer);
        for (var i = 0; i < config.Samples; i++)
        {
            yield return Build(simulator, config, i, renderer, bias, noisy: true);
        }
    }

    private static SkeletonSample Build(
        ClipSimulator simulator, SyntheticConfig config, int index, SyntheticRenderer renderer, float[] bias, bool noisy)
    {
        var recipe = SampleRecipe.Create(config, index);
        var (landmarks, partnerPresent) = simulator.Simulate(recipe);
        ReadOnlySpan<bool> present = [true, partnerPresent];
        var joints = renderer.Format.JointCount;
        var xyz = new float[recipe.Frames * Persons * joints * 3];
        renderer.Render(landmarks, recipe.Frames, present, xyz);
        if (noisy)
        {
            var random = new SyntheticRandom(config.Seed, index, SyntheticRandom.StableHash(renderer.Format.Name));
            EstimatorNoise.Apply(
                xyz, recipe.Frames, Persons, present, renderer.Noise, bias, config.NoiseScale, config.KinectDropRate, ref random);
        }

        var metadata = new Dictionary<string, int> { [SubjectKey] = recipe.Subject, [ViewKey] = recipe.View };
        return new SkeletonSample(SampleId(index), recipe.Label, metadata, recipe.Frames, Persons, joints, xyz);
    }

    private static float[] Bias(SyntheticConfig config, SyntheticRenderer renderer) =>
        EstimatorNoise.Bias(renderer.Noise, config.Seed, renderer.Format.Name, config.NoiseScale);

    private static void Check(SyntheticConfig config, int sampleIndex)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        if (sampleIndex < 0 || sampleIndex >= config.Samples)
        {
            throw new ArgumentOutOfRangeException(
                nameof(sampleIndex), sampleIndex, $"sample index must be in 0..{config.Samples - 1} (SyntheticConfig.Samples = {config.Samples})");
        }
    }
}
