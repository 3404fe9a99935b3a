namespace MsClr.Kit.IO.Npy;

/// <summary>A C-order array read from a <c>.npy</c> file, converted to float32.</summary>
/// <param name="Data">Elements in C (row-major) order.</param>
/// <param name="Shape">Array shape; the product equals <see cref="Data"/>'s length.</param>
/// <param name="SourceDescr">The file's dtype, <c>&lt;f4</c> or <c>&lt;f8</c> (float64 values are rounded to float32).</param>
public sealed record NpyArray(float[] Data, IReadOnlyList<long> Shape, string SourceDescr)
{
    /// <summary>The shape as numpy prints it, e.g. <c>(300, 2, 42, 3)</c>.</summary>
    public string ShapeText => NpyHeader.FormatShape(Shape);
}
