using System.Globalization;

namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Runs the rounds on one issue until the round limit, a fixed point, a cycle, or the chosen stopping rule,
/// and states the forecast.
/// </summary>
/// <remarks>
/// Round 0 reports the positions as given. Before round 1 and after every round, positions closer than
/// <c>bdm.position-tolerance</c> × the initial range are merged (<see cref="PositionSnapping"/>). A fixed point is a
/// round after which no position changed by more than that tolerance; a cycle is a state equal, within the same
/// tolerance, to an earlier one. Either ends
/// the run, because every later round would repeat.
/// </remarks>
internal static class BdmIssueRun
{
    /// <summary>Rounds the trajectory and history lists have room for before they grow.</summary>
    private const int PresizedRounds = 64;

    /// <summary>Runs the issue; adds its table rows to <paramref name="tables"/> and its notes to <paramref name="notes"/>.</summary>
    /// <param name="notes">Null when nobody reads them (Monte Carlo draws): the note is then not written.</param>
    /// <param name="workspace">Buffers to reuse (one issue run at a time); null allocates new ones.</param>
    public static IssueForecast Run(BdmIssueInput input, BdmOptions options, BdmTables tables, List<string>? notes,
        BdmWorkspace? workspace = null)
    {
        // A workspace made here goes back to the pool at the end; one passed in stays with its owner for the next draw.
        using var ownWorkspace = workspace is null ? new BdmWorkspace() : null;
        workspace ??= ownWorkspace!;
        // The current positions live in the workspace's two position buffers, alternating with each round's new ones.
        var x = workspace.Round.After(input.Positions);
        input.Positions.CopyTo(x, 0);
        var initialRange = x.Max() - x.Min();
        var tolerance = options.PositionTolerance * initialRange;
        PositionSnapping.Snap(x, null, tolerance);
        var detail = options.Detail == DetailLevel.Auto
            ? (input.Count <= BdmOptions.FullDetailMaxActors ? DetailLevel.Full : DetailLevel.Moves)
            : options.Detail;
        var full = detail == DetailLevel.Full;

        // The lists are made long enough for the usual run at once (a Monte Carlo draw would otherwise regrow them
        // every time), but not for the round limit itself, which may be 100,000 and is rarely reached.
        var capacity = Math.Min(options.Rounds, PresizedRounds) + 1;
        var rounds = new List<RoundState>(capacity) { State(input, 0, input.Positions, out _) };
        var history = new StateHistory(input.Weights, tolerance, capacity);
        history.Add(x);
        double firstRms = 0;
        var stable = 0;
        Convergence? convergence = null;
        var reason = "";
        for (var t = 1; t <= options.Rounds && convergence is null; t++)
        {
            var range = options.Range switch
            {
                RangeRule.Initial => initialRange,
                RangeRule.Current => x.Max() - x.Min(),
                _ => input.Issue.Width,
            };
            double[] next;
            if (range > 0)
            {
                var outcome = BdmRound.Play(input, x, range, options, full, workspace);
                next = outcome.Positions;
                var moved = workspace.Round.Moved.Of(x.Length);
                for (var i = 0; i < x.Length; i++) moved[i] = next[i] != x[i];
                PositionSnapping.Snap(next, moved, tolerance);
                if (detail != DetailLevel.None) tables.AddRound(t, input, x, outcome, full);
            }
            else
            {
                next = workspace.Round.After(x);
                x.CopyTo(next, 0);
            }
            var state = State(input, t, next, out var kept);
            var previous = rounds[^1];
            rounds.Add(state);
            // The round's own copy serves the history too; nobody changes it afterwards.
            var earlier = history.AddKept(kept);

            if (earlier == t - 1)
            {
                convergence = new Convergence("converged", t);
                reason = "no position changed in that round";
            }
            else if (earlier is { } start)
                convergence = new Convergence("cycle", t, start, t - start);
            else if (options.Stop == StoppingRule.Median)
            {
                stable = Math.Abs(state.Median - previous.Median) < options.MedianTolerance * input.Issue.Width ? stable + 1 : 0;
                if (stable >= options.StableRounds)
                {
                    convergence = new Convergence("converged", t);
                    reason = $"the median moved less than {N(options.MedianTolerance)} of the scale for {options.StableRounds} round(s) in a row, bdm.stop=median";
                }
            }
            else if (options.Stop == StoppingRule.Rms)
            {
                var rms = RootMeanSquareChange(x, next);
                if (t == 1) firstRms = rms;
                else if (rms <= options.RmsRatio * firstRms)
                {
                    convergence = new Convergence("converged", t);
                    reason = $"the root-mean-square change fell to {N(options.RmsRatio)} of the first round's, bdm.stop=rms";
                }
            }
            x = next;
        }
        convergence ??= new Convergence("round-limit", options.Rounds);

        var last = rounds[^1];
        var forecast = Forecast(rounds, convergence, options.Forecast);
        notes?.Add(Describe(input.Issue.Id, rounds, convergence, reason, options, forecast));
        return new IssueForecast(input.Issue.Id, forecast, last.Mean, last.Median, rounds, convergence);
    }

