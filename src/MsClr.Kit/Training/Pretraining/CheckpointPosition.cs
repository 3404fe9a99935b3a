namespace MsClr.Kit.Training.Pretraining;

/// <summary>Where a run continues: the next 1-based epoch and the next 0-based batch within it.</summary>
public readonly record struct CheckpointPosition(int Epoch, int Batch) : IComparable<CheckpointPosition>
{
    /// <summary>The folder name of a checkpoint at this position, e.g. <c>e0006-b0000</c>.</summary>
    public string FolderName => $"e{Epoch:D4}-b{Batch:D4}";

    /// <inheritdoc />
    public int CompareTo(CheckpointPosition other) => (Epoch, Batch).CompareTo((other.Epoch, other.Batch));

    /// <summary>Parses <see cref="FolderName"/>; false for any other name.</summary>
    public static bool TryParse(string folderName, out CheckpointPosition position)
    {
        position = default;
        var parts = folderName.Split('-');
        if (parts.Length != 2 || parts[0].Length != 5 || parts[1].Length != 5 || parts[0][0] != 'e' || parts[1][0] != 'b'
            || !int.TryParse(parts[0].AsSpan(1), out var epoch) || !int.TryParse(parts[1].AsSpan(1), out var batch))
        {
            return false;
        }

        position = new CheckpointPosition(epoch, batch);
        return true;
    }
}
