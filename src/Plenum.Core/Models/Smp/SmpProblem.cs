using System.Globalization;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Models.Smp;

/// <summary>
/// A scenario as the SMP sees it: n actors, m dimensions (the scenario's issues), each issue's scale mapped
/// onto [0,1] (KTAB's internal scale), saliences as fractions, and the ideal-point accommodation matrix.
/// </summary>
internal sealed class SmpProblem
{
    public SmpProblem(string[] actorIds, Issue[] issues, double[] capabilities, double[] saliences, double[] positions,
        IReadOnlyList<(int Column, double Rate)>[]? accommodation, IReadOnlyList<string> notes)
    {
        ActorIds = actorIds;
        Issues = issues;
        Capabilities = capabilities;
        Saliences = saliences;
        InitialPositions = positions;
        Accommodation = accommodation;
        Notes = notes;
        TotalSalience = new double[actorIds.Length];
        ChallengeWeights = new double[actorIds.Length];
        for (var i = 0; i < actorIds.Length; i++)
        {
            double s = 0;
            for (var k = 0; k < Dimensions; k++) s += saliences[i * Dimensions + k];
            TotalSalience[i] = s;
            ChallengeWeights[i] = s * capabilities[i];
        }
    }

    public string[] ActorIds { get; }
    public Issue[] Issues { get; }
    public int Actors => ActorIds.Length;
    public int Dimensions => Issues.Length;

    /// <summary>c_i, as given.</summary>
    public double[] Capabilities { get; }

    /// <summary>s_ik on 0–1, row-major by actor.</summary>
    public double[] Saliences { get; }

    /// <summary>S_i = Σ_k s_ik (at most 1).</summary>
    public double[] TotalSalience { get; }

    /// <summary>S_i·c_i, the weight of a vote in a challenge (KTAB uses c alone elsewhere).</summary>
    public double[] ChallengeWeights { get; }

    /// <summary>Starting positions on 0–1, row-major by actor.</summary>
    public double[] InitialPositions { get; }

    /// <summary>The non-zero cells of each row of the accommodation matrix, by column; null for the identity.</summary>
    public IReadOnlyList<(int Column, double Rate)>[]? Accommodation { get; }

    /// <summary>What the mapping changed, for the result's notes.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Maps a 0–1 coordinate back onto issue <paramref name="k"/>'s own scale.</summary>
    public double ToIssueScale(int k, double x) => Issues[k].Low + x * (Issues[k].High - Issues[k].Low);

    /// <summary>
    /// Reads a scenario: every issue is a dimension. An actor without a position on an issue is placed at its
    /// status quo (or its midpoint) with salience 0 there; saliences summing to more than 100 are scaled to
    /// sum to 100, since KTAB requires Σ_k s_ik ≤ 1.
    /// </summary>
    public static SmpProblem FromScenario(Scenario scenario, SmpOptions options)
    {
        var issues = scenario.Issues.ToArray();
        var actors = scenario.Actors.ToArray();
        if (issues.Length == 0) throw new ModelInputException("the SMP needs at least one issue");
        if (actors.Length < 2) throw new ModelInputException("the SMP needs at least two actors");
        foreach (var issue in issues)
            if (!(issue.High > issue.Low)) throw new ModelInputException($"issue '{issue.Id}' has an empty scale");
        var n = actors.Length;
        var m = issues.Length;
        var notes = new List<string>();
        var caps = new double[n];
        var sal = new double[n * m];
        var pos = new double[n * m];
        for (var i = 0; i < n; i++)
        {
            var a = actors[i];
            caps[i] = a.Capability.Value;
            if (!(caps[i] > 0)) throw new ModelInputException($"actor '{a.Id}' has capability {caps[i].ToString(CultureInfo.InvariantCulture)}; the SMP needs a positive capability");
            double total = 0;
            for (var k = 0; k < m; k++)
            {
                var issue = issues[k];
                if (a.Position.TryGetValue(issue.Id, out var p))
                {
                    pos[i * m + k] = Math.Clamp((p.Value - issue.Low) / (issue.High - issue.Low), 0, 1);
                    sal[i * m + k] = a.SalienceOn(issue.Id) / 100.0;
                }
                else
                {
                    var sq = issue.StatusQuo ?? (issue.Low + issue.High) / 2;
                    pos[i * m + k] = (sq - issue.Low) / (issue.High - issue.Low);
                    sal[i * m + k] = 0;
                    notes.Add($"'{a.Id}' holds no position on '{issue.Id}': placed at {sq.ToString("0.##", CultureInfo.InvariantCulture)} with salience 0 there.");
                }
                total += sal[i * m + k];
            }
            if (!(total > 0)) throw new ModelInputException($"actor '{a.Id}' has salience 0 on every issue; the SMP cannot measure its distances");
            if (total > 1 + 1e-12)
            {
                for (var k = 0; k < m; k++) sal[i * m + k] /= total;
                notes.Add($"'{a.Id}': saliences sum to {(100 * total).ToString("0.#", CultureInfo.InvariantCulture)} over the issues; scaled to sum to 100 as the SMP requires.");
            }
        }
        var ids = actors.Select(a => a.Id).ToArray();
        return new SmpProblem(ids, issues, caps, sal, pos, ParseAccommodation(options.IdealAdjustment, ids), notes);
    }

    /// <summary>
    /// Parses <c>smp.idealAdjustment</c>: <c>identity</c>, one rate r (r times the identity), or cells
    /// <c>actor&gt;reference=rate</c> separated by <c>;</c> (unlisted cells as in the identity matrix).
    /// Every row must be non-negative and sum to at most 1.
    /// </summary>
    public static IReadOnlyList<(int Column, double Rate)>[]? ParseAccommodation(string spec, string[] actorIds)
    {
        var text = spec.Trim();
        if (text.Length == 0 || text == "identity") return null;
        var n = actorIds.Length;
        var matrix = new Dictionary<int, double>[n];
        for (var i = 0; i < n; i++) matrix[i] = new Dictionary<int, double> { [i] = 1.0 };
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate))
        {
            if (!(rate >= 0 && rate <= 1)) throw new ModelOptionException("smp.idealAdjustment", spec, "identity, a rate from 0 to 1, or actor>reference=rate;…");
            for (var i = 0; i < n; i++) matrix[i][i] = rate;
        }
        else
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < n; i++) index[actorIds[i]] = i;
            foreach (var cell in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var eq = cell.Split('=');
                var pair = eq[0].Split('>');
                if (eq.Length != 2 || pair.Length != 2
                    || !index.TryGetValue(pair[0].Trim(), out var row) || !index.TryGetValue(pair[1].Trim(), out var col)
                    || !double.TryParse(eq[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var r) || !(r >= 0 && r <= 1))
                    throw new ModelOptionException("smp.idealAdjustment", spec, $"cells actor>reference=rate with known actor ids and rates from 0 to 1 (bad cell '{cell}')");
                matrix[row][col] = r;
            }
        }
        var rows = new IReadOnlyList<(int, double)>[n];
        var identity = true;
        for (var i = 0; i < n; i++)
        {
            var cells = matrix[i].Where(c => c.Value != 0).OrderBy(c => c.Key).Select(c => (c.Key, c.Value)).ToList();
            if (cells.Sum(c => c.Value) > 1 + 1e-10)
                throw new ModelOptionException("smp.idealAdjustment", spec, $"rows summing to at most 1 (the row of '{actorIds[i]}' does not)");
            if (cells.Count != 1 || cells[0].Key != i || cells[0].Value != 1.0) identity = false;
            rows[i] = cells;
        }
        return identity ? null : rows;
    }
}
