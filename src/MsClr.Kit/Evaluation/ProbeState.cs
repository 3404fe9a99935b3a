using System.Text.Json;
using MsClr.Kit.Training;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MsClr.Kit.Evaluation;

/// <summary>
/// Where a stopped linear probe (or fine-tuning run, <see cref="SupervisedTraining"/>) stands, so it resumes bit-identically:
/// the epochs done, the trained module (the probe's classifier, or the whole network with its BatchNorm statistics), the SGD
/// momentum buffers, the shuffling generator's state and the losses and periodic accuracies so far. One folder
/// (<c>classifier.dat</c>, <c>optimizer.dat</c>, <c>generator.bin</c>, <c>state.json</c>) written beside its final name
/// and renamed into place, so a reader finds either no state or a whole one.
/// </summary>
internal static class ProbeState
{
    // TrainSeconds: training wall time summed over the sessions so far (states written before it existed read 0).
    private sealed record Progress(int Epoch, List<double> Losses, List<int> PeriodicEpochs, List<double> PeriodicTop1, double TrainSeconds = 0);

    /// <summary>Saves the state after <paramref name="epoch"/> into <paramref name="folder"/>, replacing an older one;
    /// <paramref name="trainSeconds"/> is the training wall time so far, all sessions together.</summary>
    public static void Save(string folder, int epoch, nn.Module classifier, OptimizerHelper optimizer, Generator generator, List<double> losses, List<(int Epoch, double Top1)> periodic, double trainSeconds = 0)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(folder))!;
        Directory.CreateDirectory(parent);
        var temporary = Path.Combine(parent, $".tmp-{Path.GetFileName(folder)}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temporary);
        try
        {
            classifier.save(Path.Combine(temporary, "classifier.dat"));
            OptimizerStateFile.Save(optimizer, Path.Combine(temporary, "optimizer.dat"));
            using (var state = generator.get_state())
            {
                File.WriteAllBytes(Path.Combine(temporary, "generator.bin"), state.data<byte>().ToArray());
            }

            var progress = new Progress(epoch, losses, periodic.Select(p => p.Epoch).ToList(), periodic.Select(p => p.Top1).ToList(), trainSeconds);
            File.WriteAllText(Path.Combine(temporary, "state.json"), JsonSerializer.Serialize(progress));
            Delete(folder);
            Directory.Move(temporary, folder);
        }
        catch
        {
            Delete(temporary);
            throw;
        }
    }

    /// <summary>Loads a saved state into the arguments and returns its epoch and training seconds so far, or (0, 0) when
    /// <paramref name="folder"/> holds none.</summary>
    /// <exception cref="InvalidDataException">The state does not fit the classifier or is unreadable (the message names the folder).</exception>
    public static (int Epoch, double TrainSeconds) Load(string folder, nn.Module classifier, OptimizerHelper optimizer, Generator generator, List<double> losses, List<(int Epoch, double Top1)> periodic)
    {
        if (!File.Exists(Path.Combine(folder, "state.json")))
        {
            return (0, 0);
        }

        try
        {
            var progress = JsonSerializer.Deserialize<Progress>(File.ReadAllText(Path.Combine(folder, "state.json")))
                ?? throw new InvalidDataException("empty state.json");
            classifier.load(Path.Combine(folder, "classifier.dat"));
            OptimizerStateFile.Load(optimizer, Path.Combine(folder, "optimizer.dat"));
            using (var state = tensor(File.ReadAllBytes(Path.Combine(folder, "generator.bin"))))
            {
                generator.set_state(state);
            }

            losses.AddRange(progress.Losses);
            periodic.AddRange(progress.PeriodicEpochs.Zip(progress.PeriodicTop1));
            return (progress.Epoch, progress.TrainSeconds);
        }
        catch (Exception e) when (e is not InvalidDataException and not OutOfMemoryException)
        {
            throw new InvalidDataException($"{folder}: the saved training state cannot be loaded ({e.Message}); delete the folder to start over", e);
        }
    }

    /// <summary>Removes a state (after its probe finished, so a later forced rerun starts fresh).</summary>
    public static void Delete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
