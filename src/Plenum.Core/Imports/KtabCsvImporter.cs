using System.Globalization;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Imports;

/// <summary>
/// Reads KTAB's SMP scenario CSV (<c>SMPModel::csvRead</c>): row 1 <c>name,description,actors,dimensions[,…]</c>;
/// row 2 the header, whose position columns name the dimensions; then one row per actor
/// <c>name,description,capability,position₁,salience₁,…</c> with positions and saliences on 0–100.
/// </summary>
/// <remarks>
/// Like KTAB's reader, cells are split on commas outside double quotes and quotes are stripped; a trailing
/// comma (an extra empty cell) is accepted on every row, with or without trailing blanks. Each dimension becomes an
/// issue on [0, 100]; actor and issue ids are the names lower-cased with other characters turned into '-'.
/// Checks are KTAB's: 1 ≤ dimensions, 3 ≤ actors ≤ 250, names of 1–25 characters, 0 &lt; capability ≤ 10⁸
/// (KTAB lets 0 through and then fails), positions and saliences on 0–100, saliences of one actor summing to at most 100.
/// </remarks>
public static class KtabCsvImporter
{
    /// <summary>Reads <paramref name="text"/>; <paramref name="fileName"/> only labels problem locations.</summary>
    public static ImportResult Read(string fileName, string text)
    {
        var problems = new List<ScenarioProblem>();
        var rows = Rows(text);
        void Problem(int line, int column, string code, string message) => problems.Add(new ScenarioProblem(new SourceSpan(fileName, line, column), code, message));

        var content = rows.Where(r => !r.IsBlank).ToList();
        if (content.Count < 2)
        {
            Problem(1, 1, "ktab-rows", "a KTAB CSV needs a scenario row, a header row and one row per actor");
            return new ImportResult(null, problems);
        }
        var head = content[0];
        if (head.Cells.Count < 4)
        {
            Problem(head.Line, head.EndColumn, "ktab-columns", $"the first row has {head.Cells.Count} cells; expected name, description, number of actors, number of dimensions");
            return new ImportResult(null, problems);
        }
        var actorsDeclared = Integer(head.Cells[2], head.Line, "number of actors", 3, 250, Problem);
        var dimensions = Integer(head.Cells[3], head.Line, "number of dimensions", 1, ScenarioLimits.MaxIssues, Problem);
        if (actorsDeclared is null || dimensions is null) return new ImportResult(null, problems);
        var m = dimensions.Value;
        var width = 3 + 2 * m;

        var header = content[1];
        if (!CheckWidth(header, width, "header", Problem)) return new ImportResult(null, problems);
        var issues = new List<Issue>();
        for (var k = 0; k < m; k++)
        {
            var cell = header.Cells[3 + 2 * k];
            var name = cell.Text.Trim();
            var id = KtabIds.FromName(name);
            if (id.Length == 0) id = $"dim{k}";
            if (issues.Any(i => i.Id == id)) id = $"{id}-{k}";
            issues.Add(new Issue(id, name.Length == 0 ? id : name, 0, 100, null, null, null, new SourceSpan(fileName, header.Line, cell.Column)));
        }

        var actors = new List<Actor>();
        var actorRows = content.Skip(2).ToList();
        foreach (var row in actorRows.Take(actorsDeclared.Value))
        {
            if (!CheckWidth(row, width, "actor", Problem)) continue;
            var nameCell = row.Cells[0];
            var name = nameCell.Text;
            if (name.Length is < 1 or > 25)
            {
                Problem(row.Line, nameCell.Column, "ktab-name", $"actor name '{name}' has {name.Length} characters; KTAB allows 1 to 25");
                continue;
            }
            if (row.Cells[1].Text.Length > 256)
                Problem(row.Line, row.Cells[1].Column, "ktab-name", "actor description is longer than 256 characters");
            var id = KtabIds.FromName(name);
            if (id.Length == 0)
            {
                Problem(row.Line, nameCell.Column, "ktab-name", $"actor name '{name}' has no letter or digit to make an id from");
                continue;
            }
            if (actors.Any(a => a.Id == id))
            {
                Problem(row.Line, nameCell.Column, "ktab-duplicate", $"actor '{name}' gives the id '{id}', which an earlier actor already has");
                continue;
            }
            var capability = Number(row.Cells[2], row.Line, "capability", 0, 1e8, Problem);
            if (capability == 0)
            {
                Problem(row.Line, row.Cells[2].Column, "ktab-range", $"capability of '{name}' is 0; the SMP needs a positive capability");
                capability = null;
            }
            var positions = new Dictionary<string, UncertainValue>();
            var saliences = new Dictionary<string, UncertainValue>();
            var ok = capability is not null;
            double total = 0;
            for (var k = 0; k < m; k++)
            {
                var p = Number(row.Cells[3 + 2 * k], row.Line, $"position of '{name}' on '{issues[k].Name}'", 0, 100, Problem);
                var s = Number(row.Cells[4 + 2 * k], row.Line, $"salience of '{name}' on '{issues[k].Name}'", 0, 100, Problem);
                if (p is null || s is null) { ok = false; continue; }
                positions[issues[k].Id] = p.Value;
                saliences[issues[k].Id] = s.Value;
                total += s.Value;
            }
            if (ok && total > 100)
            {
                Problem(row.Line, row.Cells[4].Column, "ktab-range", $"saliences of '{name}' sum to {total.ToString(CultureInfo.InvariantCulture)}; KTAB requires at most 100 over all dimensions");
                ok = false;
            }
            var description = row.Cells[1].Text.Trim();
            if (ok)
                actors.Add(new Actor(id, name, [], capability!.Value, positions, saliences, [], description.Length == 0 ? null : description,
                    new SourceSpan(fileName, row.Line, 1)));
        }
        if (actorRows.Count < actorsDeclared.Value)
        {
            var last = rows.Count == 0 ? 1 : rows[^1].Line;
            Problem(last, 1, "ktab-rows", $"the first row declares {actorsDeclared} actors but the file has {actorRows.Count} actor rows");
        }
        else if (actorRows.Count > actorsDeclared.Value)
        {
            var extra = actorRows[actorsDeclared.Value];
            Problem(extra.Line, 1, "ktab-rows", $"the first row declares {actorsDeclared} actors but the file has {actorRows.Count} actor rows");
        }
        if (problems.Count > 0) return new ImportResult(null, problems);

        var title = head.Cells[0].Text.Trim();
        var scenarioId = KtabIds.FromName(title);
        var scenario = new Scenario(scenarioId.Length == 0 ? "ktab" : scenarioId, title.Length == 0 ? "KTAB scenario" : title, null, [], issues, actors, [], [], fileName);
        return new ImportResult(scenario, problems);
    }

