using Plenum.Fuzz;
using SharpFuzz;

// Usage:
//   Plenum.Fuzz PARSER                 run under afl-fuzz (reads inputs from AFL's shared memory / stdin)
//   Plenum.Fuzz PARSER --replay PATH…  run files or folders of inputs once each, no fuzzer needed; exit 1 on any crash
//   Plenum.Fuzz --list                 print the parser names
if (args.Length == 1 && args[0] == "--list")
{
    foreach (var name in ParserTargets.Names) Console.WriteLine(name);
    return 0;
}
if (args.Length == 0 || !ParserTargets.TryGet(args[0], out var target))
{
    Console.Error.WriteLine($"usage: Plenum.Fuzz PARSER [--replay PATH...]; PARSER is one of {string.Join(", ", ParserTargets.Names)}");
    return 2;
}
if (args.Length >= 2 && args[1] == "--replay")
    return Replay.Run(target, args.Skip(2).ToList());

Fuzzer.Run(target.Check);
return 0;
