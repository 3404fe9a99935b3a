using System.Globalization;
using MsClr.Kit.Data.Preprocessing;
using MsClr.Kit.Skeletons;

namespace MsClr.Kit.Data.Store;

/// <summary>
/// Which form a store file's clips are in: how they were preprocessed and how many frames each has. Written to the file's
/// metadata (<see cref="StoreSchema.PreprocessingKey"/>, <see cref="StoreSchema.FramesKey"/>) so that stores of different
/// forms (say, an NTU store made with <c>--no-preprocess</c> and a MeTRAbs one made without) are never combined silently.
/// </summary>
/// <param name="Preprocessing">The recipe in words with the format's joint names, or <see cref="None"/>.</param>
/// <param name="Frames">Frames per clip (decimal), or <see cref="AsRecordedFrames"/>.</param>
public sealed record StoreForm(string Preprocessing, string Frames)
{
    /// <summary>The <see cref="Preprocessing"/> of clips stored as recorded (camera space, original length).</summary>
    public const string None = "none";

    /// <summary>The <see cref="Frames"/> of clips stored at their recorded length.</summary>
    public const string AsRecordedFrames = "as recorded";

    /// <summary>Clips stored as recorded: camera space, original length.</summary>
    public static StoreForm AsRecorded { get; } = new(None, AsRecordedFrames);

    /// <summary>True when the clips went through a <see cref="PreprocessingRecipe"/>.</summary>
    public bool IsPreprocessed => Preprocessing != None;

    /// <summary>The form of clips made by <paramref name="recipe"/> for <paramref name="format"/>; null: <see cref="AsRecorded"/>.</summary>
    public static StoreForm Of(PreprocessingRecipe? recipe, SkeletonFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (recipe is null)
        {
            return AsRecorded;
        }

        var joints = format.JointNames;
        var alignment = recipe.AlignShoulders ? $", rotated about y to align {joints[recipe.LeftShoulder]}–{joints[recipe.RightShoulder]}" : "";
        return new StoreForm(
            $"valid length from {joints[recipe.ValidLengthJoint]}, centred on {joints[recipe.CentreJoint]}, resized to {recipe.TargetFrames} frames{alignment}",
            recipe.TargetFrames.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Whether clips of this form and of <paramref name="other"/> may be trained on together: both preprocessed to the same
    /// frame count (each format with its own anatomical joints, so the recipes' words differ by design) or both as recorded.
    /// </summary>
    public bool CombinesWith(StoreForm other) => IsPreprocessed == other.IsPreprocessed && Frames == other.Frames;

    /// <summary>A phrase for messages: <c>preprocessed to 50 frames (…)</c> or <c>as recorded (no preprocessing)</c>.</summary>
    public override string ToString() => IsPreprocessed ? $"preprocessed to {Frames} frames ({Preprocessing})" : "as recorded (no preprocessing)";
}
