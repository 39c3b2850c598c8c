using Plenum.Core.Models.Bdm;

namespace Plenum.Core.Tests.Models.Bdm;

/// <summary>
/// The test oracle: a straightforward Θ(n³)-per-round implementation of the model written directly from the
/// specification (reference notes §2.10 and the switches of §2.11), with none of the production code's
/// shortcuts: every probability is summed over every voter, the Scholz-code denominator over every voter and
/// every ordered pair of actors, every pair is compared by exact position equality, and nothing is snapped.
/// </summary>
internal sealed class NaiveBdmOracle
{
    private readonly double[] _c, _s, _w;
    private readonly BdmOptions _o;
    private readonly double _initialRange, _scaleWidth;
    private double _rho, _mu, _denominator;
    private double[,] _u = new double[0, 0];

    public NaiveBdmOracle(double[] capability, double[] salience, double[] positions, BdmOptions options, double scaleWidth = 100)
    {
        _c = capability;
        _s = salience;
        X = (double[])positions.Clone();
        _o = options;
        _w = capability.Select((c, i) => c * salience[i]).ToArray();
        _initialRange = X.Max() - X.Min();
        _scaleWidth = scaleWidth;
        R = Enumerable.Repeat(1.0, X.Length).ToArray();
    }

    public double[] X { get; }
    public double[] R { get; private set; }
    public double[] Security { get; private set; } = [];
    private int N => X.Length;

    /// <summary>Voter utilities u[k, a] = (|x_k − x_a| / ρ)^r_k for the current exponents (Scholz code) or 1.</summary>
    private void PrepareVotes()
    {
        _u = new double[N, N];
        for (var k = 0; k < N; k++)
        for (var a = 0; a < N; a++)
        {
            var rk = _o.Probability == ProbabilityRule.ScholzCode ? R[k] : 1.0;
            _u[k, a] = Math.Pow(Math.Abs(X[k] - X[a]) / _rho, rk);
        }
        if (_o.Probability != ProbabilityRule.ScholzCode) return;
        double d = 0;
        for (var k = 0; k < N; k++)
        for (var a = 0; a < N; a++)
        for (var b = 0; b < N; b++)
            d += Math.Abs(Vote(k, a, b));
        _denominator = d;
    }

    private double Vote(int k, int a, int b) => _w[k] * (_u[k, b] - _u[k, a]);

    public double P(int i, int j)
    {
        if (X[i] == X[j]) return 0;
        double positive = 0, net = 0, all = 0;
        for (var k = 0; k < N; k++)
        {
            var v = Vote(k, i, j);
            positive += Math.Max(0, v);
            net += v;
            all += Math.Abs(v);
        }
        return _o.Probability switch
        {
            ProbabilityRule.ScholzCode => positive / _denominator,
            ProbabilityRule.Paper => all > 0 ? positive / all : 0,
            _ => all > 0 ? Math.Max(net, 0) / all : 0,
        };
    }

    /// <summary>E^m(U_ij) with resisting salience s.</summary>
    public double EU(int m, int i, int j, double s)
    {
        var rm = R[m];
        var d = Math.Abs(X[i] - X[j]) / _rho;
        var us = 2 - 4 * Math.Pow(0.5 - 0.5 * d, rm);
        var uf = 2 - 4 * Math.Pow(0.5 + 0.5 * d, rm);
        var usq = 2 - 4 * Math.Pow(0.5, rm);
        var p = P(i, j);
        var e = s * (p * us + (1 - p) * uf) + (1 - s) * us;
        if (_o.Q == 1.0) return e - usq;
        var g = (Math.Abs(X[i] - _mu) + Math.Abs(X[i] - X[j])) / _rho;
        var ub = 2 - 4 * Math.Pow(0.5 - 0.25 * g, rm);
        var uw = 2 - 4 * Math.Pow(0.5 + 0.25 * g, rm);
        var t = _o.T switch
        {
            ImprovementRule.Always => 1.0,
            ImprovementRule.Never => 0.0,
            _ => Math.Abs(X[i] - _mu) < Math.Abs(X[i] - X[j]) ? 1.0 : 0.0,
        };
        return e - _o.Q * usq - (1 - _o.Q) * (t * ub + (1 - t) * uw);
    }

