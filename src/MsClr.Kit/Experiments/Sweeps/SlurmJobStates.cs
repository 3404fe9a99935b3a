using System.Globalization;

namespace MsClr.Kit.Experiments.Sweeps;

/// <summary>Reads array task states from <c>squeue -h -r -o '%i|%T'</c> and <c>sacct -n -P -X --format=JobID,State</c>
/// lines: <c>123_4|RUNNING</c>, <c>123_[5-7,9%2]|PENDING</c>, <c>123_2|CANCELLED by 0</c>.</summary>
public static class SlurmJobStates
{
    /// <summary>Adds the state of every task of <paramref name="jobs"/> found in <paramref name="lines"/> to
    /// <paramref name="states"/> (later jobs in <paramref name="jobs"/> and later lines win).</summary>
    public static void Add(IDictionary<int, string> states, string lines, IReadOnlyList<string> jobs)
    {
        var parsed = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split('|'))
            .Where(p => p.Length >= 2 && p[0].Contains('_'))
            .Select(p => (Job: p[0][..p[0].IndexOf('_')], Tasks: p[0][(p[0].IndexOf('_') + 1)..], State: p[1]))
            .ToArray();
        foreach (var job in jobs)
        {
            foreach (var line in parsed.Where(l => l.Job == job))
            {
                foreach (var task in Tasks(line.Tasks))
                {
                    states[task] = line.State;
                }
            }
        }
    }

    /// <summary><c>4</c> → 4; <c>[5-7,9%2]</c> → 5, 6, 7, 9.</summary>
    public static IEnumerable<int> Tasks(string text)
    {
        var list = text.Trim('[', ']');
        var limit = list.IndexOf('%');
        if (limit >= 0)
        {
            list = list[..limit];
        }

        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var range = part.Split('-');
            if (range.Length == 2 && int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first) &&
                int.TryParse(range[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last))
            {
                for (var t = first; t <= last; t++)
                {
                    yield return t;
                }
            }
            else if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var single))
            {
                yield return single;
            }
        }
    }
}
