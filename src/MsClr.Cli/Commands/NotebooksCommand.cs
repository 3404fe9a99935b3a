using System.CommandLine;
using System.Globalization;
using MsClr.Kit.Runtime;
using MsClr.Notebooks.Execution;
using MsClr.Notebooks.Reporting;
using Spectre.Console;

namespace MsClr.Cli.Commands;

/// <summary><c>msclr notebooks run</c>: runs the paper's Polyglot notebooks headless and writes executed copies and one report.</summary>
internal static class NotebooksCommand
{
    public static Command Create()
    {
        var command = new Command("notebooks", "Work with the kit's Polyglot notebooks (.ipynb, .dib)");
        command.Subcommands.Add(RunCommand());
        return command;
    }

    private static Command RunCommand()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Notebook files or folders (their *.ipynb and *.dib); default: the repository's notebooks/ folder",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var budget = new Option<string>("--budget", "-b")
        {
            Description = "Run budget the notebooks read: smoke (seconds), quick (minutes) or paper (the paper's settings)",
            DefaultValueFactory = _ => NotebookBudgets.Smoke,
        };
        budget.AcceptOnlyFromAmong([.. NotebookBudgets.All]);
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder for the executed .ipynb copies and report.html",
            DefaultValueFactory = _ => Path.Combine(KitEnvironment.RunsRoot, "notebooks"),
        };
        var continueOnError = new Option<bool>("--continue-on-error") { Description = "Run a notebook's later cells after one fails" };
        var command = new Command("run", "Run the C# cells of notebooks in order (Roslyn scripting), write executed .ipynb copies and one offline report.html")
        {
            paths, budget, output, continueOnError,
        };
        command.SetAction(result => CliAction.Run(() =>
        {
            var notebooks = Expand(result.GetValue(paths) ?? []);
            var folder = Path.GetFullPath(result.GetValue(output)!);
            var options = new RunOptions
            {
                Budget = result.GetValue(budget)!,
                OutputDirectory = folder,
                ContinueOnError = result.GetValue(continueOnError),
            };
            var results = Run(notebooks, options);
            foreach (var run in results)
            {
                foreach (var warning in run.Warnings)
                {
                    AnsiConsole.MarkupLine($"[yellow]warning:[/] {Markup.Escape(run.Document.Name)}: {Markup.Escape(warning)}");
                }
            }

            AnsiConsole.Write(Summary(results));
            var report = Path.Combine(folder, ReportWriter.FileName);
            ReportWriter.Write(report, results);
            AnsiConsole.WriteLine($"wrote {report}");
            foreach (var failed in results.Where(run => !run.Succeeded))
            {
                Console.Error.WriteLine($"msclr: {failed.Path}: {failed.Failures[0]}");
            }

            return results.All(run => run.Succeeded) ? 0 : 1;
        }));
        return command;
    }

    /// <summary>Runs <paramref name="notebooks"/> in order with a progress bar per notebook (also used by <c>reproduce</c>).</summary>
    internal static List<NotebookResult> Run(IReadOnlyList<string> notebooks, RunOptions options)
    {
        var results = new List<NotebookResult>();
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                foreach (var path in notebooks)
                {
                    var task = context.AddTask(Markup.Escape(Path.GetFileName(path)));
                    var tracked = options with
                    {
                        CellStarted = (cell, cells) =>
                        {
                            task.MaxValue = cells;
                            task.Value = cell - 1;
                        },
                    };
                    results.Add(NotebookRunner.RunAsync(path, tracked).GetAwaiter().GetResult());
                    task.Value = task.MaxValue;
                    task.StopTask();
                }
            });
        return results;
    }

    private static Table Summary(IEnumerable<NotebookResult> results)
    {
        var table = new Table().AddColumns("notebook", "cells run", "seconds", "status");
        foreach (var run in results)
        {
            table.AddRow(
                Markup.Escape(run.Document.Name),
                $"{run.CellsRun}/{run.CSharpCells}",
                run.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture),
                run.Succeeded ? "[green]ok[/]" : $"[red]{Markup.Escape(Shorten(run.Status))}[/]");
        }

        return table;
    }

    /// <summary>The first line, cut to fit a table cell; the full message goes to stderr and the report.</summary>
    private static string Shorten(string status)
    {
        var line = status.Split('\n')[0];
        return line.Length <= 100 ? line : line[..99] + "…";
    }

    /// <summary>Files as given; folders become their *.ipynb and *.dib files in name order.</summary>
    private static List<string> Expand(string[] paths)
    {
        var given = paths.Length > 0 ? paths : [Path.Combine(KitEnvironment.RepositoryRoot, "notebooks")];
        var notebooks = new List<string>();
        foreach (var path in given)
        {
            if (Directory.Exists(path))
            {
                notebooks.AddRange(Directory.EnumerateFiles(path)
                    .Where(file => file.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".dib", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                notebooks.Add(File.Exists(path) ? path : throw new FileNotFoundException($"no notebook or folder at {Path.GetFullPath(path)}"));
            }
        }

        return notebooks.Count > 0 ? notebooks : throw new InvalidOperationException($"no .ipynb or .dib notebooks in {string.Join(", ", given)}");
    }
}
