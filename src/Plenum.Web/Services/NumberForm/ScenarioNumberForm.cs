using Plenum.Core.Scenarios;
using YamlDotNet.RepresentationModel;

namespace Plenum.Web.Services.NumberForm;

/// <summary>
/// The scenario's numbers as a form — each actor's capability, and position and salience on every issue, with
/// their uncertainty and evidence — and the way back: the analyst's changes are written into the YAML text in
/// place (<see cref="YamlTextPatch"/>), so comments and everything the form does not show are kept; the result
/// is checked by the CLI's loader and each problem is placed at the field that caused it.
/// </summary>
public sealed class ScenarioNumberForm
{
    /// <summary>Above this many numbers the form would be unwieldy; such scenarios are edited as YAML.</summary>
    public const int MaxNumbers = 3000;

    private ScenarioNumberForm(Scenario scenario, IReadOnlyList<NumberRow> rows, IReadOnlyList<CitationInput> citations)
    {
        Scenario = scenario;
        Rows = rows;
        Citations = citations;
    }

    /// <summary>One number: which actor and issue, its scale, and what the file says.</summary>
    /// <param name="Key">The number's path (as evidence <c>supports</c> it), prefixed by the actor: <c>chair.position.budget</c>.</param>
    /// <param name="Actor">The actor's id.</param>
    /// <param name="Path"><c>capability</c>, <c>position.ISSUE</c> or <c>salience.ISSUE</c>: what evidence cites.</param>
    /// <param name="Issue">The issue, or null for capability.</param>
    /// <param name="Min">Lowest allowed value (for the band drawn under the number), or null when unbounded.</param>
    /// <param name="Max">Highest allowed value, or null.</param>
    /// <param name="Input">What the file says, as form text (empty for a number the scenario does not have).</param>
    /// <param name="Present">Whether the scenario has this number; a missing salience counts as 100, a missing position means the actor stays out of the issue.</param>
    public sealed record NumberRow(string Key, string Actor, string Path, string? Issue, double? Min, double? Max, NumberInput Input, bool Present);

    public Scenario Scenario { get; }

    /// <summary>Every number, actor by actor: capability, then position and salience per issue.</summary>
    public IReadOnlyList<NumberRow> Rows { get; }

    /// <summary>Every evidence citation of every actor, in file order.</summary>
    public IReadOnlyList<CitationInput> Citations { get; }

    /// <summary>The form for a valid scenario, or null with the loader's problems when the text does not load.</summary>
    public static ScenarioNumberForm? Read(string fileName, string yaml, out IReadOnlyList<ScenarioProblem> problems)
    {
        var loaded = ScenarioLoader.Load(fileName, yaml);
        problems = loaded.Problems;
        if (!loaded.IsValid) return null;
        var scenario = loaded.Scenario!;
        var actorNodes = ActorNodes(Parse(yaml));
        var rows = new List<NumberRow>();
        var citations = new List<CitationInput>();
        foreach (var actor in scenario.Actors)
        {
            actorNodes.TryGetValue(actor.Id, out var node);
            rows.Add(new NumberRow($"{actor.Id}.capability", actor.Id, "capability", null, 0, null,
                NumberInput.From($"{actor.Id}.capability", actor.Capability, WrittenAsUnknown(node, "capability", null)), true));
            foreach (var issue in scenario.Issues)
            {
                actor.Position.TryGetValue(issue.Id, out var position);
                actor.Salience.TryGetValue(issue.Id, out var salience);
                var p = $"{actor.Id}.position.{issue.Id}";
                var s = $"{actor.Id}.salience.{issue.Id}";
                rows.Add(new NumberRow(p, actor.Id, $"position.{issue.Id}", issue.Id, issue.Low, issue.High,
                    NumberInput.From(p, position, WrittenAsUnknown(node, "position", issue.Id)), position is not null));
                rows.Add(new NumberRow(s, actor.Id, $"salience.{issue.Id}", issue.Id, 0, 100,
                    NumberInput.From(s, salience, WrittenAsUnknown(node, "salience", issue.Id)), salience is not null));
            }
            citations.AddRange(actor.Evidence.Select(e => CitationInput.From(actor.Id, e)));
        }
        return new ScenarioNumberForm(scenario, rows, citations);
    }

