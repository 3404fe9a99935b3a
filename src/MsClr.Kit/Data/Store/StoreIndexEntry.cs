namespace MsClr.Kit.Data.Store;

/// <summary>One row of a <see cref="StoreIndex"/>: everything about a sample except its coordinates.</summary>
/// <param name="SampleId">Dataset-unique sample id.</param>
/// <param name="Label">0-based class label.</param>
/// <param name="Metadata">The file's metadata columns for this row (e.g. setup, camera, subject, replication).</param>
/// <param name="Frames">T.</param>
/// <param name="Persons">M, person slots.</param>
/// <param name="Joints">V.</param>
/// <param name="PersonsPresent">Person slots with at least one non-zero coordinate (0..M).</param>
public sealed record StoreIndexEntry(
    string SampleId,
    int Label,
    IReadOnlyDictionary<string, int> Metadata,
    int Frames,
    int Persons,
    int Joints,
    int PersonsPresent);
