using System.Globalization;
using System.Text;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Imports;

/// <summary>
/// Reads the input file of the Decide exchange model (Stokman &amp; van Oosten; the
/// <c>decide-exchange-model</c> package): one record per row, the first cell a tag —
/// <c>#A</c> actor, <c>#P</c> issue, <c>#M</c> labelled point of an issue's scale, <c>#D</c> actor-issue data
/// (position, salience, power), <c>#/</c> comment, <c>#O</c> description. Tab- or comma-separated, cells
/// quoted with <c>'</c> or <c>"</c> or not at all.
/// </summary>
/// <remarks>
/// The mapping, chosen so that the exchange model run on the imported scenario reproduces Decide
/// (see <c>docs/models/exchange.md</c>):
/// <list type="bullet">
/// <item>issue scale: lowest and highest <c>#M</c> position of the issue; 0–100 when it has none;</item>
/// <item>positions are kept on that scale (the model normalises them to 0–100 as Decide does);</item>
/// <item>salience: when every salience in the file is at most 1 (Decide's bundled data), it is multiplied by
/// 100; otherwise it is read as 0–100 already;</item>
/// <item>power becomes the actor's capability unchanged; it must be the same on every issue of an actor
/// (Plenum has one capability per actor);</item>
/// <item>ids: the <c>#A</c>/<c>#P</c> key in lower case, runs of other characters than a–z and 0–9 replaced by
/// <c>-</c>; the full name becomes the name.</item>
/// </list>
/// An actor without a <c>#D</c> row on an issue takes no part in it, as in Decide.
/// </remarks>
public static class DecideImporter
{
    private sealed record ActorRow(string Key, string Name, int Line);

    private sealed record IssueRow(string Key, string Name, int Line)
    {
        public List<double> Marks { get; } = [];
    }

    private sealed record StanceRow(ActorRow Actor, IssueRow Issue, double Position, double Salience, double Power,
        int Line, int PositionColumn, int SalienceColumn, int PowerColumn);

    /// <summary>Parses <paramref name="text"/>; <paramref name="fileName"/> is used in problem locations and as scenario id.</summary>
    public static ImportResult Read(string fileName, string text)
    {
        var problems = new List<ScenarioProblem>();
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var delimiter = DelimitedLine.DetectDelimiter(lines.Where(l => l.Length > 0));
        var actors = new List<ActorRow>();
        var actorByKey = new Dictionary<string, ActorRow>(StringComparer.Ordinal);
        var issues = new List<IssueRow>();
        var issueByKey = new Dictionary<string, IssueRow>(StringComparer.Ordinal);
        var marks = new List<(string Issue, double Position, int Line, int Column)>();
        var stanceCells = new List<(List<DelimitedCell> Cells, int Line)>();
        string? title = null;

        void Problem(int line, int column, string code, string message) =>
            problems.Add(new ScenarioProblem(new SourceSpan(fileName, line, column), code, message));

        for (var n = 0; n < lines.Length; n++)
        {
            var lineNo = n + 1;
            if (lines[n].Trim().Length == 0) continue;
            var cells = DelimitedLine.Split(lines[n], delimiter);
            var tag = cells[0].Text;
            switch (tag)
            {
                case "#A":
                case "#P":
                    if (cells.Count < 2 || cells[1].Text.Length == 0)
                    {
                        Problem(lineNo, cells[0].Column, "missing-field", $"{tag} row needs an id after the tag");
                        break;
                    }
                    var key = cells[1].Text;
                    var name = cells.Count > 2 && cells[2].Text.Length > 0 ? cells[2].Text : key;
                    if (tag == "#A")
                    {
                        if (actorByKey.ContainsKey(key)) Problem(lineNo, cells[1].Column, "duplicate-actor", $"actor '{key}' is declared twice");
                        else actors.Add(actorByKey[key] = new ActorRow(key, name, lineNo));
                    }
                    else
                    {
                        if (issueByKey.ContainsKey(key)) Problem(lineNo, cells[1].Column, "duplicate-issue", $"issue '{key}' is declared twice");
                        else issues.Add(issueByKey[key] = new IssueRow(key, name, lineNo));
                    }
                    break;
                case "#M":
                    if (cells.Count < 3)
                    {
                        Problem(lineNo, cells[0].Column, "missing-field", "#M row needs an issue and a position");
                        break;
                    }
                    if (TryNumber(cells[2], lineNo, "position", Problem, out var mark))
                        marks.Add((cells[1].Text, mark, lineNo, cells[1].Column));
                    break;
                case "#D":
                    if (cells.Count < 6)
                    {
                        Problem(lineNo, cells[0].Column, "missing-field", "#D row needs actor, issue, position, salience and power");
                        break;
                    }
                    stanceCells.Add((cells, lineNo));
                    break;
                case "#O":
                    title ??= cells.Count > 1 ? string.Join(" ", cells.Skip(1).Select(c => c.Text)).Trim() : null;
                    break;
                case "#/":
                    break;
                default:
                    Problem(lineNo, cells[0].Column, "unknown-tag", $"unknown row tag '{tag}'; expected #A, #P, #M, #D, #/ or #O");
                    break;
            }
        }

        foreach (var (issueKey, position, line, column) in marks)
        {
            if (issueByKey.TryGetValue(issueKey, out var issue)) issue.Marks.Add(position);
            else Problem(line, column, "unknown-issue", $"#M refers to issue '{issueKey}', which no #P row declares");
        }

        var stances = ReadStances(stanceCells, actorByKey, issueByKey, Problem);
        var saliencePercent = stances.Count > 0 && stances.All(s => s.Salience <= 1.0);
        var scenario = Build(fileName, title, actors, issues, stances, saliencePercent, Problem);
        return problems.Count > 0
            ? new ImportResult(null, problems.OrderBy(p => p.Where.Line).ThenBy(p => p.Where.Column).ToList())
            : new ImportResult(scenario, []);
    }

