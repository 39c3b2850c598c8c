using System.Runtime.CompilerServices;

namespace Plenum.Core.Models.Exchange;

/// <summary>
/// The arithmetic of one candidate exchange at a given rate: the moves (one partner moves all the way, the
/// other as far as the rate asks, roles swapped when that would overshoot), the no-overshoot cut of the mean,
/// the validity rules. Equations in <c>docs/models/exchange.md</c> §2; they follow Decide's
/// <c>EqualGainExchange.calculate</c> and <c>check_nbs</c>.
/// </summary>
/// <remarks>
/// A candidate's solution depends on its own move history and on state it shares with every other candidate:
/// the current positions (<c>current</c>, what executed exchanges left) and the third-party positions recorded
/// per demanding actor and issue (<see cref="ThirdPartyPositions"/>). <see cref="Calculate"/> only reads them,
/// so candidates can be solved in parallel while nothing is executed.
/// </remarks>
internal sealed class ExchangeSolver
{
    /// <summary>Moves at most this small are no move (Decide's 1e-10).</summary>
    private const double MinMove = 1e-10;

    /// <summary>Gains below this make an exchange worthless (Decide's 1e-10).</summary>
    private const double MinGain = 1e-10;

    /// <summary>Distances of the mean to a demander's position below this count as zero (exact arithmetic would give 0).</summary>
    private const double SameSideTolerance = 1e-9;

    /// <summary>Per issue: whether Decide's normalisation step 100/width is a short decimal (0–100: step 1).</summary>
    private readonly bool[] _exactScale;

    /// <summary>Rounding slack on the 0–100 bounds of a voting position.</summary>
    private const double BoundSlack = 1e-12;

    private readonly ExchangeSpace _space;
    private readonly double[] _start;
    private readonly double[] _startSum;

    /// <summary>Per cell (actor × issue): the actor's round-start position less the issue's round-start mean, computed as the overshoot check computes it.</summary>
    private readonly double[] _startGap;

    /// <summary>Per demander cell: <see cref="ThirdPartySum"/>, recomputed whenever a position is recorded for the cell.</summary>
    private readonly double[] _recordedSum;
    private readonly int _n;
    private readonly ExchangeVariant _variant;
    private readonly ThirdPartyPositions _thirdParties;

    /// <param name="space">The scenario.</param>
    /// <param name="roundStart">Normalised positions at the start of the round.</param>
    /// <param name="thirdParties">Third-party positions recorded this round (read only here).</param>
    /// <param name="variant">Which exchange rate rules apply.</param>
    public ExchangeSolver(ExchangeSpace space, double[] roundStart, ThirdPartyPositions thirdParties, ExchangeVariant variant)
    {
        _space = space;
        _start = roundStart;
        _thirdParties = thirdParties;
        _n = space.IssueCount;
        _variant = variant;
        _startSum = new double[_n];
        _exactScale = new bool[_n];
        for (var d = 0; d < _n; d++)
        {
            var step = 100.0 / space.Issues[d].Width;
            _exactScale[d] = step == Math.Round(step, 6);
        }
        for (var d = 0; d < _n; d++)
            for (var a = 0; a < space.ActorCount; a++)
            {
                var k = a * _n + d;
                if (space.Takes[k]) _startSum[d] += space.Weight[k] * roundStart[k];
            }
        _startGap = new double[roundStart.Length];
        for (var k = 0; k < roundStart.Length; k++) _startGap[k] = roundStart[k] - _startSum[k % _n] / space.WeightSum[k % _n];
        _recordedSum = new double[roundStart.Length];
        for (var k = 0; k < roundStart.Length; k++) _recordedSum[k] = _startSum[k % _n];
    }

    /// <summary>
    /// Updates the cached sum of the demander cell <paramref name="demander"/> (on <paramref name="issue"/>) after a
    /// position was recorded for it: <paramref name="appended"/> at <paramref name="position"/> added at the end of the
    /// records (the walk's last addition, to the sum of the earlier ones), or −1 when an entry was replaced (walked again).
    /// </summary>
    public void Recorded(int demander, int issue, int appended, double position)
    {
        if (appended < 0)
        {
            _recordedSum[demander] = WalkThirdPartySum(demander, issue);
            return;
        }
        var k = appended * _n + issue;
        _recordedSum[demander] += _space.Weight[k] * (position - _start[k]);
    }

