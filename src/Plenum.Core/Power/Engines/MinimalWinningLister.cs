namespace Plenum.Core.Power.Engines;

/// <summary>
/// Lists minimal winning coalitions of any game by depth-first search over players (heaviest first), cutting
/// branches that can no longer win and stopping at the first winning coalition on each path. Stops at the
/// limit or after a fixed number of visited nodes, so it never runs away on huge games.
/// </summary>
internal static class MinimalWinningLister
{
    private const int NodeBudget = 2_000_000;

    /// <summary>Up to <paramref name="limit"/> coalitions, and whether that is all of them.</summary>
    public static (List<int[]> Listed, bool Complete) List(GameRule rule, int limit)
    {
        var n = rule.PlayerCount;
        var layers = rule.Layers.Count;
        var order = Enumerable.Range(0, n).OrderByDescending(i => rule.Layers.Sum(l => l.Weights[i] / Math.Max(l.Total, 1e-300))).ToArray();
        var inSums = new double[layers];
        var restSums = rule.Layers.Select(l => l.Total).ToArray();
        var both = new double[layers];
        var members = new List<int>();
        var found = new List<int[]>();
        var nodes = 0;
        var stopped = false;

        void Visit(int depth)
        {
            if (stopped) return;
            if (++nodes > NodeBudget || found.Count > limit) { stopped = true; return; }
            if (rule.WinsWithSums(inSums))
            {
                if (IsMinimal()) found.Add(members.OrderBy(i => i).ToArray());
                return;
            }
            if (depth == n) return;
            for (var l = 0; l < layers; l++) both[l] = inSums[l] + restSums[l];
            if (!rule.WinsWithSums(both)) return;
            var p = order[depth];
            Move(p, restSums, -1);
            Move(p, inSums, +1);
            members.Add(p);
            Visit(depth + 1);
            members.RemoveAt(members.Count - 1);
            Move(p, inSums, -1);
            Visit(depth + 1);
            Move(p, restSums, +1);
        }

        bool IsMinimal()
        {
            var without = new double[layers];
            foreach (var m in members)
            {
                for (var l = 0; l < layers; l++) without[l] = inSums[l] - rule.Layers[l].Weights[m];
                if (rule.WinsWithSums(without)) return false;
            }
            return true;
        }

        void Move(int p, double[] sums, int sign)
        {
            for (var l = 0; l < layers; l++) sums[l] += sign * rule.Layers[l].Weights[p];
        }

        Visit(0);
        var complete = !stopped;
        if (found.Count > limit) found.RemoveRange(limit, found.Count - limit);
        return (found, complete);
    }
}