    /// <summary>The id Plenum gives a Decide key, by the rule all importers share (<see cref="ActorIds.FromName"/>).</summary>
    public static string ToId(string key) => ActorIds.FromName(key);

    private static List<StanceRow> ReadStances(List<(List<DelimitedCell> Cells, int Line)> rows,
        Dictionary<string, ActorRow> actorByKey, Dictionary<string, IssueRow> issueByKey,
        Action<int, int, string, string> problem)
    {
        var stances = new List<StanceRow>();
        var seen = new HashSet<(string, string)>();
        foreach (var (cells, line) in rows)
        {
            var ok = true;
            if (!actorByKey.TryGetValue(cells[1].Text, out var actor))
            {
                problem(line, cells[1].Column, "unknown-actor", $"#D refers to actor '{cells[1].Text}', which no #A row declares");
                ok = false;
            }
            if (!issueByKey.TryGetValue(cells[2].Text, out var issue))
            {
                problem(line, cells[2].Column, "unknown-issue", $"#D refers to issue '{cells[2].Text}', which no #P row declares");
                ok = false;
            }
            ok &= TryNumber(cells[3], line, "position", problem, out var position);
            ok &= TryNumber(cells[4], line, "salience", problem, out var salience);
            ok &= TryNumber(cells[5], line, "power", problem, out var power);
            if (!ok) continue;
            if (!seen.Add((actor!.Key, issue!.Key)))
            {
                problem(line, cells[1].Column, "duplicate-stance", $"actor '{actor.Key}' has a second #D row on issue '{issue.Key}'");
                continue;
            }
            stances.Add(new StanceRow(actor, issue, position, salience, power, line, cells[3].Column, cells[4].Column, cells[5].Column));
        }
        return stances;
    }

    private static Scenario? Build(string fileName, string? title, List<ActorRow> actors, List<IssueRow> issues,
        List<StanceRow> stances, bool saliencePercent, Action<int, int, string, string> problem)
    {
        var builder = new ScenarioBuilder(ToId(Path.GetFileNameWithoutExtension(fileName)), title ?? Path.GetFileName(fileName));
        var scales = new Dictionary<IssueRow, (double Low, double High)>();
        foreach (var issue in issues)
        {
            var (low, high) = issue.Marks.Count == 0 ? (0.0, 100.0) : (issue.Marks.Min(), issue.Marks.Max());
            if (!(high > low))
                problem(issue.Line, 1, "empty-scale", $"the #M points of issue '{issue.Key}' span no range ({low}–{high}); give a lowest and a highest point");
            scales[issue] = (low, high);
            builder.Issue(ToId(issue.Key), low, high, name: issue.Name);
        }

        var capability = new Dictionary<ActorRow, StanceRow>();
        foreach (var s in stances)
        {
            var (low, high) = scales[s.Issue];
            if (s.Position < low || s.Position > high)
                problem(s.Line, s.PositionColumn, "position-out-of-range",
                    $"position of '{s.Actor.Key}' on '{s.Issue.Key}' is {Show(s.Position)}; the scale of '{s.Issue.Key}' runs from {Show(low)} to {Show(high)}");
            var salience = saliencePercent ? s.Salience * 100.0 : s.Salience;
            if (salience < 0 || salience > 100)
                problem(s.Line, s.SalienceColumn, "salience-out-of-range",
                    $"salience of '{s.Actor.Key}' on '{s.Issue.Key}' is {Show(s.Salience)}; salience runs from 0 to 1 (or 0 to 100)");
            if (s.Power < 0)
                problem(s.Line, s.PowerColumn, "negative-power",
                    $"power of '{s.Actor.Key}' on '{s.Issue.Key}' is {Show(s.Power)}; power cannot be negative");
            else if (capability.TryGetValue(s.Actor, out var first))
            {
                if (first.Power != s.Power)
                    problem(s.Line, s.PowerColumn, "power-varies",
                        $"power of '{s.Actor.Key}' on '{s.Issue.Key}' is {Show(s.Power)} but {Show(first.Power)} on '{first.Issue.Key}' (line {first.Line}); Plenum gives each actor one capability");
            }
            else capability[s.Actor] = s;
        }

        foreach (var actor in actors)
        {
            var own = stances.Where(s => s.Actor == actor).ToList();
            var power = capability.TryGetValue(actor, out var c) ? c.Power : 0.0;
            var positions = own.ToDictionary(s => ToId(s.Issue.Key), s => UncertainValue.Of(s.Position));
            var saliences = own.ToDictionary(s => ToId(s.Issue.Key), s => UncertainValue.Of(saliencePercent ? s.Salience * 100.0 : s.Salience));
            builder.Actor(new Actor(ToId(actor.Key), actor.Name, actor.Name == actor.Key ? [] : [actor.Key], power, positions, saliences, [], null,
                new SourceSpan(fileName, actor.Line, 1)));
        }
        return builder.Build();
    }

    private static bool TryNumber(DelimitedCell cell, int line, string what, Action<int, int, string, string> problem, out double value)
    {
        if (double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value)) return true;
        problem(line, cell.Column, "not-a-number", $"{what} '{cell.Text}' is not a number");
        return false;
    }

    private static string Show(double x) => x.ToString("0.######", CultureInfo.InvariantCulture);
}
