using Plenum.Core.Scenarios;

namespace Plenum.Core.Imports;

/// <summary>What an importer produced: a scenario, or the problems that prevented one (with exact places).</summary>
public sealed record ImportResult(Scenario? Scenario, IReadOnlyList<ScenarioProblem> Problems);
