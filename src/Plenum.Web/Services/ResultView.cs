using System.Text.Json;

namespace Plenum.Web.Services;

/// <summary>
/// The headline numbers of a stored result JSON (the CLI's contract), for tables on the results and comparison
/// pages. The charts read the full JSON in the browser.
/// </summary>
public sealed record ResultView(IReadOnlyList<ModelView> Models)
{
    public static ResultView Parse(string resultJson)
    {
        using var doc = JsonDocument.Parse(resultJson);
        var roots = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.EnumerateArray().ToList() : [doc.RootElement];
        var models = new List<ModelView>();
        foreach (var r in roots)
        {
            var issues = new List<IssueView>();
            if (r.TryGetProperty("issues", out var list))
                foreach (var i in list.EnumerateArray())
                {
                    string? status = i.TryGetProperty("convergence", out var c) && c.ValueKind == JsonValueKind.Object ? c.GetProperty("status").GetString() : null;
                    int? rounds = i.TryGetProperty("rounds", out var rs) ? rs.GetArrayLength() - 1 : null;
                    double? p05 = null, p95 = null;
                    if (i.TryGetProperty("distribution", out var d) && d.ValueKind == JsonValueKind.Object)
                    {
                        p05 = Num(d, "p05");
                        p95 = Num(d, "p95");
                    }
                    issues.Add(new IssueView(i.GetProperty("id").GetString() ?? "", Num(i, "forecast"), Num(i, "mean"), Num(i, "median"), status, rounds, p05, p95));
                }
            var motions = new List<(string, double?)>();
            if (r.TryGetProperty("motions", out var ms))
                foreach (var m in ms.EnumerateArray()) motions.Add((m.GetProperty("id").GetString() ?? "", Num(m, "p_pass")));
            var notes = r.TryGetProperty("notes", out var ns) ? ns.EnumerateArray().Select(n => n.GetString() ?? "").ToList() : [];
            models.Add(new ModelView(r.GetProperty("model").GetString() ?? "", issues, motions, notes));
        }
        return new ResultView(models);
    }

    private static double? Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}

/// <summary>One model's headline numbers.</summary>
public sealed record ModelView(string Model, IReadOnlyList<IssueView> Issues, IReadOnlyList<(string Id, double? PPass)> Motions, IReadOnlyList<string> Notes);

/// <summary>One issue's forecast, with the Monte Carlo 5–95% band when there is one.</summary>
public sealed record IssueView(string Id, double? Forecast, double? Mean, double? Median, string? Convergence, int? Rounds, double? P05, double? P95);
