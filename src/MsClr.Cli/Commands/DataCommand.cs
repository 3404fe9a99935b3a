using System.CommandLine;
using MsClr.Kit.Data.Preparation;
using MsClr.Kit.Data.Store;

namespace MsClr.Cli.Commands;

/// <summary><c>msclr data</c>: look at the prepared stores (<c>summary</c>: samples per class and split, frames, persons).</summary>
internal static class DataCommand
{
    // NTU-120 has 120 classes; print every one rather than DataFrameFormatting's default 100 rows.
    private const int MaxRows = 1000;

    public static Command Create() =>
        new("data", "Inspect the Parquet stores under the data root")
        {
            SummaryCommand(),
        };

    private static Command SummaryCommand()
    {
        var data = PrepCommand.DataRootOption();
        var dataset = new Option<string?>("--dataset") { Description = "Only this dataset's stores (the folder name, e.g. ntu60)" };
        var command = new Command("summary", "For each store: dataset, format, samples, and samples per class, per split, frames and persons")
        {
            data, dataset,
        };
        command.SetAction((result, cancellation) => CliAction.RunAsync(async () =>
        {
            var root = result.GetValue(data)!;
            var only = result.GetValue(dataset);
            var stores = DatasetSummary.FindStores(root, only);
            if (stores.Count == 0)
            {
                Console.Error.WriteLine($"msclr: no store under {root}{(only is null ? string.Empty : $" for dataset '{only}'")}; expected {{data}}/{{dataset}}/{{format}}{StorePaths.Extension} (see msclr prep)");
                return 2;
            }

            foreach (var path in stores)
            {
                Print(await DatasetSummary.ReadAsync(path, cancellation).ConfigureAwait(false));
            }

            return 0;
        }));
        return command;
    }

    private static void Print(DatasetSummary summary)
    {
        var output = Console.Out;
        output.WriteLine($"dataset {summary.Dataset}  format {summary.Format}  samples {summary.Samples}  ({summary.Path})");
        output.WriteLine();
        output.WriteLine("per class:");
        output.Write(DataFrameFormatting.ToText(summary.PerClass, MaxRows));
        foreach (var split in summary.Splits)
        {
            output.WriteLine();
            output.WriteLine($"per split ({split.Benchmark}):");
            output.Write(DataFrameFormatting.ToText(split.Table, MaxRows));
        }

        output.WriteLine();
        output.WriteLine("frames:");
        output.Write(DataFrameFormatting.ToText(summary.Frames));
        output.WriteLine();
        output.WriteLine("persons:");
        output.Write(DataFrameFormatting.ToText(summary.Persons));
        output.WriteLine();
    }
}
