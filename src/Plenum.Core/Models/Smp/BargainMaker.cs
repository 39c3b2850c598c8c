namespace Plenum.Core.Models.Smp;

/// <summary>
/// Forms the compromise points of a bargain between initiator i and receiver j (KTAB
/// <c>SMPActor::interpolateBrgn</c>, <c>interpBrgnSnPm</c>, <c>interpBrgnS2PMax</c>).
/// </summary>
internal static class BargainMaker
{
    /// <summary>
    /// Per dimension, the points b_i and b_j from positions t_i, t_j, saliences and probabilities.
    /// S1P1/S2P2: weights (s·p)^n with a 10⁻⁶ tilt toward each actor's own position, rounded to
    /// 4 decimals (KTAB's guard against spurious asymmetry and precision); S2PMax: the weaker side moves.
    /// </summary>
    public static (double[] Initiator, double[] Receiver) Interpolate(SmpInterpolation kind, bool round,
        ReadOnlySpan<double> ti, ReadOnlySpan<double> si, double pi,
        ReadOnlySpan<double> tj, ReadOnlySpan<double> sj, double pj)
    {
        var m = ti.Length;
        var bi = new double[m];
        var bj = new double[m];
        for (var k = 0; k < m; k++)
        {
            switch (kind)
            {
                case SmpInterpolation.S2PMax:
                    {
                        var di = pj > pi ? pj - pi : 0;
                        var dj = pi > pj ? pi - pj : 0;
                        var si2 = si[k] * si[k];
                        var sj2 = sj[k] * sj[k];
                        const double minW = 1e-6;
                        var dik = di * sj2 / (di * sj2 + minW + (1 - di) * si2);
                        var djk = dj * si2 / (dj * si2 + minW + (1 - dj) * sj2);
                        bi[k] = ti[k] + dik * (tj[k] - ti[k]);
                        bj[k] = tj[k] + djk * (ti[k] - tj[k]);
                        break;
                    }
                default:
                    {
                        var power = kind == SmpInterpolation.S1P1 ? 1 : 2;
                        var wik = Math.Pow(si[k], power) * Math.Pow(pi, power);
                        var wjk = Math.Pow(sj[k], power) * Math.Pow(pj, power);
                        const double minW = 1e-6;
                        var x = ((wik + minW) * ti[k] + wjk * tj[k]) / (wik + minW + wjk);
                        var y = (wik * ti[k] + (minW + wjk) * tj[k]) / (wik + minW + wjk);
                        bi[k] = round ? Round4(x) : x;
                        bj[k] = round ? Round4(y) : y;
                        break;
                    }
            }
        }
        return (bi, bj);
    }

    /// <summary>KTAB's <c>round4</c>: (int)(0.5 + 10⁴x) / 10⁴, i.e. half-up for the non-negative coordinates.</summary>
    public static double Round4(double x) => (int)(0.5 + x * 10000.0) / 10000.0;
}
