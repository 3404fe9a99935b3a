using MsClr.Kit.Data.Preparation;
using MsClr.Kit.Data.Store;
using Spectre.Console;

namespace MsClr.Cli.Commands;

/// <summary>What every <c>msclr prep</c> verb shows: a progress bar while it runs, then the result, the bad files and the splits.</summary>
internal static class PrepReport
{
    /// <summary>Runs <paramref name="run"/> under a Spectre progress bar fed by its <see cref="PreparationProgress"/> reports.</summary>
    public static Task<PreparationResult> RunWithProgressAsync(string title, Func<IProgress<PreparationProgress>, Task<PreparationResult>> run) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: 1);
                var result = await run(new Reporter(task, title)).ConfigureAwait(false);
                task.Description = Markup.Escape($"{title}: done");
                task.Value = task.MaxValue;
                return result;
            });

    /// <summary>Prints the result table, the failed files (one error per line) and <paramref name="splits"/> when given; returns the exit code: 1 when a file failed.</summary>
    public static int Print(PreparationResult result, Microsoft.Data.Analysis.DataFrame? splits)
    {
        var table = new Table().AddColumns("result", "value");
        table.AddRow("store", Markup.Escape(result.StorePath));
        table.AddRow("dataset", Markup.Escape(result.Dataset));
        table.AddRow("format", Markup.Escape(result.Format));
        table.AddRow("frames", result.Recipe is { } recipe ? $"{recipe.TargetFrames} (preprocessed)" : "raw (at most 300)");
        table.AddRow("files found", result.FilesFound.ToString());
        table.AddRow("converted", result.Converted.ToString());
        table.AddRow("skipped: missing-skeleton list", result.SkippedMissing.ToString());
        table.AddRow($"skipped: not in {Markup.Escape(result.Dataset)}", result.SkippedOutsideDataset.ToString());
        table.AddRow("failed", result.Failures.Count.ToString());
        AnsiConsole.Write(table);
        if (!result.StoreWritten)
        {
            Console.Out.WriteLine($"nothing was converted, so {result.StorePath} was not written (an earlier file there is unchanged)");
        }

        if (result.Failures.Count > 0)
        {
            Console.Out.WriteLine($"failed files ({result.Failures.Count}):");
            foreach (var failure in result.Failures)
            {
                Console.Out.WriteLine($"  {failure.Error}");
            }
        }

        if (splits is not null)
        {
            Console.Out.WriteLine("benchmark splits:");
            Console.Out.Write(DataFrameFormatting.ToText(splits));
        }

        if (result.Failures.Count == 0)
        {
            return 0;
        }

        Console.Error.WriteLine($"msclr: {result.Failures.Count} file(s) failed; {result.StorePath} holds the {result.Converted} converted sample(s)");
        return 1;
    }

    /// <summary>The NTU benchmark splits of the written store when its dataset is ntu60 or ntu120; otherwise null.</summary>
    public static async Task<Microsoft.Data.Analysis.DataFrame?> NtuSplitsAsync(PreparationResult result, CancellationToken cancellation = default) =>
        result.StoreWritten && NtuDatasets.TryParse(result.Dataset, out var dataset)
            ? await NtuSplitSummary.ReadAsync(result.StorePath, dataset, cancellation).ConfigureAwait(false)
            : null;

    // Synchronous on purpose: Progress<T> would post reports to the thread pool and could update the bar after the run.
    private sealed class Reporter(ProgressTask task, string title) : IProgress<PreparationProgress>
    {
        public void Report(PreparationProgress value)
        {
            task.MaxValue = Math.Max(1, value.FilesTotal);
            task.Value = value.FilesDone;
            var current = value.CurrentFile is null ? title : Path.GetFileName(value.CurrentFile);
            task.Description = Markup.Escape(value.Failures > 0 ? $"{current} ({value.Failures} failed)" : current);
        }
    }
}
