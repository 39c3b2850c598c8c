using System.Text.RegularExpressions;
using System.Xml.Linq;
using Plenum.Core.Models.Baseline;
using Plenum.Core.Models;

namespace Plenum.Reports.Tests;

/// <summary>The two reports the tests read, written once per test class and deleted afterwards.</summary>
public sealed class WrittenReports : IDisposable
{
    public (string Dir, IReadOnlyList<string> Files) Politburo { get; } = Write(ReportFixtures.Politburo1929Report());

    public (string Dir, IReadOnlyList<string> Files) Hostile { get; } = Write(ReportFixtures.HostileReport());

    private static (string, IReadOnlyList<string>) Write(ReportInput input)
    {
        var dir = TestPaths.NewFolder();
        return (dir, ForecastReport.Write(dir, input));
    }

    public void Dispose()
    {
        Directory.Delete(Politburo.Dir, recursive: true);
        Directory.Delete(Hostile.Dir, recursive: true);
    }
}

public sealed class ForecastReportTest(WrittenReports reports) : IClassFixture<WrittenReports>
{
    private (string Dir, IReadOnlyList<string> Files) Politburo => reports.Politburo;

    private (string Dir, IReadOnlyList<string> Files) Hostile => reports.Hostile;

    private static string Page(string dir) => File.ReadAllText(Path.Combine(dir, ForecastReport.PageName));

    [Fact]
    public void Write_Politburo1929_WritesEveryChartAsPngAndSvgAndThePageLast()
    {
        var (dir, files) = Politburo;
        var names = files.Select(Path.GetFileName).ToList();
        string[] expected =
        [
            "trajectory-adjust-line", "trajectory-adjust-opposition-readmission",
            "distribution-compromise-line", "distribution-compromise-opposition-readmission",
            "motions-median", "tornado-compromise-line", "power-politburo",
        ];
        foreach (var stem in expected)
        {
            Assert.Contains(stem + ".png", names);
            Assert.Contains(stem + ".svg", names);
        }
        Assert.Equal(2 * expected.Length + 1, files.Count);
        Assert.Equal(ForecastReport.PageName, names[^1]);
        Assert.All(files, f => Assert.True(File.Exists(f), f));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
        // One-shot runs (the median baseline, the Monte Carlo means) have no trajectory to draw.
        Assert.DoesNotContain("trajectory-median-line.png", names);
        Assert.DoesNotContain("distribution-adjust-line.png", names);
    }

    [Fact]
    public void Write_Politburo1929_PngsHaveTheSvgSizeAndRealContent()
    {
        var (dir, _) = Politburo;
        var pngs = Directory.GetFiles(dir, "*.png");
        Assert.Equal(7, pngs.Length);
        foreach (var png in pngs)
        {
            var bytes = File.ReadAllBytes(png);
            var (width, height) = PngImage.HeaderSize(bytes);
            var svg = XDocument.Load(Path.ChangeExtension(png, ".svg")).Root!;
            Assert.Equal(width.ToString(), svg.Attribute("width")!.Value);
            Assert.Equal(height.ToString(), svg.Attribute("height")!.Value);
            Assert.InRange(width, 900, 1200);
            Assert.InRange(height, 380, 1200);
            Assert.True(PngImage.DistinctColours(bytes) > 40, $"{Path.GetFileName(png)}: {PngImage.DistinctColours(bytes)} colours");
            Assert.InRange(PngImage.InkShare(bytes), 0.02, 0.6);
        }
    }

    [Fact]
    public void Write_Politburo1929_SvgsAreXmlWithSvgRootAndText()
    {
        var (dir, _) = Politburo;
        foreach (var file in Directory.GetFiles(dir, "*.svg"))
        {
            var root = XDocument.Load(file).Root!;
            Assert.Equal("svg", root.Name.LocalName);
            Assert.Contains(root.Descendants(), e => e.Name.LocalName is "path" or "rect");
        }
        var trajectory = File.ReadAllText(Path.Combine(dir, "trajectory-adjust-line.svg"));
        Assert.Contains("Joseph Stalin", trajectory);
        Assert.Contains("weighted median", trajectory);
    }

    [Fact]
    public void Write_Politburo1929_PageHasTheSectionsReadersExpect()
    {
        var html = Page(Politburo.Dir);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<h1>Stalin against the Right, winter–spring 1929</h1>", html);
        Assert.Contains("<strong>1929-03-20</strong> · 26 actors, 2 issues, 5 bodies, 3 motions", html);
        foreach (var id in new[] { "summary", "notes", "trajectories", "distributions", "motions", "actors", "sensitivity", "power", "inputs", "evidence", "sources", "detail" })
            Assert.Contains($"<section id=\"{id}\">", html);
        Assert.Matches(@"<code>compromise</code> forecasts <span class=""val"">\d+\.\d</span> \(90% of 400 runs between \d+\.\d and \d+\.\d\)", html);
        Assert.Contains("cycle of length 2 from round 5", html);
        Assert.Equal(7, Regex.Matches(html, "<img src=\"data:image/svg\\+xml;base64,").Count);
    }

