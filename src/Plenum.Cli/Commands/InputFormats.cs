using Plenum.Core.Imports;

namespace Plenum.Cli.Commands;

/// <summary>Reads the <c>--from</c> option.</summary>
internal static class InputFormats
{
    public static InputFormat? Parse(string? name)
    {
        if (name is null) return null;
        if (ScenarioFiles.FormatNames.TryGetValue(name, out var f)) return f;
        throw new UsageException($"--from {name} is not a known format; expected one of: {string.Join(", ", ScenarioFiles.FormatNames.Keys)}");
    }

    /// <summary>Opens the file, or throws an input error carrying every problem line.</summary>
    public static Core.Scenarios.Scenario OpenOrFail(string path, InputFormat? format)
    {
        var result = ScenarioFiles.Open(path, format);
        if (result.IsValid) return result.Scenario!;
        throw new InputProblemsException(result.Problems);
    }
}

/// <summary>The input has problems; each is printed as one line, exit 2.</summary>
public sealed class InputProblemsException(IReadOnlyList<Core.Scenarios.ScenarioProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
{
    public IReadOnlyList<Core.Scenarios.ScenarioProblem> Problems { get; } = problems;
}
