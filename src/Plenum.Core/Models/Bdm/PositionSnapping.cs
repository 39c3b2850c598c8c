namespace Plenum.Core.Models.Bdm;

/// <summary>
/// Merges positions closer than a tolerance, so that actors who are equal for every practical purpose are
/// treated as equal: same slot in the probabilities, P = 0 between them, and no offers between them.
/// </summary>
/// <remarks>
/// Without it, a compromise that lands within rounding error of another actor's position makes a pair at
/// distance 1e-15 whose expected utilities are pure rounding noise, and the sign of that noise can decide a
/// classification and send an actor to a far position. Positions are scanned in ascending order; a group is
/// every position within the tolerance of the group's lowest one. The group takes the position of its first
/// member (input order) that did not move this round, so bystanders never drift; if all moved, the first member's.
/// </remarks>
internal static class PositionSnapping
{
    private const int StackLimit = 128;

    /// <summary>Snaps <paramref name="positions"/> in place; returns whether anything changed.</summary>
    /// <param name="moved">Which actors moved this round (null: nobody, e.g. before round 1).</param>
    public static bool Snap(double[] positions, bool[]? moved, double tolerance)
    {
        if (tolerance <= 0) return false;
        var n = positions.Length;
        // Small issues (every round of a typical Monte Carlo draw) sort on the stack, with the sort
        // Array.Sort(keys, items) uses, so ties come out in the same order (as in WeightedStatistics.Median).
        Span<int> order = n <= StackLimit ? stackalloc int[n] : new int[n];
        Span<double> sorted = n <= StackLimit ? stackalloc double[n] : new double[n];
        for (var i = 0; i < n; i++) order[i] = i;
        positions.CopyTo(sorted);
        sorted.Sort(order);
        var changed = false;
        var start = 0;
        while (start < n)
        {
            var end = start + 1;
            while (end < n && sorted[end] - sorted[start] <= tolerance) end++;
            if (end - start > 1 && sorted[end - 1] != sorted[start])
            {
                var anchor = Anchor(order, start, end, moved);
                var value = positions[anchor];
                for (var k = start; k < end; k++)
                {
                    if (positions[order[k]] != value)
                    {
                        positions[order[k]] = value;
                        changed = true;
                    }
                }
            }
            start = end;
        }
        return changed;
    }

    private static int Anchor(ReadOnlySpan<int> order, int start, int end, bool[]? moved)
    {
        var firstStill = int.MaxValue;
        var firstAny = int.MaxValue;
        for (var k = start; k < end; k++)
        {
            var actor = order[k];
            firstAny = Math.Min(firstAny, actor);
            if (moved is null || !moved[actor]) firstStill = Math.Min(firstStill, actor);
        }
        return firstStill != int.MaxValue ? firstStill : firstAny;
    }
}
