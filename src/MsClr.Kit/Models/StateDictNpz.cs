using System.IO.Compression;
using System.Runtime.InteropServices;
using MsClr.Kit.IO;
using MsClr.Kit.IO.Npy;
using static TorchSharp.torch;

namespace MsClr.Kit.Models;

/// <summary>
/// Module weights as a NumPy <c>.npz</c> archive: one array per state-dict key (what <c>np.savez</c> writes and
/// <c>data-prep/export_checkpoint.py</c> produces from an official PyTorch checkpoint). Loading matches by name and
/// reports missing, unexpected and mis-shaped tensors by name.
/// </summary>
public static class StateDictNpz
{
    /// <summary>Writes every parameter and buffer of <paramref name="module"/> to <paramref name="path"/> (float32 as
    /// <c>&lt;f4</c>, int64 as <c>&lt;i8</c>, bool as <c>|b1</c>), through a temporary file.</summary>
    public static void Save(nn.Module module, string path) => AtomicFile.Write(path, stream =>
    {
        using var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, value) in module.state_dict())
        {
            using var cpu = value.detach().cpu().contiguous();
            var (descr, bytes) = cpu.dtype switch
            {
                ScalarType.Float32 => ("<f4", MemoryMarshal.AsBytes(cpu.data<float>().ToArray().AsSpan()).ToArray()),
                ScalarType.Int64 => ("<i8", MemoryMarshal.AsBytes(cpu.data<long>().ToArray().AsSpan()).ToArray()),
                ScalarType.Bool => ("|b1", cpu.data<bool>().ToArray().Select(b => b ? (byte)1 : (byte)0).ToArray()),
                _ => throw new NotSupportedException($"state-dict entry '{name}' has dtype {cpu.dtype}; only float32, int64 and bool are written"),
            };
            using var entry = archive.CreateEntry($"{name}.npy", CompressionLevel.NoCompression).Open();
            NpyWriter.WriteRaw(entry, descr, cpu.shape, bytes);
        }
    });

    /// <summary>Loads <paramref name="path"/> into <paramref name="module"/> by name.</summary>
    /// <param name="module">Target module; matching tensors are copied in place.</param>
    /// <param name="path">The <c>.npz</c> file.</param>
    /// <param name="strict">Throw when anything is missing, unexpected or mis-shaped (the message lists every name).</param>
    /// <param name="rename">Maps a file key to a module key (e.g. <see cref="SingleSkeletonKeys"/>); null keeps names.</param>
    public static StateDictLoadReport Load(nn.Module module, string path, bool strict = true, Func<string, string>? rename = null)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"weights file not found: {path}", path);
        }

        var target = module.state_dict();
        var (loaded, unexpected, mismatches, sliced) = (new List<string>(), new List<string>(), new List<(string, long[], long[])>(), new List<string>());
        using var archive = ZipFile.OpenRead(path);
        using (no_grad())
        {
            foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".npy", StringComparison.Ordinal)))
            {
                var fileKey = entry.FullName[..^4];
                var key = rename?.Invoke(fileKey) ?? fileKey;
                if (!target.TryGetValue(key, out var destination))
                {
                    unexpected.Add(fileKey);
                    continue;
                }

                using var value = ReadEntry(entry, $"{path}:{fileKey}");
                var source = value;
                if (!source.shape.SequenceEqual(destination.shape) && IsPaddedGraphTensor(key, source, destination))
                {
                    source = source.narrow(1, 0, destination.shape[1]).narrow(2, 0, destination.shape[2]);
                    sliced.Add(key);
                }

                if (!source.shape.SequenceEqual(destination.shape))
                {
                    mismatches.Add((key, destination.shape, value.shape));
                    continue;
                }

                destination.copy_(source.to(destination.dtype).to(destination.device));
                loaded.Add(key);
            }
        }

        var report = new StateDictLoadReport(loaded, target.Keys.Except(loaded).ToArray(), unexpected, mismatches, sliced);
        if (strict && !report.IsExact)
        {
            throw new InvalidDataException($"{path}: weights do not match the model: {report}");
        }

        return report;
    }

    /// <summary>Every tensor's name and shape in <paramref name="path"/>, read from the arrays' headers.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IReadOnlyDictionary<string, long[]> Shapes(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"weights file not found: {path}", path);
        }

        using var archive = ZipFile.OpenRead(path);
        var shapes = new Dictionary<string, long[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".npy", StringComparison.Ordinal)))
        {
            using var buffer = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }

            buffer.Position = 0;
            shapes[entry.FullName[..^4]] = NpyReader.ReadRaw(buffer, $"{path}:{entry.FullName}").Header.Shape.ToArray();
        }

        return shapes;
    }

    /// <summary>
    /// Maps the keys of a single-skeleton AimCLR/SkeletonCLR encoder (<c>data_bn.weight</c>, <c>A</c>,
    /// <c>edge_importance.3</c>) to this kit's multi-format names for <paramref name="formatName"/>.
    /// </summary>
    public static Func<string, string> SingleSkeletonKeys(string formatName) => key =>
        key == "A" ? $"A_{formatName}"
        : key.StartsWith("data_bn.", StringComparison.Ordinal) ? $"data_bn.{formatName}.{key["data_bn.".Length..]}"
        : key.StartsWith("edge_importance.", StringComparison.Ordinal) ? $"edge_importance.{formatName}.{key["edge_importance.".Length..]}"
        : key;

    // The official linear evaluation slices A and edge importance of a V_max-padded checkpoint to the model's V.
    private static bool IsPaddedGraphTensor(string key, Tensor source, Tensor destination) =>
        (key.StartsWith("A_", StringComparison.Ordinal) || key.StartsWith("edge_importance.", StringComparison.Ordinal))
        && source.dim() == 3 && destination.dim() == 3 && source.shape[0] == destination.shape[0]
        && source.shape[1] >= destination.shape[1] && source.shape[2] >= destination.shape[2];

    private static Tensor ReadEntry(ZipArchiveEntry entry, string name)
    {
        using var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        var (header, data) = NpyReader.ReadRaw(buffer, name);
        var shape = header.Shape.ToArray();
        return header.Descr switch
        {
            "<f4" => tensor(MemoryMarshal.Cast<byte, float>(data).ToArray(), shape),
            "<f8" => tensor(MemoryMarshal.Cast<byte, double>(data).ToArray(), shape).to(ScalarType.Float32),
            "<i8" => tensor(MemoryMarshal.Cast<byte, long>(data).ToArray(), shape),
            "<i4" => tensor(MemoryMarshal.Cast<byte, int>(data).ToArray(), shape).to(ScalarType.Int64),
            "|b1" => tensor(data.Select(b => b != 0).ToArray(), shape),
            _ => tensor(data, shape),
        };
    }
}
