using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Runs <see cref="BdmModel"/> on Monte Carlo draws of one scenario: the same rounds as <see cref="BdmModel.Run"/>,
/// with the options parsed once, each issue's round buffers and actor index kept from draw to draw, and no notes,
/// option echo or (with <c>bdm.detail=none</c>) tables, which the Monte Carlo summary never reads.
/// </summary>
/// <remarks>Not thread-safe: one runner per thread (<see cref="IMonteCarloModel.Prepare"/>).</remarks>
internal sealed class BdmDrawRunner(BdmOptions options) : IDrawRunner
{
    private static readonly IReadOnlyDictionary<string, string> NoEcho = new Dictionary<string, string>();
    private readonly BdmTables _unusedTables = new();
    private BdmIssueInput?[] _previous = [];
    private BdmWorkspace[] _workspaces = [];

    /// <inheritdoc />
    public ForecastResult Run(Scenario drawn, RandomStream random)
    {
        var count = drawn.Issues.Count;
        if (_workspaces.Length != count)
        {
            _previous = new BdmIssueInput?[count];
            _workspaces = new BdmWorkspace[count];
            for (var k = 0; k < count; k++) _workspaces[k] = new BdmWorkspace();
        }
        // Every issue is checked before any is run, as in BdmModel.Run.
        var inputs = new BdmIssueInput[count];
        for (var k = 0; k < count; k++)
        {
            inputs[k] = BdmIssueInput.For(drawn, drawn.Issues[k], options.Range);
            inputs[k].ShareIndexWith(_previous[k]);
        }
        var tables = options.Detail == DetailLevel.None ? _unusedTables : new BdmTables();
        var issues = new IssueForecast[count];
        for (var k = 0; k < count; k++)
        {
            issues[k] = BdmIssueRun.Run(inputs[k], options, tables, null, _workspaces[k]);
            _previous[k] = inputs[k];
        }
        return new ForecastResult(drawn.Id, BdmModel.Descriptor.Id, NoEcho, issues, [], [], [], []);
    }
}
