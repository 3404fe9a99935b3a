namespace MsClr.Kit.Skeletons;

/// <summary>The input representation fed to the encoder.</summary>
public enum InputStream
{
    /// <summary>Joint coordinates as stored.</summary>
    Joint,

    /// <summary>Frame differences x[t+1] − x[t]; the last frame is zero.</summary>
    Motion,

    /// <summary>Joint minus its partner over the format's bone pairs; joints without a bone are zero.</summary>
    Bone,
}
