using Plenum.Cli;

return await PlenumApp.RunAsync(args, Console.Out, Console.Error);
