namespace Plenum.Cli.Commands;

/// <summary>The <c>--format</c> values every reporting command accepts.</summary>
internal static class OutputFormats
{
    /// <summary>table, json or csv (any case); anything else is a usage error.</summary>
    public static string Parse(string format)
    {
        var f = format.ToLowerInvariant();
        return f is "table" or "json" or "csv" ? f : throw new UsageException($"--format {format} is not known; expected table, json or csv");
    }
}
