using Plenum.Core.Models.Bdm;
using Plenum.Core.Randomness;
using Xunit;

namespace Plenum.Core.Tests.Models.Bdm;

public class PortableMathTest(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Distance in units in the last place between two finite doubles of the same sign.</summary>
    private static long Ulps(double a, double b) => Math.Abs(BitConverter.DoubleToInt64Bits(a) - BitConverter.DoubleToInt64Bits(b));

    [Fact]
    public void Exp_OverItsRange_WithinOneUnitInTheLastPlaceOfTheLibrary()
    {
        var random = RandomStream.FromSeed(7);
        long worst = 0;
        for (var k = 0; k < 200_000; k++)
        {
            // Most of the model's arguments are r·ln b in [−40, 0]; the rest of the range is covered too.
            var x = k % 4 == 0 ? -708 + 1417 * random.NextDouble() : -40 * random.NextDouble();
            worst = Math.Max(worst, Ulps(PortableMath.Exp(x), Math.Exp(x)));
        }
        Assert.InRange(worst, 0, 1);
    }

    [Fact]
    public void Log_OverThePositiveNormals_WithinOneUnitInTheLastPlaceOfTheLibrary()
    {
        var random = RandomStream.FromSeed(8);
        long worst = 0;
        for (var k = 0; k < 200_000; k++)
        {
            // Bases of the model lie in [0, 1] (distances and 0.5 ± 0.5d); near 1 the logarithm is small and
            // relative accuracy is hardest, so that neighbourhood is sampled on its own.
            var x = (k % 3) switch
            {
                0 => random.NextDouble(),
                1 => 1 + (random.NextDouble() - 0.5) * 1e-3,
                _ => Math.Pow(10, -300 + 600 * random.NextDouble()),
            };
            if (x <= 0) continue;
            var expected = Math.Log(x);
            worst = Math.Max(worst, expected == 0 ? Math.Abs(BitConverter.DoubleToInt64Bits(PortableMath.Log(x))) : Ulps(PortableMath.Log(x), expected));
        }
        Assert.InRange(worst, 0, 1);
    }

    /// <summary>
    /// The model's powers b^r = e^(r·ln b) against <see cref="Math.Pow"/> for bases in (0, 1) and risk exponents in
    /// 0.5–2: the error of ln b grows by r·|ln b|, so a few units in the last place, as docs/models/bdm.md states.
    /// </summary>
    [Fact]
    public void SharedPowers_AgainstMathPow_WithinTwentyUnitsInTheLastPlace()
    {
        var random = RandomStream.FromSeed(10);
        long worst = 0;
        for (var k = 0; k < 65_536; k++)
        {
            var b = random.NextDouble();
            var r = 0.5 + 1.5 * random.NextDouble();
            if (b == 0) continue;
            worst = Math.Max(worst, Ulps(SharedPowers.Power(PortableMath.Log(b), b, r), Math.Pow(b, r)));
        }
        output.WriteLine($"largest difference: {worst} units in the last place");
        Assert.InRange(worst, 0, 20);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(double.NegativeInfinity, 0.0)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(-1000.0, 0.0)]
    [InlineData(1000.0, double.PositiveInfinity)]
    public void Exp_EdgeValues_AreExact(double x, double expected) => Assert.Equal(expected, PortableMath.Exp(x));

    [Fact]
    public void Exp_SubnormalResultAndNaN_AsTheLibrary()
    {
        Assert.Equal(Math.Exp(-720.5), PortableMath.Exp(-720.5));
        Assert.True(PortableMath.Exp(-720.5) > 0);
        Assert.True(double.IsNaN(PortableMath.Exp(double.NaN)));
    }

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(0.0, double.NegativeInfinity)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    public void Log_EdgeValues_AreExact(double x, double expected) => Assert.Equal(expected, PortableMath.Log(x));

    [Fact]
    public void Log_NegativeSubnormalAndNaN_AsTheLibrary()
    {
        Assert.True(double.IsNaN(PortableMath.Log(-1)));
        Assert.True(double.IsNaN(PortableMath.Log(double.NaN)));
        Assert.Equal(Math.Log(4.9e-320), PortableMath.Log(4.9e-320));
        Assert.InRange(Ulps(PortableMath.Log(0.5), -Math.Log(2)), 0, 1);
    }

    /// <summary>
    /// A value gives the same bits alone, in any lane, in a span's tail, and after the JIT has recompiled the
    /// code at a higher tier (the loop runs the span versions long enough for tiering to happen): the property
    /// .NET's own vector functions lacked.
    /// </summary>
    [Fact]
    public void Spans_EveryLengthAndLaneAndAfterWarmUp_SameBitsAsOneValueAlone()
    {
        var random = RandomStream.FromSeed(9);
        var bases = new double[37];
        var exponents = new double[37];
        for (var k = 0; k < bases.Length; k++)
        {
            bases[k] = k == 5 ? 0 : random.NextDouble();
            exponents[k] = 0.5 + 1.5 * random.NextDouble();
        }
        var logs = new double[bases.Length];
        var powers = new double[bases.Length];
        var single = new double[bases.Length];
        for (var pass = 0; pass < 3000; pass++)
        {
            var length = 1 + pass % bases.Length;
            PortableMath.Log(bases.AsSpan(0, length), logs);
            PortableMath.Exp(logs.AsSpan(0, length), exponents, powers);
            for (var k = 0; k < length; k++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(PortableMath.Log(bases[k])), BitConverter.DoubleToInt64Bits(logs[k]));
                Assert.Equal(BitConverter.DoubleToInt64Bits(PortableMath.Exp(exponents[k] * logs[k])), BitConverter.DoubleToInt64Bits(powers[k]));
            }
            PortableMath.Exp(logs.AsSpan(0, length), exponents[0], single);
            for (var k = 0; k < length; k++)
                Assert.Equal(BitConverter.DoubleToInt64Bits(PortableMath.Exp(exponents[0] * logs[k])), BitConverter.DoubleToInt64Bits(single[k]));
        }
        Assert.Equal(0, powers[5]);
    }
}
