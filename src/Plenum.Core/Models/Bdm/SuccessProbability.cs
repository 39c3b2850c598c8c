using System.Diagnostics.CodeAnalysis;
using System.Runtime.Intrinsics;

namespace Plenum.Core.Models.Bdm;

/// <summary>
/// P(i beats j): the probability that challenger i prevails over target j with third-party support, by the
/// chosen <see cref="ProbabilityRule"/>. Depends only on the two positions, so it is indexed by position slot.
/// </summary>
internal sealed class SuccessProbability
{
    private ProbabilityRule _rule;
    private double _denominator;

    private SuccessProbability(SupportMatrix support, ProbabilityRule rule) => Renew(support, rule);

    /// <summary>Points this instance at another round's matrix (a workspace keeps one); returns it.</summary>
    [MemberNotNull(nameof(Support))]
    private SuccessProbability Renew(SupportMatrix support, ProbabilityRule rule)
    {
        Support = support;
        _rule = rule;
        // The Scholz code divides every pair's positive votes by one constant: the absolute votes of every voter
        // over every ordered pair of actors, which is twice the sum of the numerators.
        _denominator = rule == ProbabilityRule.ScholzCode ? 2 * support.SumOverActorPairs() : 0;
        return this;
    }

    /// <summary>The support sums the probabilities are made of.</summary>
    public SupportMatrix Support { get; private set; }

    /// <summary>An upper bound on every P(i, j): the largest N over D for the Scholz code, 1 for the per-pair rules.</summary>
    public double Largest => _rule == ProbabilityRule.ScholzCode ? (_denominator > 0 ? Support.Largest / _denominator : 0) : 1;

    /// <summary>The Scholz code's global denominator D (0 for the per-pair rules).</summary>
    public double GlobalDenominator => _denominator;

    /// <summary>
    /// Builds the probabilities for the current positions. The per-pair rules use linear utilities (exponent 1),
    /// as eq. 31 does; the Scholz code uses each voter's own exponent.
    /// </summary>
    /// <param name="workspace">Buffers reused between rounds; null allocates.</param>
    /// <param name="powers">How the voters' powers are evaluated (<see cref="SupportMatrix"/>).</param>
    public static SuccessProbability Compute(ProbabilityRule rule, ReadOnlySpan<double> positions, ReadOnlySpan<double> weights,
        double[]? exponents, double range, BdmWorkspace? workspace = null, PowerEvaluation powers = PowerEvaluation.Exact)
    {
        var voterExponents = rule == ProbabilityRule.ScholzCode ? exponents : null;
        return Over(SupportMatrix.Compute(positions, weights, voterExponents, range, workspace, powers), rule, workspace);
    }

    /// <summary>As above, from voters already sorted into <paramref name="slots"/> (pass 2 reads pass 1's sort).</summary>
    public static SuccessProbability Compute(ProbabilityRule rule, PositionSlots slots, ReadOnlySpan<double> weights,
        double[]? exponents, double range, BdmWorkspace? workspace = null, PowerEvaluation powers = PowerEvaluation.Exact)
    {
        var voterExponents = rule == ProbabilityRule.ScholzCode ? exponents : null;
        return Over(SupportMatrix.Compute(slots, weights, voterExponents, range, workspace, powers), rule, workspace);
    }

    /// <summary>The probabilities over <paramref name="support"/>: the workspace's instance, refilled, or a new one without a workspace.</summary>
    private static SuccessProbability Over(SupportMatrix support, ProbabilityRule rule, BdmWorkspace? workspace)
    {
        if (workspace is null) return new SuccessProbability(support, rule);
        return workspace.Probability is { } kept ? kept.Renew(support, rule) : workspace.Probability = new SuccessProbability(support, rule);
    }

    /// <summary>P(challenger at slot a beats target at slot b); 0 at the same position. Reads row a.</summary>
    public double Of(int a, int b) => a == b ? 0 : Combine(Support[a, b], Support.Against(a, b));

    /// <summary>P(challenger at slot b beats target at slot a), the same number as <c>Of(b, a)</c> but read along row a.</summary>
    public double ChallengedBy(int a, int b) => a == b ? 0 : Combine(Support.Against(a, b), Support[a, b]);

    /// <summary>
    /// <see cref="Combine"/> for every q: <paramref name="into"/>[q] from <paramref name="forChallenger"/>[q] and
    /// <paramref name="forTarget"/>[q], the same numbers, with the rule chosen once for the row (the Scholz code's
    /// division by one constant then runs four quotients at a time).
    /// </summary>
    public void CombineRow(ReadOnlySpan<double> forChallenger, ReadOnlySpan<double> forTarget, Span<double> into)
    {
        if (_rule != ProbabilityRule.ScholzCode)
        {
            for (var q = 0; q < into.Length; q++) into[q] = Combine(forChallenger[q], forTarget[q]);
            return;
        }
        var denominator = _denominator;
        if (!(denominator > 0))
        {
            into.Clear();
            return;
        }
        // Four quotients at a time: IEEE division is correctly rounded in every lane, so the same bits as one by one.
        var whole = into.Length & ~3;
        var divisor = Vector256.Create(denominator);
        for (var q = 0; q < whole; q += 4) (Vector256.Create(forChallenger.Slice(q, 4)) / divisor).CopyTo(into.Slice(q, 4));
        for (var q = whole; q < into.Length; q++) into[q] = forChallenger[q] / denominator;
    }

    /// <summary>The probability from the two support sums; <see cref="Of"/> and <see cref="ChallengedBy"/> in one place.</summary>
    public double Combine(double forChallenger, double forTarget)
    {
        switch (_rule)
        {
            case ProbabilityRule.ScholzCode:
                return _denominator > 0 ? forChallenger / _denominator : 0;
            case ProbabilityRule.Paper:
            {
                var all = forChallenger + forTarget;
                return all > 0 ? forChallenger / all : 0;
            }
            default:
            {
                var all = forChallenger + forTarget;
                return all > 0 ? Math.Max(forChallenger - forTarget, 0) / all : 0;
            }
        }
    }
}
