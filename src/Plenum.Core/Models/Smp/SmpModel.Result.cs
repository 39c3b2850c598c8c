using System.Globalization;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Models.Smp;

public sealed partial class SmpModel
{
    private static ForecastResult ToResult(Scenario scenario, ModelOptions options, SmpOptions smp, SmpProblem problem, SmpRun run)
    {
        var n = problem.Actors;
        var m = problem.Dimensions;
        var final = run.States[^1];
        var status = run.Converged ? "converged" : "round-limit";
        var convergence = new Convergence(status, run.Turns.Count);

        var issues = new List<IssueForecast>(m);
        for (var k = 0; k < m; k++)
        {
            var weights = new double[n];
            for (var i = 0; i < n; i++) weights[i] = problem.Capabilities[i] * problem.Saliences[i * m + k];
            var rounds = new List<RoundState>(run.States.Count);
            for (var t = 0; t < run.States.Count; t++)
            {
                var xs = new double[n];
                var map = new Dictionary<string, double>(n);
                for (var i = 0; i < n; i++)
                {
                    xs[i] = problem.ToIssueScale(k, run.States[t].Positions[i * m + k]);
                    map[problem.ActorIds[i]] = xs[i];
                }
                rounds.Add(new RoundState(t, map, WeightedStatistics.Mean(xs, weights), WeightedStatistics.Median(xs, weights)));
            }
            issues.Add(new IssueForecast(problem.Issues[k].Id, problem.ToIssueScale(k, ExpectedCoordinate(final, k, m)),
                rounds[^1].Mean, rounds[^1].Median, rounds, convergence));
        }

        var actors = new List<ActorForecast>(n);
        for (var i = 0; i < n; i++)
            actors.Add(new ActorForecast(problem.ActorIds[i], 0, final.ActorProbability(i, smp.DuplicateTolerance)));

        var record = new Dictionary<string, string>(smp.ToDictionary())
        {
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
        };
        return new ForecastResult(scenario.Id, "smp", record, issues, [], actors,
            [ProbabilityTable(problem, smp, run), BargainTable(problem, run), OutcomeTable(problem, final, smp.DuplicateTolerance)],
            Notes(problem, run, final, issues, smp.DuplicateTolerance));
    }

    /// <summary>Σ_u p_u·x_uk over the distinct positions u of the state (0–1 scale).</summary>
    private static double ExpectedCoordinate(SmpState state, int k, int m)
    {
        double x = 0;
        for (var q = 0; q < state.UniquePositions.Length; q++)
            x += state.UniqueProbabilities[q] * state.Positions[state.UniquePositions[q] * m + k];
        return x;
    }

    private static ResultTable ProbabilityTable(SmpProblem problem, SmpOptions smp, SmpRun run)
    {
        var rows = new List<IReadOnlyList<object?>>();
        for (var t = 0; t < run.States.Count; t++)
            for (var i = 0; i < problem.Actors; i++)
                rows.Add([t, problem.ActorIds[i], run.States[t].ActorProbability(i, smp.DuplicateTolerance), run.States[t].Risk[i]]);
        return new ResultTable("smp-probabilities", ["turn", "actor", "probability", "risk_attitude"], rows);
    }

