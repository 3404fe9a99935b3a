namespace MsClr.Kit.IO.Npy;

/// <summary>The parsed header of a <c>.npy</c> file.</summary>
/// <param name="MajorVersion">Format version, 1, 2 or 3 (minor is always 0).</param>
/// <param name="Descr">The dtype string, e.g. <c>&lt;f4</c>.</param>
/// <param name="FortranOrder">Whether the data is column-major; this reader accepts only false (C order).</param>
/// <param name="Shape">Array shape; empty for a 0-d scalar.</param>
/// <param name="DataOffset">Byte offset of the data section (a multiple of 16 or 64 in files numpy writes).</param>
public sealed record NpyHeader(int MajorVersion, string Descr, bool FortranOrder, IReadOnlyList<long> Shape, long DataOffset)
{
    /// <summary>Number of elements: the product of <see cref="Shape"/> (1 for a scalar).</summary>
    public long ElementCount => Shape.Aggregate(1L, (product, d) => product * d);

    /// <summary>The shape as numpy prints it, e.g. <c>(300, 2, 42, 3)</c> or <c>(5,)</c>.</summary>
    public string ShapeText => FormatShape(Shape);

    /// <summary>Formats a shape as a Python tuple.</summary>
    public static string FormatShape(IReadOnlyList<long> shape) =>
        shape.Count == 1 ? $"({shape[0]},)" : $"({string.Join(", ", shape)})";
}
