namespace MsClr.Kit.Training.Pretraining;

/// <summary>
/// Keeps a second run from writing the same run folder: an exclusively opened <c>.lock</c> file held for the run's
/// lifetime. The operating system releases it when the process ends, however it ends, so a killed run never leaves a
/// stale lock.
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly FileStream _handle;

    private RunLock(FileStream handle) => _handle = handle;

    /// <summary>Takes the lock of <paramref name="runDirectory"/>.</summary>
    /// <exception cref="InvalidOperationException">Another run (this process or another) holds it; the message names the folder and its holder.</exception>
    public static RunLock Acquire(string runDirectory)
    {
        Directory.CreateDirectory(runDirectory);
        var path = Path.Combine(runDirectory, ".lock");
        try
        {
            var handle = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            handle.SetLength(0);
            using (var writer = new StreamWriter(handle, leaveOpen: true))
            {
                writer.Write($"pid {Environment.ProcessId} since {DateTime.UtcNow:O}");
            }

            handle.Flush();
            return new RunLock(handle);
        }
        catch (IOException)
        {
            var holder = TryRead(path);
            throw new InvalidOperationException($"run folder {runDirectory} is in use by another run ({holder}); wait for it to finish or use another folder");
        }
    }

    /// <inheritdoc />
    public void Dispose() => _handle.Dispose();

    private static string TryRead(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        catch (IOException)
        {
            return "holder unknown";
        }
    }
}
