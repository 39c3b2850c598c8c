namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Pass 1 of a round (eqs. 32–34): with every exponent at 1, each actor's security is the sum of the expected
/// utilities its adversaries have of challenging it; the spread of securities sets each actor's risk exponent.
/// </summary>
/// <remarks>
/// Sec_i = Σ_{j≠i} E(U_ji); R_i = (2·Sec_i − max Sec − min Sec) / (max Sec − min Sec); r_i = (1 − R_i/3) / (1 + R_i/3),
/// so the actor its adversaries gain most from challenging (R = 1) gets r = 0.5 and the one they gain least from
/// (R = −1) gets r = 2. When every security is equal, R = 0 and r = 1 (the formula would divide by zero).
/// At r = 1 the perspective does not matter.
/// </remarks>
internal static class RiskExponents
{
    /// <summary>Computes security, R and r for every actor from pass-1 probabilities (all exponents 1).</summary>
    public static RiskProfile Compute(BdmIssueInput input, double[] positions, SuccessProbability pass1, ExpectedUtility utility,
        ResistingSalience salienceRule)
    {
        var n = positions.Length;
        var slots = pass1.Support.SlotOfActor;
        var security = new double[n];
        Parallelism.For(n, i =>
        {
            double sum = 0;
            for (var j = 0; j < n; j++)
            {
                if (j == i) continue;
                var resisting = salienceRule == ResistingSalience.Target ? input.Saliences[i] : input.Saliences[j];
                var p = pass1.ChallengedBy(slots[i], slots[j]);
                sum += utility.Of(1.0, positions[j], positions[i], p, resisting);
            }
            security[i] = sum;
        });

        var high = security.Max();
        var low = security.Min();
        var attitude = new double[n];
        var exponent = new double[n];
        for (var i = 0; i < n; i++)
        {
            attitude[i] = high == low ? 0 : (2 * security[i] - high - low) / (high - low);
            exponent[i] = (1 - attitude[i] / 3) / (1 + attitude[i] / 3);
        }
        return new RiskProfile(security, attitude, exponent);
    }
}
