using System.Xml.Linq;
using Plenum.Core.Models;
using Plenum.Core.Randomness;
using Plenum.Core.Uncertainty;
using Plenum.Core.Models.Baseline;
using Plenum.Reports.Charts;

namespace Plenum.Reports.Tests.Charts;

public sealed class ChartSizeTest
{
    private static void AssertRendersAtRequestedSize(Chart chart)
    {
        var png = chart.Png();
        Assert.Equal((chart.Width, chart.Height), PngImage.HeaderSize(png));
        Assert.True(PngImage.DistinctColours(png) > 40);
        var svg = XDocument.Parse(chart.Svg()).Root!;
        Assert.Equal("svg", svg.Name.LocalName);
        Assert.Equal(chart.Width.ToString(), svg.Attribute("width")!.Value);
        Assert.Equal(chart.Height.ToString(), svg.Attribute("height")!.Value);
    }

    [Fact]
    public void Create_EveryChartKind_RendersPngAndSvgAtItsStatedSize()
    {
        var s = ReportFixtures.Politburo1929;
        var options = new ModelOptions(seed: 2);
        var adjust = new PartialAdjustmentModel(5).Run(s, options, RandomStream.ForRun(2, 0));
        var mc = MonteCarloRunner.Run(BaselineModel.Median, s, options, 100, maxDegreeOfParallelism: 1);
        var withMotions = ReportFixtures.WithMotions(s, adjust);
        var sensitivity = SensitivityAnalysis.Run(BaselineModel.Median, s, "opposition-readmission", options, 0, maxDegreeOfParallelism: 1);
        var power = new List<BodyPowerRow> { new("commission", "stalin", 0.4, 0.35), new("commission", "rykov", 0.2, 0.25), new("commission", "bukharin", 0.4, 0.4) };

        AssertRendersAtRequestedSize(TrajectoryChart.Create(s, adjust, adjust.Issues[0], "t")!);
        AssertRendersAtRequestedSize(DistributionChart.Create(s, mc, mc.Issues[1], "d")!);
        AssertRendersAtRequestedSize(MotionChart.Create(s, withMotions, "m")!);
        AssertRendersAtRequestedSize(TornadoChart.Create(s, sensitivity, "x")!);
        AssertRendersAtRequestedSize(PowerChart.Create(s, "commission", power, "p")!);
    }

    [Fact]
    public void Create_NothingToDraw_ReturnsNull()
    {
        var s = ReportFixtures.Politburo1929;
        var oneShot = BaselineModel.Compromise.Run(s, ModelOptions.Default, RandomStream.ForRun(1, 0));
        Assert.Null(TrajectoryChart.Create(s, oneShot, oneShot.Issues[0], "t"));
        Assert.Null(DistributionChart.Create(s, oneShot, oneShot.Issues[0], "d"));
        Assert.Null(MotionChart.Create(s, oneShot, "m"));
        Assert.Null(TornadoChart.Create(s, new SensitivityResult("m", "line", 50, 0, [new InputSensitivity("a.capability", 1, 2, 50, 50, null)]), "x"));
        Assert.Null(PowerChart.Create(s, "politburo", [], "p"));
    }

    [Fact]
    public void Create_TrajectoryOfManyActors_LabelsOnlyTheStatistics()
    {
        var builder = new Plenum.Core.Scenarios.ScenarioBuilder("crowd").Issue("x");
        for (var i = 0; i < 45; i++) builder.Actor($"a{i}", 1 + i % 5, ("x", i * 2, 50 + i % 50));
        var s = builder.Build();
        var result = new PartialAdjustmentModel(4).Run(s, ModelOptions.Default, RandomStream.ForRun(1, 0));
        var chart = TrajectoryChart.Create(s, result, result.Issues[0], "t")!;
        Assert.Equal(["weighted mean", "weighted median"], chart.Plot.GetPlottables().SelectMany(p => p.LegendItems).Select(l => l.LabelText).Where(t => !string.IsNullOrEmpty(t)));
        Assert.Equal(110 + 21 * (TrajectoryChart.MaxLabelledActors + 2), chart.Height);
        AssertRendersAtRequestedSize(chart);
    }

    [Theory]
    [InlineData(0, 100, "0 10 20 30 40 50 60 70 80 90 100")]
    [InlineData(67.1, 72.3, "68 69 70 71 72")]
    [InlineData(-1, 1, "-1 -0.8 -0.6 -0.4 -0.2 0 0.2 0.4 0.6 0.8 1")]
    public void Ticks_Range_AreRoundNumbersInside(double low, double high, string expected) =>
        Assert.Equal(expected, string.Join(' ', ChartStyle.TickPositions(low, high).Select(ChartStyle.Number)));

    [Fact]
    public void Title_LongName_IsShortenedToFit()
    {
        var title = ChartStyle.Title("What moves ", new string('x', 100), " — bdm", 40);
        Assert.Equal(40, title.Length);
        Assert.EndsWith("x… — bdm", title);
    }
}
