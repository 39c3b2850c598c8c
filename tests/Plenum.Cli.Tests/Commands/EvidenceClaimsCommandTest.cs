using System.Text.Json;

namespace Plenum.Cli.Tests.Commands;

public class EvidenceClaimsCommandTest
{
    private static readonly string Politburo = Path.Combine(Support.RepoRoot.Path, "scenarios", "politburo-1929.yaml");

    [Fact]
    public async Task Claims_Json_CountsTheRepublishedLeafletAsOneWitness()
    {
        var run = await CliRun.Of("evidence", "claims", Politburo, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var claim = doc.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "conversation-took-place");
        Assert.Equal(4, claim.GetProperty("supporting_sources").GetArrayLength());
        Assert.Equal(1, claim.GetProperty("independent_support").GetInt32());
        Assert.False(claim.GetProperty("corroborated").GetBoolean());
        Assert.Contains("two or three different ways", claim.GetProperty("self_verifications")[0].GetProperty("text").GetString());
        var cluster = doc.RootElement.GetProperty("clusters")[0].GetProperty("sources").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Equal(["militant-1929", "opposition-leaflet-1929", "militant-1929-03-15", "cc-republication-1929"], cluster);
    }

    [Fact]
    public async Task Claims_Table_ListsClaimsAndTheSelfVerificationAsNotCounted()
    {
        var run = await CliRun.Of("evidence", "claims", Politburo);

        Assert.Equal(0, run.ExitCode);
        var text = System.Text.RegularExpressions.Regex.Replace(run.Stdout, @"\s+", " ");   // the table wraps at the console width
        Assert.Contains("stalin-refuses-bloc", text);
        Assert.Contains("(recorded, not counted as corroboration)", text);
        Assert.Contains("Provenance clusters", text);
    }

    [Fact]
    public async Task Claims_Csv_HasOneRowPerClaim()
    {
        var run = await CliRun.Of("evidence", "claims", Politburo, "--format", "csv", "--uncorroborated");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.StartsWith("claim,subject,number,credibility,passages,documents,independent_support", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("kalinin-supports-stalin,", StringComparison.Ordinal) && l.Contains("kalinin.position.line"));
    }

    [Fact]
    public async Task Claims_MissingFile_IsBadInput()
    {
        var run = await CliRun.Of("evidence", "claims", "no-such-file.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-file.yaml", run.Stderr);
    }
}
