namespace Plenum.Core.Scenarios;

/// <summary>
/// Builds a scenario in code (for imports, tests and benchmarks). It does not validate: callers are
/// expected to pass sensible numbers, or to write it out and load it.
/// </summary>
public sealed class ScenarioBuilder
{
    private static readonly SourceSpan Nowhere = new("<built>", 0, 0);
    private readonly string _id;
    private string _title;
    private readonly List<Issue> _issues = [];
    private readonly List<Actor> _actors = [];
    private readonly List<Body> _bodies = [];
    private readonly List<Motion> _motions = [];
    private readonly List<Source> _sources = [];

    /// <summary>Starts a scenario with the given id.</summary>
    public ScenarioBuilder(string id, string? title = null)
    {
        _id = id;
        _title = title ?? id;
    }

    /// <summary>Sets the title.</summary>
    public ScenarioBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    /// <summary>Adds an issue on [low, high].</summary>
    public ScenarioBuilder Issue(string id, double low = 0, double high = 100, double? statusQuo = null, string? name = null)
    {
        _issues.Add(new Issue(id, name ?? id, low, high, null, null, statusQuo, Nowhere));
        return this;
    }

    /// <summary>Adds an actor on one or more issues: <c>(issue, position, salience 0–100)</c>.</summary>
    public ScenarioBuilder Actor(string id, double capability, params (string Issue, double Position, double Salience)[] stances)
    {
        _actors.Add(new Actor(id, id, [], capability,
            stances.ToDictionary(s => s.Issue, s => UncertainValue.Of(s.Position)),
            stances.ToDictionary(s => s.Issue, s => UncertainValue.Of(s.Salience)),
            [], null, Nowhere));
        return this;
    }

    /// <summary>Adds a fully formed actor.</summary>
    public ScenarioBuilder Actor(Actor actor)
    {
        _actors.Add(actor);
        return this;
    }

    /// <summary>Adds a body.</summary>
    public ScenarioBuilder Body(string id, IReadOnlyList<string> members, DecisionRule? rule = null, string? convener = null,
        IReadOnlyList<string>? candidates = null, IReadOnlyList<string>? overrules = null)
    {
        _bodies.Add(new Body(id, id, members, candidates ?? [], rule ?? DecisionRule.Majority, convener, overrules ?? [], [], null, Nowhere));
        return this;
    }

    /// <summary>Adds a motion.</summary>
    public ScenarioBuilder Motion(string id, MotionKind kind, string decidedBy, IReadOnlyList<string>? targets = null,
        string? from = null, string? issue = null, double? proposal = null, string? proposedBy = null)
    {
        _motions.Add(new Motion(id, kind, issue, proposal, targets ?? [], from, decidedBy, proposedBy, null, Nowhere));
        return this;
    }

    /// <summary>Adds a source.</summary>
    public ScenarioBuilder Source(string id, string title)
    {
        _sources.Add(new Source(id, title, null, null, null, null, Nowhere));
        return this;
    }

    /// <summary>The scenario.</summary>
    public Scenario Build() => new(_id, _title, null, _sources.ToList(), _issues.ToList(), _actors.ToList(), _bodies.ToList(), _motions.ToList(), null);
}
