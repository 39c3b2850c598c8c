using Plenum.Core.Models.Bdm;
using Plenum.Core.Randomness;

namespace Plenum.Core.Tests.Models.Bdm;

/// <summary>
/// The position scan's proof that a mover gets no offer (<see cref="PositionScan"/>.CertainlyNoOffer) against b itself:
/// wherever it answers yes, b computed both ways (Math.Pow and shared logarithms) is below the tolerance.
/// </summary>
public class CertainlyNoOfferTest
{
    [Fact]
    public void CertainlyNoOffer_RandomPairs_ComputedBBelowTolerance()
    {
        var random = RandomStream.FromSeed(2026);
        var proved = 0;
        for (var k = 0; k < 400_000; k++)
        {
            // Exponents over the whole range of risk exponents, 1 itself included; distances down to rounding noise.
            var r = k % 7 == 0 ? 1.0 : 0.5 + 1.5 * random.NextDouble();
            var d = k % 5 == 0 ? Math.Pow(10, -12 * random.NextDouble()) : random.NextDouble();
            var statusQuo = ExpectedUtility.StatusQuo(r);
            var ceiling = r >= 1 ? 0.5 : Math.Pow(0.5, r);
            // Half the draws just above the bound, where the proof is tightest.
            var s = k % 2 == 0 ? random.NextDouble() : Math.Min(1, ceiling + 2e-9 + 1e-3 * random.NextDouble());
            var p = k % 2 == 0 ? random.NextDouble() : Math.Max(0, 1 - (ceiling + 2e-9) / s - 1e-6 * random.NextDouble());
            if (!PositionScan.CertainlyNoOffer(0, 2, r, statusQuo, s, 1e-12, [0, d], [0, p])) continue;
            proved++;
            var exact = s * (p * ExpectedUtility.Success(r, d) + (1 - p) * ExpectedUtility.Failure(r, d)) + (1 - s) * ExpectedUtility.Success(r, d) - statusQuo;
            var below = 0.5 - 0.5 * d;
            var above = 0.5 + 0.5 * d;
            var success = 2 - 4 * SharedPowers.Power(SharedPowers.Log(below), below, r);
            var failure = 2 - 4 * SharedPowers.Power(SharedPowers.Log(above), above, r);
            var shared = s * (p * success + (1 - p) * failure) + (1 - s) * success - statusQuo;
            Assert.True(exact < 1e-13 && shared < 1e-13, $"r={r:R} d={d:R} s={s:R} P={p:R}: b={exact:R} / {shared:R}");
        }
        Assert.True(proved > 100_000, $"only {proved} pairs proved: the test would show little");
    }

    [Fact]
    public void CertainlyNoOffer_PositionOutsideRangeOrNoTolerance_ProvesNothing()
    {
        Assert.False(PositionScan.CertainlyNoOffer(0, 2, 1.5, ExpectedUtility.StatusQuo(1.5), 1, 1e-12, [0, 1.5], [0, 0]));
        Assert.False(PositionScan.CertainlyNoOffer(0, 2, 1.5, ExpectedUtility.StatusQuo(1.5), 1, 0, [0, 0.5], [0, 0]));
        Assert.True(PositionScan.CertainlyNoOffer(0, 2, 1.5, ExpectedUtility.StatusQuo(1.5), 1, 1e-12, [0, 0.5], [0, 0]));
    }
}