    private double Resisting(int challenger, int target) =>
        _o.ResistingSalience == ResistingSalience.Target ? _s[target] : _s[challenger];

    private void SetRangeAndMedianVoter()
    {
        _rho = _o.Range switch { RangeRule.Initial => _initialRange, RangeRule.Current => X.Max() - X.Min(), _ => _scaleWidth };
        _mu = _o.MedianVoter == MedianVoterRule.WeightedMean ? Mean() : Median();
    }

    public double Mean()
    {
        double sw = 0, swx = 0;
        for (var i = 0; i < N; i++) { sw += _w[i]; swx += _w[i] * X[i]; }
        return swx / sw;
    }

    /// <summary>The vote winner of step 3: the position minimising Σ w_k |x_k − y| (lowest on ties).</summary>
    public double Median()
    {
        var best = double.NaN;
        var bestCost = double.PositiveInfinity;
        foreach (var y in X.Distinct().Order())
        {
            double cost = 0;
            for (var k = 0; k < N; k++) cost += _w[k] * Math.Abs(X[k] - y);
            if (cost < bestCost - 1e-12 * Math.Max(1, Math.Abs(cost))) { best = y; bestCost = cost; }
        }
        return best;
    }

    public void Step()
    {
        SetRangeAndMedianVoter();
        R = Enumerable.Repeat(1.0, N).ToArray();
        PrepareVotes();
        Security = new double[N];
        for (var i = 0; i < N; i++)
        for (var j = 0; j < N; j++)
            if (j != i) Security[i] += EU(j, j, i, Resisting(j, i));
        var hi = Security.Max();
        var lo = Security.Min();
        R = Security.Select(v => hi == lo ? 1.0 : (1 - (2 * v - hi - lo) / (hi - lo) / 3) / (1 + (2 * v - hi - lo) / (hi - lo) / 3)).ToArray();
        PrepareVotes();

        var next = (double[])X.Clone();
        for (var i = 0; i < N; i++)
        {
            var offers = new List<(int J, int Kind, double Pos, double A, double B)>();
            for (var j = 0; j < N; j++)
            {
                if (j == i || X[j] == X[i]) continue;
                var a = EU(i, i, j, _s[j]);
                var b = _o.Perspective == EstimatePerspective.Perceived ? EU(i, j, i, Resisting(j, i)) : EU(j, j, i, Resisting(j, i));
                if (b > a && a > 0)
                {
                    if (_o.Conflict == ConflictOutcome.Move) offers.Add((j, 0, X[j], a, b));
                }
                else if (b > 0 && a < 0 && b > Math.Abs(a))
                {
                    var pos = _o.Compromise == CompromiseRule.Fraction
                        ? X[i] + (X[j] - X[i]) * Math.Abs(a / b)
                        : (Math.Abs(a) * X[i] + Math.Abs(b) * X[j]) / (Math.Abs(a) + Math.Abs(b));
                    offers.Add((j, 1, pos, a, b));
                }
                else if (_o.Capitulation && b > 0 && a < 0 && b < Math.Abs(a))
                    offers.Add((j, 2, X[j], a, b));
            }
            if (offers.Count == 0) continue;
            if (_o.OfferChoice == OfferChoice.HighestUtility)
            {
                var best = offers[0];
                foreach (var o in offers.Skip(1))
                    if (o.B > best.B || (o.B == best.B && Math.Abs(X[i] - o.Pos) < Math.Abs(X[i] - best.Pos))) best = o;
                next[i] = best.Pos;
                continue;
            }
            var kind = offers.Min(o => o.Kind);
            var ofKind = offers.Where(o => o.Kind == kind).ToList();
            double Key((int J, int Kind, double Pos, double A, double B) o) =>
                _o.OfferChoice == OfferChoice.LeastMovement ? Math.Abs(X[i] - o.Pos)
                : o.Kind == 1 ? (Math.Abs(o.A) * X[i] + Math.Abs(o.B) * X[o.J]) / (Math.Abs(o.A) + Math.Abs(o.B))
                : Math.Abs(X[i] - X[o.J]);
            var chosen = ofKind[0];
            foreach (var o in ofKind.Skip(1)) if (Key(o) < Key(chosen)) chosen = o;
            next[i] = chosen.Pos;
        }
        Array.Copy(next, X, N);
    }
}