    private static bool CheckWidth(CsvRow row, int width, string what, Action<int, int, string, string> problem)
    {
        var cells = row.Cells.Count;
        // KTAB files end rows with "," or ", ": one extra blank cell is the trailing-comma variant, not an error.
        if (cells == width + 1 && row.Cells[^1].Text.Trim().Length == 0) return true;
        if (cells == width) return true;
        var column = cells > width ? row.Cells[width].Column : row.EndColumn;
        problem(row.Line, column, "ktab-columns", $"the {what} row has {cells} cells; expected {width} (3 + 2 per dimension), optionally followed by one trailing comma");
        return false;
    }

    private static int? Integer(CsvCell cell, int line, string what, int min, int max, Action<int, int, string, string> problem)
    {
        var t = cell.Text.Trim();
        if (!int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
        {
            problem(line, cell.Column, "ktab-number", $"{what} '{cell.Text}' is not a whole number");
            return null;
        }
        if (v < min || v > max)
        {
            problem(line, cell.Column, "ktab-range", $"{what} is {v}; KTAB allows {min} to {max}");
            return null;
        }
        return v;
    }

    private static double? Number(CsvCell cell, int line, string what, double min, double max, Action<int, int, string, string> problem)
    {
        var t = cell.Text.Trim();
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            problem(line, cell.Column, "ktab-number", $"{what} '{cell.Text}' is not a number");
            return null;
        }
        if (v < min || v > max)
        {
            problem(line, cell.Column, "ktab-range", $"{what} is {t}; it runs from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return v;
    }

    private sealed record CsvCell(string Text, int Column);

    private sealed record CsvRow(int Line, List<CsvCell> Cells, int EndColumn)
    {
        public bool IsBlank => Cells.All(c => c.Text.Trim().Length == 0);
    }

    /// <summary>Splits lines and cells as minicsv does: commas inside double quotes are text, quotes are stripped.</summary>
    private static List<CsvRow> Rows(string text)
    {
        var rows = new List<CsvRow>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var line = l == 0 ? lines[l].TrimStart('\uFEFF') : lines[l];
            var offset = l == 0 ? lines[l].Length - line.Length : 0;
            var cells = new List<CsvCell>();
            var cell = new System.Text.StringBuilder();
            var start = 1 + offset;
            var quoted = false;
            for (var c = 0; c < line.Length; c++)
            {
                var ch = line[c];
                if (ch == '"') quoted = !quoted;
                else if (ch == ',' && !quoted)
                {
                    cells.Add(new CsvCell(cell.ToString(), start));
                    cell.Clear();
                    start = c + 2 + offset;
                }
                else cell.Append(ch);
            }
            cells.Add(new CsvCell(cell.ToString().TrimEnd('\r'), start));
            rows.Add(new CsvRow(l + 1, cells, line.Length + 1 + offset));
        }
        return rows;
    }
}
