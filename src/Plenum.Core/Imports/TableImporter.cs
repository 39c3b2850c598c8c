using System.Globalization;
using Plenum.Core.Scenarios;

namespace Plenum.Core.Imports;

/// <summary>
/// Reads the plain table used with Bueno de Mesquita's model: a header <c>actor,capability,position,salience</c>
/// and one row per actor (one issue, scale 0–100 unless positions go beyond it). Lines starting with '#' are comments.
/// </summary>
public static class TableImporter
{
    private static readonly string[] Columns = ["actor", "capability", "position", "salience"];

    /// <summary>Whether the text looks like such a table (its header names the four columns).</summary>
    public static bool Recognises(string text)
    {
        var header = DataLines(text).FirstOrDefault().Text;
        if (header is null) return false;
        var fields = CsvLine.Split(header, CsvLine.GuessDelimiter(header));
        return fields is not null && fields.Count == 4 && fields.Select(f => f.Text.ToLowerInvariant()).SequenceEqual(Columns);
    }

    /// <summary>Reads the table into a one-issue scenario named after the file.</summary>
    public static ImportResult Read(string fileName, string text)
    {
        var problems = new List<ScenarioProblem>();
        var lines = DataLines(text).ToList();
        if (lines.Count == 0)
            return new ImportResult(null, [new ScenarioProblem(new SourceSpan(fileName, 1, 1), "empty", "the table is empty; expected a header actor,capability,position,salience and one row per actor")]);
        var (headerLine, headerNo) = lines[0];
        var delimiter = CsvLine.GuessDelimiter(headerLine);
        var header = CsvLine.Split(headerLine, delimiter);
        if (header is null || header.Count != 4 || !header.Select(f => f.Text.ToLowerInvariant()).SequenceEqual(Columns))
            return new ImportResult(null, [new ScenarioProblem(new SourceSpan(fileName, headerNo, 1), "bad-header",
                "the header must be actor,capability,position,salience")]);

        var rows = new List<(string Name, double Cap, double Pos, double Sal)>();
        foreach (var (line, no) in lines.Skip(1))
        {
            var fields = CsvLine.Split(line, delimiter);
            if (fields is null) { problems.Add(new(new(fileName, no, 1), "bad-quote", "a quoted field is not closed")); continue; }
            if (fields.Count != 4)
            {
                problems.Add(new(new(fileName, no, fields.Count > 4 ? fields[4].Column : line.Length + 1), "column-count",
                    $"the row has {fields.Count} fields; expected 4 (actor, capability, position, salience)"));
                continue;
            }
            if (fields[0].Text.Length == 0) { problems.Add(new(new(fileName, no, 1), "missing-name", "the actor name is empty")); continue; }
            var cap = Number(fields[1], "capability", no, v => v > 0, "capability must be above 0");
            var pos = Number(fields[2], "position", no, _ => true, "");
            var sal = Number(fields[3], "salience", no, v => v is >= 0 and <= 100, "salience runs from 0 to 100");
            if (cap is null || pos is null || sal is null) continue;
            rows.Add((fields[0].Text, cap.Value, pos.Value, sal.Value));
        }
        if (rows.Count == 0 && problems.Count == 0)
            problems.Add(new(new(fileName, headerNo, 1), "no-rows", "the table has a header but no actors"));
        if (problems.Count > 0) return new ImportResult(null, problems);

        var low = Math.Min(0, rows.Min(r => r.Pos));
        var high = Math.Max(100, rows.Max(r => r.Pos));
        var id = ActorIds.FromName(Path.GetFileNameWithoutExtension(fileName));
        var builder = new ScenarioBuilder(id, Path.GetFileName(fileName)).Issue("issue", low, high);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var actorId = ActorIds.Unique(ActorIds.FromName(r.Name), taken);
            builder.Actor(new Actor(actorId, r.Name, [], r.Cap,
                new Dictionary<string, UncertainValue> { ["issue"] = r.Pos },
                new Dictionary<string, UncertainValue> { ["issue"] = r.Sal }, [], null, new SourceSpan(fileName, 0, 0)));
        }
        return new ImportResult(builder.Build(), []);

        double? Number(CsvField f, string what, int no, Func<double, bool> ok, string hint)
        {
            if (!double.TryParse(f.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            {
                problems.Add(new(new(fileName, no, f.Column), "bad-number", $"{what} '{f.Text}' is not a number"));
                return null;
            }
            if (!ok(v))
            {
                problems.Add(new(new(fileName, no, f.Column), "out-of-range", $"{what} is {f.Text}; {hint}"));
                return null;
            }
            return v;
        }
    }

    private static IEnumerable<(string Text, int LineNumber)> DataLines(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            yield return (line, i + 1);
        }
    }
}
