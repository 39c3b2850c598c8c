namespace Plenum.Core.Models.Bdm;

/// <summary>The sorted voters a matrix is computed from, and the buffers a workspace keeps for the matrices of successive rounds.</summary>
internal sealed partial class SupportMatrix
{
    /// <summary>The voters sorted by position: position, weight, exponent, and (shared logarithms only) position slot.</summary>
    private readonly record struct Voters(double[] X, double[] W, double[] R, int[]? Slot);

    /// <summary>
    /// The buffers a workspace keeps for the matrices of successive rounds: the voters' weights and exponents in
    /// position order, the row sums and band maxima, and the row scratch of single-threaded matrices.
    /// </summary>
    internal sealed class Scratch
    {
        public ArraysByLength<double> Weights { get; } = new();
        public ArraysByLength<double> Exponents { get; } = new();
        public ArraysByLength<int> SlotOfVoter { get; } = new();
        public ArraysByLength<double> RowSums { get; } = new();
        public ArraysByLength<double> BandLargest { get; } = new();
        public RowBuffers Rows { get; } = new();

        /// <summary>The matrix object of the previous round, refilled by the next.</summary>
        public SupportMatrix? Matrix { get; set; }
    }

    /// <summary>Per-thread scratch of the row computation, sized for n voters and m slots by <see cref="For"/>.</summary>
    internal sealed class RowBuffers
    {
        private readonly ArraysByLength<double> _prefix = new();
        private readonly ArraysByLength<double> _logs = new();
        private readonly ArraysByLength<double> _powers = new();
        private readonly ArraysByLength<double> _slotDistance = new();
        private readonly ArraysByLength<double> _slotLog = new();

        public double[] Prefix { get; private set; } = [];
        public double[] Logs { get; private set; } = [];
        public double[] Powers { get; private set; } = [];
        public double[] SlotDistance { get; private set; } = [];
        public double[] SlotLog { get; private set; } = [];

        /// <summary>The round's distances and their logarithms by pair of positions, or null to compute each row's.</summary>
        public DistanceLogs? Table { get; set; }

        /// <summary>Takes arrays of exactly the lengths the rows read (n + 1, n, n, m, m); returns this.</summary>
        public RowBuffers For(int n, int m)
        {
            Prefix = _prefix.Of(n + 1);
            Logs = _logs.Of(n);
            Powers = _powers.Of(n);
            SlotDistance = _slotDistance.Of(m);
            SlotLog = _slotLog.Of(m);
            return this;
        }
    }
}
