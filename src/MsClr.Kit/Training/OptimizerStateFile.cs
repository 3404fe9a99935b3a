using System.Text;
using TorchSharp.Modules;

namespace MsClr.Kit.Training;

/// <summary>
/// An optimiser's state on disk (<c>optimizer.dat</c> of checkpoints and resumable probes) in TorchSharp's format: the
/// optimiser's type name, then its options and per-parameter state. <see cref="ScalarSafeSgd"/> is written under the name
/// TorchSharp's own SGD writes, and either name is read into either optimiser, so the files are the same bytes as before
/// the kit had its own SGD and runs made before it resume.
/// </summary>
public static class OptimizerStateFile
{
    /// <summary>Writes the state of <paramref name="optimizer"/> to <paramref name="path"/>.</summary>
    /// <param name="optimizer">The optimiser.</param>
    /// <param name="path">The file (created or replaced).</param>
    public static void Save(OptimizerHelper optimizer, string path)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            optimizer.save_state_dict(writer);
        }

        buffer.Position = 0;
        using var reader = new BinaryReader(buffer, Encoding.UTF8, leaveOpen: true);
        reader.ReadString();
        using var file = File.Create(path);
        using (var header = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(FileName(optimizer.GetType().Name));
        }

        buffer.CopyTo(file);
    }

    /// <summary>Reads the state in <paramref name="path"/> into <paramref name="optimizer"/>.</summary>
    /// <param name="optimizer">The optimiser; its parameter groups must match the saved ones.</param>
    /// <param name="path">The file.</param>
    /// <exception cref="InvalidDataException">The file holds another optimiser's state (the message names both).</exception>
    public static void Load(OptimizerHelper optimizer, string path)
    {
        using var file = File.OpenRead(path);
        using var reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
        var saved = reader.ReadString();
        var own = optimizer.GetType().Name;
        if (FileName(saved) != FileName(own))
        {
            throw new InvalidDataException($"{path}: holds the state of optimiser {saved}, not {own}");
        }

        using var buffer = new MemoryStream();
        using (var header = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(own);
        }

        file.CopyTo(buffer);
        buffer.Position = 0;
        using var body = new BinaryReader(buffer, Encoding.UTF8, leaveOpen: true);
        optimizer.load_state_dict(body);
    }

    // The name an optimiser type is filed under: TorchSharp's for the algorithm the kit reimplements.
    private static string FileName(string typeName) => typeName == nameof(ScalarSafeSgd) ? nameof(SGD) : typeName;
}
