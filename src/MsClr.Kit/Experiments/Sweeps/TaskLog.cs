using System.Globalization;

namespace MsClr.Kit.Experiments.Sweeps;

/// <summary>
/// A sweep task's own log, <c>task.log</c> in its run folder: one line per event (<c>{UTC time} {event} {detail}</c>),
/// appended by the one task that runs the spec, read by <c>msclr sweep status</c>. Events: <see cref="Start"/>,
/// <see cref="Epoch"/>, <see cref="Preempted"/>, <see cref="Failed"/> and <see cref="Done"/>.
/// </summary>
public static class TaskLog
{
    /// <summary>The log's file name inside the run folder.</summary>
    public const string FileName = "task.log";

    /// <summary>A task started (or restarted after a requeue).</summary>
    public const string Start = "start";

    /// <summary>A pretraining epoch finished.</summary>
    public const string Epoch = "epoch";

    /// <summary>Stopped by SIGTERM or SIGHUP after saving a checkpoint; the job script requeues it.</summary>
    public const string Preempted = "preempted";

    /// <summary>Stopped by an error; the detail is its message.</summary>
    public const string Failed = "failed";

    /// <summary>Finished and recorded in the results store.</summary>
    public const string Done = "done";

    /// <summary>The log of the run in <paramref name="runDirectory"/>.</summary>
    public static string PathIn(string runDirectory) => Path.Combine(runDirectory, FileName);

    /// <summary>Appends one event line (the detail's line breaks become spaces).</summary>
    public static void Write(string runDirectory, string @event, string detail)
    {
        Directory.CreateDirectory(runDirectory);
        var line = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd'T'HH:mm:ss'Z'} {@event} {detail.ReplaceLineEndings(" ")}\n");
        File.AppendAllText(PathIn(runDirectory), line);
    }

    /// <summary>The last line of the log, or null when there is none.</summary>
    public static string? LastLine(string runDirectory)
    {
        var path = PathIn(runDirectory);
        return File.Exists(path) ? File.ReadLines(path).LastOrDefault(l => l.Length > 0) : null;
    }

    /// <summary>The event of a log line (its second word), or null.</summary>
    public static string? EventOf(string? line) => line?.Split(' ', 3) is { Length: >= 2 } parts ? parts[1] : null;
}
