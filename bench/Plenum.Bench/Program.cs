using BenchmarkDotNet.Running;
using Plenum.Bench;

// Every benchmark class in this assembly is picked up; pass BenchmarkDotNet arguments, e.g.
// dotnet run -c Release --project bench/Plenum.Bench -- --filter '*Bdm*' --job short
// `-- cpu CASE [REPEATS]` prints CPU time per operation instead (see CpuProbe).
if (args.Length > 0 && args[0] == "cpu") CpuProbe.Run(args);
else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
