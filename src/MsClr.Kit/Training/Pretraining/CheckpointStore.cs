using System.Security.Cryptography;
using System.Text.Json;
using MsClr.Kit.IO;
using MsClr.Kit.IO.Npy;
using static TorchSharp.torch;

namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// Atomic, checksummed pretraining checkpoints under <c>{run}/checkpoints/</c>: one folder per position holding both
/// encoders, the optimiser state, the queue and <c>checkpoint.json</c> (position, queue pointer, SHA-256 of every file).
/// A folder is written under a temporary name and renamed into place, so a crash mid-write leaves the previous
/// checkpoint as the latest; a checksum mismatch is an error naming the file, never a silent load.
/// </summary>
public sealed class CheckpointStore
{
    private const string Manifest = "checkpoint.json";
    private static readonly string[] Files = ["query.dat", "key.dat", "optimizer.dat", "queue.npy"];

    /// <summary>Uses <c>{runDirectory}/checkpoints</c>.</summary>
    public CheckpointStore(string runDirectory) => Root = Path.Combine(runDirectory, "checkpoints");

    /// <summary>The checkpoints folder.</summary>
    public string Root { get; }

    /// <summary>Saves the state to resume at <paramref name="position"/>; returns the folder.</summary>
    public string Save(CheckpointPosition position, ContrastiveModel model, TorchSharp.Modules.OptimizerHelper optimizer, string fingerprint)
    {
        Directory.CreateDirectory(Root);
        var final = Path.Combine(Root, position.FolderName);
        var temporary = Path.Combine(Root, $".tmp-{position.FolderName}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temporary);
        try
        {
            model.Query.save(Path.Combine(temporary, "query.dat"));
            model.Key.save(Path.Combine(temporary, "key.dat"));
            OptimizerStateFile.Save(optimizer, Path.Combine(temporary, "optimizer.dat"));
            using (var queue = model.Queue.Queue.detach().cpu())
            {
                NpyWriter.Write(Path.Combine(temporary, "queue.npy"), queue.data<float>().ToArray(), queue.shape);
            }

            var manifest = new CheckpointManifest(position.Epoch, position.Batch, model.Queue.Pointer, fingerprint,
                Files.ToDictionary(f => f, f => Sha256(Path.Combine(temporary, f))));
            AtomicFile.WriteAllText(Path.Combine(temporary, Manifest), JsonSerializer.Serialize(manifest));
            if (Directory.Exists(final))
            {
                Directory.Delete(final, recursive: true);
            }

            Directory.Move(temporary, final);
            return final;
        }
        catch
        {
            Directory.Delete(temporary, recursive: true);
            throw;
        }
    }

    /// <summary>Deletes temporary folders left by a process killed while writing a checkpoint. Call only while holding the
    /// run's <see cref="RunLock"/>: then no other writer can own them.</summary>
    public void RemoveStaleTemporaries()
    {
        if (Directory.Exists(Root))
        {
            foreach (var stale in Directory.GetDirectories(Root, ".tmp-*"))
            {
                Directory.Delete(stale, recursive: true);
            }
        }
    }

    /// <summary>The latest complete checkpoint position, or null when there is none. Leftover temporary folders are ignored.</summary>
    public CheckpointPosition? Latest()
    {
        if (!Directory.Exists(Root))
        {
            return null;
        }

        return Directory.EnumerateDirectories(Root)
            .Where(d => File.Exists(Path.Combine(d, Manifest)))
            .Select(d => CheckpointPosition.TryParse(Path.GetFileName(d), out var p) ? p : (CheckpointPosition?)null)
            .Where(p => p is not null)
            .Max();
    }

    /// <summary>Verifies every checksum of the checkpoint at <paramref name="position"/> and loads both encoders and the queue.</summary>
    /// <remarks>TorchSharp's <c>load</c> replaces parameter tensors, so create the optimiser after this call and then
    /// restore it with <see cref="LoadOptimizer"/>.</remarks>
    /// <param name="position">The checkpoint to load.</param>
    /// <param name="model">Receives both encoders and the queue.</param>
    /// <param name="fingerprints">The fingerprints the run's configuration is known by, the current one first; a checkpoint
    /// carrying any of them is accepted.</param>
    /// <exception cref="InvalidDataException">A file is missing or its checksum differs (names the file), or the run configuration differs.</exception>
    public void LoadModel(CheckpointPosition position, ContrastiveModel model, IReadOnlyList<string> fingerprints)
    {
        var folder = Path.Combine(Root, position.FolderName);
        var manifest = Verify(folder, fingerprints);
        model.Query.load(Path.Combine(folder, "query.dat"));
        model.Key.load(Path.Combine(folder, "key.dat"));
        var queue = NpyReader.Read(Path.Combine(folder, "queue.npy"));
        using var state = tensor(queue.Data, queue.Shape.ToArray());
        model.Queue.LoadState(state, manifest.QueuePointer);
    }

    /// <summary>Restores the optimiser state (momentum buffers) of the checkpoint at <paramref name="position"/>.</summary>
    public void LoadOptimizer(CheckpointPosition position, TorchSharp.Modules.OptimizerHelper optimizer, IReadOnlyList<string> fingerprints)
    {
        var folder = Path.Combine(Root, position.FolderName);
        Verify(folder, fingerprints);
        OptimizerStateFile.Load(optimizer, Path.Combine(folder, "optimizer.dat"));
    }

    private static CheckpointManifest Verify(string folder, IReadOnlyList<string> fingerprints)
    {
        var manifestPath = Path.Combine(folder, Manifest);
        CheckpointManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<CheckpointManifest>(File.ReadAllText(manifestPath))
                ?? throw new InvalidDataException($"{manifestPath}: empty checkpoint manifest");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{manifestPath}: unreadable checkpoint manifest ({e.Message})", e);
        }

        if (!fingerprints.Contains(manifest.Fingerprint))
        {
            throw new InvalidDataException($"{manifestPath}: checkpoint was made by a run with another configuration ({manifest.Fingerprint}); expected {string.Join(" or ", fingerprints)}. Use a new run folder.");
        }

        foreach (var file in Files)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path) || !manifest.Sha256.TryGetValue(file, out var expected) || Sha256(path) != expected)
            {
                throw new InvalidDataException($"{path}: checkpoint file is missing or corrupt (SHA-256 does not match {Manifest})");
            }
        }

        return manifest;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    private sealed record CheckpointManifest(int Epoch, int Batch, int QueuePointer, string Fingerprint, Dictionary<string, string> Sha256);
}
