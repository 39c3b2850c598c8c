using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Plenum.Core.Models.Bdm;

/// <summary>
/// The direct sums of pass 1 (all but large issues with Q = 1, which take <see cref="LinearSecurities"/>), where their
/// columns of probabilities come from, and the buffers a workspace keeps for them.
/// </summary>
internal static partial class RiskExponents
{
    /// <summary>Where a target's column of pass-1 probabilities comes from.</summary>
    private interface IColumns
    {
        /// <summary>Fills <c>column[q]</c> = P(challenger at slot q beats the target at slot <c>target</c>); <c>scratch</c> is free space.</summary>
        void Fill(int target, double[] scratch, double[] column);
    }

    /// <summary>Columns read from a probability matrix (the per-pair rules).</summary>
    private readonly struct ProbabilityColumns(SuccessProbability pass1) : IColumns
    {
        public void Fill(int target, double[] scratch, double[] column)
        {
            for (var q = 0; q < column.Length; q++) column[q] = pass1.ChallengedBy(target, q);
        }
    }

    /// <summary>Columns of N / D read from the filled m × m matrix of N (small issues, Scholz code).</summary>
    private readonly struct MatrixColumns(double[] matrix, int m, double denominator) : IColumns
    {
        public void Fill(int target, double[] scratch, double[] column)
        {
            if (!(denominator > 0))
            {
                Array.Clear(column);
                return;
            }
            for (var q = 0; q < column.Length; q++) column[q] = matrix[q * m + target];
            // The quotients four at a time: IEEE division is correctly rounded in every lane, the same bits as one by one.
            var whole = column.Length & ~3;
            var divisor = Vector256.Create(denominator);
            for (var q = 0; q < whole; q += 4) (Vector256.Create(column, q) / divisor).CopyTo(column, q);
            for (var q = whole; q < column.Length; q++) column[q] /= denominator;
            column[target] = 0;
        }
    }

    /// <summary>Columns of N / D from one closed-form fill per target (large issues, Scholz code).</summary>
    private readonly struct LinearColumns(LinearSupport support, double denominator) : IColumns
    {
        public void Fill(int target, double[] scratch, double[] column)
        {
            support.Fill(target, scratch, column);
            for (var q = 0; q < column.Length; q++) column[q] = q == target || !(denominator > 0) ? 0 : column[q] / denominator;
        }
    }

    /// <summary>
    /// The buffers a workspace keeps for pass 1: the profile's three arrays (n each) and the per-slot sums (m each).
    /// The profile a round returns lives in them until the next round.
    /// </summary>
    internal sealed class Scratch
    {
        public ArraysByLength<double> Security { get; } = new();
        public ArraysByLength<double> Attitude { get; } = new();
        public ArraysByLength<double> Exponent { get; } = new();
        public SlotTerms Slots { get; } = new();
        public ArraysByLength<double> FillSpace { get; } = new();
        public ArraysByLength<double> Column { get; } = new();

        private RiskProfile? _profile;

        /// <summary>The profile of these three arrays: the previous round's record when it holds the same arrays (they are refilled in place).</summary>
        public RiskProfile ProfileOf(double[] security, double[] attitude, double[] exponent)
        {
            if (_profile is not { } last || last.Security != security || last.Attitude != attitude || last.Exponent != exponent)
                _profile = new RiskProfile(security, attitude, exponent);
            return _profile;
        }
    }

