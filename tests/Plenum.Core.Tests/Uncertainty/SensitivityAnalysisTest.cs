using Plenum.Core.Models;
using Plenum.Core.Models.Baseline;
using Plenum.Core.Scenarios;
using Plenum.Core.Uncertainty;

namespace Plenum.Core.Tests.Uncertainty;

public class SensitivityAnalysisTest
{
    [Fact]
    public void Run_RanksTheInputThatMovesTheCompromiseMostFirst()
    {
        // Given a (pos 0, cap 1) and b (pos 100, cap 1, capability uncertain 1–3), c (pos 50, cap 1)
        var s = new ScenarioBuilder("s").Issue("x")
            .Actor("a", 1, ("x", 0, 100)).Actor("b", 1, ("x", 100, 100)).Actor("c", 1, ("x", 50, 100)).Build();
        var b = s.FindActor("b")!;
        s = s.WithActor(b with { Capability = new UncertainValue(1, new UniformDistribution(1, 3)) });

        var r = SensitivityAnalysis.Run(BaselineModel.Compromise, s, "x", new ModelOptions(seed: 2), runs: 2000);

        // Then b's capability swings the compromise from 50 (c=1) to 70 (c=3): the largest swing
        var top = r.Inputs[0];
        Assert.Equal("b.capability", top.Path);
        Assert.Equal(50, top.AtLow, 9);
        Assert.Equal(70, top.AtHigh, 9);
        // and, as the only uncertain input, it explains nearly all of the variance
        Assert.True(top.FirstOrderIndex > 0.95, $"η² = {top.FirstOrderIndex}");
        Assert.All(r.Inputs.Skip(1), i => Assert.Null(i.FirstOrderIndex));
        // a certain position swings ±10 % of the scale: a from 0 to 10 moves the mean (weights 1,1,1) by 10/3
        Assert.Equal(10.0 / 3, r.Inputs.Single(i => i.Path == "a.position.x").Swing, 9);
    }

    [Fact]
    public void CorrelationRatio_OfAFunctionOfXAlone_IsOne()
    {
        var x = Enumerable.Range(0, 1000).Select(i => (double)i).ToArray();
        var y = x.Select(v => Math.Floor(v / 100)).ToArray(); // constant within each decile bin
        Assert.Equal(1.0, SensitivityAnalysis.CorrelationRatio(x, y), 12);
    }
}
