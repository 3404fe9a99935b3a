using System.Numerics;

namespace MsClr.Kit.Data.Synthetic;

/// <summary>Everything drawn for sample i before any format is involved: class, subject, view, length and motion style.</summary>
/// <param name="Index">Sample index i.</param>
/// <param name="Label">Action index.</param>
/// <param name="Subject">1-based subject id (the actor).</param>
/// <param name="View">1-based view id.</param>
/// <param name="Frames">Clip length T.</param>
/// <param name="Amplitude">Movement size factor.</param>
/// <param name="Speed">Repetition-rate factor of cyclic movements.</param>
/// <param name="Phase">Start phase of cyclic movements, cycles.</param>
/// <param name="Spacing">Distance between the two persons of an interaction, metres (0 otherwise).</param>
/// <param name="YawDegrees">Scene yaw: the view's yaw plus a small facing jitter, degrees.</param>
/// <param name="Translation">Small camera-frame shift of the whole scene, metres.</param>
/// <param name="ActionStart">Fraction of the clip before the action starts (the person stands in the neutral stance).</param>
/// <param name="ActionEnd">Fraction of the clip at which the action has ended.</param>
internal readonly record struct SampleRecipe(
    int Index, int Label, int Subject, int View, int Frames, float Amplitude, float Speed, float Phase, float Spacing,
    float YawDegrees, Vector3 Translation, float ActionStart, float ActionEnd)
{
    /// <summary>Random stream of sample i's style draws.</summary>
    public const long MotionStream = 0x4D4F54;

    /// <summary>Random stream of sample i's interaction partner.</summary>
    public const long PartnerStream = 0x504152;

    /// <summary>
    /// The recipe of sample <paramref name="index"/>. Label, subject and view cycle so that any run of
    /// (classes × subjects) consecutive samples is balanced: label = i mod A, and with j = i div A, subject = 1 + j mod S
    /// and view = 1 + (j + j div S) mod V, which shifts each subject's view from one round of subjects to the next.
    /// </summary>
    public static SampleRecipe Create(SyntheticConfig config, int index)
    {
        var classes = ActionCatalog.Entries.Count;
        var label = index % classes;
        var round = index / classes;
        var subject = 1 + (round % config.Subjects);
        var view = 1 + ((round + (round / config.Subjects)) % config.Views);
        var entry = ActionCatalog.Entries[label];

        var random = new SyntheticRandom(config.Seed, index, MotionStream);
        var seconds = entry.Seconds * random.Uniform(0.75f, 1.3f);
        var frames = Math.Clamp((int)Math.Round(seconds * config.FramesPerSecond), config.MinFrames, config.MaxFrames);
        var amplitude = random.Uniform(0.8f, 1.2f);
        var speed = random.Uniform(0.85f, 1.2f);
        var phase = random.Uniform(0f, 0.15f);
        var spacing = entry.Spacing * random.Uniform(0.95f, 1.05f);
        var yaw = (float)config.ViewYawDegrees(view) + random.Uniform(-10f, 10f);
        var shift = new Vector3(random.Uniform(-0.25f, 0.25f), random.Uniform(-0.05f, 0.05f), random.Uniform(-0.3f, 0.3f));

        // Drawn last so that every earlier draw is the same as in version 1. Clips start and end at different points of
        // the action, as trimmed recordings do: a probe of time-aligned raw coordinates cannot rely on frame t being the
        // same moment of the action in every clip.
        var start = random.Uniform(0f, 0.2f);
        var end = random.Uniform(0.8f, 1f);
        return new SampleRecipe(index, label, subject, view, frames, amplitude, speed, phase, spacing, yaw, shift, start, end);
    }
}
