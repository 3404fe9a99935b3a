using static TorchSharp.torch;

namespace MsClr.Kit.Runtime;

/// <summary>
/// Where the kit keeps data and runs, which device it computes on and with how many threads. Each value can be set
/// through an environment variable; see environment.md.
/// </summary>
public static class KitEnvironment
{
    /// <summary>Environment variable naming the data root (datasets in Parquet).</summary>
    public const string DataVariable = "MSCLR_DATA";

    /// <summary>Environment variable naming the runs root (checkpoints, metrics, reports).</summary>
    public const string RunsVariable = "MSCLR_RUNS";

    /// <summary>Environment variable forcing the device: <c>cpu</c>, <c>cuda</c> or <c>cuda:N</c>.</summary>
    public const string DeviceVariable = "MSCLR_DEVICE";

    /// <summary>Environment variable setting the number of intra-op CPU threads.</summary>
    public const string ThreadsVariable = "MSCLR_THREADS";

    /// <summary>The repository root: the nearest folder at or above the program's folder or the working directory holding <c>MsClr.Kit.sln</c>; the working directory when there is none.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Data root: <c>$MSCLR_DATA</c>, or <c>data/</c> under the repository root.</summary>
    public static string DataRoot => FromVariable(DataVariable) ?? Path.Combine(RepositoryRoot, "data");

    /// <summary>Runs root: <c>$MSCLR_RUNS</c>, or <c>runs/</c> under the repository root.</summary>
    public static string RunsRoot => FromVariable(RunsVariable) ?? Path.Combine(RepositoryRoot, "runs");

    /// <summary>The compute device: <c>$MSCLR_DEVICE</c> when set, else CUDA when a CUDA build of LibTorch sees a GPU, else the CPU.</summary>
    public static Device ComputeDevice
    {
        get
        {
            var requested = FromVariable(DeviceVariable);
            if (requested is not null)
            {
                if (requested.StartsWith("cuda", StringComparison.OrdinalIgnoreCase) && !cuda.is_available())
                {
                    throw new InvalidOperationException(
                        $"{DeviceVariable}={requested} but no CUDA device is available (this build uses the '{TorchBackend}' LibTorch backend)");
                }

                return new Device(requested);
            }

            return cuda.is_available() ? CUDA : CPU;
        }
    }

    /// <summary><c>cuda</c> when LibTorch sees a CUDA device, otherwise <c>cpu</c>.</summary>
    public static string TorchBackend => cuda.is_available() ? "cuda" : "cpu";

    /// <summary>Applies <c>$MSCLR_THREADS</c> (when set) to LibTorch's intra-op thread pool and returns the thread count in use.</summary>
    public static int ConfigureThreads() => ConfigureThreads(FromVariable(ThreadsVariable));

    /// <summary>Applies <paramref name="requested"/> (the variable's text; null: leave LibTorch's count) and returns the count in use.</summary>
    internal static int ConfigureThreads(string? requested)
    {
        if (ParseThreads(requested) is { } threads)
        {
            set_num_threads(threads);
        }

        return get_num_threads();
    }

    /// <summary>The thread count <c>$MSCLR_THREADS</c> asks for, or null when it is unset (LibTorch's default, or cores ÷ tasks
    /// where experiments run side by side). The one parser of the variable.</summary>
    /// <exception cref="InvalidOperationException">The variable is set to anything but a positive integer.</exception>
    public static int? RequestedThreads => ParseThreads(FromVariable(ThreadsVariable));

    /// <summary>Parses the variable's text: null for null, else a positive integer (digits only).</summary>
    /// <exception cref="InvalidOperationException">Anything else; the message names the variable and the text.</exception>
    internal static int? ParseThreads(string? text) => text is null ? null
        : int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var threads) && threads >= 1
            ? threads
            : throw new InvalidOperationException($"{ThreadsVariable}='{text}': expected a positive integer");

    private static string? FromVariable(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "MsClr.Kit.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