    private static ResultTable BargainTable(SmpProblem problem, SmpRun run)
    {
        var m = problem.Dimensions;
        var columns = new List<string> { "turn", "initiator", "receiver", "initiator_gain", "initiator_p_win", "initiator_took", "receiver_took" };
        foreach (var issue in problem.Issues)
        {
            columns.Add($"{issue.Id}:initiator");
            columns.Add($"{issue.Id}:receiver");
        }
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var turn in run.Turns)
        {
            var seen = new HashSet<SmpBargain>(ReferenceEqualityComparer.Instance);
            for (var k = 0; k < problem.Actors; k++)
                foreach (var b in turn.Queues[k])
                {
                    if (b.IsStatusQuo || !seen.Add(b)) continue;
                    var row = new List<object?>
                    {
                        turn.Turn + 1, problem.ActorIds[b.Initiator], problem.ActorIds[b.Receiver], b.Value, b.Probability,
                        ReferenceEquals(turn.Queues[b.Initiator][turn.Chosen[b.Initiator]], b),
                        ReferenceEquals(turn.Queues[b.Receiver][turn.Chosen[b.Receiver]], b),
                    };
                    for (var d = 0; d < m; d++)
                    {
                        row.Add(problem.ToIssueScale(d, b.InitiatorPosition[d]));
                        row.Add(problem.ToIssueScale(d, b.ReceiverPosition[d]));
                    }
                    rows.Add(row);
                }
        }
        return new ResultTable("smp-bargains", columns, rows);
    }

    private static ResultTable OutcomeTable(SmpProblem problem, SmpState final, double tolerance)
    {
        var m = problem.Dimensions;
        var columns = new List<string> { "rank", "probability", "held_by" };
        columns.AddRange(problem.Issues.Select(i => i.Id));
        var rows = new List<IReadOnlyList<object?>>();
        var rank = 0;
        foreach (var q in Ranked(final))
        {
            var row = new List<object?> { ++rank, final.UniqueProbabilities[q], string.Join(" ", HeldBy(problem, final, q, tolerance)) };
            for (var k = 0; k < m; k++) row.Add(problem.ToIssueScale(k, final.Positions[final.UniquePositions[q] * m + k]));
            rows.Add(row);
        }
        return new ResultTable("smp-outcomes", columns, rows);
    }

    /// <summary>Distinct positions by falling probability; equal probabilities keep their order.</summary>
    private static IEnumerable<int> Ranked(SmpState state) =>
        Enumerable.Range(0, state.UniquePositions.Length).OrderByDescending(q => state.UniqueProbabilities[q]);

    private static IEnumerable<string> HeldBy(SmpProblem problem, SmpState state, int q, double tolerance)
    {
        var m = problem.Dimensions;
        var u = state.UniquePositions[q];
        for (var i = 0; i < problem.Actors; i++)
        {
            double s = 0;
            for (var k = 0; k < m; k++)
            {
                var d = state.Positions[i * m + k] - state.Positions[u * m + k];
                s += d * d;
            }
            if (Math.Sqrt(s) < tolerance || i == u) yield return problem.ActorIds[i];
        }
    }

    private static List<string> Notes(SmpProblem problem, SmpRun run, SmpState final, List<IssueForecast> issues, double tolerance)
    {
        var c = CultureInfo.InvariantCulture;
        var notes = new List<string>(problem.Notes);
        notes.Add(run.Converged
            ? $"Stopped after {run.Turns.Count} turns: the last turn moved {run.Ratios[^1].ToString("0.####", c)} of the first turn's movement (threshold reached)."
            : $"Stopped at the turn limit ({run.Turns.Count} turns) without settling.");
        notes.Add("Forecast per issue = the probability-weighted position of the final state: "
            + string.Join(", ", issues.Select(i => $"{i.Id} {i.Forecast.ToString("0.##", c)}")) + ".");
        var top = Ranked(final).First();
        var coordinates = string.Join(", ", problem.Issues.Select((issue, k) =>
            $"{issue.Id} {problem.ToIssueScale(k, final.Positions[final.UniquePositions[top] * problem.Dimensions + k]).ToString("0.##", c)}"));
        notes.Add($"Most likely outcome (p = {final.UniqueProbabilities[top].ToString("0.###", c)}): the position held by "
            + $"{string.Join(", ", HeldBy(problem, final, top, tolerance))} — {coordinates}.");
        if (run.States.Any(s => s.DegenerateRisk))
            notes.Add("In some state every position was equally likely to win; risk attitudes were set to 0 there (KTAB stops with an error).");
        return notes;
    }
}
