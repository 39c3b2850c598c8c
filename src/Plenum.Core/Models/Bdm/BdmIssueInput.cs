using System.Globalization;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Models.Bdm;

/// <summary>
/// The actors of one issue as the model needs them, checked: capability &gt; 0, salience in 0–100 (stored as
/// a fraction, because salience enters eq. 6 as a probability), at least two actors, not all at one position.
/// </summary>
/// <remarks>
/// The scenario loader already refuses most of these, but a scenario built in code is not validated, so the
/// model checks again and names the issue and actor in its message.
/// </remarks>
internal sealed class BdmIssueInput
{
    private BdmIssueInput(Issue issue, string[] ids, double[] positions, double[] capabilities, double[] saliences)
    {
        Issue = issue;
        ActorIds = ids;
        Positions = positions;
        Capabilities = capabilities;
        Saliences = saliences;
        Weights = new double[ids.Length];
        for (var i = 0; i < ids.Length; i++) Weights[i] = capabilities[i] * saliences[i];
    }

    public Issue Issue { get; }
    public string[] ActorIds { get; }

    /// <summary>Actor id → input index, shared by the positions of every round (<see cref="PositionsByActor"/>).</summary>
    public IReadOnlyDictionary<string, int> Index => _index ??= PositionsByActor.IndexOf(ActorIds);

    private IReadOnlyDictionary<string, int>? _index;

    /// <summary>
    /// Takes the actor index of <paramref name="earlier"/> (a previous draw of the same issue) when it lists the
    /// same actors in the same order, which every draw of a scenario does: the index is then built once per thread.
    /// </summary>
    public void ShareIndexWith(BdmIssueInput? earlier)
    {
        if (earlier?._index is not { } index || earlier.ActorIds.Length != ActorIds.Length) return;
        for (var i = 0; i < ActorIds.Length; i++)
            if (!string.Equals(earlier.ActorIds[i], ActorIds[i], StringComparison.Ordinal)) return;
        _index = index;
    }
    public double[] Positions { get; }
    public double[] Capabilities { get; }

    /// <summary>Salience as a fraction, 0–1.</summary>
    public double[] Saliences { get; }

    /// <summary>Capability × salience: the weight of an actor's vote (eq. 26).</summary>
    public double[] Weights { get; }

    public int Count => ActorIds.Length;

    /// <summary>Reads and checks the actors who hold a position on the issue.</summary>
    /// <exception cref="ModelInputException">The issue cannot be run; the message names the issue and actor.</exception>
    public static BdmIssueInput For(Scenario scenario, Issue issue, RangeRule range)
    {
        var actors = scenario.ActorsOn(issue.Id);
        if (actors.Count < 2)
            throw new ModelInputException(
                $"issue '{issue.Id}' has {actors.Count} actor(s) with a position; the expected-utility model needs at least two");
        var ids = new string[actors.Count];
        var x = new double[actors.Count];
        var c = new double[actors.Count];
        var s = new double[actors.Count];
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            ids[i] = a.Id;
            x[i] = a.Position[issue.Id].Value;
            c[i] = a.Capability.Value;
            var salience = a.SalienceOn(issue.Id);
            if (!double.IsFinite(x[i]))
                throw new ModelInputException($"position of '{a.Id}' on '{issue.Id}' is not a number");
            if (!(c[i] > 0) || !double.IsFinite(c[i]))
                throw new ModelInputException(
                    $"capability of '{a.Id}' is {Text(c[i])}; the expected-utility model needs a capability above 0 (issue '{issue.Id}')");
            if (!(salience >= 0 && salience <= 100))
                throw new ModelInputException(
                    $"salience of '{a.Id}' on '{issue.Id}' is {Text(salience)}; salience runs from 0 to 100");
            if (range == RangeRule.Scale && (x[i] < issue.Low || x[i] > issue.High))
                throw new ModelInputException(
                    $"position of '{a.Id}' on '{issue.Id}' is {Text(x[i])}, outside the issue's scale {Text(issue.Low)}–{Text(issue.High)} used by bdm.range=scale");
            s[i] = salience / 100.0;
        }
        if (x.Max() == x.Min())
            throw new ModelInputException(
                $"every actor on issue '{issue.Id}' holds the same position {Text(x[0])}; there is nothing to bargain over");
        return new BdmIssueInput(issue, ids, x, c, s);
    }

    /// <summary>Builds the input directly from arrays (benchmarks and tests); salience given as fractions.</summary>
    public static BdmIssueInput FromArrays(Issue issue, string[] ids, double[] positions, double[] capabilities, double[] saliences) =>
        new(issue, ids, (double[])positions.Clone(), capabilities, saliences);

    private static string Text(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
