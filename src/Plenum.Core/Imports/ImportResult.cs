using Plenum.Core.Scenarios;

namespace Plenum.Core.Imports;

/// <summary>Either an imported scenario or the problems (with line and column) that prevent it.</summary>
public sealed record ImportResult(Scenario? Scenario, IReadOnlyList<ScenarioProblem> Problems);
