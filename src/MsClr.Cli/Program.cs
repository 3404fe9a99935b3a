using System.CommandLine;
using MsClr.Cli.Commands;

var root = new RootCommand("MsClr.Kit: multi-skeleton contrastive learning (MS-CLR) for skeleton action recognition")
{
    FormatsCommand.Create(),
    ReproduceCommand.Create(),
    EnvCommand.Create(),
};
return root.Parse(args).Invoke();