    /// <summary>Solves the candidate afresh from its current positions, rate and updates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Calculate(ref ExchangeCandidate c)
    {
        if (_variant != ExchangeVariant.EqualGain)
        {
            c.I.CutFrom = c.J.CutFrom = double.NegativeInfinity;
            c.I.CutTo = c.J.CutTo = double.PositiveInfinity;
        }
        var rate = c.Rate;
        var inverse = c.InverseRate;
        if (_variant == ExchangeVariant.RandomRate)
        {
            Solve(ref c, rate, inverse);
            OwnGains(ref c);
            c.Valid = IsMoveValid(c.I) && IsMoveValid(c.J) && Math.Min(c.GainI, c.GainJ) >= MinGain;
            if (!c.Valid) return;
            CheckOvershoot(ref c, true);
            CheckOvershoot(ref c, false);
            OwnGains(ref c);
            c.Gain = Math.Min(c.GainI, c.GainJ);
            c.Valid = IsMoveValid(c.I) && IsMoveValid(c.J) && c.Gain >= MinGain;
            return;
        }

        Solve(ref c, rate, inverse);
        c.Gain = Math.Abs(c.ShiftQ * Salience(c.I.Actor, c.I.Supply) - c.ShiftP * Salience(c.I.Actor, c.I.Demand));
        c.Valid = IsMoveValid(c.I) && IsMoveValid(c.J) && c.Gain >= MinGain;
        if (!c.Valid) return;
        CheckOvershoot(ref c, true);
        CheckOvershoot(ref c, false);
        c.Valid = IsMoveValid(c.I) && IsMoveValid(c.J);
        c.GainI = c.GainJ = c.Gain;
        if (!c.Valid || _variant != ExchangeVariant.RandomizedEqualGain || c.Z == 0) return;

        // REX: keep the equal gain as the ordering key, move along the rate toward the picked actor's best or worst rate.
        var equalGain = c.Gain;
        var randomRate = RandomizedRate(c);
        Solve(ref c, randomRate, 1.0 / randomRate);
        var valid = IsMoveValid(c.I) && IsMoveValid(c.J);
        if (valid)
        {
            CheckOvershoot(ref c, true, randomRate, 1.0 / randomRate);
            CheckOvershoot(ref c, false, randomRate, 1.0 / randomRate);
            valid = IsMoveValid(c.I) && IsMoveValid(c.J);
        }
        OwnGains(ref c);
        c.Gain = equalGain;
        c.Valid = valid && c.GainI >= 0 && c.GainJ >= 0;
    }

    /// <summary>
    /// <see cref="Calculate"/> for the equal-gain variant, on the compact state of a candidate and its sides'
    /// current positions instead of the ~200-byte <see cref="ExchangeCandidate"/> working copy: the same operations
    /// in the same order (so the same bits), with every operand a local (the inverse rate computed only where it is
    /// used). Writes the moves and the gain into
    /// <paramref name="x"/>, returns whether it is valid and, when it is, where each side's no-overshoot check could
    /// cut (<see cref="ExchangeSide.CutFrom"/>, for the demander cells (J, Q) and (I, P)).
    /// </summary>
    public bool SolveEqualGain(ref CandidateState x, double positionI, double positionJ,
        out double cutFromI, out double cutToI, out double cutFromJ, out double cutToJ) =>
        SolveEqualGain<RecordedThirdParties>(ref x, positionI, positionJ, out cutFromI, out cutToI, out cutFromJ, out cutToJ);

    /// <summary>
    /// <see cref="SolveEqualGain(ref CandidateState, double, double, out double, out double, out double, out double)"/>
    /// while nothing has been executed in the round (candidate creation): every actor at its round start and no
    /// third-party position recorded, so the third parties' sums are the round-start sums (no walk over the empty
    /// records) and the demander's distance to the mean before the supplier's move is the round-start one of its
    /// cell (<see cref="_startGap"/>: the supplier's shift is exactly 0, so the same division). The same bits.
    /// </summary>
    public bool SolveEqualGainBeforeExecutions(ref CandidateState x,
        out double cutFromI, out double cutToI, out double cutFromJ, out double cutToJ) =>
        SolveEqualGain<NoThirdParties>(ref x, _start[x.I * _n + x.Q], _start[x.J * _n + x.P],
            out cutFromI, out cutToI, out cutFromJ, out cutToJ);

