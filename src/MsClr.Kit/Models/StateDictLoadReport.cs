namespace MsClr.Kit.Models;

/// <summary>What loading an <c>.npz</c> state dict into a module found, by name.</summary>
/// <param name="Loaded">Tensors copied into the module.</param>
/// <param name="Missing">Module tensors absent from the file.</param>
/// <param name="Unexpected">File tensors the module does not have.</param>
/// <param name="ShapeMismatches">Tensors present in both with incompatible shapes: (name, module shape, file shape).</param>
/// <param name="Sliced">Adjacency and edge-importance tensors taken as their [:, :V, :V] block from a checkpoint padded to a larger V_max, as the official code does.</param>
public sealed record StateDictLoadReport(
    IReadOnlyList<string> Loaded,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Unexpected,
    IReadOnlyList<(string Name, long[] Expected, long[] Actual)> ShapeMismatches,
    IReadOnlyList<string> Sliced)
{
    /// <summary>True when every module tensor was loaded and nothing in the file was left over or mismatched.</summary>
    public bool IsExact => Missing.Count == 0 && Unexpected.Count == 0 && ShapeMismatches.Count == 0;

    /// <inheritdoc />
    public override string ToString() =>
        $"loaded {Loaded.Count}" +
        (Sliced.Count > 0 ? $", sliced {Sliced.Count}" : "") +
        (Missing.Count > 0 ? $"; missing in file: {string.Join(", ", Missing)}" : "") +
        (Unexpected.Count > 0 ? $"; unexpected in file: {string.Join(", ", Unexpected)}" : "") +
        (ShapeMismatches.Count > 0 ? $"; shape mismatches: {string.Join(", ", ShapeMismatches.Select(m => $"{m.Name} module [{string.Join(", ", m.Expected)}] file [{string.Join(", ", m.Actual)}]"))}" : "");
}
