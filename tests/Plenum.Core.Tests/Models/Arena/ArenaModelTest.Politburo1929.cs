using Plenum.Core.Models;
using Plenum.Core.Models.Arena;
using Plenum.Core.Randomness;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Arena;

public class ArenaModelPolitburo1929Test
{
    private static ForecastResult Run()
    {
        var scenario = ScenarioLoader.LoadFile(Path.Combine(TestPaths.RepoRoot, "scenarios", "politburo-1929.yaml")).Scenario!;
        return ArenaModel.Instance.Run(scenario, ModelOptions.Default, RandomStream.ForRun(1, 0));
    }

    [Fact]
    public void Run_1929_RemovalIsDecidedByThePlenumWithExpectedVotes()
    {
        var r = Run();

        var removal = r.Motions.Single(m => m.Id == "remove-right");
        Assert.Equal("cc-plenum", removal.DecidedBy);
        var plenum = removal.Bodies["cc-plenum"];
        Assert.Equal(71, plenum.VotesFor + plenum.VotesAgainst, 9);
        Assert.True(plenum.VotesFor > 36, $"expected a majority for removal, got {plenum.VotesFor}");
        Assert.All(new[] { "bukharin", "rykov", "tomsky" }, id => Assert.True(r.Actors.Single(a => a.Id == id).PRemoved > 0.9));
    }

    [Fact]
    public void Run_1929_NamesTheMembersWhoBandwagon()
    {
        var r = Run();

        // Kalinin ("That's why I support him") is carried across on the condemnation by the expected winner
        var note = Assert.Single(r.Notes, n => n.StartsWith("bandwagoning carries across", StringComparison.Ordinal));
        Assert.Contains("kalinin in joint-session on condemn-bukharin", note);
        var votes = r.Tables.Single(t => t.Name == "arena-votes");
        Assert.Contains("bandwagon_shift", votes.Columns);
        var kalinin = votes.Rows.Single(row => (string)row[0]! == "condemn-bukharin" && (string)row[1]! == "joint-session" && (string)row[2]! == "kalinin");
        Assert.True((double)kalinin[5]! > 0.1);
    }
}
