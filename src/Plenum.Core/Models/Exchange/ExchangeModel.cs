using System.Globalization;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Models.Exchange;

/// <summary>
/// Stokman's exchange-of-voting-positions model as implemented in Decide: actors on opposite sides of the
/// weighted mean on two issues trade votes — each moves on the issue it cares less about — best gain first,
/// for several rounds. Variants: equal gain, randomised equal gain (REX), random rate.
/// Equations, options and every reading of an ambiguity in <c>docs/models/exchange.md</c>.
/// </summary>
public sealed class ExchangeModel : IForecastModel
{
    /// <summary>The one instance the catalogue registers.</summary>
    public static ExchangeModel Instance { get; } = new();

    /// <inheritdoc />
    public ModelDescriptor Descriptor { get; } = new(
        "exchange",
        "Exchange of voting positions (Stokman & van Oosten; Decide)",
        "Stokman & van Oosten (1994), The Exchange of Voting Positions, in Bueno de Mesquita & Stokman (eds), European Community Decision Making; Dijkstra, van Assen, Stokman & Draaijer (2018)",
        ExchangeOptions.Descriptors);

    /// <inheritdoc />
    public ForecastResult Run(Scenario scenario, ModelOptions options, RandomStream random)
    {
        var settings = ExchangeOptions.From(options);
        var space = ExchangeSpace.From(scenario);
        var rounds = ExchangeSimulation.Run(space, settings, random, workspace: new ExchangeWorkspace { KeepInitialGains = false });
        var recorded = new Dictionary<string, string>(settings.ToRecord())
        {
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
        };
        var issues = Enumerable.Range(0, space.IssueCount).Select(d => ToIssueForecast(space, rounds, settings, d)).ToList();
        var tables = new List<ResultTable>
        {
            ExchangeTables.Exchanges(space, rounds),
            ExchangeTables.Outcomes(space, rounds, issues),
            ExchangeTables.Rounds(space, rounds),
        };
        var ties = rounds.Sum(r => r.Ties);
        var notes = new List<string>
        {
            $"{rounds.Sum(r => r.Executed.Count)} exchanges in {rounds.Count} rounds; {ties} ties broken ({(settings.Ties == TieRule.Random ? "at random" : "first created first")}{(settings.TiePicks is { Count: > 0 } picks ? $"; scripted picks {string.Join(",", picks)}" : "")}).",
        };
        return new ForecastResult(scenario.Id, Descriptor.Id, recorded, issues, [], [], tables, notes);
    }

    private static IssueForecast ToIssueForecast(ExchangeSpace space, IReadOnlyList<ExchangeRoundOutcome> rounds, ExchangeOptions settings, int issue)
    {
        var states = new List<RoundState> { State(space, issue, 0, space.Start) };
        for (var r = 0; r < rounds.Count; r++) states.Add(State(space, issue, r + 1, rounds[r].Voting));
        var forecast = settings.Forecast switch
        {
            ForecastStatistic.FirstRound => states[1].Mean,
            ForecastStatistic.FinalMean => space.Denormalise(issue, space.Mean(issue, rounds[^1].NextStart)),
            _ => states[^1].Mean,
        };
        var last = states[^1];
        return new IssueForecast(space.Issues[issue].Id, forecast, last.Mean, last.Median, states,
            new Convergence("round-limit", rounds.Count));
    }

    /// <summary>Positions on the issue's own scale, the weighted mean (Decide's MDS) and the weighted median.</summary>
    internal static RoundState State(ExchangeSpace space, int issue, int round, double[] normalised)
    {
        var positions = new Dictionary<string, double>();
        var xs = new List<double>();
        var ws = new List<double>();
        for (var a = 0; a < space.ActorCount; a++)
        {
            var k = a * space.IssueCount + issue;
            if (!space.Takes[k]) continue;
            var x = space.Denormalise(issue, normalised[k]);
            positions[space.ActorIds[a]] = x;
            xs.Add(x);
            ws.Add(space.Weight[k]);
        }
        var mean = space.Denormalise(issue, space.Mean(issue, normalised));
        return new RoundState(round, positions, mean, WeightedStatistics.Median(xs.ToArray(), ws.ToArray()));
    }
}
