namespace Plenum.Core.Models.Smp;

/// <summary>A whole SMP run: the states (0 = initial), the turns between them, and how it stopped.</summary>
/// <param name="Ratios">After each turn, its movement over the first turn's (the stopping statistic).</param>
/// <param name="Converged">True when the stopping ratio fell below the threshold; false at the turn limit.</param>
internal sealed record SmpRun(IReadOnlyList<SmpState> States, IReadOnlyList<SmpTurn> Turns, IReadOnlyList<double> Ratios, bool Converged);
