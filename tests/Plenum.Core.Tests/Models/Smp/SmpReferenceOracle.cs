using Plenum.Core.Models.Smp;
using Plenum.Core.Randomness;

namespace Plenum.Core.Tests.Models.Smp;

/// <summary>
/// A straightforward SMP, written from docs/models/smp.md in KTAB's own structure (full aUtil[h] matrices,
/// probEduChlg(h,k,i,j) summed in order, scalarPCE, brgnUtil), single-threaded and without vectors. It is
/// the test oracle for the fast model: Θ(n³) memory and Θ(n³) time per turn, for small scenarios only.
/// </summary>
internal sealed class SmpReferenceOracle(SmpOptions o, double[] caps, double[] sal, int n, int m,
    IReadOnlyList<(int Column, double Rate)>[]? accommodation, long seed)
{
    public sealed record State(double[] Pos, double[] Ideal, double[] Risk, double[] UniqueProbabilities, int[] Unique);

    public List<State> States { get; } = [];

    public List<(int Target, double P, double Gain)[]> Challenges { get; } = [];

    private double[][] _aUtil = [];
    private double[] _vDiff = [];

    public void Run(double[] initial)
    {
        var s = Setup((double[])initial.Clone(), (double[])initial.Clone());
        States.Add(s);
        for (var iter = 1; ; iter++)
        {
            s = Step(s, iter - 1);
            States.Add(s);
            var d01 = Dist(States[0], States[1]) + o.MinFirstMove;
            var dxy = Dist(States[iter], States[iter - 1]);
            if (iter >= o.MaxTurns || (iter >= o.MinTurns && dxy / d01 < o.StopRatio)) break;
        }
    }

    private double Dist(State a, State b)
    {
        double sum = 0;
        for (var i = 0; i < n; i++)
        {
            double s = 0;
            for (var k = 0; k < m; k++) s += Math.Pow(a.Pos[i * m + k] - b.Pos[i * m + k], 2);
            sum += Math.Sqrt(s);
        }
        return sum;
    }

    private static double Vote(SmpVotingRule vr, double w, double uij, double uik)
    {
        var du = uij - uik;
        var bin = Math.Max(-1, Math.Min(1, du / 1e-8));
        return vr switch
        {
            SmpVotingRule.Binary => w * bin,
            SmpVotingRule.PropBin => w * (0.8 * du + 0.2 * bin),
            SmpVotingRule.Prop => w * du,
            SmpVotingRule.PropCbc => w * (0.5 * du + 0.5 * du * du * du),
            SmpVotingRule.Cubic => w * du * du * du,
            _ => du < 0 ? w * du : du > 0 ? 2.0 * w * du / 3.0 : 0,
        };
    }

    private static double BsUtil(double d, double r) => d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);

    private double BvDiff(int i, double[] a, int ai, double[] b, int bj)
    {
        double ds = 0, ss = 0;
        for (var k = 0; k < m; k++)
        {
            var s = sal[i * m + k];
            ds += Math.Pow((a[ai * m + k] - b[bj * m + k]) * s, 2);
            ss += s * s;
        }
        return Math.Sqrt(ds / ss);
    }

    private double[] ScalarPce(int options, double[] w, Func<int, int, double> u)
    {
        var c = new double[options, options];
        for (var i = 0; i < options; i++)
        {
            for (var j = 0; j < i; j++)
            {
                double cij = 1e-8, cji = 1e-8;
                for (var k = 0; k < w.Length; k++)
                {
                    var v = Vote(o.VotingRule, w[k], u(k, i), u(k, j));
                    if (v > 0) cij += v;
                    if (v < 0) cji -= v;
                }
                c[i, j] = cij;
                c[j, i] = cji;
            }
            c[i, i] = 1e-8;
        }
        var vp = new double[options, options];
        for (var i = 0; i < options; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (x1, x2) = Powers(c[i, j], c[j, i]);
                vp[i, j] = x1 / (x1 + x2);
                vp[j, i] = x2 / (x1 + x2);
            }
            vp[i, i] = 0.5;
        }
        var p = new double[options];
        if (o.CondorcetModel == SmpCondorcetModel.Conditional)
        {
            for (var i = 0; i < options; i++)
            {
                p[i] = 1;
                for (var j = 0; j < options; j++) p[i] *= vp[i, j];
            }
            var total = p.Sum();
            return p.Select(x => x / total).ToArray();
        }
        Array.Fill(p, 1.0 / options);
        if (o.CondorcetModel == SmpCondorcetModel.MarkovUniform)
        {
            for (var change = 1.0; change > 1e-6;)
            {
                var q = new double[options];
                for (var i = 0; i < options; i++)
                    for (var j = 0; j < options; j++) q[i] += vp[i, j] * (p[i] + p[j]) / 1.0;
                change = 0;
                for (var i = 0; i < options; i++)
                {
                    q[i] /= options;
                    change = Math.Max(change, Math.Abs(q[i] - p[i]));
                }
                for (var i = 0; i < options; i++) p[i] = (p[i] + q[i]) / 2;
            }
            return p;
        }
        var inc = new double[options, options];
        for (var i = 0; i < options; i++)
            for (var j = 0; j < options; j++) inc[i, j] = c[i, j] * vp[i, j] + (i == j ? 1e-10 : 0);
        var ch = new double[options, options];
        for (var i = 0; i < options; i++)
            for (var j = 0; j < options; j++)
            {
                double s = 0;
                for (var k = 0; k < options; k++) s += inc[k, j];
                ch[i, j] = inc[i, j] / s;
            }
        for (var change = 1.0; change > 1e-8;)
        {
            var q = new double[options];
            change = 0;
            for (var i = 0; i < options; i++)
            {
                for (var j = 0; j < options; j++) q[i] += vp[i, j] * (p[i] * ch[j, i] + p[j] * ch[i, j]);
                change = Math.Max(change, Math.Abs(q[i] - p[i]));
            }
            for (var i = 0; i < options; i++) p[i] = (p[i] + q[i]) / 2;
        }
        return p;
    }

    private (double, double) Powers(double s1, double s2)
    {
        switch (o.VictoryModel)
        {
            case SmpVictoryModel.Square: return (s1 * s1, s2 * s2);
            case SmpVictoryModel.Quartic: return (s1 * s1 * (s1 * s1), s2 * s2 * (s2 * s2));
            case SmpVictoryModel.Octic:
                var a = s1 * s1 * (s1 * s1);
                var b = s2 * s2 * (s2 * s2);
                return (a * a, b * b);
            case SmpVictoryModel.Binary:
                if (s1 >= 1.1 * s2) return (1, 1e-6);
                if (s2 >= 1.1 * s1) return (1e-6, 1);
                var p12 = (s1 / (s1 + s2) * (1.1 + 1.0) - 1.0) / (1.1 - 1.0);
                return (p12, 1 - p12);
            default: return (s1, s2);
        }
    }

    private double EstNra(double rh, double ri) => o.RiskAdjustment switch
    {
        SmpRiskAdjustment.Full => ri,
        SmpRiskAdjustment.TwoThirds => (rh + 2 * ri) / 3,
        SmpRiskAdjustment.Half => (rh + ri) / 2,
        SmpRiskAdjustment.OneThird => (2 * rh + ri) / 3,
        _ => rh,
    };

    private bool Equiv(double[] pos, int i, int j)
    {
        double s = 0;
        for (var k = 0; k < m; k++) s += Math.Pow(pos[i * m + k] - pos[j * m + k], 2);
        return Math.Sqrt(s) < o.DuplicateTolerance;
    }

    private State Setup(double[] pos, double[] ideal)
    {
        _vDiff = new double[n * n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) _vDiff[i * n + j] = BvDiff(i, ideal, i, pos, j);
        var p = ScalarPce(n, caps, (k, j) => 1 - _vDiff[k * n + j]);
        double pMin = p.Min(), pMax = p.Max();
        var r = p.Select(x => pMax - pMin > 0
            ? o.RiskRange switch
            {
                SmpRiskRange.Min => (x - pMin) / (pMax - pMin),
                SmpRiskRange.Max => (2 * x - (pMax + pMin)) / (pMax - pMin),
                _ => (3 * x - (pMax + 2 * pMin)) / (2 * (pMax - pMin)),
            }
            : 0).ToArray();
        _aUtil = new double[n][];
        for (var h = 0; h < n; h++)
        {
            _aUtil[h] = new double[n * n];
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++) _aUtil[h][i * n + j] = BsUtil(_vDiff[i * n + j], EstNra(r[h], r[i]));
        }
        var unique = new List<int>();
        for (var i = 0; i < n; i++)
            if (!unique.Any(u => Equiv(pos, i, u))) unique.Add(i);
        var up = ScalarPce(unique.Count, caps, (k, q) => _aUtil[k][k * n + unique[q]]);
        return new State(pos, ideal, r, up, unique.ToArray());
    }

    private (double P, double Gain) ProbEduChlg(int h, int k, int i, int j)
    {
        var u = _aUtil[h];
        double U(int a, int b) => u[a * n + b];
        var euSq = U(k, i) + U(k, j);
        var uVict = U(k, i) + U(k, i);
        var uLoss = U(k, j) + U(k, j);
        double S(int a) => Enumerable.Range(0, m).Sum(d => sal[a * m + d]);
        var ci = Vote(o.VotingRule, S(i) * caps[i], U(i, i), U(i, j));
        var cj = Vote(o.VotingRule, S(j) * caps[j], U(j, i), U(j, j));
        double chij = 1e-10 + Math.Max(ci, 0) + Math.Max(cj, 0), chji = 1e-10 + Math.Max(-ci, 0) + Math.Max(-cj, 0);
        double c0ij = chij, c0ji = chji;
        for (var t = 0; t < n; t++)
        {
            if (t == i || t == j) continue;
            var w = S(t) * caps[t];
            double uni = U(t, i), unj = U(t, j), unn = U(t, t);
            var v0 = Vote(o.VotingRule, w, uni, unj);
            double cni = c0ij + Math.Max(v0, 0), cnj = c0ji + Math.Max(-v0, 0);
            var pin = cni / (cni + cnj);
            var pjn = 1 - pin;
            var (a, b, c, d) = o.ThirdPartyCommit switch
            {
                SmpThirdPartyCommit.FullCommit => (3 * uni, 3 * unj, 3 * uni, 3 * unj),
                SmpThirdPartyCommit.NoCommit => (2 * uni + unn, 2 * unj + unn, 2 * uni + unn, 2 * unj + unn),
                _ => (2 * uni + unn, 3 * unj, 3 * uni, 2 * unj + unn),
            };
            var vn = Vote(o.VotingRule, w, pin * a + pjn * b, pin * c + pjn * d);
            chij += Math.Max(vn, 0);
            chji += Math.Max(-vn, 0);
        }
        var phij = chij / (chij + chji);
        var sj = S(j);
        var euChlg = (1 - sj) * uVict + sj * (phij * uVict + (1 - phij) * uLoss);
        return (phij, euChlg - euSq);
    }

    private (double[], double[]) Interp(State s, int i, int j, double pi, double pj)
    {
        var bi = new double[m];
        var bj = new double[m];
        for (var k = 0; k < m; k++)
        {
            double ti = s.Pos[i * m + k], tj = s.Pos[j * m + k], si = sal[i * m + k], sj = sal[j * m + k];
            if (o.Interpolation == SmpInterpolation.S2PMax)
            {
                var di = Math.Max(0, pj - pi);
                var dj = Math.Max(0, pi - pj);
                bi[k] = ti + di * sj * sj / (di * sj * sj + 1e-6 + (1 - di) * si * si) * (tj - ti);
                bj[k] = tj + dj * si * si / (dj * si * si + 1e-6 + (1 - dj) * sj * sj) * (ti - tj);
                continue;
            }
            var e = o.Interpolation == SmpInterpolation.S1P1 ? 1 : 2;
            var wi = Math.Pow(si, e) * Math.Pow(pi, e);
            var wj = Math.Pow(sj, e) * Math.Pow(pj, e);
            var x = ((wi + 1e-6) * ti + wj * tj) / (wi + 1e-6 + wj);
            var y = (wi * ti + (1e-6 + wj) * tj) / (wi + 1e-6 + wj);
            bi[k] = o.RoundBargains ? Math.Floor(0.5 + x * 10000) / 10000 : x;
            bj[k] = o.RoundBargains ? Math.Floor(0.5 + y * 10000) / 10000 : y;
        }
        return (bi, bj);
    }

    private sealed record Bargain(int I, int J, double[] PI, double[] PJ);

    private State Step(State s, int turn)
    {
        var queues = Enumerable.Range(0, n).Select(k => new List<Bargain> { new(k, k, s.Pos[(k * m)..(k * m + m)], s.Pos[(k * m)..(k * m + m)]) }).ToArray();
        var challenges = new (int, double, double)[n];
        for (var i = 0; i < n; i++)
        {
            int best = -1;
            double bestP = 0, bestG = -1;
            for (var j = 0; j < n; j++)
            {
                if (j == i) continue;
                var (p, g) = ProbEduChlg(i, i, i, j);
                if (g > 1e-5 && g > bestG) (best, bestP, bestG) = (j, p, g);
            }
            challenges[i] = (best, bestP, bestG);
            if (best < 0) continue;
            var (bi, bj) = Interp(s, i, best, bestP, 1 - bestP);
            var made = new List<Bargain> { new(i, best, bi, bj) };
            if (o.BargainModel != SmpBargainModel.InitOnly)
            {
                var (pj, gj) = ProbEduChlg(best, i, i, best);
                var pr = o.KtabBargainQuirks ? gj : pj;
                var (ri, rj) = Interp(s, i, best, pr, 1 - pr);
                if (o.BargainModel == SmpBargainModel.InitReceiver) made.Add(new(i, best, ri, rj));
                else
                {
                    double S(int a) => Enumerable.Range(0, m).Sum(d => sal[a * m + d]);
                    var wi = caps[i] * S(i);
                    var wj = (o.KtabBargainQuirks ? caps[i] : caps[best]) * S(best);
                    made = [new(i, best, bi.Zip(ri, (x, y) => (wi * x + wj * y) / (wi + wj)).ToArray(), bj.Zip(rj, (x, y) => (wi * x + wj * y) / (wi + wj)).ToArray())];
                }
            }
            foreach (var b in made)
            {
                queues[i].Add(b);
                queues[best].Add(b);
            }
        }
        Challenges.Add(challenges);
        var pos = new double[n * m];
        for (var k = 0; k < n; k++)
        {
            var q = queues[k];
            var util = new double[n, q.Count];
            for (var a = 0; a < n; a++)
                for (var b = 0; b < q.Count; b++)
                {
                    double sum = 0;
                    var bg = q[b];
                    if (bg.I == bg.J)
                        for (var x = 0; x < n; x++) sum += _aUtil[a][a * n + x];
                    else
                    {
                        sum = BsUtil(BvDiff(a, s.Ideal, a, bg.PI, 0), s.Risk[a]) + BsUtil(BvDiff(a, s.Ideal, a, bg.PJ, 0), s.Risk[a]);
                        for (var x = 0; x < n; x++)
                            if (x != bg.I && x != bg.J) sum += _aUtil[a][a * n + x];
                    }
                    util[a, b] = sum / n;
                }
            var p = ScalarPce(q.Count, caps, (a, b) => util[a, b]);
            int chosen;
            if (o.Transition == SmpStateTransition.Stochastic)
            {
                var u = RandomStream.ForRun(seed, (long)turn * n + k).NextDouble();
                chosen = q.Count - 1;
                double cum = 0;
                for (var b = 0; b < q.Count; b++)
                {
                    cum += p[b];
                    if (u <= cum) { chosen = b; break; }
                }
            }
            else
            {
                chosen = 0;
                for (var b = 1; b < q.Count; b++)
                    if (p[b] > p[chosen]) chosen = b;
            }
            var c = q[chosen];
            Array.Copy(k == c.I ? c.PI : c.PJ, 0, pos, k * m, m);
        }
        var ideal = (double[])pos.Clone();
        if (accommodation is not null)
            for (var i = 0; i < n; i++)
            {
                var rate = Math.Min(1, accommodation[i].Sum(c => c.Rate));
                for (var k = 0; k < m; k++)
                    ideal[i * m + k] = accommodation[i].Sum(c => c.Rate * pos[c.Column * m + k]) + (1 - rate) * s.Ideal[i * m + k];
            }
        return Setup(pos, ideal);
    }
}
