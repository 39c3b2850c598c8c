using BenchmarkDotNet.Running;

// Every benchmark class in this assembly is picked up; pass BenchmarkDotNet arguments, e.g.
// dotnet run -c Release --project bench/Plenum.Bench -- --filter '*Bdm*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