    /// <summary>
    /// Each target's security, Sec_i = Σ_{j≠i} E(U_ji) at r = 1, summed position by position: the column of
    /// probabilities against one slot is gathered once, then each target there sums over its challengers in input order.
    /// </summary>
    private readonly struct SecuritySums<TColumns>(double[] saliences, double[] positions, PositionSlots slots, TColumns columns,
        ExpectedUtility utility, ResistingSalience salienceRule, DistanceLogs? distances, double[] security)
        where TColumns : struct, IColumns
    {
        /// <summary>Sec_i for every actor, written by <see cref="Slot"/> or <see cref="AllBySlot"/>.</summary>
        public double[] Security => security;

        /// <summary>The securities of the targets at slot <paramref name="target"/>; <paramref name="p"/> receives their column.</summary>
        public void Slot(int target, double[] scratch, double[] p)
        {
            columns.Fill(target, scratch, p);
            var n = positions.Length;
            var targetResists = salienceRule == ResistingSalience.Target;
            var slotOfActor = slots.SlotOfActor;
            var start = slots.Start;
            var members = slots.Members;
            for (var k = start[target]; k < start[target + 1]; k++)
            {
                var i = members[k];
                double sum = 0;
                for (var j = 0; j < n; j++)
                {
                    if (j == i) continue;
                    var resisting = targetResists ? saliences[i] : saliences[j];
                    sum += utility.Of(1.0, positions[j], positions[i], p[slotOfActor[j]], resisting);
                }
                security[i] = sum;
            }
        }

        /// <summary>
        /// Every target's security when the basic utilities are taken per position (Q = 1, the target's salience
        /// resisting, single-threaded): the same arithmetic as ExpectedUtility.Of(1.0, …) term by term, summed in the
        /// same (input) order, but four targets at a time.
        /// </summary>
        /// <remarks>
        /// Target i's term for a challenger at slot q is s_i·M(p, q) + (1 − s_i)·U_s(p, q) − U_sq, p its slot and
        /// M = P·U_s + (1 − P)·U_f; the terms are laid out challenger slot by target, so the terms of four targets
        /// for one challenger are adjacent, and each lane adds its target's terms in input order, as the scalar sum
        /// did. The challenger j = i adds +0 in i's lane instead of being skipped: a sum that starts at +0 is never
        /// −0 (x + (−x) is +0), so adding +0 leaves it unchanged, bit for bit.
        /// </remarks>
        public void AllBySlot(double[] scratch, double[] p, SlotTerms buffers)
        {
            var n = positions.Length;
            var m = slots.Size;
            var slotOfActor = slots.SlotOfActor;
            var start = slots.Start;
            var members = slots.Members;
            var statusQuo = ExpectedUtility.StatusQuo(1.0);
            // Whole blocks of sixteen targets (the lanes past n hold zeros).
            var lanes = (n + 15) & ~15;
            var (success, mixed, terms) = buffers.Of(m, lanes);
            for (var target = 0; target < m; target++)
            {
                columns.Fill(target, scratch, p);
                var xi = positions[members[start[target]]];
                var row = distances is null ? default : distances.DistanceRow(target);
                var from = 0;
                if (distances is not null)
                {
                    BasicRows(row, p, success.AsSpan(target * m, m), mixed.AsSpan(target * m, m));
                    from = m & ~3;
                }
                for (var q = from; q < m; q++)
                {
                    // The table's d(target, q) is this number: |a − b| = |b − a|, and a slot's actors share one position.
                    var d = distances is null ? utility.Distance(positions[members[start[q]]], xi) : row[q];
                    var us = ExpectedUtility.Success(1.0, d);
                    var uf = ExpectedUtility.Failure(1.0, d);
                    success[target * m + q] = us;
                    mixed[target * m + q] = p[q] * us + (1 - p[q]) * uf;
                }
            }
            for (var i = 0; i < lanes; i++)
            {
                if (i >= n)
                {
                    for (var q = 0; q < m; q++) terms[q * lanes + i] = 0;
                    continue;
                }
                var s = saliences[i];
                var at = slotOfActor[i] * m;
                // Four slots at a time (the same operations per lane), each lane then stored to its own slot's row.
                var salience = Vector256.Create(s);
                var rest = Vector256.Create(1 - s);
                var quo = Vector256.Create(statusQuo);
                var whole = m & ~3;
                for (var q = 0; q < whole; q += 4)
                {
                    var term = salience * Vector256.Create(mixed, at + q) + rest * Vector256.Create(success, at + q) - quo;
                    terms[q * lanes + i] = term.GetElement(0);
                    terms[(q + 1) * lanes + i] = term.GetElement(1);
                    terms[(q + 2) * lanes + i] = term.GetElement(2);
                    terms[(q + 3) * lanes + i] = term.GetElement(3);
                }
                for (var q = whole; q < m; q++) terms[q * lanes + i] = s * mixed[at + q] + (1 - s) * success[at + q] - statusQuo;
            }
            // Sixteen targets at a time, four independent chains of additions (each lane's order is unchanged). A
            // target's own term is masked to +0 by comparing the lane's target index with j: no branch per challenger.
            ref var at0 = ref MemoryMarshal.GetArrayDataReference(terms);
            var step = Vector256.Create(4.0);
            for (var i0 = 0; i0 < n; i0 += 16)
            {
                var index0 = Vector256.Create(i0, i0 + 1, i0 + 2, i0 + 3.0);
                var index1 = index0 + step;
                var index2 = index1 + step;
                var index3 = index2 + step;
                var sum0 = Vector256<double>.Zero;
                var sum1 = Vector256<double>.Zero;
                var sum2 = Vector256<double>.Zero;
                var sum3 = Vector256<double>.Zero;
                for (var j = 0; j < n; j++)
                {
                    var row = (nuint)(slotOfActor[j] * lanes + i0);
                    var challenger = Vector256.Create((double)j);
                    sum0 += Vector256.AndNot(Vector256.LoadUnsafe(ref at0, row), Vector256.Equals(index0, challenger));
                    sum1 += Vector256.AndNot(Vector256.LoadUnsafe(ref at0, row + 4), Vector256.Equals(index1, challenger));
                    sum2 += Vector256.AndNot(Vector256.LoadUnsafe(ref at0, row + 8), Vector256.Equals(index2, challenger));
                    sum3 += Vector256.AndNot(Vector256.LoadUnsafe(ref at0, row + 12), Vector256.Equals(index3, challenger));
                }
                Store(sum0, i0, n);
                Store(sum1, i0 + 4, n);
                Store(sum2, i0 + 8, n);
                Store(sum3, i0 + 12, n);
            }
        }

        /// <summary>The lanes of <paramref name="sums"/> that are targets (below n) into their securities.</summary>
        private void Store(Vector256<double> sums, int i0, int n)
        {
            for (var i = i0; i < Math.Min(i0 + 4, n); i++) security[i] = sums[i - i0];
        }

        /// <summary>
        /// U_s and P·U_s + (1 − P)·U_f at r = 1 for the positions in whole groups of four (the caller does the rest):
        /// <see cref="ExpectedUtility.Success"/> and <see cref="ExpectedUtility.Failure"/>, lane by lane in the same IEEE
        /// operations and order (no fused multiply-add), so the same bits.
        /// </summary>
        private static void BasicRows(ReadOnlySpan<double> distance, double[] p, Span<double> success, Span<double> mixed)
        {
            var half = Vector256.Create(0.5);
            var two = Vector256.Create(2.0);
            var four = Vector256.Create(4.0);
            for (var q = 0; q + 4 <= distance.Length; q += 4)
            {
                var d = Vector256.Create(distance.Slice(q, 4));
                var us = two - four * (half - half * d);
                var uf = two - four * (half + half * d);
                var pq = Vector256.Create(p, q);
                us.CopyTo(success.Slice(q, 4));
                (pq * us + (Vector256<double>.One - pq) * uf).CopyTo(mixed.Slice(q, 4));
            }
        }
    }

    /// <summary>The per-slot buffers of <see cref="SecuritySums{TColumns}.AllBySlot"/>, grown as needed and kept from round to round.</summary>
    internal sealed class SlotTerms
    {
        private double[] _success = [];
        private double[] _mixed = [];
        private double[] _terms = [];

        /// <summary>U_s and M for m × m pairs of slots, and the terms for m slots × <paramref name="lanes"/> targets.</summary>
        public (double[] Success, double[] Mixed, double[] Terms) Of(int m, int lanes)
        {
            if (_success.Length < m * m)
            {
                _success = new double[m * m];
                _mixed = new double[m * m];
            }
            if (_terms.Length < m * lanes) _terms = new double[m * lanes];
            return (_success, _mixed, _terms);
        }
    }
}