    /// <summary>Whether anything has been executed yet (a type argument, so the solver is compiled once for each case).</summary>
    private interface IThirdPartyCase
    {
        static abstract bool NoneRecorded { get; }
    }

    private struct RecordedThirdParties : IThirdPartyCase
    {
        public static bool NoneRecorded => false;
    }

    private struct NoThirdParties : IThirdPartyCase
    {
        public static bool NoneRecorded => true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool SolveEqualGain<TCase>(ref CandidateState x, double positionI, double positionJ,
        out double cutFromI, out double cutToI, out double cutFromJ, out double cutToJ) where TCase : struct, IThirdPartyCase
    {
        var n = _n;
        var salience = _space.Salience;
        var weight = _space.Weight;
        var start = _start;
        int i = x.I, j = x.J, p = x.P, q = x.Q;
        int ip = i * n + p, iq = i * n + q, jp = j * n + p, jq = j * n + q;
        double sip = salience[ip], siq = salience[iq], sjp = salience[jp], sjq = salience[jq];
        var rate = (sip + sjp) / (siq + sjq);
        var xip = start[ip];
        var xjq = start[jq];
        var wjp = weight[jp];
        var wiq = weight[iq];
        var sumP = _space.WeightSum[p];
        var sumQ = _space.WeightSum[q];

        // Solve: first J moves all the way to I's position on p; I moves all the way instead if that overshoots.
        var distanceJ = Math.Abs(xip - positionJ);
        var distanceI = Math.Abs(xjq - positionI);
        var dp = distanceJ * wjp / sumP;
        var dq = rate * dp;
        var moveI = dq * sumQ / wiq;
        var moveJ = distanceJ;
        if (Math.Abs(moveI) > distanceI)
        {
            dq = distanceI * wiq / sumQ;
            dp = (siq + sjq) / (sip + sjp) * dq;
            moveI = distanceI;
            moveJ = dp * sumP / wjp;
        }
        if (positionI > xjq) moveI = -moveI;
        if (positionJ > xip) moveJ = -moveJ;
        var gain = Math.Abs(dq * siq - dp * sip);
        cutFromI = cutToI = cutFromJ = cutToJ = 0;
        if (!(IsMoveValid(moveI, positionI, x.HistoryI, x.SignI) && IsMoveValid(moveJ, positionJ, x.HistoryJ, x.SignJ) && gain >= MinGain))
        {
            x.MoveI = moveI;
            x.MoveJ = moveJ;
            x.Gain = gain;
            x.Valid = false;
            return false;
        }

        // No overshoot, I supplying q to J (the demander cell is J's on q).
        {
            double others, ownRecord = 0;
            if (TCase.NoneRecorded) others = _startSum[q];
            else others = SumOfOthers(jq, q, i, out ownRecord);
            var shiftBefore = wiq * (positionI - start[iq]);
            var shiftAfter = wiq * (positionI + moveI - start[iq]);
            var before = TCase.NoneRecorded ? _startGap[jq] : xjq - (others + shiftBefore) / sumQ;
            var after = xjq - (others + shiftAfter) / sumQ;
            var onTarget = xjq * sumQ + ownRecord;
            cutFromI = onTarget - Math.Max(shiftBefore, shiftAfter);
            cutToI = onTarget - Math.Min(shiftBefore, shiftAfter);
            if (Cuts(before, after, q))
            {
                cutFromI = double.NegativeInfinity;
                cutToI = double.PositiveInfinity;
                var delta = Math.Abs(TCase.NoneRecorded ? MoveToMeanAlone(q, iq, positionI, xjq) : MoveToMean(jq, q, i, positionI, xjq));
                var shiftA = delta * wiq / sumQ;
                var shiftB = shiftA * ((siq + sjq) / (sip + sjp));
                var moveB = Math.Abs(shiftB * sumP / wjp);
                var moveA = delta;
                if (positionJ > xip) moveB = -moveB;
                if (positionI > xjq) moveA = -moveA;
                moveI = moveA;
                moveJ = moveB;
                gain = Math.Abs(shiftB * sjp - shiftA * sjq);
            }
        }

        // No overshoot, J supplying p to I (the demander cell is I's on p).
        {
            double others, ownRecord = 0;
            if (TCase.NoneRecorded) others = _startSum[p];
            else others = SumOfOthers(ip, p, j, out ownRecord);
            var shiftBefore = wjp * (positionJ - start[jp]);
            var shiftAfter = wjp * (positionJ + moveJ - start[jp]);
            var before = TCase.NoneRecorded ? _startGap[ip] : xip - (others + shiftBefore) / sumP;
            var after = xip - (others + shiftAfter) / sumP;
            var onTarget = xip * sumP + ownRecord;
            cutFromJ = onTarget - Math.Max(shiftBefore, shiftAfter);
            cutToJ = onTarget - Math.Min(shiftBefore, shiftAfter);
            if (Cuts(before, after, p))
            {
                cutFromJ = double.NegativeInfinity;
                cutToJ = double.PositiveInfinity;
                var delta = Math.Abs(TCase.NoneRecorded ? MoveToMeanAlone(p, jp, positionJ, xip) : MoveToMean(ip, p, j, positionJ, xip));
                var shiftA = delta * wjp / sumP;
                var shiftB = shiftA * rate;
                var moveB = Math.Abs(shiftB * sumQ / wiq);
                var moveA = delta;
                if (positionI > xjq) moveB = -moveB;
                if (positionJ > xip) moveA = -moveA;
                moveJ = moveA;
                moveI = moveB;
                gain = Math.Abs(shiftB * siq - shiftA * sip);
            }
        }

        x.MoveI = moveI;
        x.MoveJ = moveJ;
        x.Gain = gain;
        x.Valid = IsMoveValid(moveI, positionI, x.HistoryI, x.SignI) && IsMoveValid(moveJ, positionJ, x.HistoryJ, x.SignJ);
        return x.Valid;
    }

