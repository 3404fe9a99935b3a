using System.Globalization;

namespace MsClr.Bench;

/// <summary>Resident memory of this process from <c>/proc/self/status</c> (Linux), in GB.</summary>
internal static class ProcessMemory
{
    /// <summary>VmRSS: resident now.</summary>
    public static double ResidentGb() => Read("VmRSS:");

    /// <summary>VmHWM: the peak resident size since the process started.</summary>
    public static double PeakResidentGb() => Read("VmHWM:");

    private static double Read(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return double.NaN;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0 / 1024.0;
    }
}
