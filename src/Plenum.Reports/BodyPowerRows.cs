using Plenum.Core.Power;
using Plenum.Core.Scenarios;

namespace Plenum.Reports;

/// <summary>Voting power (Shapley–Shubik and Banzhaf) of each body's members, for the report and the web app's power chart.</summary>
public static class BodyPowerRows
{
    public static IReadOnlyList<BodyPowerRow> For(Scenario scenario)
    {
        var rows = new List<BodyPowerRow>();
        foreach (var body in scenario.Bodies)
        {
            PowerResult result;
            try
            {
                result = PowerIndexCalculator.Compute(BodyGame.From(scenario, body), [PowerIndex.ShapleyShubik, PowerIndex.Banzhaf],
                    PowerOptions.Default with { MinimalWinningLimit = 0 });
            }
            catch (Exception e) when (e is ArgumentException or PowerComputationException)
            {
                continue; // a body without voters or with an impossible rule has no power to show
            }
            foreach (var player in result.Players)
                rows.Add(new BodyPowerRow(body.Id, player, result[PowerIndex.ShapleyShubik][player].Value, result[PowerIndex.Banzhaf][player].Value));
        }
        return rows;
    }
}
