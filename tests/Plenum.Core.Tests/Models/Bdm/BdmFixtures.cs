using System.Globalization;
using System.Text.Json;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Tests.Models.Bdm;

/// <summary>Loads the BDM reference vectors and the plain-table CSV cases from <c>Fixtures/bdm/</c>.</summary>
internal static class BdmFixtures
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bdm");

    public static JsonElement Vectors(string caseName)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "bdm-vectors.json")));
        return doc.RootElement.GetProperty(caseName).Clone();
    }

    /// <summary>Reads an <c>actor,capability,position,salience</c> table (lines starting with # are comments) into a one-issue scenario.</summary>
    public static Scenario Table(string fileName, string issueId = "issue", double low = 0, double high = 100)
    {
        var builder = new ScenarioBuilder(Path.GetFileNameWithoutExtension(fileName)).Issue(issueId, low, high);
        var lines = File.ReadAllLines(Path.Combine(Folder, fileName)).Where(l => !l.StartsWith('#') && l.Trim().Length > 0).ToList();
        Assert.Equal("actor,capability,position,salience", lines[0]);
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            builder.Actor(f[0], D(f[1]), (issueId, D(f[2]), D(f[3])));
        }
        return builder.Build();
    }

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    /// <summary>Asserts |actual − expected| ≤ tolerance · max(1, |expected|).</summary>
    public static void Close(double expected, double actual, double tolerance, string what)
    {
        var allowed = tolerance * Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(actual - expected) <= allowed,
            $"{what}: expected {expected.ToString("R", CultureInfo.InvariantCulture)}, got {actual.ToString("R", CultureInfo.InvariantCulture)}");
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
