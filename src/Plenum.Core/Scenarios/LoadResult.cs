namespace Plenum.Core.Scenarios;

/// <summary>Either a validated scenario or the problems that stop it from being one.</summary>
public sealed record LoadResult(Scenario? Scenario, IReadOnlyList<ScenarioProblem> Problems)
{
    /// <summary>Whether the scenario can be used.</summary>
    public bool IsValid => Scenario is not null && Problems.Count == 0;
}
