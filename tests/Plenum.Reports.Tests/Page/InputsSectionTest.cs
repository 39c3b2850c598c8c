using Plenum.Core.Scenarios;
using Plenum.Reports.Page;

namespace Plenum.Reports.Tests.Page;

public sealed class InputsSectionTest
{
    [Fact]
    public void Describe_EachDistribution_ReadsAsWritten()
    {
        Assert.Equal("uniform 88–100", InputsSection.Describe(new UniformDistribution(88, 100)));
        Assert.Equal("triangular 30 / 40 / 50", InputsSection.Describe(new TriangularDistribution(30, 40, 50)));
        Assert.Equal("normal 40 ± 2.5", InputsSection.Describe(new NormalDistribution(40, 2.5)));
        Assert.Equal("beta(2, 3) on 30–50", InputsSection.Describe(new BetaDistribution(2, 3, 30, 50)));
    }

    [Fact]
    public void Anchor_AnyText_KeepsOnlySafeCharacters() =>
        Assert.Equal("issue-a__script_b", Html.Anchor("issue-", "a\"<script>b"));
}