    /// <summary>
    /// Whether the no-overshoot check cuts, from the demander's distance to the mean before and after the supplier's
    /// move on <paramref name="issue"/> (the rule of <see cref="CheckOvershoot(ref ExchangeCandidate, bool, double, double)"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Cuts(double before, double after, int issue)
    {
        if (Math.Abs(before) < SameSideTolerance) before = 0;
        if (Math.Abs(after) < SameSideTolerance) after = 0;
        if (after == 0 || (before != 0 && (before > 0) == (after > 0))) return false;
        return before != 0 || !_exactScale[issue];
    }

    /// <summary>The picked actor's share of an REX exchange, expressed as a rate between its break-even rates.</summary>
    private double RandomizedRate(in ExchangeCandidate c)
    {
        // I's gain falls as the rate dq/dp rises; J's rises. I breaks even at sIp/sIq, J at sJp/sJq.
        var iBreakEven = Salience(c.I.Actor, c.J.Supply) / Salience(c.I.Actor, c.I.Supply);
        var jBreakEven = Salience(c.J.Actor, c.J.Supply) / Salience(c.J.Actor, c.I.Supply);
        var pickI = c.U < 0.5;
        var wins = c.V < 0.5;
        var target = pickI == wins ? jBreakEven : iBreakEven;
        return c.Rate + c.Z * (target - c.Rate);
    }

    /// <summary>Moves and mean shifts at rate dq/dp = <paramref name="rate"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Solve(ref ExchangeCandidate c, double rate, double inverse)
    {
        ref var i = ref c.I;
        ref var j = ref c.J;
        int p = j.Supply, q = i.Supply;
        var xip = _start[i.Actor * _n + p];
        var xjq = _start[j.Actor * _n + q];
        var wjp = _space.Weight[j.Actor * _n + p];
        var wiq = _space.Weight[i.Actor * _n + q];
        var sumP = _space.WeightSum[p];
        var sumQ = _space.WeightSum[q];
        var distanceJ = Math.Abs(xip - j.Position);
        var distanceI = Math.Abs(xjq - i.Position);

        // First try: J moves all the way to I's position on p.
        var dp = distanceJ * wjp / sumP;
        var dq = rate * dp;
        var moveI = dq * sumQ / wiq;
        var moveJ = distanceJ;
        if (Math.Abs(moveI) > distanceI)
        {
            // I would pass J's position on q: I moves all the way instead.
            dq = distanceI * wiq / sumQ;
            dp = inverse * dq;
            moveI = distanceI;
            moveJ = dp * sumP / wjp;
        }
        if (i.Position > xjq) moveI = -moveI;
        if (j.Position > xip) moveJ = -moveJ;
        i.Move = moveI;
        j.Move = moveJ;
        c.ShiftP = dp;
        c.ShiftQ = dq;
    }

