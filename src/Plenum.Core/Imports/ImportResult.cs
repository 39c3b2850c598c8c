using Plenum.Core.Scenarios;

namespace Plenum.Core.Imports;

/// <summary>The outcome of reading a foreign file: a scenario, or the problems that prevent one.</summary>
public sealed record ImportResult(Scenario? Scenario, IReadOnlyList<ScenarioProblem> Problems);
