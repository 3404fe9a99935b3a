using System.Diagnostics;
using System.Globalization;

namespace MsClr.Bench;

/// <summary>A timed operation: warm-up runs, then repeats, reported as min / median / max of a rate.</summary>
internal sealed record Measurement(string Name, string Unit, double Min, double Median, double Max)
{
    /// <summary>Runs <paramref name="operation"/> <paramref name="warmup"/> times untimed, then <paramref name="repeats"/> times
    /// timed; each run returns the amount of work it did (bytes, samples, ...), turned into a rate per second.</summary>
    public static Measurement Run(string name, string unit, int warmup, int repeats, Func<double> operation)
    {
        for (var i = 0; i < warmup; i++)
        {
            operation();
        }

        var rates = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            var work = operation();
            rates.Add(work / clock.Elapsed.TotalSeconds);
        }

        rates.Sort();
        return new Measurement(name, unit, rates[0], rates[rates.Count / 2], rates[^1]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Median:F2} | {Min:F2} | {Max:F2} | {Unit} |");
}