    private void CheckOvershoot(ref ExchangeCandidate c, bool supplierIsI) =>
        CheckOvershoot(ref c, supplierIsI, c.Rate, c.InverseRate);

    /// <summary>
    /// Decide's <c>check_nbs</c>: if the supplier's move would push the mean on its supply issue past the
    /// demander's position, the move is cut so the mean lands on it, and the partner's move follows the rate.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CheckOvershoot(ref ExchangeCandidate c, bool supplierIsI, double rate, double inverse)
    {
        ref var a = ref supplierIsI ? ref c.I : ref c.J;
        ref var b = ref supplierIsI ? ref c.J : ref c.I;
        var r = a.Supply;
        var target = _start[b.Actor * _n + r];
        var demander = b.Actor * _n + r;
        // The mean with the supplier before and after its move: the third parties' part is the same, summed once.
        var others = SumOfOthers(demander, r, a.Actor, out var ownRecord);
        var own = a.Actor * _n + r;
        var shiftBefore = _space.Weight[own] * (a.Position - _start[own]);
        var shiftAfter = _space.Weight[own] * (a.Voting - _start[own]);
        var before = target - (others + shiftBefore) / _space.WeightSum[r];
        var after = target - (others + shiftAfter) / _space.WeightSum[r];
        if (_variant == ExchangeVariant.EqualGain)
        {
            // Sums of the demander's whole record (this supplier's own entry included) at which the mean before or
            // after the move would sit on the target: between them the check may cut, outside it cannot.
            var onTarget = target * _space.WeightSum[r] + ownRecord;
            a.CutFrom = onTarget - Math.Max(shiftBefore, shiftAfter);
            a.CutTo = onTarget - Math.Min(shiftBefore, shiftAfter);
        }
        if (Math.Abs(before) < SameSideTolerance) before = 0;
        if (Math.Abs(after) < SameSideTolerance) after = 0;
        // No cut when the move lands on the demander's position or stays on one side of it. When the mean already
        // sits on it (before = 0), exact arithmetic lets the move through; Decide's Decimal arithmetic is exact only
        // on scales whose step 100/width is a short decimal, elsewhere its rounding residue cuts the move (§6).
        if (after == 0 || (before != 0 && Math.Sign(before) == Math.Sign(after))) return;
        if (before == 0 && _exactScale[r]) return;
        a.CutFrom = double.NegativeInfinity;
        a.CutTo = double.PositiveInfinity;

        var delta = Math.Abs(MoveToMean(demander, r, a.Actor, a.Position, target));
        var shiftA = delta * _space.Weight[a.Actor * _n + r] / _space.WeightSum[r];
        var shiftB = supplierIsI ? shiftA * inverse : shiftA * rate;
        var bSupply = b.Actor * _n + b.Supply;
        var moveB = Math.Abs(shiftB * _space.WeightSum[b.Supply] / _space.Weight[bSupply]);
        var moveA = delta;
        if (b.Position > _start[a.Actor * _n + a.Demand]) moveB = -moveB;
        if (a.Position > target) moveA = -moveA;
        a.Move = moveA;
        b.Move = moveB;
        if (supplierIsI)
        {
            c.ShiftQ = shiftA;
            c.ShiftP = shiftB;
        }
        else
        {
            c.ShiftP = shiftA;
            c.ShiftQ = shiftB;
        }
        c.Gain = Math.Abs(shiftB * _space.Salience[bSupply] - shiftA * _space.Salience[b.Actor * _n + b.Demand]);
    }

