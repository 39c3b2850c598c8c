using System.Text.Json;

namespace Plenum.Cli.Tests.Commands;

public class PowerCommandTest
{
    private const string Council = """
        id: council
        title: Weighted council
        issues: [ { id: x } ]
        actors:
          - { id: a, capability: 1, position: { x: 1 } }
          - { id: b, capability: 1, position: { x: 2 } }
          - { id: c, capability: 1, position: { x: 3 } }
        bodies:
          - { id: council, members: [a, b, c], rule: { quota: 3, weights: { a: 2, b: 1, c: 1 } } }
          - { id: trio, members: [a, b, c], rule: majority }
        """;

    private static string Write()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plenum-power-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Council);
        return path;
    }

    [Fact]
    public async Task Power_Json_GivesExactFractionsAndVetoPlayers()
    {
        // [3; 2, 1, 1]: a is pivotal in 4 of 6 orders (Shapley 2/3), b and c in 1 each; a is a veto player
        var path = Write();
        try
        {
            var run = await CliRun.Of("power", path, "--body", "council", "--format", "json");

            Assert.Equal(0, run.ExitCode);
            using var doc = JsonDocument.Parse(run.Stdout);
            var body = doc.RootElement.GetProperty("bodies")[0];
            var shapley = body.GetProperty("indices").GetProperty("shapley");
            Assert.Equal("2/3", shapley.GetProperty("exact").GetProperty("a").GetString());
            Assert.Equal("1/6", shapley.GetProperty("exact").GetProperty("b").GetString());
            Assert.Equal("3/5", body.GetProperty("indices").GetProperty("banzhaf").GetProperty("exact").GetProperty("a").GetString());
            Assert.Equal(["a"], body.GetProperty("veto_players").EnumerateArray().Select(v => v.GetString()));
            Assert.Equal("2", body.GetProperty("minimal_winning_coalitions").GetProperty("count").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Power_CompoundBodies_AndBadBody()
    {
        var path = Write();
        try
        {
            var both = await CliRun.Of("power", path, "--body", "council,trio", "--index", "banzhaf", "--format", "csv");
            var bad = await CliRun.Of("power", path, "--body", "senate");

            Assert.Equal(0, both.ExitCode);
            Assert.StartsWith("body,member,index,value,exact,method,error_bound\n\"council,trio\",a,banzhaf,", both.Stdout.Replace("\r", ""));
            Assert.Equal(2, bad.ExitCode);
            Assert.StartsWith("plenum: --body senate is not a body of the scenario", bad.Stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
