using System.CommandLine;
using MsClr.Kit.Data.Ntu;
using MsClr.Kit.Data.Preparation;
using MsClr.Kit.Runtime;
using MsClr.Kit.Skeletons;

namespace MsClr.Cli.Commands;

/// <summary><c>msclr prep</c>: turn raw datasets into the Parquet store (<c>ntu</c>: Kinect <c>.skeleton</c> files; <c>metrabs</c>: MeTRAbs <c>.npy</c> poses; <c>synthetic</c>: the built-in benchmark).</summary>
internal static class PrepCommand
{
    public static Command Create() =>
        new("prep", "Prepare datasets: convert raw NTU skeletons or MeTRAbs poses into the Parquet store under the data root")
        {
            NtuCommand(),
            MetrabsCommand(),
            PrepSyntheticCommand.Create(),
        };

    /// <summary>The <c>--data</c> option shared by the data verbs.</summary>
    internal static Option<string> DataRootOption() => new("--data")
    {
        Description = $"Data root (default: ${KitEnvironment.DataVariable} or data/ in the repository)",
        DefaultValueFactory = _ => KitEnvironment.DataRoot,
    };

    private static Command NtuCommand()
    {
        var raw = new Option<string>("--raw") { Description = "Folder of NTU RGB+D .skeleton files (searched recursively)", Required = true };
        var benchmark = new Option<string>("--benchmark")
        {
            Description = "Benchmark family: ntu60 (actions 1-60, setups 1-17) or ntu120 (all)",
            DefaultValueFactory = _ => "ntu60",
        }.AcceptOnlyFromAmong("ntu60", "ntu120");
        var missing = new Option<string?>("--missing") { Description = "Samples-with-missing-skeletons list; its samples are skipped and counted (default: the official list of the --benchmark family, built into the kit)" };
        var denoise = new Option<bool>("--denoise") { Description = "Keep the two most active bodies in fixed slots (2s-AGCN) instead of the official first two per frame" };
        var frames = new Option<int>("--frames") { Description = "Frames after preprocessing", DefaultValueFactory = _ => 50 };
        var noPreprocess = new Option<bool>("--no-preprocess") { Description = "Store the raw gendata frames (at most 300, camera space) instead of the official preprocessing" };
        var workers = WorkersOption();
        var data = DataRootOption();
        var command = new Command("ntu", "Convert NTU RGB+D .skeleton files into {data}/{ntu60|ntu120}/ntu-rgb+d.parquet (exit code 1 if a file failed)")
        {
            raw, benchmark, missing, denoise, frames, noPreprocess, workers, data,
        };
        command.SetAction((result, cancellation) => CliAction.RunAsync(async () =>
        {
            var options = new NtuPreparationOptions(result.GetValue(raw)!, result.GetValue(data)!)
            {
                Dataset = NtuDatasets.Parse(result.GetValue(benchmark)!),
                MissingListPath = result.GetValue(missing),
                BodySelection = result.GetValue(denoise) ? BodySelection.EnergyDenoised : BodySelection.OfficialFirstTwo,
                Frames = result.GetValue(frames),
                Preprocess = !result.GetValue(noPreprocess),
                Workers = result.GetValue(workers),
            };
            var prepared = await PrepReport.RunWithProgressAsync("reading .skeleton files", progress => NtuPreparation.RunAsync(options, progress)).ConfigureAwait(false);
            return PrepReport.Print(prepared, await PrepReport.NtuSplitsAsync(prepared, cancellation).ConfigureAwait(false));
        }));
        return command;
    }

    private static Command MetrabsCommand()
    {
        var npy = new Option<string>("--npy") { Description = "Folder of MeTRAbs {sample_id}_{skeleton}.npy files (searched recursively)", Required = true };
        var format = new Option<string>("--format") { Description = "Skeleton format: a built-in name (e.g. smplx_42) or a format JSON path", Required = true };
        var unit = new Option<string>("--unit") { Description = "Unit of the .npy coordinates: mm (MeTRAbs) or m", DefaultValueFactory = _ => "mm" };
        var dataset = new Option<string>("--dataset") { Description = "Dataset name of the store; ntu60/ntu120 also keep only that family's samples", DefaultValueFactory = _ => "ntu60" };
        var skeleton = new Option<string?>("--skeleton") { Description = "Skeleton name in the file names when it differs from the format's name" };
        var missing = new Option<string?>("--missing") { Description = "A sample list whose samples are skipped and counted (default for ntu60/ntu120: the built-in missing-skeleton list)" };
        var frames = new Option<int>("--frames") { Description = "Frames after preprocessing", DefaultValueFactory = _ => 50 };
        var noPreprocess = new Option<bool>("--no-preprocess") { Description = "Store the imported frames (at most 300) without the format's preprocessing recipe" };
        var workers = WorkersOption();
        var data = DataRootOption();
        var command = new Command("metrabs", "Import MeTRAbs .npy poses into {data}/{dataset}/{format}.parquet (exit code 1 if a file failed)")
        {
            npy, format, unit, dataset, skeleton, missing, frames, noPreprocess, workers, data,
        };
        command.SetAction((result, cancellation) => CliAction.RunAsync(async () =>
        {
            var unitText = result.GetValue(unit);
            if (!LengthUnits.TryParse(unitText, out var sourceUnit))
            {
                throw new FormatException($"--unit '{unitText}': expected mm or m");
            }

            var options = new MetrabsPreparationOptions(result.GetValue(npy)!, SkeletonFormats.Resolve(result.GetValue(format)!), sourceUnit, result.GetValue(data)!)
            {
                Dataset = result.GetValue(dataset)!,
                SkeletonName = result.GetValue(skeleton),
                MissingListPath = result.GetValue(missing),
                Frames = result.GetValue(frames),
                Preprocess = !result.GetValue(noPreprocess),
                Workers = result.GetValue(workers),
            };
            var prepared = await PrepReport.RunWithProgressAsync("reading .npy files", progress => MetrabsPreparation.RunAsync(options, progress)).ConfigureAwait(false);
            if (options.Preprocess && prepared.Recipe is null)
            {
                Console.Out.WriteLine($"format '{options.Format.Name}' has no built-in preprocessing recipe: stored the imported frames");
            }

            return PrepReport.Print(prepared, await PrepReport.NtuSplitsAsync(prepared, cancellation).ConfigureAwait(false));
        }));
        return command;
    }

    private static Option<int> WorkersOption() => new("--workers")
    {
        Description = "Files read in parallel",
        DefaultValueFactory = _ => 2,
    };
}