    /// <summary>
    /// Σ weight × position on <paramref name="issue"/> over everyone but <paramref name="actor"/>: round-start
    /// positions, except the third-party positions recorded for the demander cell <paramref name="demander"/>
    /// (added as changes to the round-start sum, in recording order).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double SumOfOthers(int demander, int issue, int actor, out double ownRecord)
    {
        ownRecord = 0;
        // Without an entry of the actor's own, every entry counts: the cached sum (the same additions in the same order).
        if (!_thirdParties.Has(demander, actor)) return _recordedSum[demander];
        var sum = _startSum[issue];
        for (var e = _thirdParties.First(demander); e >= 0; e = _thirdParties.Next(e))
        {
            var other = _thirdParties.ActorOf(e);
            var k = other * _n + issue;
            if (other == actor)
            {
                ownRecord = _space.Weight[k] * (_thirdParties.PositionOf(e) - _start[k]);
                continue;
            }
            sum += _space.Weight[k] * (_thirdParties.PositionOf(e) - _start[k]);
        }
        return sum;
    }

    /// <summary>
    /// Σ weight × position on the demander cell's issue with every third-party position recorded for the cell
    /// <paramref name="demander"/>: what <see cref="ExchangeSide.CutFrom"/> and <see cref="ExchangeSide.CutTo"/>
    /// are compared with (equal to the check's own sums up to rounding).
    /// </summary>
    public double ThirdPartySum(int demander) => _recordedSum[demander];

    /// <summary><see cref="ThirdPartySum"/> from the records, in recording order.</summary>
    private double WalkThirdPartySum(int demander, int issue)
    {
        var sum = _startSum[issue];
        for (var e = _thirdParties.First(demander); e >= 0; e = _thirdParties.Next(e))
        {
            var k = _thirdParties.ActorOf(e) * _n + issue;
            sum += _space.Weight[k] * (_thirdParties.PositionOf(e) - _start[k]);
        }
        return sum;
    }

    /// <summary>Decide's <c>adjusted_nbs_by_position</c>: the move of the actor that puts the mean on <paramref name="target"/> (its own recorded position, if any, replaces <paramref name="position"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double MoveToMean(int demander, int issue, int actor, double position, double target)
    {
        var own = actor * _n + issue;
        var ownPosition = position;
        var sum = _startSum[issue];
        for (var e = _thirdParties.First(demander); e >= 0; e = _thirdParties.Next(e))
        {
            var other = _thirdParties.ActorOf(e);
            if (other == actor)
            {
                ownPosition = _thirdParties.PositionOf(e);
                continue;
            }
            var k = other * _n + issue;
            sum += _space.Weight[k] * (_thirdParties.PositionOf(e) - _start[k]);
        }
        sum += _space.Weight[own] * (ownPosition - _start[own]);
        return (target * _space.WeightSum[issue] - sum) / _space.Weight[own];
    }

    /// <summary><see cref="MoveToMean"/> with nothing recorded: the same operations, the third parties at their round start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double MoveToMeanAlone(int issue, int own, double position, double target)
    {
        var sum = _startSum[issue];
        sum += _space.Weight[own] * (position - _start[own]);
        return (target * _space.WeightSum[issue] - sum) / _space.Weight[own];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsMoveValid(in ExchangeSide side)
    {
        var move = side.Move;
        var size = Math.Abs(move);
        if (size > 100 || size <= MinMove || double.IsNaN(move)) return false;
        var voting = side.Position + move;
        if (voting < -BoundSlack || voting > 100 + BoundSlack) return false;
        if (side.HistorySum + move > 100) return false;
        return side.HistorySign == 0 || side.HistorySign == (move > 0 ? 1 : -1);
    }

    /// <summary><see cref="IsMoveValid(in ExchangeSide)"/> on a side's parts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsMoveValid(double move, double position, double historySum, int historySign)
    {
        var size = Math.Abs(move);
        if (size > 100 || size <= MinMove || double.IsNaN(move)) return false;
        var voting = position + move;
        if (voting < -BoundSlack || voting > 100 + BoundSlack) return false;
        if (historySum + move > 100) return false;
        return historySign == 0 || historySign == (move > 0 ? 1 : -1);
    }

    private void OwnGains(ref ExchangeCandidate c)
    {
        c.GainI = c.ShiftP * Salience(c.I.Actor, c.J.Supply) - c.ShiftQ * Salience(c.I.Actor, c.I.Supply);
        c.GainJ = c.ShiftQ * Salience(c.J.Actor, c.I.Supply) - c.ShiftP * Salience(c.J.Actor, c.J.Supply);
    }

    private double Salience(int actor, int issue) => _space.Salience[actor * _n + issue];
}
