using MsClr.Cli;

return MsClrApp.CreateRootCommand().Parse(args).Invoke();
