using BenchmarkDotNet.Running;
using Plenum.Bench;

// Every benchmark class in this assembly is picked up; pass BenchmarkDotNet arguments, e.g.
// dotnet run -c Release --project bench/Plenum.Bench -- --filter '*Bdm*' --job short
// `-- cpu CASE [REPEATS]` prints CPU time per operation instead (see CpuProbe).
// `-- search MB [REPEATS]` times the evidence searches over a corpus of MB MiB (built once; see EvidenceCorpusStore).
if (args.Length > 0 && args[0] == "cpu") CpuProbe.Run(args);
else if (args.Length > 1 && args[0] == "search")
    await EvidenceCorpusStore.ProbeAsync(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture),
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
