namespace Plenum.Core.Scenarios;

/// <summary>One thing wrong with an input file, located precisely.</summary>
/// <param name="Where">Where the problem is.</param>
/// <param name="Code">A stable short code (e.g. <c>unknown-key</c>) that tests and tools can match.</param>
/// <param name="Message">What is wrong and what was expected, in the scenario's own words.</param>
public sealed record ScenarioProblem(SourceSpan Where, string Code, string Message)
{
    /// <summary>The single line printed to users: <c>FILE:LINE:COL: message</c>.</summary>
    public override string ToString() => $"{Where}: {Message}";
}
