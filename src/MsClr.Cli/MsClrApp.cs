using System.CommandLine;
using MsClr.Cli.Commands;

namespace MsClr.Cli;

/// <summary>The <c>msclr</c> command tree; <c>Program</c> parses the arguments against it.</summary>
public static class MsClrApp
{
    /// <summary>Builds the root command with every verb.</summary>
    public static RootCommand CreateRootCommand() =>
        new("MsClr.Kit: multi-skeleton contrastive learning (MS-CLR) for skeleton action recognition")
        {
            FormatsCommand.Create(),
            ReproduceCommand.Create(),
            EnvCommand.Create(),
            NotebooksCommand.Create(),
            ExperimentCommands.Pretrain(),
            ExperimentCommands.LinearEval(),
            ExperimentCommands.Experiment(),
            EnsembleCommand.Create(),
            EncodeCommand.Create(),
            ResultsCommand.Create(),
            EvaluateCommand.Create(),
            PrepCommand.Create(),
            DataCommand.Create(),
            SweepCommand.Create(),
            StudyCommand.Create(),
        };
}