    /// <summary>
    /// The final state's median (or mean). In a cycle no state is final, so the statistic is averaged over one
    /// period rather than read off whichever round the run happened to stop at.
    /// </summary>
    private static double Forecast(List<RoundState> rounds, Convergence convergence, ForecastStatistic statistic)
    {
        double Of(RoundState s) => statistic == ForecastStatistic.Median ? s.Median : s.Mean;
        if (convergence is not { Status: "cycle", CycleStart: { } start, CycleLength: { } length }) return Of(rounds[^1]);
        double sum = 0;
        for (var k = start; k < start + length; k++) sum += Of(rounds[k]);
        return sum / length;
    }

    private static string Describe(string issue, List<RoundState> rounds, Convergence c, string reason, BdmOptions options, double forecast)
    {
        var statistic = options.Forecast == ForecastStatistic.Median ? "weighted median" : "weighted mean";
        switch (c.Status)
        {
            case "cycle":
            {
                var start = c.CycleStart!.Value;
                var medians = rounds.Skip(start).Take(c.CycleLength!.Value).Select(s => s.Median).ToList();
                return $"issue '{issue}': does not converge; the positions after round {c.Rounds} repeat those after round {start}, " +
                       $"a cycle of {c.CycleLength} round(s). The forecast {N(forecast)} is the {statistic} averaged over one cycle; " +
                       $"within the cycle the median ranges from {N(medians.Min())} to {N(medians.Max())}.";
            }
            case "converged":
                return $"issue '{issue}': converged after round {c.Rounds} ({reason}); " +
                       $"the forecast is the {statistic} of the final positions.";
            default:
            {
                var medians = rounds.Skip(1).Select(s => s.Median).ToList();
                return $"issue '{issue}': stopped at the round limit ({c.Rounds}) without reaching a fixed point or a cycle; " +
                       $"the forecast is the {statistic} after round {c.Rounds}. Over rounds 1–{c.Rounds} the median ranged from " +
                       $"{N(medians.Min())} to {N(medians.Max())}.";
            }
        }
    }

    private static double RootMeanSquareChange(double[] before, double[] after)
    {
        double sum = 0;
        for (var i = 0; i < before.Length; i++) sum += (after[i] - before[i]) * (after[i] - before[i]);
        return Math.Sqrt(sum / before.Length);
    }

    /// <summary>The state after a round, with its own copy of the positions (<paramref name="kept"/>), which the caller keeps.</summary>
    private static RoundState State(BdmIssueInput input, int round, double[] positions, out double[] kept)
    {
        kept = (double[])positions.Clone();
        return new RoundState(round, new PositionsByActor(input.ActorIds, input.Index, kept),
            WeightedStatistics.Mean(positions, input.Weights), WeightedStatistics.Median(positions, input.Weights));
    }

    private static string N(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
