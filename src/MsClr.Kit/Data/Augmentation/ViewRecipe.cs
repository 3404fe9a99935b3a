using MsClr.Kit.Skeletons;
using static TorchSharp.torch;

namespace MsClr.Kit.Data.Augmentation;

/// <summary>
/// An ordered list of typed augmentation steps, each with its own probability: AimCLR's views without
/// <c>aug_method</c> strings. Recipes are values (two recipes with equal steps in the same order are equal) and are
/// varied with <c>with</c>, <see cref="Then"/>, <see cref="Without{TStep}"/> and <see cref="Replace{TStep}"/>.
/// </summary>
/// <example><code>
/// var normalisedBlur = ViewRecipe.Extreme.Replace&lt;GaussianBlurStep&gt;(b =&gt; b with { NormalisedBlur = true });
/// var withTimeFlip = ViewRecipe.Extreme.Then(new TimeFlipStep());   // upstream '123456'
/// </code></example>
public sealed record ViewRecipe
{
    private readonly AugmentationStep[] steps = [];

    /// <summary>A recipe applying <paramref name="steps"/> in order.</summary>
    public ViewRecipe(IEnumerable<AugmentationStep> steps) => Steps = steps.ToArray();

    /// <summary>No augmentation (linear evaluation: upstream disables crop and shear with −1).</summary>
    public static ViewRecipe None { get; } = new([]);

    /// <summary>The normal view (upstream <c>_aug</c>, data2 and data3): temporal crop, then shear.</summary>
    public static ViewRecipe Normal { get; } = new([new TemporalCropStep(), new ShearStep()]);

    /// <summary>The extreme view (upstream <c>_strong_aug</c> with the default <c>aug_method</c> '12345', data1): temporal
    /// crop, shear, then spatial flip (p 0.5), rotation (always), Gaussian noise (p 0.5), Gaussian blur (p 0.5 × inner
    /// 0.5) and axis mask (p 0.5).</summary>
    public static ViewRecipe Extreme { get; } = Normal.Then(
        new SpatialFlipStep(), new RotationStep(), new GaussianNoiseStep(), new GaussianBlurStep(), new AxisMaskStep());

    /// <summary>Upstream's default <c>aug_method</c>: the extreme view's steps 1–5 (<see cref="Extreme"/>).</summary>
    public const string DefaultAugMethod = "12345";

    /// <summary>
    /// The extreme view as upstream's <c>aug_method</c> string chooses it: temporal crop and shear, then each step whose
    /// digit appears, in numeric order (1 spatial flip, 2 rotation, 3 Gaussian noise, 4 Gaussian blur, 5 axis mask,
    /// 6 time flip). <c>ExtremeOf("12345")</c> is <see cref="Extreme"/>; ablations leave digits out (<c>"12"</c>: no
    /// noise, blur or axis mask).
    /// </summary>
    /// <param name="augMethod">Distinct digits from 1 to 6, any order; empty for crop and shear only.</param>
    /// <exception cref="ArgumentException">Another character, or a digit twice; the message names the string.</exception>
    public static ViewRecipe ExtremeOf(string augMethod)
    {
        ArgumentNullException.ThrowIfNull(augMethod);
        if (augMethod.Any(c => c is < '1' or > '6') || augMethod.Distinct().Count() != augMethod.Length)
        {
            throw new ArgumentException($"aug_method '{augMethod}': expected distinct digits from 1 to 6 (1 spatial flip, 2 rotation, 3 Gaussian noise, 4 Gaussian blur, 5 axis mask, 6 time flip), e.g. 12345", nameof(augMethod));
        }

        return Normal.Then(augMethod.Order().Select(digit => digit switch
        {
            '1' => (AugmentationStep)new SpatialFlipStep(),
            '2' => new RotationStep(),
            '3' => new GaussianNoiseStep(),
            '4' => new GaussianBlurStep(),
            '5' => new AxisMaskStep(),
            _ => new TimeFlipStep(),
        }).ToArray());
    }

    /// <summary>The steps, applied in this order.</summary>
    /// <exception cref="ArgumentException">A step is null.</exception>
    public IReadOnlyList<AugmentationStep> Steps
    {
        get => steps;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            steps = value.Any(s => s is null) ? throw new ArgumentException("a recipe step is null", nameof(Steps)) : value.ToArray();
        }
    }

    /// <summary>This recipe followed by <paramref name="more"/>.</summary>
    public ViewRecipe Then(params AugmentationStep[] more) => this with { Steps = [.. steps, .. more] };

    /// <summary>This recipe without its steps of type <typeparamref name="TStep"/>.</summary>
    public ViewRecipe Without<TStep>()
        where TStep : AugmentationStep => this with { Steps = steps.Where(s => s is not TStep).ToArray() };

    /// <summary>This recipe with each step of type <typeparamref name="TStep"/> replaced by <paramref name="change"/>(step), in place.</summary>
    /// <exception cref="InvalidOperationException">The recipe has no such step.</exception>
    public ViewRecipe Replace<TStep>(Func<TStep, AugmentationStep> change)
        where TStep : AugmentationStep
    {
        ArgumentNullException.ThrowIfNull(change);
        _ = Step<TStep>();
        return this with { Steps = steps.Select(s => s is TStep typed ? change(typed) : s).ToArray() };
    }

    /// <summary>The first step of type <typeparamref name="TStep"/>.</summary>
    /// <exception cref="InvalidOperationException">The recipe has no such step.</exception>
    public TStep Step<TStep>()
        where TStep : AugmentationStep =>
        steps.OfType<TStep>().FirstOrDefault()
        ?? throw new InvalidOperationException($"recipe {this} has no {typeof(TStep).Name}");

    /// <summary>Augments <paramref name="x"/>: for each step in order, draws its coins and parameters from
    /// <paramref name="generator"/> (independently per sample) and applies them.</summary>
    /// <param name="x">(N, C, T, V, M) batch or (C, T, V, M) sample, float32, at <paramref name="format"/>'s native V.</param>
    /// <param name="format">The data's skeleton format (the flip's permutation).</param>
    /// <param name="generator">Seeded source of every number: the same generator state gives the same view.</param>
    /// <returns>A new float32 tensor of the input's shape on its device; intermediate tensors are freed.</returns>
    public Tensor Apply(Tensor x, SkeletonFormat format, Generator generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        AugmentationGuards.RequireData(x, format, nameof(x));
        if (steps.Length == 0)
        {
            return x.clone();
        }

        Tensor? current = null;
        foreach (var step in steps)
        {
            using var draw = step.Draw(x.shape, generator);
            var next = step.Apply(current ?? x, draw, format);
            current?.Dispose();
            current = next;
        }

        return current!;
    }

    /// <summary>Equal when both have equal steps in the same order.</summary>
    public bool Equals(ViewRecipe? other) => other is not null && steps.SequenceEqual(other.steps);

    /// <inheritdoc />
    public override int GetHashCode() => steps.Aggregate(steps.Length, HashCode.Combine);

    /// <inheritdoc />
    public override string ToString() => steps.Length == 0 ? "ViewRecipe []" : $"ViewRecipe [{string.Join(", ", steps.AsEnumerable())}]";
}
