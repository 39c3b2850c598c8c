namespace Plenum.Fuzz;

/// <summary>Runs saved inputs (a corpus, or AFL's crashes folder) through a parser without a fuzzer.</summary>
public static class Replay
{
    /// <summary>Checks every file under the paths; prints each failure with its stack trace; 1 if any failed.</summary>
    public static int Run(IFuzzTarget target, IReadOnlyList<string> paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal))
                : [p])
            .Order(StringComparer.Ordinal)
            .ToList();
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                using var stream = File.OpenRead(file);
                target.Check(stream);
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"CRASH {target.Name} {file}\n{e}\n");
            }
        }
        Console.WriteLine($"{target.Name}: {files.Count} inputs, {failed} crashed");
        return failed == 0 ? 0 : 1;
    }
}
