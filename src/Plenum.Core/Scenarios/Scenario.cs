namespace Plenum.Core.Scenarios;

/// <summary>
/// A validated scenario: every reference resolves, every number is in range.
/// Built only by the scenario loader or <see cref="ScenarioBuilder"/>; models trust it.
/// </summary>
public sealed record Scenario(
    string Id,
    string Title,
    string? AsOf,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Issue> Issues,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Body> Bodies,
    IReadOnlyList<Motion> Motions,
    string? File,
    ScenarioOutcome? Outcome = null,
    IReadOnlyList<NeverMergeNames>? NeverMerge = null)
{
    /// <summary>Statements and numbers the analyst ties to passages (the <c>claims</c> section).</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>The scenario's own never-merge name pairs (<c>never_merge:</c>), empty when it lists none.</summary>
    public IReadOnlyList<NeverMergeNames> NeverMergeNames => NeverMerge ?? [];

    /// <summary>The scenario as a forecast must see it: the outcome section removed.</summary>
    public Scenario WithoutOutcome() => Outcome is null ? this : this with { Outcome = null };

    /// <summary>The issue with the given id, or null.</summary>
    public Issue? FindIssue(string id) => Issues.FirstOrDefault(i => i.Id == id);

    /// <summary>The actor with the given id, or null.</summary>
    public Actor? FindActor(string id) => Actors.FirstOrDefault(a => a.Id == id);

    /// <summary>The body with the given id, or null.</summary>
    public Body? FindBody(string id) => Bodies.FirstOrDefault(b => b.Id == id);

    /// <summary>The actors who hold a position on the issue, in scenario order.</summary>
    public IReadOnlyList<Actor> ActorsOn(string issueId) => Actors.Where(a => a.Takes(issueId)).ToList();

    /// <summary>Returns a copy with one actor replaced (matched by id).</summary>
    public Scenario WithActor(Actor actor) =>
        this with { Actors = Actors.Select(a => a.Id == actor.Id ? actor : a).ToList() };
}
