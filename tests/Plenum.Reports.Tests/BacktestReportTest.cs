using Plenum.Core.Backtesting;
using Plenum.Core.Models;
using Plenum.Core.Scenarios;

namespace Plenum.Reports.Tests;

public class BacktestReportTest
{
    // Two small cases with outcomes; the second cites a source dated after its as_of (hindsight) and has a
    // hostile id-free title, and every name passes through the page's encoder.
    private static Scenario Load(string text)
    {
        var result = ScenarioLoader.Load("t.yaml", text);
        Assert.True(result.Scenario is not null, string.Join("\n", result.Problems));
        return result.Scenario!;
    }

    private static readonly Scenario Council = Load("""
        id: council
        title: A council decides
        issues: [ { id: budget, scale: [0, 100], status_quo: 20 } ]
        actors:
          - { id: a, capability: 3, position: { budget: 80 } }
          - { id: b, capability: 1, position: { budget: 30 } }
          - { id: c, capability: 1, position: { budget: 40 } }
        bodies: [ { id: board, members: [a, b, c], rule: majority } ]
        motions: [ { id: raise, kind: policy, issue: budget, proposal: 70, decided_by: board } ]
        outcome:
          issues: { budget: 65 }
          motions: [ { motion: raise, body: board, passed: true, votes: { for: 2, against: 1 } } ]
        """);

    private static readonly Scenario Late = Load("""
        id: late-evidence
        title: Evidence from after the fact
        as_of: 2020-01-01
        sources: [ { id: memoir, title: "<script>alert(1)</script> memoir", date: 2021-05-01 } ]
        issues: [ { id: line, status_quo: 50 } ]
        actors:
          - id: x
            capability: 2
            position: { line: 10 }
            evidence: [ { source: memoir, note: "written later", supports: position.line } ]
          - { id: y, capability: 1, position: { line: 90 } }
        outcome: { issues: { line: 30 } }
        """);

    [Fact]
    public void Write_BacktestOfTwoCases_WritesAPageWithEveryTableAndEmbeddedCharts()
    {
        var report = Backtester.Run([Council, Late], [.. Backtester.Baselines, ModelCatalog.Find("bdm")!, ModelCatalog.Find("arena")!], ModelOptions.Default);
        using var folder = new ScratchFolder();

        var files = BacktestCharts.Write(folder.Path, report);

        var page = File.ReadAllText(Path.Combine(folder.Path, BacktestCharts.PageName));
        Assert.Equal(BacktestCharts.PageName, Path.GetFileName(files[^1]));
        foreach (var section in new[] { "id=\"summary\"", "id=\"hindsight\"", "id=\"charts\"", "id=\"issues\"", "id=\"events\"", "id=\"votes\"", "id=\"calibration\"" })
            Assert.Contains(section, page);
        Assert.Contains("<code>bdm</code>", page);
        Assert.Contains("<code>median</code> <small>baseline</small>", page);
        // every chart written is embedded in the page as an image
        var svgs = files.Where(f => f.EndsWith(".svg", StringComparison.Ordinal)).ToList();
        Assert.True(svgs.Count >= 4, $"only {svgs.Count} charts");
        Assert.Equal(svgs.Count, CountOf(page, "data:image/svg+xml;base64,"));
        foreach (var png in files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(png);
            Assert.True(PngImage.HeaderSize(bytes).Width >= 800);
            Assert.True(PngImage.DistinctColours(bytes) > 8, $"{png} looks blank");
        }
        // the council's issue: status quo 20 against an outcome of 65 is an error of 45
        Assert.Contains("<td>council</td><td>budget</td><td><code>status-quo</code> <small>baseline</small></td><td>20.0</td><td>65.0</td><td>45.0</td>", page);
    }

    [Fact]
    public void Write_HindsightAndHostileText_AreFlaggedAndEscaped()
    {
        var report = Backtester.Run([Late], Backtester.Baselines, ModelOptions.Default);
        using var folder = new ScratchFolder();

        BacktestCharts.Write(folder.Path, report);

        var page = File.ReadAllText(Path.Combine(folder.Path, BacktestCharts.PageName));
        Assert.Contains("cites source &#39;memoir&#39; dated 2021-05-01, after as_of 2020-01-01", page);
        Assert.DoesNotContain("<script", page);
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
