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
            for (var q = 0; q < column.Length; q++) column[q] = q == target || !(denominator > 0) ? 0 : matrix[q * m + target] / denominator;
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
        public ArraysByLength<double> Success { get; } = new();
        public ArraysByLength<double> Failure { get; } = new();
        public ArraysByLength<double> Term { get; } = new();
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
        ExpectedUtility utility, ResistingSalience salienceRule, DistanceLogs? distances, double[] security, double[] success, double[] failure, double[] term)
        where TColumns : struct, IColumns
    {
        /// <summary>Sec_i for every actor, written by <see cref="Slot"/>.</summary>
        public double[] Security => security;

        /// <summary>The securities of the targets at slot <paramref name="target"/>; <paramref name="p"/> receives their column.</summary>
        public void Slot(int target, double[] scratch, double[] p)
        {
            columns.Fill(target, scratch, p);
            // The per-position buffers are empty unless the basic utilities are taken per position.
            if (success.Length > 0)
            {
                BySlot(target, p);
                return;
            }
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

        /// <summary>The same arithmetic as ExpectedUtility.Of(1.0, …) term by term, summed in the same (input) order.</summary>
        private void BySlot(int target, double[] p)
        {
            var n = positions.Length;
            var m = slots.Size;
            var slotOfActor = slots.SlotOfActor;
            var start = slots.Start;
            var members = slots.Members;
            var statusQuo = ExpectedUtility.StatusQuo(1.0);
            var xi = positions[members[start[target]]];
            var row = distances is null ? default : distances.DistanceRow(target);
            for (var q = 0; q < m; q++)
            {
                // The table's d(target, q) is this number: |a − b| = |b − a|, and a slot's actors share one position.
                var d = distances is null ? utility.Distance(positions[members[start[q]]], xi) : row[q];
                success[q] = ExpectedUtility.Success(1.0, d);
                failure[q] = ExpectedUtility.Failure(1.0, d);
            }
            // P·U_s + (1 − P)·U_f does not depend on the member: taken once per slot, the same number each time.
            var mixed = failure;
            for (var q = 0; q < m; q++) mixed[q] = p[q] * success[q] + (1 - p[q]) * failure[q];
            for (var k = start[target]; k < start[target + 1]; k++)
            {
                var i = members[k];
                var s = saliences[i];
                for (var q = 0; q < m; q++)
                    term[q] = s * mixed[q] + (1 - s) * success[q] - statusQuo;
                // Every challenger but i, in input order.
                double sum = 0;
                for (var j = 0; j < i; j++) sum += term[slotOfActor[j]];
                for (var j = i + 1; j < n; j++) sum += term[slotOfActor[j]];
                security[i] = sum;
            }
        }
    }
}