    [Fact]
    public void Write_Politburo1929_InputsShowUncertaintyNotesAndLinkedQuotes()
    {
        var html = Page(Politburo.Dir);
        // Stalin's capability: value, triangular range, and links to the three passages that support it.
        Assert.Matches(@"<span class=""val"">40</span> <span class=""unc"">triangular 30 / 40 / 50</span><span class=""refs""><a href=""#ev-1"" title=""I would urgently advise you not to come out against Stalin who has the majority behind him."">\[1\]</a><a href=""#ev-2""", html);
        Assert.Contains("<li id=\"ev-1\"><blockquote>“I would urgently advise you not to come out against Stalin who has the majority behind him.”</blockquote>", html);
        Assert.Contains("supports <code>stalin.capability</code>", html);
        Assert.Contains("<div class=\"note\">analyst&#39;s estimate: he refuses a bloc", html);
        Assert.Contains("uniform 88–100", html);
        var evidenceCount = ReportFixtures.Politburo1929.Actors.Sum(a => a.Evidence.Count) + ReportFixtures.Politburo1929.Bodies.Sum(b => b.Evidence.Count);
        Assert.Contains($"<li id=\"ev-{evidenceCount}\">", html);
        Assert.DoesNotContain($"<li id=\"ev-{evidenceCount + 1}\">", html);
    }

    [Fact]
    public void Write_Page_IsSelfContained()
    {
        var html = Page(Politburo.Dir);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.Contains("@media print", html);
    }

    [Fact]
    public void Write_HostileNamesQuotesAndNotes_AreEscapedInPageAndCharts()
    {
        var (dir, files) = Hostile;
        var html = Page(dir);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</blockquote><script", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Bob &quot;&amp;&quot;", html);
        Assert.Contains("<title>&lt;script&gt;", html);
        Assert.Contains("3 actors, 1 issue, 1 body, 1 motion", html);
        Assert.Contains("He said &lt;/blockquote&gt;&lt;script&gt;alert(2)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        // Ids with markup never become file names or fragment ids as they are.
        Assert.All(files, f => Assert.DoesNotContain("<", Path.GetFileName(f)));
        Assert.Contains(files, f => Path.GetFileName(f) == "trajectory-adjust_script_alert__x____script_-x.png");
        var legend = XDocument.Load(Path.Combine(dir, "trajectory-adjust_script_alert__x____script_-x.svg")).Descendants()
            .Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim());
        Assert.Contains(legend, t => t.StartsWith("<script>alert('x')</script> B", StringComparison.Ordinal));
        foreach (var svg in Directory.GetFiles(dir, "*.svg"))
        {
            var doc = XDocument.Load(svg);
            Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "foreignObject");
        }
        foreach (var embedded in Regex.Matches(html, "data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)").Select(m => m.Groups[1].Value))
            XDocument.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(embedded)));
    }

    [Fact]
    public void Write_LongModelTable_ShowsTheFirstRowsAndSaysSo()
    {
        using var folder = new ScratchFolder();
        var s = ReportFixtures.Politburo1929;
        var rows = Enumerable.Range(1, 120).Select(i => (IReadOnlyList<object?>)[i, "stalin", 0.5 * i, null]).ToList();
        var result = BaselineModel.Compromise.Run(s, ModelOptions.Default, Core.Randomness.RandomStream.ForRun(1, 0)) with
        {
            Tables = [new ResultTable("bargains", ["round", "actor", "x", "note"], rows)],
        };
        ForecastReport.Write(folder.Path, new ReportInput(s, [result], [], []));
        var html = Page(folder.Path);
        Assert.Contains("bargains (120 rows, first 50 shown)", html);
        Assert.Contains("<td>50</td><td>stalin</td><td>25</td><td></td>", html);
        Assert.DoesNotContain("<td>51</td><td>stalin</td>", html);
    }

    [Fact]
    public void Write_ExistingReport_IsReplacedWithoutTemporaryFiles()
    {
        using var folder = new ScratchFolder();
        var dir = folder.Path;
        var input = ReportFixtures.HostileReport();
        File.WriteAllText(Path.Combine(dir, ForecastReport.PageName), "old");
        var first = ForecastReport.Write(dir, input);
        var second = ForecastReport.Write(dir, input);
        Assert.Equal(first, second);
        Assert.NotEqual("old", Page(dir));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public void Write_OnlyBaselines_WritesPageWithoutChartsOrEmptySections()
    {
        using var folder = new ScratchFolder();
        var dir = folder.Path;
        var s = ReportFixtures.Politburo1929;
        var result = BaselineModel.Compromise.Run(s, ModelOptions.Default, Core.Randomness.RandomStream.ForRun(1, 0));
        var files = ForecastReport.Write(dir, new ReportInput(s, [result], [], []));
        Assert.Equal([Path.Combine(dir, ForecastReport.PageName)], files);
        var html = Page(dir);
        Assert.Contains("<section id=\"inputs\">", html);
        Assert.DoesNotContain("<section id=\"trajectories\">", html);
        Assert.DoesNotContain("<section id=\"motions\">", html);
        Assert.Contains("one shot", html);
    }
}