    /// <summary>
    /// Writes the analyst's numbers and citations into <paramref name="yaml"/> (only what changed) and checks the
    /// result with the CLI's loader. Every problem is placed at a field key (a number's key, or <c>evidence.ACTOR</c>)
    /// when it lies in the text written for that field; the rest are listed under the empty key.
    /// </summary>
    public static FormSave Save(string fileName, string yaml, IReadOnlyList<NumberInput> numbers, IReadOnlyList<CitationInput> citations)
    {
        var form = Read(fileName, yaml, out var before);
        if (form is null) return new FormSave(null, null, before.Select(p => new FieldProblem("", p)).ToList());
        var root = Parse(yaml);
        var actorNodes = ActorNodes(root);
        var patch = new YamlTextPatch(yaml);
        var general = new List<FieldProblem>();
        var rows = form.Rows.ToDictionary(r => r.Key, StringComparer.Ordinal);

        foreach (var input in numbers)
        {
            if (!rows.TryGetValue(input.Key, out var row)) continue;
            if (!row.Present && input.IsBlank) continue;
            var text = input.ToYaml();
            if (row.Present && text == row.Input.ToYaml()) continue;
            if (!actorNodes.TryGetValue(row.Actor, out var actor))
            {
                general.Add(Problem("", "form-layout", $"actor '{row.Actor}' could not be found in the text; edit it in the YAML editor"));
                continue;
            }
            if (row.Issue is null)
            {
                patch.SetEntry(actor, "capability", text, row.Key);
                continue;
            }
            var group = row.Path[..row.Path.IndexOf('.')];
            if (YamlTextPatch.Get(actor, group) is YamlMappingNode perIssue) patch.SetEntry(perIssue, row.Issue, text, row.Key);
            else if (YamlTextPatch.Get(actor, group) is null) patch.SetEntry(actor, group, $"{{ {row.Issue}: {text} }}", row.Key);
            else general.Add(Problem(row.Key, "form-layout", $"{group} of actor '{row.Actor}' is not a mapping; edit it in the YAML editor"));
        }

        // Only actors whose citations were posted are compared: a post without an actor's rows leaves its evidence alone.
        foreach (var actor in form.Scenario.Actors.Where(a => citations.Any(c => c.Actor == a.Id)))
        {
            var original = form.Citations.Where(c => c.Actor == actor.Id).Select(c => c.Identity).ToList();
            var wanted = citations.Where(c => c.Actor == actor.Id && !c.Remove && !(c.IsNew && c.IsBlank)).ToList();
            if (original.SequenceEqual(wanted.Select(c => c.Identity))) continue;
            if (!actorNodes.TryGetValue(actor.Id, out var node) || node.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
            {
                general.Add(Problem($"evidence.{actor.Id}", "form-layout", $"actor '{actor.Id}' is written on one line; edit its evidence in the YAML editor"));
                continue;
            }
            var indent = new string(' ', (int)node.Children.First().Key.Start.Column - 1);
            var lines = wanted.Count == 0 ? "" : indent + "evidence:\n" + string.Concat(wanted.Select(c => c.ToYaml(indent)));
            if (YamlTextPatch.KeyOf(node, "evidence") is { } key) patch.ReplaceLines(key, YamlTextPatch.Get(node, "evidence")!, lines, $"evidence.{actor.Id}");
            else if (lines.Length > 0) patch.AddLinesAfter(node, lines, $"evidence.{actor.Id}");
        }

        if (general.Count > 0) return new FormSave(null, null, general);
        var (text2, landed) = patch.Apply();
        var loaded = ScenarioLoader.Load(fileName, text2);
        if (loaded.IsValid) return new FormSave(text2, loaded.Scenario, []);
        var placed = loaded.Problems.Select(p =>
        {
            var at = landed.FirstOrDefault(l => l.Contains(p.Where.Line, p.Where.Column));
            if (at.Field is null) at = landed.FirstOrDefault(l => p.Where.Line >= l.StartLine && p.Where.Line <= l.EndLine);
            return new FieldProblem(at.Field ?? "", p);
        }).ToList();
        return new FormSave(null, null, placed);
    }

    private static FieldProblem Problem(string field, string code, string message) =>
        new(field, new ScenarioProblem(new SourceSpan("scenario.yaml", 1, 1), code, message));

    private static YamlNode? Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
    }

    private static Dictionary<string, YamlMappingNode> ActorNodes(YamlNode? root)
    {
        var map = new Dictionary<string, YamlMappingNode>(StringComparer.Ordinal);
        if (root is YamlMappingNode top && YamlTextPatch.Get(top, "actors") is YamlSequenceNode actors)
            foreach (var a in actors.Children.OfType<YamlMappingNode>())
                if (YamlTextPatch.Get(a, "id") is YamlScalarNode { Value: { } id }) map.TryAdd(id, a);
        return map;
    }

    private static bool WrittenAsUnknown(YamlMappingNode? actor, string key, string? issue)
    {
        if (actor is null) return false;
        var node = YamlTextPatch.Get(actor, key);
        if (issue is not null) node = node is YamlMappingNode m ? YamlTextPatch.Get(m, issue) : null;
        return node is YamlMappingNode number && YamlTextPatch.Get(number, "unknown") is not null;
    }
}

/// <summary>A problem of the saved text, placed at a form field (<see cref="Field"/> is empty when it lies outside every field).</summary>
public sealed record FieldProblem(string Field, ScenarioProblem Problem);

/// <summary>The outcome of saving the form: the new YAML and scenario, or the problems (nothing is saved then).</summary>
public sealed record FormSave(string? Yaml, Scenario? Scenario, IReadOnlyList<FieldProblem> Problems)
{
    public bool IsValid => Yaml is not null && Problems.Count == 0;
}
